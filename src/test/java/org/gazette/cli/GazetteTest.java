package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: options, output and exit codes. */
class GazetteTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Gazette.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void buildSucceedsWithExitZeroAndASummary(@TempDir Path output) {
        int code = run("build", "--no-cache", "--source", TestSites.site("minimal").toString(), "--output", output.toString(), "--future");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).startsWith("Built 3 articles into " + output)
                .containsPattern(": \\d+ pages, \\d+ files \\(\\d+ written\\) in \\d+\\.\\d\\d s, \\d+ pages/s\n$");
        assertThat(err.toString()).isEmpty();
        assertThat(output.resolve("2099/01/future/index.html")).isRegularFile();
        assertThat(TestSites.site("minimal").resolve(".gazette")).doesNotExist();
    }

    @Test
    void aSecondBuildUsesTheCacheInTheSiteAndWritesNothing(@TempDir Path work) {
        Path root = work.resolve("site");
        TestSites.copy(TestSites.site("minimal"), root);
        Path output = work.resolve("out");
        assertThat(run("build", "--source", root.toString(), "--output", output.toString())).isEqualTo(0);
        assertThat(root.resolve(".gazette/cache/build.bin")).isRegularFile();
        assertThat(run("build", "--source", root.toString(), "--output", output.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("(0 written)");
    }

    @Test
    void timingsNameEachPhaseAfterTheSummary(@TempDir Path work) {
        Path root = work.resolve("site");
        TestSites.copy(TestSites.site("minimal"), root);
        assertThat(run("build", "--timings", "--future", "--source", root.toString(), "--output", work.resolve("out").toString()))
                .isEqualTo(0);
        assertThat(err.toString()).matches("(?s)timings: reading \\d+\\.\\d\\d s, loading cache .*, parsing .*, pages .*, listings .*,"
                + " files .*, indexing .*, writing .*, saving cache \\d+\\.\\d\\d s\n");
    }

    @Test
    void quietPrintsNothingButProblems(@TempDir Path work) {
        Path root = work.resolve("site");
        TestSites.copy(TestSites.site("minimal"), root);
        assertThat(run("build", "--quiet", "--source", root.toString(), "--output", work.resolve("out").toString())).isEqualTo(0);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).as("the one problem, a warning").startsWith("content/news/2099-01-01-future.md:3: warning: ")
                .hasLineCount(1);
    }

    @Test
    void contentProblemsExitWithOneAndPrintEachProblem(@TempDir Path output) {
        int code = run("build", "--no-cache", "--source", TestSites.site("invalid/bad-date").toString(), "--output", output.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/a.md:3: date \"5 May\" is not a date")
                .contains("Build failed: 1 error; " + output + " was left as it was.");
    }

    @Test
    void baseUrlFlagOverridesSiteYaml(@TempDir Path output) {
        assertThat(run("build", "--no-cache", "--source", TestSites.site("minimal").toString(), "--output", output.toString(),
                "--base-url", "https://mirror.example.com/archive")).isEqualTo(0);
        assertThat(TestSites.page(output, "index.html").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://mirror.example.com/archive/");
    }

    @Test
    void aSourceThatIsNotASiteIsAnErrorAndNothingIsWritten(@TempDir Path work) throws Exception {
        Path missing = work.resolve("no-such-site");
        assertThat(run("build", "--source", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(missing + ": the site folder does not exist (give --source the folder holding site.yaml and content/)");
        assertThat(missing).doesNotExist();

        Path empty = java.nio.file.Files.createDirectory(work.resolve("empty"));
        assertThat(run("build", "--source", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(empty + ": this folder has neither site.yaml nor content/");
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(run()).isEqualTo(2);
        assertThat(run("build", "--base-url", "not a url")).isEqualTo(2);
    }

    @Test
    void refusesAnOutputFolderThatWouldReplaceTheSources(@TempDir Path root) {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: x\ndate: 2023-12-26\n---\n");
        assertThat(run("build", "--source", root.toString(), "--output", root.toString())).isEqualTo(1);
        assertThat(run("build", "--source", root.toString(), "--output", root.resolve("content/out").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the output folder would replace the site's sources");
        assertThat(root.resolve("content/a.md")).isRegularFile();
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString()).matches("gazette \\d+\\.\\d+\\.\\d+.*\\s*");
        assertThat(run("build", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("--source=DIR", "--output=DIR", "--drafts", "--future", "--base-url=URL");
    }
}
