package org.gazette.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.TestSites;
import org.gazette.validation.BuiltSites.BuiltSite;
import org.gazette.validation.LinkTest.Checker;
import org.jsoup.nodes.Document;
import org.gazette.browser.SiteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation tests' own helpers, on small hand-made folders: a check that cannot fail proves nothing. */
class ValidationHelpersTest {

    @TempDir
    Path site;

    @Test
    void serverAnswersAsAStaticWebServer() throws Exception {
        TestSites.write(site.resolve("index.html"), "<!DOCTYPE html><title>首页</title>");
        TestSites.write(site.resolve("2024/a/index.html"), "<!DOCTYPE html><title>文章</title>");
        TestSites.write(site.resolve("assets/style.css"), "body{}");
        TestSites.write(site.resolve("404.html"), "<!DOCTYPE html><title>找不到</title>");
        TestSites.write(site.resolve("文件 1.txt"), "中文");
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try (SiteServer server = SiteServer.start(site)) {
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(server.url("")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(home.body()).contains("首页");

            HttpResponse<String> folder = client.send(HttpRequest.newBuilder(server.url("2024/a")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(folder.statusCode()).isEqualTo(301);
            assertThat(folder.headers().firstValue("Location")).hasValue("/2024/a/");
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(server.url("2024/a/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("文章");

            HttpResponse<String> css = client.send(HttpRequest.newBuilder(server.url("assets/style.css")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");

            HttpResponse<String> text = client.send(HttpRequest.newBuilder(server.url("文件 1.txt")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(text.statusCode()).isEqualTo(200);
            assertThat(text.body()).isEqualTo("中文");

            for (String missing : List.of("no/such/page/", "2024/b.html")) {
                HttpResponse<String> notFound = client.send(HttpRequest.newBuilder(server.url(missing)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(notFound.statusCode()).as(missing).isEqualTo(404);
                assertThat(notFound.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
                assertThat(notFound.body()).contains("找不到");
            }
            URI outside = URI.create(server.url("").toString() + "..%2F..%2Fetc%2Fpasswd");
            assertThat(client.send(HttpRequest.newBuilder(outside).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

            HttpResponse<String> head = client.send(HttpRequest.newBuilder(server.url("")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
        }
    }

    @Test
    void linkCheckerFindsEachKindOfBrokenReference() {
        TestSites.write(site.resolve("index.html"), "<!DOCTYPE html><main id='main'><h2 id='坚持'>x</h2></main>");
        TestSites.write(site.resolve("assets/a b.css"), "");
        TestSites.write(site.resolve("2024/05/night/index.html"), """
                <!DOCTYPE html>
                <link rel="stylesheet" href="../../../assets/a%20b.css">
                <link rel="canonical" href="https://news.example.org/2024/05/night/">
                <meta property="og:image" content="https://news.example.org/images/gone.jpg">
                <meta name="twitter:image" content="https://cdn.example.com/images/gone.jpg">
                <a href="../../../">home</a> <a href="../../../#main">main</a> <a href="../../../#%E5%9D%9A%E6%8C%81">heading</a>
                <a href="#top-of-page" id="top-of-page">self</a> <a href="">self</a> <a href="https://other.example.com/x">external</a>
                <a href="mailto:a@b.c">mail</a> <img src="/2024/05/night/" alt="">
                <a href="../../../#gone">1</a> <a href="#gone">2</a> <a href="../../../missing/">3</a>
                <img src="../../../../outside.png" alt=""> <script src="app.js"></script>
                <img alt="" srcset="../../../assets/a%20b.css 1x, missing@2x.png 2x">
                <a href="https://news.example.org/gone/">4</a> <a href="../../../assets/a%20b.css#x">5</a>
                """);
        BuiltSite built = new BuiltSite("hand-made site", site, URI.create("https://news.example.org/"));
        Checker checker = new Checker(built);
        String page = "2024/05/night/index.html";
        Document document = checker.document(page);
        Map<String, String> problems = new LinkedHashMap<>();
        for (LinkTest.Reference reference : LinkTest.references(document)) {
            checker.problem(page, document, reference.value()).ifPresent(problem -> problems.put(reference.value(), problem));
        }
        assertThat(problems).containsOnlyKeys("../../../#gone", "#gone", "../../../missing/", "../../../../outside.png",
                "app.js", "missing@2x.png", "https://news.example.org/gone/", "../../../assets/a%20b.css#x",
                "https://news.example.org/images/gone.jpg");
        assertThat(problems.get("../../../missing/")).isEqualTo("no file missing/index.html in the output");
        assertThat(problems.get("#gone")).isEqualTo("no element with id=\"gone\" in 2024/05/night/index.html");
    }

    @Test
    void srcsetCandidatesAreSplitIntoTheirUrls() {
        assertThat(LinkTest.srcset("a.jpg 1x, b.jpg 2x")).containsExactly("a.jpg", "b.jpg");
        assertThat(LinkTest.srcset(" a.jpg 480w,b,c.jpg 800w ,d.jpg")).containsExactly("a.jpg", "b,c.jpg", "d.jpg");
        assertThat(LinkTest.srcset("a.jpg,b.jpg")).containsExactly("a.jpg,b.jpg");
        assertThat(LinkTest.srcset("a.jpg, b.jpg")).containsExactly("a.jpg", "b.jpg");
    }

    @Test
    void tallyCountsEachKindMostFrequentFirst() {
        assertThat(BuiltSites.tally(List.of("b", "a", "a"))).isEqualTo("    2 × a\n    1 × b");
    }
}
