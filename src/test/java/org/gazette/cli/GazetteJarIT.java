package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code target/gazette.jar} in its own process, as the README tells users to. */
class GazetteJarIT {

    static final Path JAR = Path.of("target/gazette.jar").toAbsolutePath();

    record Run(int exitCode, String out, String err) {
    }

    /** Runs the jar with the C locale, where Java's default encoding is not UTF-8. */
    static Run gazette(String... args) throws IOException, InterruptedException {
        return gazetteIn("C", args);
    }

    static Run gazetteIn(String locale, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", locale);
        builder.environment().remove("LC_ALL");
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "gazette-it-" + ProcessHandle.current().pid() + "-out");
        Path err = Path.of(System.getProperty("java.io.tmpdir"), "gazette-it-" + ProcessHandle.current().pid() + "-err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("gazette finished within a minute").isTrue();
        return new Run(process.exitValue(), TestSites.read(out), ProgressLines.without(TestSites.read(err)));
    }

    @Test
    void buildsTheExampleSite(@TempDir Path output) throws Exception {
        Run run = gazetteIn("C.UTF-8", "build", "--source", ".", "--output", output.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).startsWith("Built 5 articles into " + output);
        assertThat(TestSites.page(output, "2023/12/five-year-review/index.html").selectFirst(".byline").text())
                .isEqualTo("邵阳日报记者 伍洁 通讯员 杨超");
    }

    @Test
    void saysWhichLocaleToUseWhenChineseFileNamesCannotBeWritten(@TempDir Path output) throws Exception {
        Run run = gazetteIn("C", "build", "--source", ".", "--output", output.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        // A note may come first: the build cache another test of this class made under C.UTF-8 is not this locale's.
        assertThat(run.err().lines().filter(line -> !line.startsWith("note: ")).findFirst().orElse(""))
                .startsWith(output + ": cannot write the file ");
        assertThat(run.err())
                .contains("Java encodes file names here as ANSI_X3.4-1968 (run Gazette under a UTF-8 locale, for example: export LANG=C.UTF-8)");
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void printsChineseProblemsInUtf8AndExitsWithOne(@TempDir Path output) throws Exception {
        Run run = gazette("build", "--source", TestSites.site("invalid/tags-number").toString(), "--output", output.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("content/a.md:4: tags must be a list of words, not the number 5 (write a list such as tags: [妇联, 妇女代表大会])");
        assertThat(run.err().getBytes(StandardCharsets.UTF_8)).doesNotContain((byte) '?');
    }

    @Test
    void versionAndUsage() throws Exception {
        Run version = gazette("--version");
        assertThat(version.exitCode()).isEqualTo(0);
        assertThat(version.out().strip()).matches("gazette \\d+\\.\\d+\\.\\d+");
        Run usage = gazette("build", "--bogus");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("Unknown option: '--bogus'", "Usage: gazette build");
    }

    @Test
    void hookInstallWritesAHookNamingThisJar(@TempDir Path site) throws Exception {
        assertThat(new ProcessBuilder("git", "init", "-q").directory(site.toFile()).inheritIO().start().waitFor()).isZero();
        Run run = gazetteIn("C.UTF-8", "hook", "install", "--source", site.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).startsWith("Wrote " + site.resolve(".git/hooks/pre-commit") + " and "
                + site.resolve(".git/hooks/pre-merge-commit") + ": git commit and git merge now run gazette check");
        assertThat(TestSites.read(site.resolve(".git/hooks/pre-commit")))
                .endsWith("exec java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:GCTimeRatio=2 " + HookCommand.HUGE_PAGES + " -jar '" + JAR + "' check --source \"$(git rev-parse --show-toplevel)\"\n");
    }

    /**
     * The installed hook, run as git runs it: it checks the working tree, asking Java for huge pages
     * where, and only where, the kernel gives them when asked or always (as bin/gazette does).
     */
    @Test
    void theInstalledHookChecksTheSiteWithHugePagesWhereTheKernelGivesThem(@TempDir Path site) throws Exception {
        assertThat(new ProcessBuilder("git", "init", "-q").directory(site.toFile()).inheritIO().start().waitFor()).isZero();
        assertThat(gazetteIn("C.UTF-8", "hook", "install", "--source", site.toString()).exitCode()).isZero();
        TestSites.write(site.resolve("site.yaml"), "title: 测试站点\nbase_url: https://example.org/\n");
        TestSites.write(site.resolve("content/2024/x/index.md"), "---\ntitle: 一篇文章\ndate: 2024-01-02\n---\n\n正文。\n");

        GazetteLauncherIT.Run passed = hook(site);
        assertThat(passed.exitCode()).as(passed.out() + passed.err()).isZero();
        assertThat(passed.out().contains("-XX:+UseTransparentHugePages")).as(passed.out()).isEqualTo(GazetteLauncherIT.kernelGivesHugePages());
        assertThat(passed.out()).contains("-XX:GCTimeRatio=2");

        TestSites.write(site.resolve("content/2024/x/index.md"), "---\ntitle: 一篇文章\ndate: 6月20日\n---\n\n正文。\n");
        GazetteLauncherIT.Run refused = hook(site);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("content/2024/x/index.md:3:7: error: date \"6月20日\" is not a date");
    }

    /** The pre-commit hook run as git runs it, in {@code site}, Java printing the options it was started with. */
    private static GazetteLauncherIT.Run hook(Path site) throws IOException, InterruptedException {
        return GazetteLauncherIT.run(site.resolve(".git/hooks/pre-commit"), site, Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags"));
    }
}
