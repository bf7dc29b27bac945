package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gazette.TestSites;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that cannot become URLs get a safe slug or a clear error with their line. */
class ArchiveProblemsTest {

    @TempDir
    Path root;
    @TempDir
    Path output;

    @Test
    void unsafeNamesGetSafeSlugs() {
        TestSites.write(root.resolve("content/a.md"),
                "---\ntitle: 标题\ndate: 2023-12-26\ncolumn: ../../etc\ntags: [a/b, \"C D\"]\nauthors: [\"伍 洁\"]\n---\n\n正文。\n");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        assertThat(output.resolve("columns/etc/index.html")).isRegularFile();
        assertThat(output.resolve("tags/ab/index.html")).isRegularFile();
        assertThat(output.resolve("tags/c-d/index.html")).isRegularFile();
        assertThat(output.resolve("authors/伍-洁/index.html")).isRegularFile();
        assertThat(root.resolve("etc")).doesNotExist();
    }

    @Test
    void namesThatGiveNoUrlAreErrorsWithTheirLine() {
        TestSites.write(root.resolve("content/a.md"),
                "---\ntitle: 标题\ndate: 2023-12-26\ncolumn: /\ntags: [好, \"！！！\"]\n---\n\n正文。\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "content/a.md:4: column \"/\" gives no usable URL (use letters or digits in it, or give it a slug in site.yaml under slugs: columns:)",
                "content/a.md:5: tag \"！！！\" gives no usable URL (use letters or digits in it, or give it a slug in site.yaml under slugs: tags:)");
    }

    @Test
    void twoNamesWithOneSlugAreAnError() {
        TestSites.write(root.resolve("site.yaml"), "slugs:\n  tags: { 妇联: women, 妇女: women }\n");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\ntags: [妇联, 妇女]\n---\n\n正文。\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "content/a.md:4: tags \"妇女\" and \"妇联\" both get the URL /tags/women/ (give one of them another slug in site.yaml under slugs: tags:)");
    }

    @Test
    void englishThemeStringsFollowTheSiteLanguage() {
        TestSites.write(root.resolve("site.yaml"), "language: en\ntitle: Archive\n");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: A title\ndate: 2023-12-26\ncolumn: News\n---\n\nText.\n");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        var home = TestSites.page(output, "index.html");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.selectFirst("h1").text()).isEqualTo("Latest articles");
        assertThat(home.selectFirst(".item-meta time").text()).isEqualTo("December 26, 2023");
        assertThat(TestSites.page(output, "columns/news/index.html").selectFirst("h1").text()).isEqualTo("Section: News");
        assertThat(home.selectFirst(".skip-link").text()).isEqualTo("Skip to content");
    }
}
