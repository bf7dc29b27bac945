package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gazette.TestSites;
import org.gazette.problem.FileNameEncoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a locale whose encoding is not UTF-8 ({@code LANG=C}), where Java can neither write nor
 * read Chinese file names, build and check stop with the advice to change the locale, never with
 * a stack trace or a name read as {@code ���}. Each command runs in a JVM of its own, started
 * with the locale given, since Java takes the encoding of file names from it at start-up.
 */
class NonUtf8LocaleTest {

    private static final String ADVICE = "Java encodes file names here as ANSI_X3.4-1968 (run Gazette under a UTF-8 locale,"
            + " for example: export LANG=C.UTF-8)";

    @TempDir
    Path work;
    private Path root;
    private Path output;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void aSiteWithAChineseTag() {
        assumeTrue(FileNameEncoding.canHold("妇联"), "the tests write Chinese file names, which needs a UTF-8 locale");
        root = work.resolve("site-root");
        output = work.resolve("out");
        TestSites.write(root.resolve("site.yaml"), "title: 测试\n");
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\ntags: [妇联]\n---\n\n正文。\n");
    }

    @Test
    void aRebuildUnderCGivesTheAdviceWithTheCacheOrWithout() throws Exception {
        assertThat(gazette("C.UTF-8", "build").exitCode()).isZero();
        String home = TestSites.read(output.resolve("index.html"));

        assertAdvised(gazette("C", "build"), "nothing changed: the last build's record");
        Files.writeString(root.resolve("content/2024/a.md"), "\n再写一句。\n", StandardOpenOption.APPEND);
        assertAdvised(gazette("C", "build"), "an article changed: the cache and the last site");
        assertAdvised(gazette("C", "build", "--no-cache"), "without the cache");
        assertThat(TestSites.read(output.resolve("index.html"))).as("the site left as it was").isEqualTo(home);
    }

    @Test
    void aSiteBuiltUnderUtf8IsReplacedWholeWhenItsChineseNamesAreGone() throws Exception {
        assertThat(gazette("C.UTF-8", "build").exitCode()).isZero();
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\ntags: [fulian]\n---\n\n正文。\n");

        Run run = gazette("C", "build");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(output.resolve("tags/fulian/index.html")).isRegularFile();
        assertThat(output.resolve("tags/妇联")).doesNotExist();
    }

    @Test
    void aChineseSourceNameIsToldAtItsFolderWithTheAdviceNeverAsQuestionMarks() throws Exception {
        TestSites.write(root.resolve("content/2024/中文名.md"), "---\ntitle: 文章\ndate: 2024-01-02\nslug: b\n---\n\n正文。\n");
        TestSites.write(root.resolve("static/说明.txt"), "发布的文件");
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\ntags: [fulian]\n---\n\n正文。\n");
        assertThat(gazette("C.UTF-8", "build").exitCode()).as("a build cache naming them").isZero();
        String told = "content/2024: file names in this folder cannot be read: " + ADVICE;

        Run build = gazette("C", "build");
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.err()).startsWith(told).contains("static: file names in this folder cannot be read: " + ADVICE)
                .doesNotContain("slug", "Exception", "\uFFFD");

        Run check = gazette("C", "check", "--no-cache");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("content/2024:1:1: error: file names in this folder cannot be read: " + ADVICE)
                .contains("static:1:1: error: file names in this folder cannot be read: " + ADVICE)
                .doesNotContain("slug", "\uFFFD");
        assertThat(check.err()).isEmpty();
    }

    @Test
    void checkGivesTheAdviceForANameTheBuildCouldNotWrite() throws Exception {
        Run check = gazette("C", "check", "--no-cache");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).startsWith("content:1:1: error: the build cannot write the file tags/妇联/index.html: " + ADVICE);
        assertThat(check.err()).isEmpty();
    }

    @Test
    void aDeployUnderCGivesTheAdviceBeforeAnyRequest() throws Exception {
        assertThat(gazette("C.UTF-8", "build").exitCode()).isZero();

        Run deploy = gazette("C", "deploy", "--output", output.toString(), "--bucket", "news", "--endpoint", "http://127.0.0.1:9",
                "--dry-run");

        assertAdvised(deploy, "deploy");
        assertThat(deploy.err()).contains(": cannot read the file ").doesNotContain("127.0.0.1");
    }

    @Test
    void aChineseFolderOnTheCommandLineIsToldWithTheAdvice() throws Exception {
        output = work.resolve("输出");
        Run build = gazette("C", "build");
        assertThat(build.exitCode()).isEqualTo(2);
        assertThat(build.err()).startsWith("Invalid value for option '--output': ").contains(ADVICE).doesNotContain("Exception");

        root = Files.move(root, work.resolve("站点"));
        Run check = gazette("C", "check", "--no-cache");
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).startsWith("Invalid value for option '--source': ").contains(ADVICE).doesNotContain("Exception");
    }

    @Test
    void aChineseCurrentFolderIsToldWithTheAdviceNotAsMissing() throws Exception {
        Path site = Files.move(root, work.resolve("站点"));
        List<String> build = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Gazette.class.getName(), "build");

        Run run = run(build, site, "C");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--source': the current folder's name cannot be read here (")
                .contains(ADVICE).doesNotContain("does not exist");
        assertThat(site.resolve("site")).doesNotExist();
        assertThat(run(build, site, "C.UTF-8").exitCode()).isZero();
    }

    private static void assertAdvised(Run run, String when) {
        assertThat(run.exitCode()).as(when + ": " + run.err()).isEqualTo(1);
        assertThat(run.err()).as(when).contains(ADVICE).doesNotContain("Exception");
    }

    /** Runs gazette COMMAND on the site under {@code locale}, in a JVM of its own. */
    private Run gazette(String locale, String command, String... options) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Gazette.class.getName(), command, "--source", root.toString()));
        if (command.equals("build")) {
            line.addAll(List.of("--output", output.toString()));
        }
        line.addAll(List.of(options));
        return run(line, Path.of("").toAbsolutePath(), locale);
    }

    /** Runs {@code line} in {@code directory} under {@code locale}. */
    private Run run(List<String> line, Path directory, String locale) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile());
        builder.environment().put("LANG", locale);
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_CTYPE");
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("gazette finished within a minute").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), ProgressLines.without(Files.readString(err, StandardCharsets.UTF_8)));
    }
}
