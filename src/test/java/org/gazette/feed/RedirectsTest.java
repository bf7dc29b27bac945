package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gazette.ArchiveFixture;
import org.gazette.TestSites;
import org.gazette.build.BuildReport;
import org.gazette.problem.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old URLs keep working; aliases that would break something are refused with the files named. */
class RedirectsTest {

    @TempDir
    Path root;
    @TempDir
    Path output;

    private void alias(String article, String date, String aliases) {
        TestSites.write(root.resolve("content/" + article + ".md"),
                "---\ntitle: " + article + "\ndate: " + date + "\naliases: " + aliases + "\n---\n\n正文。\n");
    }

    @Test
    void eachAliasIsARedirectPageAndALineOfTheRedirectMap() {
        ArchiveFixture.write(root);
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        Document redirect = TestSites.page(output, "old/123.html");
        assertThat(redirect.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../2023/12/a4/");
        assertThat(redirect.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/news/2023/12/a4/");
        assertThat(redirect.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(redirect.selectFirst("a").attr("href")).isEqualTo("../2023/12/a4/");
        assertThat(output.resolve("old").resolve("../2023/12/a4/index.html").normalize()).isRegularFile();
        assertThat(TestSites.read(output.resolve("_redirects"))).isEqualTo("/news/old/123.html /news/2023/12/a4/ 301\n");
    }

    @Test
    void anAliasWithoutAnExtensionIsAFolderPageServedAsHtml() throws Exception {
        alias("first", "2023-01-01", "[/news/2023/12345, /news/show.asp]");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        // As a file named 12345 it was served as application/octet-stream, and browsers downloaded it.
        assertThat(output.resolve("news/2023/12345")).isDirectory();
        Document redirect = TestSites.page(output, "news/2023/12345/index.html");
        assertThat(redirect.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../../2023/01/first/");
        assertThat(output.resolve("news/2023/12345").resolve("../../../2023/01/first/index.html").normalize()).isRegularFile();
        assertThat(org.gazette.output.MediaTypes.of("news/show.asp")).startsWith("text/html");
        assertThat(TestSites.read(output.resolve("_redirects")))
                .isEqualTo("/news/2023/12345 /2023/01/first/ 301\n/news/show.asp /2023/01/first/ 301\n");
    }

    @Test
    void anAliasWithAQueryIsAnError() {
        alias("first", "2023-01-01", "[\"/news/show.asp?id=5\"]");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "content/first.md:4: alias \"/news/show.asp?id=5\" holds a query (?…), which browsers do not send as part of"
                        + " the path: no page of a static site can answer it (give the path alone, such as /news/show.asp,"
                        + " and redirect the addresses with queries in the web server or CDN)");
    }

    @Test
    void twoArticlesClaimingOneAliasIsAnErrorNamingBoth() {
        alias("first", "2023-01-01", "[/old/1.html]");
        alias("second", "2023-02-01", "[/old/1.html]");
        BuildReport report = TestSites.build(root, output);
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "content/second.md:4: alias /old/1.html is also an alias of content/first.md"
                        + " (an old URL can lead to one article only: remove one)");
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void anAliasAtAnArticleIsAnError() {
        alias("first", "2023-01-01", "[]");
        alias("second", "2023-02-01", "[/2023/01/first/]");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "content/second.md:4: alias /2023/01/first/ is the URL of an article, content/first.md (remove the alias)");
    }

    @Test
    void anAliasAtAGeneratedPageIsAnError() {
        alias("third", "2023-03-01", "[/archives/]");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "content/third.md:4: an alias of this article would replace the page /archives/index.html"
                        + " (remove the alias, or correct it)");
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void anAliasOutsideTheSiteIsAnError() {
        alias("first", "2023-01-01", "[../../etc/passwd, https://elsewhere.example/x.html, //x]");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "alias \"../../etc/passwd\" must be a path in this site starting with / (such as /news/2023/12345.html)",
                "alias \"https://elsewhere.example/x.html\" must be a path in this site starting with / (such as /news/2023/12345.html)",
                "alias \"//x\" must be a path in this site starting with / (such as /news/2023/12345.html)");
    }

    // ---- redirects: in site.yaml ----

    private void column(String article, String date, String column) {
        TestSites.write(root.resolve("content/" + article + ".md"),
                "---\ntitle: " + article + "\ndate: " + date + "\ncolumn: " + column + "\n---\n\n正文。\n");
    }

    @Test
    void aRedirectOfTheSiteKeepsARenamedColumnsPageAndListsItsFeedForHostsThatReadTheMap() {
        column("first", "2023-01-01", "基层风采");
        TestSites.write(root.resolve("site.yaml"), "slugs:\n  columns:\n    基层风采: grassroots\nredirects:\n"
                + "  /columns/local/: /columns/grassroots/\n  /columns/local/feed.xml: /columns/grassroots/feed.xml\n");

        assertThat(TestSites.build(root, output).problems()).isEmpty();

        Document redirect = TestSites.page(output, "columns/local/index.html");
        assertThat(redirect.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../grassroots/");
        assertThat(redirect.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/columns/grassroots/");
        assertThat(redirect.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(output.resolve("columns/local/feed.xml")).as("a feed reader wants XML: no page stands there").doesNotExist();
        assertThat(TestSites.read(output.resolve("_redirects"))).isEqualTo("/columns/local/ /columns/grassroots/ 301\n"
                + "/columns/local/feed.xml /columns/grassroots/feed.xml 301\n");
    }

    @Test
    void aRedirectFromAnAddressTheSiteMakesOrToOneItDoesNotIsAnErrorAtItsLine() {
        column("first", "2023-01-01", "基层风采");
        alias("second", "2023-01-02", "[/old/2.html]");
        TestSites.write(root.resolve("site.yaml"), "redirects:\n  /columns/基层风采/: /columns/news/\n"
                + "  /old/2.html: /2023/01/first/\n  /columns/local/: /columns/grassroots/\n");

        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "site.yaml:2: redirect /columns/基层风采/ is an address the site makes itself, which the redirect would replace"
                        + " (remove the redirect)",
                "site.yaml:3: redirect /old/2.html is an address the site makes itself, which the redirect would replace"
                        + " (remove the redirect)",
                notMade(4, "/columns/local/", "/columns/grassroots/"));
    }

    @Test
    void aRedirectThatIsAPatternIsRefusedWithTheSiteSettings() {
        column("first", "2023-01-01", "基层风采");
        TestSites.write(root.resolve("site.yaml"), "redirects:\n  /old/*: /\n  /a/: \n  /b/: /b/\n");

        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "site.yaml:2: redirect \"/old/*\" holds a *, which hosts reading _redirects take for a pattern matching many"
                        + " addresses, all of which would lead to one page (give each old address in full, such as"
                        + " /news/2023/12345.html)",
                "site.yaml:3: redirect \"/a/\" must name the address it leads to, such as /a/: /columns/news/",
                "site.yaml:4: redirect \"/b/\" leads to itself (remove it)");
    }

    @Test
    void aPageThatFailsToRenderIsToldAloneNotAsARedirectLeadingNowhere() {
        column("first", "2023-01-01", "基层风采");
        TestSites.write(root.resolve("templates/archives.html"),
                "{% extends \"base\" %}{% block main %}{{ no_such_function() }}{% endblock %}\n");
        TestSites.write(root.resolve("site.yaml"), "redirects:\n  /old/: /archives/\n");

        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).singleElement().asString()
                .contains("cannot render the page /archives/: Function or Macro [no_such_function] does not exist.");
        org.gazette.site.Site site = org.gazette.build.Build.model(TestSites.options(root, output)).value().orElseThrow();
        assertThat(org.gazette.build.Build.outputs(root, site).problems()).extracting(Problem::format).singleElement().asString()
                .contains("cannot render the page /archives/");
    }

    @Test
    void theInMemoryBuildOfServeTellsARedirectToAnAddressTheSiteDoesNotMake() {
        column("first", "2023-01-01", "基层风采");
        TestSites.write(root.resolve("site.yaml"), "redirects:\n  /columns/old/: /columns/gone/\n");
        org.gazette.site.Site site = org.gazette.build.Build.model(TestSites.options(root, output)).value().orElseThrow();

        assertThat(org.gazette.build.Build.outputs(root, site).problems()).extracting(Problem::format).containsExactly(
                notMade(2, "/columns/old/", "/columns/gone/"));
    }

    @Test
    void checkTellsTheSameRedirectErrorsAndTakesLinksToARedirectAsWorking() {
        column("first", "2023-01-01", "基层风采");
        TestSites.write(root.resolve("content/second.md"), "---\ntitle: second\ndate: 2023-01-02\n---\n\n见[旧栏目](/columns/local/)。\n");
        TestSites.write(root.resolve("content/third.md"), "---\ntitle: third\ndate: 2023-01-03\ndraft: true\ntags: [志愿服务]\n---\n\n正文。\n");
        TestSites.write(root.resolve("site.yaml"), "redirects:\n  /columns/local/: /columns/基层风采/\n"
                + "  /columns/old/: /columns/gone/\n  /old/volunteers/: /tags/志愿服务/\n");

        org.gazette.check.CheckReport report = org.gazette.check.Check.run(
                org.gazette.check.CheckOptions.of(root).withClock(TestSites.NOW));

        // The tag page only a draft makes is not made by the build either: both refuse the redirect to it.
        assertThat(report.problems()).extracting(Problem::format).filteredOn(p -> p.startsWith("site.yaml")).containsExactly(
                notMade(3, "/columns/old/", "/columns/gone/"),
                notMade(4, "/old/volunteers/", "/tags/志愿服务/"));
    }

    /** The problem of a redirect at {@code line} of site.yaml that leads to an address the site does not make. */
    private static String notMade(int line, String from, String to) {
        return "site.yaml:" + line + ": redirect " + from + " leads to " + to + ", which the site does not make (give an"
                + " address it makes, such as a column's page: /columns/news/)";
    }
}
