package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearInlineParserTest {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                    StrikethroughExtension.create(), AutolinkExtension.create()))
            .set(Parser.SPACE_IN_LINK_URLS, true);

    private static final Parser LINEAR = LinearInlineParser.parserBuilder(OPTIONS).build();
    private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();

    /** A text that counts the characters read from it: flexmark reads the body through {@link BasedSequence#of}. */
    private static final class CountedText implements CharSequence {
        private final String text;
        long reads;

        CountedText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            reads += text.length();
            return text;
        }
    }

    @Test
    void aParagraphOfManyLinksIsReadAFewTimesNotOnceForEachLink() {
        StringBuilder body = new StringBuilder("相关链接：\n");
        for (int i = 0; i < 2000; i++) {
            body.append("[第").append(i).append("篇 妇联工作](https://example.org/news/").append(i).append(" \"标题\") &amp; <b>新</b>\n");
        }
        CountedText text = new CountedText(body.toString());

        LINEAR.parse(BasedSequence.of(text));

        // flexmark alone copied the whole paragraph at each link, entity and tag: thousands of times its length here
        assertThat(text.reads).isLessThan(100L * text.length());
    }

    @Test
    void itParsesAsFlexmarkDoes() {
        String body = """
                [链接](https://example.org/a "标题") ![图](<march 8.jpg> '说明') [引用][ref] [ref] <https://example.org/b>
                https://example.org/c www.example.org &amp; &#22919; &copy; <span class="x">行内</span> <!-- 注释 -->
                脚注[^1] ~~删除~~ `代码` **粗** *斜* [空]() [坏](<a b) \\[转义\\] a@example.org

                [ref]: https://example.org/ref "参考"
                [^1]: 脚注内容

                | 列 | 值 |
                |---|---|
                | [表](x.html) | &lt;1&gt; |
                """;
        HtmlRenderer html = HtmlRenderer.builder(OPTIONS).build();

        assertThat(html.render(LINEAR.parse(body))).isEqualTo(html.render(FLEXMARK.parse(body)));
    }
}
