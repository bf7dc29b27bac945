package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.ArticleParser;
import org.gazette.content.SourceFile;
import org.gazette.corpus.CorpusSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The body's text read from flexmark's tree is the text jsoup reads from its HTML, or nothing. */
class BodyTextTest {

    private static final SiteConfig CONFIG = SiteConfig.defaults();

    @TempDir
    Path root;
    private MarkdownRenderer markdown;
    private ImageResolver images;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(root.resolve("content/2023/images"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", root.resolve("content/2023/images/visit.png").toFile());
        images = new ImageResolver(root);
        markdown = new MarkdownRenderer(CONFIG, images);
    }

    /** The tree's reading of a body, if it can be read so, and jsoup's of its HTML. */
    private record Readings(Optional<BodyText> fromTree, BodyText fromHtml) {
    }

    /** Both readings of {@code text} (front matter and body), photos placed. */
    private Readings readBoth(Path file, String text) {
        Article article = new ArticleParser(CONFIG).parse(new SourceFile(file, text.getBytes(StandardCharsets.UTF_8)))
                .value().orElseThrow();
        Document document = markdown.parse(article.body().get());
        new PhotoBlocks(article, images, new ArrayList<>()).place(document);
        String html = markdown.html(document);
        return new Readings(BodyText.fromTree(document), BodyText.fromHtml(html));
    }

    private Readings readBoth(String body) {
        return readBoth(Path.of("content/2023/x.md"), """
                ---
                title: 标题
                date: 2023-12-26
                photos:
                  - { id: visit, src: images/visit.png, caption: 市委书记来到市妇联。, credit: 杨超 }
                ---
                """ + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "第一段。\n\n第二段。\n",
            "邵阳日报记者 伍洁 通讯员 杨超\n\n## 一、坚持政治铸魂\n\n正文**加粗**和*强调*，[链接](/2023/12/x/)。\n\n### 小节\n\n#### 四级标题\n\n末段。",
            "中文\n换行\n中文 \n  换行，English\nline, 中文\nEnglish\n",
            "硬换行  \n之后\\\n再之后\n",
            // white space and invisible characters, as jsoup has them, and some it keeps (should a later jsoup drop them)
            "  前后空白  \n\n\u3000\u3000全角空格开头。\u3000\n\n不换\u00a0行空格与\u200b零宽、\u00ad软连字符、\u200c\u200d\ufeff。\n",
            "第一段。\n\n![](photo:visit)\n\n照片之后。\n",
            "## 同名\n\n## 同名\n\n## *强调的标题*\n\n## [链接标题](/a/)\n",
            "制表\t符  与   多个空格\n",
            "**[加粗链接](/x/)**与*嵌套**强调***\n",
            "正文。\n\n![图](images/visit.png)\n\n正文。\n", // a photo placed from the body
            "## ！\n\n### \n\n正文。\n", // a heading of punctuation alone (section-1), and one empty, which has no id: not listed
            "\u3000\u3000Word 的缩进。\n\u00a0\n\u3000\u3000## 缩进的标题\n\n\u00a0\u00a0正文\u3000中间。\n", // the indent pasted from Word left out
    })
    void readsWhatJsoupReads(String body) {
        Readings read = readBoth(body);

        assertThat(read.fromTree()).as("read from the tree").isPresent();
        assertThat(read.fromTree().get()).isEqualTo(read.fromHtml());
    }

    @Test
    void headingsAndParagraphsAreTheOnesJsoupFinds() {
        Readings both = readBoth("导语。\n\n## 一、坚持\n\n正文，\n第二行。\n\n![](photo:visit)\n\n### 小节\n");
        BodyText read = both.fromTree().orElseThrow();

        assertThat(read.headings()).containsExactly(new Heading(2, "一坚持", "一、坚持"), new Heading(3, "小节", "小节"));
        assertThat(read.paragraphs()).containsExactly("导语。", "正文，第二行。"); // a line break between Chinese is dropped
        assertThat(read.text()).as("blocks a line apart").isEqualTo("导语。\n一、坚持\n正文，第二行。\n小节");
        assertThat(read).isEqualTo(both.fromHtml());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "- 列表\n- 项目\n",
            "> 引文\n",
            "`代码`\n",
            "    缩进代码\n",
            "<div>原始 HTML</div>\n",
            "段落里的 <b>HTML</b>。\n",
            "实体 &amp; 转义 \\*。\n",
            "| 表 | 格 |\n| --- | --- |\n| 1 | 2 |\n",
            "脚注[^1]。\n\n[^1]: 注释。\n",
            "~~删除~~\n",
            "https://example.org 自动链接\n",
            "***\n",
    })
    void leavesAnythingElseToJsoup(String body) {
        assertThat(readBoth(body).fromTree()).isEmpty();
    }

