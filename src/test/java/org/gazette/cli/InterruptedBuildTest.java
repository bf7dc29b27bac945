package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazette.ScriptTerminal;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build stopped by a signal (Ctrl-C, a CI job cancelled) takes its staging folder with it. */
class InterruptedBuildTest {

    @TempDir
    Path work;

    @Test
    void aBuildStoppedBeforeItCommitsLeavesNoStagingFolder() throws Exception {
        Path root = siteWithAttachments("附件 "); // being written on both cores when the signal comes
        Files.write(root.resolve("static/files/report.bin"), new byte[64 << 20]);
        Path output = work.resolve("site");
        Process build = gazette(root, output, "--no-cache");
        try {
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (staging().isEmpty() && build.isAlive() && System.nanoTime() < giveUp) {
                Thread.sleep(5);
            }
            assertThat(staging()).as("the build began staging its files").isNotEmpty();
            // Held still, so that it cannot commit before the signal arrives.
            assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(build.pid())).start().waitFor()).isZero();
            build.destroy(); // SIGTERM, as Ctrl-C's SIGINT, runs the JVM's shutdown hooks
            assertThat(new ProcessBuilder("kill", "-CONT", Long.toString(build.pid())).start().waitFor()).isZero();
            assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            build.destroyForcibly();
        }
        assertThat(staging()).as("no staging folder left beside the output").isEmpty();
        assertThat(output).doesNotExist();
    }

    @Test
    void aBuildStoppedWhileItPutsItsSiteInPlaceFinishesFirst() throws Exception {
        Path root = siteWithAttachments("附件 ");
        Path output = work.resolve("site");
        assertThat(gazette(root, output).waitFor()).isZero();
        siteWithAttachments("新附件 "); // every file changed: the update renames 5,000 files into place
        Path log = work.resolve("build.log");
        List<String> notQuiet = command(root, output);
        notQuiet.remove("-q");
        Process build = new ProcessBuilder(notQuiet).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(output.resolve(".gazette/updating")) && build.isAlive() && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            assertThat(build.isAlive()).as("caught while renaming").isTrue();
            build.destroy(); // SIGTERM in the middle of the renames
            assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            build.destroyForcibly();
        }
        assertThat(output.resolve(".gazette/updating")).as("the update was finished").doesNotExist();
        assertThat(Files.readString(log)).as("the wait is explained").contains("Stopping once the site is in place");
        assertThat(TestSites.read(output.resolve("files/0.txt"))).isEqualTo("新附件 0");
        assertThat(TestSites.read(output.resolve("files/4999.txt"))).isEqualTo("新附件 4999");
        assertThat(staging()).isEmpty();
    }

    @Test
    void ctrlCAtATerminalClearsTheProgressBar() throws Exception {
        Path root = siteWithAttachments("附件 ");
        Files.write(root.resolve("static/files/report.bin"), new byte[64 << 20]);
        List<String> build = command(root, work.resolve("site"), "--no-cache");
        build.remove("-q");
        // The build on a terminal of its own; the Ctrl-C typed into it reaches the build as a terminal's does, as SIGINT.
        ScriptTerminal terminal = ScriptTerminal.start(build.stream().map(word -> "'" + word + "'").collect(Collectors.joining(" ")),
                Map.of("TERM", "xterm"));
        terminal.awaitShown("%");
        String screen = terminal.interrupt();
        assertThat(screen).contains("^C");
        // The line is blanked after the last bar, and nothing follows: the shell's prompt starts clean.
        String afterLastBar = screen.substring(screen.lastIndexOf('%'));
        assertThat(afterLastBar).endsWith("\r\033[2K");
        assertThat(terminal.exitValue()).isEqualTo(130);
    }

    /** The site in work/source: one article and 5,000 attachments saying {@code text} and their number. */
    private Path siteWithAttachments(String text) throws IOException {
        Path root = work.resolve("source");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
        Path files = Files.createDirectories(root.resolve("static/files"));
        for (int i = 0; i < 5000; i++) {
            Files.writeString(files.resolve(i + ".txt"), text + i);
        }
        return root;
    }

    /** {@code gazette build -q} in a process of its own, as a terminal or a CI job runs it. */
    private Process gazette(Path root, Path output, String... options) throws IOException {
        return new ProcessBuilder(command(root, output, options)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> command(Path root, Path output, String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Gazette.class.getName(), "build", "-q"));
        command.addAll(List.of(options));
        command.addAll(List.of("--source", root.toString(), "--output", output.toString()));
        return command;
    }

    private List<Path> staging() throws IOException {
        try (Stream<Path> beside = Files.list(work)) {
            return beside.filter(p -> p.getFileName().toString().startsWith(".site.gazette-building-")).toList();
        }
    }
}
