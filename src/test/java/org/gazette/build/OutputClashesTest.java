package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gazette.TestSites;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that differ only in case build, as S3 and Linux keep both, but are told: on a disk that
 * ignores case one file stands for both.
 */
class OutputClashesTest {

    @TempDir
    Path root;
    @TempDir
    Path output;

    private void article(String path, String date, String aliases) {
        TestSites.write(root.resolve("content/" + path),
                "---\ntitle: 标题\ndate: " + date + "\naliases: " + aliases + "\n---\n\n正文。\n");
    }

    @Test
    void anAliasDifferingFromAPageOnlyInCaseIsToldAtTheAlias() {
        article("2024/march-8.md", "2024-03-08", "[]");
        article("2024/review.md", "2024-03-09", "[/2024/03/March-8/]");

        BuildReport report = TestSites.build(root, output);

        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "content/2024/review.md:4: warning: the alias /2024/03/March-8/index.html of this article differs from"
                        + " /2024/03/march-8/index.html only in case: a disk that ignores case, as macOS's and Windows' do unless"
                        + " told otherwise, keeps one file for both, and the site built there shows one in place of the other"
                        + " (correct the alias, or remove it)");
        assertThat(output.resolve("2024/03/march-8/index.html")).isRegularFile();
    }

    @Test
    void pagesAndFilesDifferingOnlyInCaseAreNamedWithTheirSources() {
        article("2024/march-8.md", "2024-03-08", "[]"); // slugs are lower case: a page meets a file
        TestSites.write(root.resolve("static/2024/03/march-8/INDEX.html"), "<!doctype html><title>旧页</title>");
        TestSites.write(root.resolve("static/Logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        TestSites.write(root.resolve("static/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        BuildReport report = TestSites.build(root, output);

        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "static/2024/03/march-8/INDEX.html: warning: the outputs /2024/03/march-8/INDEX.html (from"
                        + " static/2024/03/march-8/INDEX.html) and /2024/03/march-8/index.html (from content/2024/march-8.md) differ only in case: a disk that ignores"
                        + " case, as macOS's and Windows' do unless told otherwise, keeps one file for both, and the site built"
                        + " there shows one in place of the other (rename one of them)",
                "static/Logo.svg: warning: the outputs /Logo.svg (from static/Logo.svg) and /logo.svg (from static/logo.svg)"
                        + " differ only in case: a disk that ignores case, as macOS's and Windows' do unless told otherwise,"
                        + " keeps one file for both, and the site built there shows one in place of the other (rename one of them)");
        assertThat(report.pages()).isPositive();
    }
}
