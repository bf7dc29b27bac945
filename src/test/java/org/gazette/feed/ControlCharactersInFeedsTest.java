package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gazette.ArchiveFixture;
import org.gazette.TestSites;
import org.gazette.build.BuildReport;
import org.gazette.check.Check;
import org.gazette.check.CheckOptions;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An article holding control characters, as text pasted from Word or WeChat does: in its body,
 * title, a tag and a caption, typed and written as references. XML 1.0 forbids them, and a
 * single one made the site's feed and its column's feed unreadable.
 */
class ControlCharactersInFeedsTest {

    private static final String ARTICLE = "content/2024/control.md";

    @TempDir
    static Path root;
    @TempDir
    static Path output;
    static BuildReport report;
    private static final String ESCAPED = "content/2024/escaped.md";

    @BeforeAll
    static void build() {
        ArchiveFixture.write(root);
        TestSites.write(root.resolve(ARTICLE), """
                ---
                title: 妇联\u0008工作会议
                date: 2024-06-01
                column: 工作动态
                tags: [妇\u000B联]
                photos:
                  - { id: hall, src: ../lead.png, caption: "会场\u0007全景" }
                ---

                妇联工作\u0008会议召开\u000B，会议强调。

                ## 会议&#8;要求

                ![](photo:hall)
                """);
        // The same characters written as YAML's escapes, which the file's text does not hold as such
        TestSites.write(root.resolve(ESCAPED), """
                ---
                title: "书香\\x08润家庭"
                subtitle: "亲子\\b共阅读"
                date: 2024-05-20
                authors: [{ name: "伍\\x0b洁" }]
                tags: ["家\\x07风"]
                ---

                正文。
                """);
        report = TestSites.build(root, output);
    }

    @Test
    void theFeedsAndSitemapParseWithAStrictXmlParserAndHoldNoneOfThem() throws Exception {
        for (String path : List.of("feed.xml", "columns/工作动态/feed.xml", "sitemap.xml")) {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(output.resolve(path).toFile());
            assertThat(xml.getDocumentElement().getTagName()).as(path).isIn("feed", "urlset");
        }
        Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(output.resolve("feed.xml").toFile());
        Element newest = (Element) feed.getElementsByTagName("entry").item(0);
        assertThat(newest.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("妇联工作会议");
        assertThat(newest.getElementsByTagName("summary").item(0).getTextContent()).isEqualTo("妇联工作会议召开，会议强调。");
        assertThat(newest.getElementsByTagName("content").item(0).getTextContent()).contains("<h2 id=\"会议要求\">会议要求</h2>",
                "<span class=\"caption\">会场全景</span>");
        assertThat(((Element) newest.getElementsByTagName("category").item(1)).getAttribute("term")).isEqualTo("妇联");
    }

    @Test
    void noPageOrOtherFileOfTheSiteHoldsOne() throws Exception {
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> texts = files.filter(f -> f.toString().matches(".*\\.(html|xml|json|txt)")).toList();
            assertThat(texts).isNotEmpty().allSatisfy(file ->
                    assertThat(TestSites.read(file)).as(file.toString()).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]"));
        }
        assertThat(TestSites.page(output, "2024/06/control/index.html").select("h1").text()).isEqualTo("妇联工作会议");
    }

    @Test
    void theBuildAndCheckTellTheLineAndColumnOfEachOnes() {
        List<String> expected = List.of(
                ARTICLE + ":2:10: warning: an invisible control character, U+0008",
                ARTICLE + ":5:9: warning: an invisible control character, U+000B",
                ARTICLE + ":7:47: warning: an invisible control character, U+0007",
                ARTICLE + ":10:5: warning: 2 invisible control characters (U+0008, U+000B)");
        assertThat(report.problems()).allMatch(p -> !p.isError()).extracting(Problem::formatLocated)
                .filteredOn(p -> p.startsWith(ARTICLE))
                .zipSatisfy(expected, (told, start) -> assertThat(told).startsWith(start).containsPattern("\\(delete (it|them)\\)$"))
                .hasSize(4);
        assertThat(Check.run(CheckOptions.of(root).withClock(TestSites.NOW)).problems())
                .extracting(Problem::formatLocated).filteredOn(p -> p.startsWith(ARTICLE))
                .zipSatisfy(expected, (told, start) -> assertThat(told).startsWith(start)).hasSize(4);
    }

    @Test
    void escapesInTheFrontMatterAreLeftOutOfEveryPageAndToldAtTheirValues() {
        assertThat(report.problems()).extracting(Problem::formatLocated).filteredOn(p -> p.startsWith(ESCAPED)).containsExactly(
                ESCAPED + ":2:8: warning: this value holds an invisible control character (U+0008) written as an escape such as"
                        + " \\x08: feeds and sitemaps may not hold it, so the site leaves it out (delete the escape)",
                ESCAPED + ":3:11: warning: this value holds an invisible control character (U+0008) written as an escape such as"
                        + " \\x08: feeds and sitemaps may not hold it, so the site leaves it out (delete the escape)",
                ESCAPED + ":5:19: warning: this value holds an invisible control character (U+000B) written as an escape such as"
                        + " \\x08: feeds and sitemaps may not hold it, so the site leaves it out (delete the escape)",
                ESCAPED + ":6:8: warning: this value holds an invisible control character (U+0007) written as an escape such as"
                        + " \\x08: feeds and sitemaps may not hold it, so the site leaves it out (delete the escape)");
        var page = TestSites.page(output, "2024/05/escaped/index.html");
        assertThat(page.select("h1").text()).isEqualTo("书香润家庭");
        assertThat(page.select(".byline").text()).contains("伍洁");
        assertThat(TestSites.read(output.resolve("tags/家风/index.html"))).contains("家风");
    }

    @Test
    void theXmlWriterLeavesThemOutWhateverTextBringsThem() throws Exception {
        byte[] written = Xml.document(w -> {
            w.writeStartElement("feed");
            w.writeAttribute("term", "妇\u000B联");
            Xml.element(w, "title", "妇联\u0008工作\uFFFF会议");
            w.writeEndElement();
        });
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(written));
        assertThat(xml.getDocumentElement().getAttribute("term")).isEqualTo("妇联");
        assertThat(xml.getDocumentElement().getTextContent()).isEqualTo("妇联工作会议");
    }
}