    /** Every article of the example site and the first thousand of the corpus, as the benchmark makes them. */
    @Test
    void readsRealArticlesAsJsoupDoes() throws IOException {
        Path corpus = root.resolve("corpus");
        CorpusSite.write(1000, corpus);
        List<Path> articles = new ArrayList<>();
        for (Path folder : List.of(Path.of("content"), corpus.resolve("content"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                articles.addAll(files.filter(f -> f.toString().endsWith(".md")).toList());
            }
        }
        int fromTree = 0;
        for (Path article : articles) {
            Readings read = readBoth(article, Files.readString(article));
            if (read.fromTree().isPresent()) {
                fromTree++;
                assertThat(read.fromTree().get()).as(article.toString()).isEqualTo(read.fromHtml());
            }
        }
        assertThat(fromTree).as("articles read from the tree").isGreaterThan(articles.size() * 9 / 10);
    }

    /** The text as read before the marks went inside the blocks: a mark before and after each block, among its siblings. */
    private static String textWithMarksAroundBlocks(String html) {
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(html).body();
        body.select("figure, sup[id^=fnref], a.footnote-ref, div.footnotes, del").remove();
        for (org.jsoup.nodes.Element element : body.getAllElements()) {
            if (element != body && element.isBlock() && !element.nameIs("br")) {
                element.before(new org.jsoup.nodes.TextNode("\uE000"));
                element.after(new org.jsoup.nodes.TextNode("\uE000"));
            }
        }
        return body.text().replaceAll("\\s*\uE000[\\s\uE000]*", "\n").trim();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>一</p><p>二 <br> 三</p>\n<hr>\n<p> 四 </p>",
        "<ul><li>甲<ul><li> 乙 </li><li>丙<p>丁</p></li></ul></li></ul>尾",
        "<blockquote><p>引</p><blockquote>深 <b>粗</b></blockquote></blockquote>后",
        "<table><thead><tr><th>列</th><th> 值 </th></tr></thead><tbody><tr><td>1</td><td></td></tr></tbody></table>",
        "<pre><code>  代码\n  两行  </code></pre><p>文<span> 字 </span></p>",
        "<div> <p>a</p> b <p>c</p></div>d<h2 id=\"x\">题</h2><figure><img src=a.jpg><figcaption>图</figcaption></figure>e",
        "<ol><li></li><li> </li></ol><p></p><p>空</p>"
    })
    void marksInsideBlocksGiveTheTextMarksAroundThemGave(String html) {
        assertThat(BodyText.fromHtml(html).text()).isEqualTo(textWithMarksAroundBlocks(html));
    }

    @Test
    void aTableOfTwentyThousandRowsIsReadARowALine() {
        StringBuilder html = new StringBuilder("<table><tbody>");
        for (int i = 0; i < 20_000; i++) {
            html.append("<tr><td>").append(i).append("</td><td>姓名").append(i).append("</td></tr>");
        }
        // With a mark inserted before and after each row, jsoup numbered the rows again at each: 400 million steps here.
        List<String> lines = BodyText.fromHtml(html.append("</tbody></table>").toString()).text().lines().toList();

        assertThat(lines).hasSize(40_000).startsWith("0", "姓名0", "1").endsWith("19999", "姓名19999");
    }
}
