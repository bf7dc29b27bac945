package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.gazette.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** {@code gazette check} on the command line: formats, options and exit codes. */
class CheckCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temporary;

    /** Runs gazette check with its cache in a temporary folder rather than the user's. */
    private int run(String... args) {
        String[] withCache = java.util.Arrays.copyOf(args, args.length + 2);
        withCache[args.length] = "--cache";
        withCache[args.length + 1] = temporary.resolve("check-cache.bin").toString();
        return execute(withCache);
    }

    private int execute(String... args) {
        return Gazette.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void printsProblemsGroupedByFileThenASummaryAndExitsWithOne() {
        int code = run("check", "--source", TestSites.site("check").toString(), "--max-photo-size", "10KB");
        assertThat(code).isEqualTo(1);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).startsWith("content/news/2023-01-01-late-draft.md:4:1: warning: this draft is dated 2023-01-01");
        assertThat(lines[1]).isEmpty();
        assertThat(lines[2]).startsWith("content/news/2024-03-01-first.md:6:1: error: an alias of this article would replace");
        assertThat(lines[lines.length - 1]).matches("10 errors and 4 warnings in 4 files; 5 articles checked in \\d+\\.\\d\\d s");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aSiteWithWarningsOnlyPassesUnlessStrict() {
        assertThat(run("check", "--source", ".")).isEqualTo(0);
        assertThat(out.toString()).contains("1 warning in 1 file; 6 articles checked");
        assertThat(run("check", "--source", ".", "--strict")).isEqualTo(1);
        assertThat(out.toString()).contains("content/2024/2024-10-15-volunteer-draft.md:6:1: error: this draft is dated");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonGivesEachProblemWithItsPosition() {
        assertThat(run("check", "--source", TestSites.site("invalid/bad-date").toString(), "--format", "json")).isEqualTo(1);
        Map<String, Object> report = new Json().toType(out.toString(), Json.MAP_TYPE);
        assertThat(report).containsEntry("errors", 1L).containsEntry("warnings", 0L).containsEntry("articles", 1L);
        List<Map<String, Object>> problems = (List<Map<String, Object>>) report.get("problems");
        assertThat(problems).singleElement().isEqualTo(Map.of("file", "content/a.md", "line", 3L, "column", 7L,
                "severity", "error", "message",
                "date \"5 May\" is not a date (use YYYY-MM-DD or YYYY-MM-DD HH:MM, such as 2023-12-26 08:00)"));
    }

    @Test
    void githubFormatAnnotatesTheLine() {
        run("check", "--source", TestSites.site("invalid/bad-date").toString(), "--format", "GitHub");
        assertThat(out.toString()).startsWith("::error file=content/a.md,line=3,col=7::date \"5 May\" is not a date");
    }

    @Test
    void keepsItsCacheWhereItIsToldAndReportsTheSameFromIt() throws Exception {
        assertThat(run("check", "--source", TestSites.site("check").toString())).isEqualTo(1);
        String first = out.toString().replaceAll("checked in .*", "");
        assertThat(temporary.resolve("check-cache.bin")).isRegularFile();
        out.getBuffer().setLength(0);
        assertThat(run("check", "--source", TestSites.site("check").toString())).isEqualTo(1);
        assertThat(out.toString().replaceAll("checked in .*", "")).isEqualTo(first);
        Files.delete(temporary.resolve("check-cache.bin"));
        assertThat(execute("check", "--source", TestSites.site("check").toString(), "--no-cache")).isEqualTo(1);
        assertThat(temporary.resolve("check-cache.bin")).doesNotExist();
    }

    @Test
    void aFolderGivenAsTheCacheFileIsAUsageError() throws Exception {
        Path folder = Files.createDirectory(temporary.resolve("cache-folder"));
        assertThat(execute("check", "--source", TestSites.site("minimal").toString(), "--cache", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--cache " + folder + " is a folder: name a file (such as --cache "
                + folder.resolve(".check-cache.bin") + ")").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void theCacheFileAndNoCacheTogetherAreAUsageError() throws Exception {
        Path file = temporary.resolve("cache.bin");
        assertThat(execute("check", "--source", TestSites.site("minimal").toString(), "--cache", file.toString(), "--no-cache"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--cache and --no-cache ask for opposite things: give one of them");
        assertThat(out.toString()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatIsNotACheckCacheIsNeverWrittenOver() throws Exception {
        Path site = TestSites.site("minimal");
        Path yaml = Files.writeString(temporary.resolve("site.yaml"), "title: 邵阳女性\n");
        assertThat(execute("check", "--source", site.toString(), "--cache", yaml.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--cache " + yaml + " is a file that is not a check cache");
        assertThat(Files.readString(yaml)).isEqualTo("title: 邵阳女性\n");

        Path cache = temporary.resolve("c.bin");
        execute("check", "--source", site.toString(), "--cache", cache.toString());
        assertThat(cache).isNotEmptyFile();
        assertThat(execute("check", "--source", site.toString(), "--cache", cache.toString())).as("its own cache, again")
                .isNotEqualTo(2);
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertThat(run("check", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("use human, json or github, not xml");
        assertThat(run("check", "--max-photo-size", "big")).isEqualTo(2);
        assertThat(err.toString()).contains("write a size such as 500KB or 2MB, not big");
    }

    @Test
    void aSourceFolderEndingInACarriageReturnFromAHookWithWindowsLineEndingsIsNamedPlainly() {
        String site = TestSites.site("minimal").toString();
        assertThat(run("check", "--source", site + "\r")).isEqualTo(2);
        assertThat(err.toString()).contains("the folder name " + site + " ends with an invisible carriage return (\\r): the git"
                + " hook or script that runs gazette has Windows line endings (save it with LF line endings: LF in VS"
                + " Code's status bar, Unix (LF) in Notepad++'s)").doesNotContain("there is no content/ folder");
    }

    @Test
    void photoSizesTakeDecimalUnits() {
        CheckCommand.SizeConverter sizes = new CheckCommand.SizeConverter();
        assertThat(sizes.convert("800000")).isEqualTo(800_000L);
        assertThat(sizes.convert("500KB")).isEqualTo(500_000L);
        assertThat(sizes.convert("1.5mb")).isEqualTo(1_500_000L);
        assertThat(sizes.convert("2 M")).isEqualTo(2_000_000L);
    }
}
