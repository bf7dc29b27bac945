package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette import} on the command line: the report, the options and exit codes. */
class ImportCommandTest {

    static final String SAMPLE = "../shared/samples/shaoyang-womens-federation-congress.txt";
    static final String OLD_SITE = "src/test/resources/import/old-site";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Gazette.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void importsTheSampleAndPrintsTheReport(@TempDir Path output) {
        int code = run("import", SAMPLE, "--output", output.toString(), "--date", "2023-12-26 08:00", "--column", "工作综述",
                "--tags", "妇联，妇女代表大会", "--slug", "five-year-review", "--report", output.resolve("report.txt").toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).startsWith(SAMPLE + " -> " + output.resolve("2023/five-year-review/index.md") + "\n  ")
                .contains("Imported 1 of 1 file.\nCheck the imported articles with: gazette check");
        assertThat(TestSites.read(output.resolve("report.txt"))).isEqualTo(out.toString());
        assertThat(TestSites.read(output.resolve("2023/five-year-review/index.md"))).contains("tags: [妇联, 妇女代表大会]\n");
    }

    @Test
    void filesThatCannotBeImportedAreReportedAndTheOthersGoOn(@TempDir Path output) {
        int code = run("import", OLD_SITE, "--output", output.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("empty.txt: error: the file is empty; not imported", "scan.txt: error: the file is not text")
                .contains("Imported 2 of 4 files; 2 could not be imported (see above); 2 other files in the folders (not .txt or .html) left alone.")
                .doesNotContain("Exception");
        assertThat(output.resolve("2024/12345/index.md")).isRegularFile();
    }

    @Test
    void importingAgainIsNoErrorAndTheReportKeepsItsOrder(@TempDir Path output) {
        String[] args = {"import", SAMPLE, "--output", output.toString(), "--date", "2023-12-26 08:00", "--slug", "five-year-review"};
        assertThat(run(args)).as(err.toString()).isEqualTo(0);
        out.getBuffer().setLength(0);

        assertThat(run(args)).as(out.toString()).isEqualTo(0);
        Path article = output.resolve("2023/five-year-review/index.md");
        assertThat(out.toString()).isEqualTo(SAMPLE + " -> " + article + ": imported before, left as it is\n"
                + "  " + SAMPLE + ":5: warning: text printed before the headline was kept as body text, in its place"
                + " (move it if it belongs elsewhere)\n"
                + "  " + SAMPLE + ":47: warning: a paragraph set apart like this file's ▲ captions was taken as the caption of"
                + " a photo whose ▲ is missing (if it is text of the article, move it from photos: into the body)\n"
                + "Imported 0 of 1 file; 1 was imported before (left as it is).\n"
                + "Check the imported articles with: gazette check\n");
    }

    @Test
    void sourceNamesTheSiteWhoseContentFolderReceivesTheArticles(@TempDir Path root) {
        TestSites.write(root.resolve("site.yaml"), "title: 邵阳女性\n");
        int code = run("import", SAMPLE, "--source", root.toString(), "--date", "2023-12-26", "--slug", "five-year-review");
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(root.resolve("content/2023/five-year-review/index.md")).isRegularFile();

        assertThat(run("import", SAMPLE, "--source", root.toString(), "--output", root.resolve("elsewhere").toString(),
                "--date", "2023-12-26", "--slug", "five-year-review")).isEqualTo(0);
        assertThat(root.resolve("elsewhere/2023/five-year-review/index.md")).isRegularFile();

        assertThat(run("import", SAMPLE, "--source", root.resolve("no-such-site").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--source " + root.resolve("no-such-site") + " is not a folder");
    }

    @Test
    void usageErrors(@TempDir Path output) {
        assertThat(run("import")).isEqualTo(2);
        assertThat(run("import", OLD_SITE, "--slug", "x", "--output", output.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--slug names one article");
        assertThat(run("import", SAMPLE, "--date", "26 Dec", "--output", output.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--date \"26 Dec\" is not a date");
        assertThat(run("import", SAMPLE, "--slug", "Five Years", "--output", output.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("(use five-years)");
        assertThat(run("import", "no/such/file.txt", "--output", output.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("no/such/file.txt: error: no such file or folder (check the name)");
    }
}
