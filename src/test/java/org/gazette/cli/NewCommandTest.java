package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.TestSites;
import org.gazette.check.Check;
import org.gazette.check.CheckOptions;
import org.gazette.check.CheckReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette new}: creates a draft that checks clean, and never overwrites. */
class NewCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Gazette.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void createsADraftThatTheSiteAcceptsAndRefusesToOverwriteIt(@TempDir Path root) throws Exception {
        TestSites.write(root.resolve("site.yaml"), "slugs:\n  columns: { 工作动态: news }\n");
        int code = run("new", "news/march-8-gathering", "--title", "三八节座谈会", "--date", "2024-03-08 09:30", "--source", root.toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        Path file = root.resolve("content/news/2024-03-08-march-8-gathering.md");
        assertThat(out.toString()).startsWith("Created content/news/2024-03-08-march-8-gathering.md");
        assertThat(TestSites.read(file)).startsWith("---\ntitle: 三八节座谈会\n").contains("\ncolumn: 工作动态\n", "\ndraft: true ");

        CheckReport report = Check.run(CheckOptions.of(root));
        assertThat(report.errors()).as(report.problems().toString()).isZero();

        Files.writeString(file, "my text");
        assertThat(run("new", "news/march-8-gathering", "--title", "again", "--date", "2024-03-08", "--source", root.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("content/news/2024-03-08-march-8-gathering.md: the file exists already and was left as it is");
        assertThat(TestSites.read(file)).isEqualTo("my text");
    }

    @Test
    void usageErrorsSayWhatToWrite(@TempDir Path root) {
        assertThat(run("new", "news/x", "--source", root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--title=TITLE'");
        assertThat(run("new", "news/X Y", "--title", "t", "--source", root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the slug \"X Y\" may only hold lower-case letters, digits and - (use x-y)");
        assertThat(run("new", "news/x", "--title", "t", "--date", "8 March", "--source", root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--date \"8 March\" is not a date");
        assertThat(run("new", "2024/my-article", "--title", "测试", "--date", "2024-11-01", "--source", root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the folder \"2024\" is a year", "such as news/my-article");
        assertThat(root.resolve("content")).doesNotExist();
    }
}
