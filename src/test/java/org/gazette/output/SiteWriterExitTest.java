package org.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazette.site.OutputFile;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process ends (a signal) while a build that will not commit drops its staging folder: nothing
 * is left; killed outright (kill -9), its staging folder is deleted by the next build, at once.
 */
class SiteWriterExitTest {

    @TempDir
    Path work;

    @RepeatedTest(3)
    void aProcessEndingWhileTheStagingFolderIsDroppedLeavesNothing() throws Exception {
        Path log = work.resolve("child.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ExitDuringClose.class.getName(), work.resolve("site").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // A child that failed before staging anything (a wrong class path, an exception in open)
        // would leave no staging folder either: the test must see that it got as far as the close.
        String output = Files.readString(log);
        assertThat(output).as("the child's output").contains(ExitDuringClose.STAGED);
        assertThat(process.exitValue()).as("the child's exit value; its output:%n%s", output).isEqualTo(ExitDuringClose.EXIT);
        try (Stream<Path> beside = Files.list(work)) {
            assertThat(beside.map(p -> p.getFileName().toString())).as("staging folders left").noneMatch(n -> n.contains(".gazette-building-"));
        }
    }

    @Test
    void aBuildKilledWhileItStagesLeavesAFolderTheNextBuildDeletesWhileARunningOnesIsKept() throws Exception {
        Path site = work.resolve("site");
        Process running = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StageAndWait.class.getName(), site.toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(running.getInputStream().readNBytes(StageAndWait.STAGED.length()), StandardCharsets.UTF_8))
                    .isEqualTo(StageAndWait.STAGED);
            List<String> staged = stagingFolders();
            assertThat(staged).hasSize(1);
            try (SiteWriter next = SiteWriter.open(site)) {
                assertThat(stagingFolders()).as("the running build's folder is kept").contains(staged.get(0));
            }
            running.destroyForcibly(); // SIGKILL: no exit hook deletes the folder
            assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(stagingFolders()).containsExactly(staged.get(0));
            try (SiteWriter next = SiteWriter.open(site)) {
                assertThat(stagingFolders()).as("the killed build's folder is deleted, not kept for an hour")
                        .doesNotContain(staged.get(0));
            }
        } finally {
            running.destroyForcibly();
        }
        assertThat(stagingFolders()).isEmpty();
    }

    private List<String> stagingFolders() throws IOException {
        try (Stream<Path> beside = Files.list(work)) {
            return beside.map(p -> p.getFileName().toString()).filter(n -> n.contains(".gazette-building-")).toList();
        }
    }

    /** Stages 500 files, says so, and waits to be killed. */
    public static final class StageAndWait {
        static final String STAGED = "staged";

        public static void main(String[] args) throws Exception {
            SiteWriter writer = SiteWriter.open(Path.of(args[0]));
            for (int i = 0; i < 500; i++) {
                writer.add(new OutputFile.Generated("p/" + (i % 50) + "/" + i + ".html", ("页" + i).getBytes(StandardCharsets.UTF_8)));
            }
            System.out.print(STAGED);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }

    /** Stages 5,000 files, then the process begins to exit just as the failed build's close() drops them. */
    public static final class ExitDuringClose {
        static final String STAGED = "staged";
        static final int EXIT = 130;

        public static void main(String[] args) throws IOException {
            SiteWriter writer = SiteWriter.open(Path.of(args[0]));
            for (int i = 0; i < 5000; i++) {
                writer.add(new OutputFile.Generated("p/" + (i % 50) + "/" + i + ".html", ("页" + i).getBytes(StandardCharsets.UTF_8)));
            }
            System.out.println(STAGED);
            System.out.flush();
            new Thread(() -> System.exit(EXIT)).start();
            writer.close();
        }
    }
}
