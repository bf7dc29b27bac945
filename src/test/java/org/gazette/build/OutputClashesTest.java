package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gazette.TestSites;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warning for outputs that differ only in case: the site builds, as S3 and Linux keep them
 * apart, but each is told, since on macOS or Windows one would stand in for the other. A file
 * copied where the site writes a page, or in the way of its folders, is named by its source. (The
 * clash errors are tested with aliases in {@code RedirectsTest} and with files in {@code CheckTest} too.)
 */
class OutputClashesTest {

    private static final String ONE_FILE = "on macOS or Windows they are one file, and a site built there has one in place of the other";
    private static final String MEND = " (correct the alias, or remove it)";
    private static final String REPLACES = "this file would be published at /%s, where the site writes one of its own pages"
            + " (rename the file, or move it into another folder)";

    @TempDir
    Path root;
    @TempDir
    Path output;

    private void article(String path, String date, String aliases) {
        TestSites.write(root.resolve("content/" + path),
                "---\ntitle: 标题\ndate: " + date + "\naliases: " + aliases + "\n---\n\n正文。\n");
    }

    @Test
    void anAliasDifferingFromAPageOnlyInCaseIsToldAtTheAliasAsWritten() {
        article("2024/march-8.md", "2024-03-08", "[]");
        article("2024/review.md", "2024-03-09", "[/2024/03/March-8/]");

        BuildReport report = TestSites.build(root, output);

        assertThat(report.problems()).extracting(Problem::format).containsExactly("content/2024/review.md:4: warning: the alias"
                + " /2024/03/March-8/ differs only in case from /2024/03/march-8/ (content/2024/march-8.md): " + ONE_FILE + MEND);
        assertThat(output.resolve("2024/03/march-8/index.html")).isRegularFile();
    }

    @Test
    void anAliasWithoutItsFinalSlashMeetsThePageAsAFolderPage() {
        article("2024/march-8.md", "2024-03-08", "[]");
        article("2024/review.md", "2024-03-09", "[/2024/03/March-8]"); // an old address without its final /

        // Its redirect page is 2024/03/March-8/index.html, beside the article's own in 2024/03/march-8/.
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly("content/2024/review.md:4:"
                + " warning: the alias /2024/03/March-8 differs only in case from /2024/03/march-8/ (content/2024/march-8.md): "
                + ONE_FILE + MEND);
    }

    @Test
    void everyAliasOfAGroupIsToldAtItsArticleWithThePageItMeets() {
        article("2024/march-8.md", "2024-03-08", "[]");
        article("2024/review.md", "2024-03-09", "[/2024/03/MARCH-8/]");
        article("2024/notes.md", "2024-03-10", "[/2024/03/March-8/, /old/Page.html, /old/page.html]");

        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "content/2024/notes.md:4: warning: the alias /2024/03/March-8/ differs only in case from /2024/03/march-8/"
                        + " (content/2024/march-8.md): " + ONE_FILE + MEND,
                "content/2024/notes.md:4: warning: the alias /old/Page.html differs only in case from the alias /old/page.html of"
                        + " content/2024/notes.md: " + ONE_FILE + MEND,
                "content/2024/notes.md:4: warning: the alias /old/page.html differs only in case from the alias /old/Page.html of"
                        + " content/2024/notes.md: " + ONE_FILE + MEND,
                "content/2024/review.md:4: warning: the alias /2024/03/MARCH-8/ differs only in case from /2024/03/march-8/"
                        + " (content/2024/march-8.md): " + ONE_FILE + MEND);
    }

    @Test
    void pagesAndFilesDifferingOnlyInCaseAreNamedWithTheirSources() {
        article("2024/march-8.md", "2024-03-08", "[]"); // slugs are lower case: a page meets a file
        TestSites.write(root.resolve("static/2024/03/march-8/INDEX.html"), "<!doctype html><title>旧页</title>");
        TestSites.write(root.resolve("static/Logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        TestSites.write(root.resolve("static/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        BuildReport report = TestSites.build(root, output);

        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "static/2024/03/march-8/INDEX.html: warning: the outputs /2024/03/march-8/INDEX.html"
                        + " (static/2024/03/march-8/INDEX.html) and /2024/03/march-8/ (content/2024/march-8.md) differ only"
                        + " in case: " + ONE_FILE + " (rename one of them)",
                "static/Logo.svg: warning: the outputs /Logo.svg (static/Logo.svg) and /logo.svg (static/logo.svg)"
                        + " differ only in case: " + ONE_FILE + " (rename one of them)");
        assertThat(report.pages()).isPositive();
    }

    @Test
    void aFileCopiedWhereTheSiteWritesAPageIsNamedByItsSource() {
        article("2024/a.md", "2024-03-08", "[]\ntags: [妇联]");
        TestSites.write(root.resolve("static/robots.txt"), "User-agent: *\n");
        TestSites.write(root.resolve("content/feed.xml"), "<feed/>");
        TestSites.write(root.resolve("content/tags/妇联/index.html"), "<p>旧页</p>");

        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                "static/robots.txt: " + REPLACES.formatted("robots.txt"),
                "content/feed.xml: " + REPLACES.formatted("feed.xml"),
                "content/tags/妇联/index.html: " + REPLACES.formatted("tags/妇联/index.html"));
    }

    @Test
    void aFileCopiedWhereTheSiteNeedsAFolderOrIntoOneOfItsFilesIsNamedByItsSource() {
        article("2024/a.md", "2024-03-08", "[]\ntags: [妇联]");
        TestSites.write(root.resolve("static/tags"), "x");
        TestSites.write(root.resolve("static/feed.xml/old.txt"), "y");

        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                "static/tags: this file would be published at /tags, but the site writes other files inside /tags/ as in"
                        + " a folder (rename the file)",
                "static/feed.xml/old.txt: this file would be published at /feed.xml/old.txt, inside /feed.xml, which the"
                        + " site writes as a file (move this file into another folder)");
    }

    @Test
    void anAliasAndAFileAtOnePathAreEachToldOnceAtTheirSource() {
        // /feed.xml is the site's feed, an alias and a file: given three times, told once at each
        // source; static/search is in the way of the search index's folder, and the alias inside
        // that folder is not (it meets the index's manifest, told as such)
        article("2024/a.md", "2024-03-08", "[/feed.xml]");
        article("2024/b.md", "2024-03-09", "[/search/manifest.json]");
        TestSites.write(root.resolve("static/feed.xml"), "<feed/>");
        TestSites.write(root.resolve("static/search"), "x");

        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                "content/2024/a.md:4: an alias of this article would replace the page /feed.xml (remove the alias, or correct it)",
                "static/feed.xml: " + REPLACES.formatted("feed.xml"),
                "content/2024/b.md:4: an alias of this article would replace the page /search/manifest.json (remove the"
                        + " alias, or correct it)",
                "static/search: this file would be published at /search, but the site writes other files inside /search/ as"
                        + " in a folder (rename the file)");
    }
}
