package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/gazette}, the launcher that starts the jar with the class data sharing archive
 * {@code target/gazette.jsa} that {@code mvn package} makes: it uses the archive, passes the exit code
 * through, and says nothing about the archive when it is missing, older than the jar or made for another jar.
 */
class GazetteLauncherIT {

    static final Path LAUNCHER = Path.of("bin/gazette").toAbsolutePath();

    record Run(int exitCode, String out, String err) {
    }

    /** Runs a launcher under a UTF-8 locale with this JVM as JAVA_HOME, from {@code directory}. */
    static Run run(Path launcher, Path directory, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("GAZETTE_OPTS");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("gazette-launcher-", ".out");
        Path err = Files.createTempFile("gazette-launcher-", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("gazette finished within a minute").isTrue();
            return new Run(process.exitValue(), TestSites.read(out), ProgressLines.without(TestSites.read(err)));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    /** Whether this machine's kernel gives transparent huge pages when asked or always, as the launcher reads it. */
    static boolean kernelGivesHugePages() throws IOException {
        Path modes = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        return Files.isReadable(modes) && Files.readString(modes).matches("(?s).*\\[(always|madvise)\\].*");
    }

    static void assertQuiet(Run run) {
        assertThat(run.out() + run.err()).doesNotContain("[warning]", "[error]", "cds", "shared archive", "sharing");
    }

    @Test
    void startsWithTheArchiveFromAnyFolderThroughASymlink(@TempDir Path folder) throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("gazette"), LAUNCHER);
        try {
            // -Xshare:on makes the JVM fail rather than run without the archive.
            Run version = run(link, folder, Map.of("GAZETTE_OPTS", "-Xshare:on"), "--version");
            assertThat(version.exitCode()).as(version.out() + version.err()).isEqualTo(0);
            assertThat(version.out().strip()).matches("gazette \\d+\\.\\d+\\.\\d+");
            assertThat(version.err()).isEmpty();

            Path site = folder.resolve("site");
            TestSites.write(site.resolve("site.yaml"), "title: 测试站点\nbase_url: https://example.org/\n");
            TestSites.write(site.resolve("content/2024/x/index.md"), "---\ntitle: 一篇文章\ndate: 2024-01-02\n---\n\n正文。\n");
            Run build = run(link, folder, Map.of("GAZETTE_OPTS", "-Xshare:on"), "build", "--source", "site", "--output", "out");
            assertThat(build.exitCode()).as(build.err()).isEqualTo(0);
            assertThat(build.out()).startsWith("Built 1 article into out: ");
            assertThat(build.err()).isEmpty();
            assertThat(folder.resolve("out/2024/01/x/index.html")).isRegularFile();
        } finally {
            Files.delete(link); // else JUnit warns about a link out of the temporary folder
        }
    }

    /** The archive is mapped where it was made to be, not moved and its pointers rewritten at every start. */
    @Test
    void mapsTheArchiveAtItsOwnAddress(@TempDir Path folder) throws Exception {
        Run version = run(LAUNCHER, folder, Map.of("GAZETTE_OPTS", "-Xshare:on -Xlog:cds:stdout"), "--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).contains("Mapped static").doesNotContain("always map archive(s) at an alternative address");
    }

    /**
     * Transparent huge pages for the heap where, and only where, the kernel gives them when asked or
     * always; the options, which come after the launcher's, can turn them off.
     */
    @Test
    void asksForHugePagesWhereTheKernelGivesThem(@TempDir Path folder) throws Exception {
        Run flags = run(LAUNCHER, folder, Map.of("GAZETTE_OPTS", "-XX:+PrintCommandLineFlags"), "--version");
        assertThat(flags.exitCode()).as(flags.err()).isZero();
        assertThat(flags.out().contains("-XX:+UseTransparentHugePages")).as(flags.out()).isEqualTo(kernelGivesHugePages());
        assertThat(flags.err()).isEmpty();
        Run off = run(LAUNCHER, folder, Map.of("GAZETTE_OPTS", "-XX:-UseTransparentHugePages -XX:+PrintCommandLineFlags"), "--version");
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(off.out()).doesNotContain("+UseTransparentHugePages");
    }

    @Test
    void passesExitCodesAndOptionsThrough(@TempDir Path folder) throws Exception {
        Run problems = run(LAUNCHER, folder, Map.of(), "build", "--source",
                TestSites.site("invalid/tags-number").toAbsolutePath().toString(), "--output", folder.resolve("out").toString());
        assertThat(problems.exitCode()).isEqualTo(1);
        assertThat(problems.err()).startsWith("content/a.md:4: tags must be a list of words");
        assertQuiet(problems);
        Run usage = run(LAUNCHER, folder, Map.of(), "build", "--bogus");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("Unknown option: '--bogus'");
        Run opts = run(LAUNCHER, folder, Map.of("JAVA_OPTS", "-Xshare:off -Dignored=1", "GAZETTE_OPTS", "-XshowSettings:properties"), "--version");
        assertThat(opts.exitCode()).isEqualTo(0);
        assertThat(opts.err()).contains("ignored = 1");
    }

    /** A collector chosen in the options replaces the launcher's: with two, the JVM would not start. */
    @Test
    void aCollectorChosenInTheOptionsReplacesTheLaunchers(@TempDir Path folder) throws Exception {
        assertThat(run(LAUNCHER, folder, Map.of("GAZETTE_OPTS", "-Xlog:gc:stdout"), "--version").out()).contains("Using Parallel");
        for (String variable : List.of("JAVA_OPTS", "GAZETTE_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            Run run = run(LAUNCHER, folder, Map.of(variable, "-XX:+UseSerialGC -Xlog:gc:stdout"), "--version");
            assertThat(run.exitCode()).as(variable + ": " + run.err()).isZero();
            assertThat(run.out()).as(variable).contains("Using Serial");
        }
    }

    @Test
    void saysNothingWhenTheArchiveIsMissingStaleOrForAnotherJar(@TempDir Path folder) throws Exception {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Files.copy(LAUNCHER, bin.resolve("gazette"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of("target/gazette.jar"), bin.resolve("gazette.jar"));
        Path launcher = bin.resolve("gazette");

        Run missing = run(launcher, folder, Map.of(), "--version");
        assertThat(missing.exitCode()).isEqualTo(0);
        assertThat(missing.out().strip()).matches("gazette \\d+\\.\\d+\\.\\d+");
        assertQuiet(missing);

        // Made for target/gazette.jar, not this copy: the JVM cannot use it and runs without it.
        Path archive = Files.copy(Path.of("target/gazette.jsa"), bin.resolve("gazette.jsa"));
        long jarTime = Files.getLastModifiedTime(bin.resolve("gazette.jar")).toMillis();
        Files.setLastModifiedTime(archive, FileTime.fromMillis(jarTime + 60_000));
        Run otherJar = run(launcher, folder, Map.of(), "--version");
        assertThat(otherJar.exitCode()).isEqualTo(0);
        assertThat(otherJar.out().strip()).matches("gazette \\d+\\.\\d+\\.\\d+");
        assertQuiet(otherJar);

        Files.setLastModifiedTime(archive, FileTime.fromMillis(jarTime - 60_000));
        Run stale = run(launcher, folder, Map.of(), "--version");
        assertThat(stale.exitCode()).isEqualTo(0);
        assertQuiet(stale);
    }
}
