package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of flexmark's text nodes, cut from the article instead of copied character by character. */
class GazetteNodeRendererTest {

    @TempDir
    Path root;

    @Test
    void aTextNodesCharactersAreTheSameCutFromTheArticleAsFlexmarkGivesThem() throws IOException {
        String body = Files.readString(Path.of("../shared/samples/shaoyang-womens-federation-congress.txt")) + "\n\n"
                + "一段 *强调* 与 **加粗**，链接 [市妇联](https://example.org/ \"标题\")，转义 \\*星号\\* 与 &amp; 实体 &#x4E2D;。\n"
                + "第二行\n接着写  \n硬换行之后。\n\n"
                + "| 列一 | 列二 |\n| --- | --- |\n| 甲 | 乙\\|丙 |\n\n"
                + "> 引文里的 `代码` 与 <span>标签</span>\n>\n> - 列表一\n> - 列表二\n\n"
                + "![▲ 图片说明](images/a.jpg)\n\n1. 第一\n2. 第二[^1]\n\n[^1]: 脚注。\n";
        List<BasedSequence> texts = new ArrayList<>();
        collectTexts(new MarkdownRenderer(SiteConfig.defaults(), new ImageResolver(root)).parse(body), texts);

        assertThat(texts).hasSizeGreaterThan(40);
        assertThat(texts).allSatisfy(chars -> assertThat(GazetteNodeRenderer.textOf(chars)).isEqualTo(chars.toString()));
        assertThat(texts).filteredOn(chars -> chars instanceof SubSequence).hasSizeGreaterThan(texts.size() * 9 / 10);
    }

    @Test
    void aStretchHoldingNulIsLeftToFlexmarkWhichReadsItAsTheReplacementCharacter() {
        BasedSequence chars = SubSequence.of("甲\u0000乙");
        assertThat(GazetteNodeRenderer.textOf(chars)).isEqualTo("甲\uFFFD乙");
        assertThat(GazetteNodeRenderer.textOf(SubSequence.of("妇联工作会议").subSequence(2, 4))).isEqualTo("工作");
    }

    private static void collectTexts(Node node, List<BasedSequence> texts) {
        if (node instanceof Text) {
            texts.add(node.getChars());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collectTexts(child, texts);
        }
    }
}
