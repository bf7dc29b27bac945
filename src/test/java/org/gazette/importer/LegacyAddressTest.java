package org.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.gazette.build.BuildReport;
import org.gazette.problem.Problem;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The addresses of a legacy page's links and embeds, written into Markdown: nothing of them can
 * become HTML of the built page, and only web, mail and relative addresses are kept.
 */
class LegacyAddressTest {

    /** Each address a reviewer found reaching readers' pages, and a few more of the same kind. */
    static final String HOSTILE = """
            <html><body><h1>市妇联召开会议</h1><div class="content">
            <p>会议强调，要做好工作。会议要求各级妇联组织认真学习。</p>
            <iframe src="https://v.example.org/x)<script>document.title='PWNED-IFRAME'</script>"></iframe>
            <p>详见<a href="http://old.example.org/(<script>document.title='PWNED-LINK'</script>">往期报道</a>。</p>
            <p>图<a href="http://old.example.org/a(<img\tsrc=x\tonerror=alert(1)>">图片</a>。</p>
            <p>矢量<a href="http://old.example.org/<svg onload=alert(4)>">矢量图</a>。</p>
            <p>矢量<svg onload="alert(8)"><circle r="4"/></svg>图。</p>
            <p>点<a href="JavaScript:alert`js`">这里</a>。</p>
            <p>点<a href=" javascript:alert(2)">那里</a>。</p>
            <p>点<a href="jav&#x61;script:alert(3)">此处</a>。</p>
            <p>点<a href="java&#9;script:alert(5)">彼处</a>。</p>
            <p>点<a href="javascript&amp;colon;alert(7)">别处</a>。</p>
            <p>点<a href="data:text/html,&lt;script&gt;alert(9)&lt;/script&gt;">数据</a>。</p>
            <video src="VBScript:msgbox(6)"></video>
            <p>见<a href="/news/2023/12340.html">旧闻</a>，<a href="https://example.org/a b?x=1&amp;y=(2)">新闻</a>，<a href="mailto:fl@example.org">来信</a>。</p>
            </div></body></html>
            """;

    @Test
    void addressesAreWrittenAsSafeDestinationsAndOtherSchemesAreDroppedWithANote(@TempDir Path folder) {
        ImportReport report = importHostile(folder);

        String md = TestSites.read(folder.resolve("site/content/2024/meeting/index.md"));
        assertThat(md).contains(
                "\n[嵌入内容](https://v.example.org/x%29%3Cscript%3Edocument.title=%27PWNED-IFRAME%27%3C/script%3E)\n",
                "[往期报道](http://old.example.org/%28%3Cscript%3Edocument.title=%27PWNED-LINK%27%3C/script%3E)",
                "[图片](http://old.example.org/a%28%3Cimg%09src=x%09onerror=alert%281%29%3E)",
                "[旧闻](/news/2023/12340.html)", "[新闻](https://example.org/a%20b?x=1\\&y=%282%29)",
                "[来信](mailto:fl@example.org)",
                "\n点这里。\n", "\n点那里。\n", "\n点此处。\n", "\n点彼处。\n", "\n点别处。\n", "\n点数据。\n")
                .doesNotContain("<script", "<img", "<svg", "javascript", "JavaScript", "VBScript", "data:", "&colon;");
        assertThat(report.entries().get(0).notes()).extracting(Problem::message).contains(
                "a link to JavaScript:alert`js` was kept as its text only: only web (http, https), mail (mailto) and"
                        + " relative addresses are kept",
                "a <video> was left out: its address VBScript:msgbox(6) is no web address (only http, https and"
                        + " relative addresses are kept)");
    }

    @Test
    void thePageBuiltFromTheImportRunsNothing(@TempDir Path folder) {
        importHostile(folder);

        BuildReport built = TestSites.build(folder.resolve("site"), folder.resolve("public"));

        Document page = builtPage(folder.resolve("public"), "meeting");
        assertHarmless(page);
        assertThat(page.select("a[href]")).as(built.toString()).extracting(a -> a.attr("href")).contains(
                "https://v.example.org/x%29%3Cscript%3Edocument.title=%27PWNED-IFRAME%27%3C/script%3E",
                "/news/2023/12340.html", "https://example.org/a%20b?x=1&y=%282%29", "mailto:fl@example.org");
    }

    private static ImportReport importHostile(Path folder) {
        TestSites.copy(TestSites.site("minimal"), folder.resolve("site"));
        TestSites.write(folder.resolve("old/2024-03-08-meeting.html"), HOSTILE);
        return Importer.run(List.of(folder.resolve("old")), ImportOptions.into(folder.resolve("site/content")));
    }

    /** The built page of the article with this slug. */
    static Document builtPage(Path output, String slug) {
        try (Stream<Path> files = Files.walk(output)) {
            Path page = files.filter(p -> p.endsWith(Path.of(slug, "index.html"))).findFirst().orElseThrow();
            return TestSites.page(output, output.relativize(page).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No script (the theme's only one is its data for search engines), no on… attribute, no address of a scheme that runs code. */
    static void assertHarmless(Document page) {
        assertThat(page.select("script:not([type=application/ld+json]), svg, iframe, embed, object")).isEmpty();
        for (Element e : page.getAllElements()) {
            for (Attribute attribute : e.attributes()) {
                assertThat(attribute.getKey()).as(e.outerHtml()).doesNotStartWith("on");
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                assertThat(value).as(e.outerHtml()).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:text");
            }
        }
    }
}
