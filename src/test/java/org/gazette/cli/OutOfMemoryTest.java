package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A command that runs out of the Java heap says what to give it, and a build so stopped leaves the site as it was. */
class OutOfMemoryTest {

    @TempDir
    Path work;

    @Test
    void aBuildOutOfHeapSaysWhatToGiveItAndLeavesTheSiteAsItWas() throws Exception {
        Path root = siteOfArticles(3000);
        Path output = work.resolve("site");
        StringWriter said = new StringWriter();
        assertThat(Gazette.commandLine(new PrintWriter(said), new PrintWriter(said))
                .execute("build", "-q", "--source", root.toString(), "--output", output.toString())).isZero();
        String page = TestSites.read(output.resolve("index.html"));
        TestSites.write(root.resolve("content/new.md"), "---\ntitle: 新文章\ndate: 2025-12-31\n---\n\n新的正文。\n");

        Run build = gazette("-Xmx16m", "build", "--source", root.toString(), "--output", output.toString());

        assertThat(build.exit).as(build.said).isEqualTo(1);
        assertThat(build.said).contains("gazette build ran out of memory: its Java heap holds at most ")
                .contains("GAZETTE_OPTS=-Xmx64m bin/gazette build", "java -Xmx64m -jar gazette.jar build")
                .contains("Build failed: out of memory; " + output + " was left as it was.")
                .doesNotContain("\tat ");
        assertThat(withoutJavasOwnLine(build.said)).doesNotContain("Exception");
        assertThat(TestSites.read(output.resolve("index.html"))).isEqualTo(page);
        assertThat(staging()).isEmpty();

        Run check = gazette("-Xmx16m", "check", "--source", root.toString());
        assertThat(check.exit).as(check.said).isEqualTo(1);
        assertThat(check.said).contains("gazette check ran out of memory: its Java heap holds at most ")
                .doesNotContain("\tat ");
        assertThat(withoutJavasOwnLine(check.said)).doesNotContain("Exception");
    }

    @Test
    void thePreviewOutOfHeapIsToldWhatAPreviewNeedsNotWhatABuildNeeds() {
        // At 100,000 articles the preview ran out in 4 GB, where a build's 256 MB for 10,000 was told.
        assertThat(OutOfMemory.advice("serve")).startsWith("gazette serve ran out of memory")
                .contains("the preview holds every page of the site in memory", "ran out in a heap of 4 GB and ran in 6 GB")
                .doesNotContain("a build of 10,000 articles");
        assertThat(OutOfMemory.advice("build")).contains("a build of 10,000 articles needs about 256 MB");
    }

    @Test
    void aThreadDyingOfAFullHeapEndsTheBuildWhichDeletesItsStagingFolder() throws Exception {
        Path root = work.resolve("source");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
        Path files = Files.createDirectories(root.resolve("static/files"));
        for (int i = 0; i < 5000; i++) {
            Files.writeString(files.resolve(i + ".txt"), "附件 " + i);
        }
        Files.write(root.resolve("static/files/report.bin"), new byte[64 << 20]);
        Path output = work.resolve("site");

        // A pool's worker that runs out while recording its task's failure dies, and the task never ends.
        Run build = gazette("-Xmx256m", DyingWorker.class.getName(), work.toString(),
                "build", "--no-cache", "--source", root.toString(), "--output", output.toString());

        assertThat(build.exit).as(build.said).isEqualTo(1);
        assertThat(build.said).contains("gazette build ran out of memory").doesNotContain("Built ");
        assertThat(staging()).isEmpty();
        assertThat(output).doesNotExist();
    }

    @Test
    void aClassWhoseInitialiserRanOutOfHeapIsToldAsTheHeapRunningOut() {
        // As Java 17 tells a later use of such a class (seen in a 6 MB heap): the OutOfMemoryError is
        // among no causes, only in the text of the ExceptionInInitializerError.
        Error later = new NoClassDefFoundError("Could not initialize class org.gazette.incremental.CodeStamp");
        later.initCause(new ExceptionInInitializerError(
                "Exception java.lang.OutOfMemoryError: Java heap space [in thread \"gazette-cache-load\"]"));
        StringWriter said = new StringWriter();

        assertThat(told(later, said).execute()).isEqualTo(1);
        assertThat(said.toString()).startsWith("gazette build ran out of memory: its Java heap holds at most ");

        // The record of the first failure is made on the heap: with none left, Java keeps no cause at all.
        Error unrecorded = new NoClassDefFoundError("Could not initialize class java.util.concurrent.ForkJoinTask$Aux");
        assertThat(OutOfMemory.in(unrecorded)).isTrue();
        assertThat(told(unrecorded, new StringWriter()).execute()).isEqualTo(1); // the advice was told once, above

        Error broken = new NoClassDefFoundError("Could not initialize class org.gazette.incremental.CodeStamp");
        broken.initCause(new ExceptionInInitializerError("Exception java.lang.IllegalStateException: no jar [in thread \"main\"]"));
        assertThat(OutOfMemory.in(broken)).isFalse();
        assertThat(catchThrowable(() -> told(broken, new StringWriter()).execute())).isSameAs(broken);
    }

    /** A command named build that fails with {@code failure}, run as main runs commands. */
    private static CommandLine told(Error failure, StringWriter said) {
        CommandLine commandLine = new CommandLine(new Failing(failure));
        commandLine.setExecutionStrategy(new OutOfMemory.Told(new CommandLine.RunLast(), new PrintWriter(said, true), false));
        return commandLine;
    }

    @CommandLine.Command(name = "build")
    static final class Failing implements Callable<Integer> {
        private final Error failure;

        Failing(Error failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    @Test
    void aThreadDyingOfAnotherFailureIsToldAsJavaTellsIt() throws Exception {
        Run run = gazette("-Xmx64m", BuggyWorker.class.getName());

        assertThat(run.exit).as(run.said).isZero();
        assertThat(run.said).contains("Exception in thread \"worker\" java.lang.IllegalStateException: a fault of the worker",
                "\tat ", "went on").doesNotContain("StackOverflowError", "ran out of memory");
    }

    @Test
    void afterTheAdviceAThreadDyingOfAnythingEndsTheCommandWithoutAStackTrace() throws Exception {
        Run run = gazette("-Xmx64m", LateWorker.class.getName());

        assertThat(run.exit).as(run.said).isEqualTo(Gazette.CONTENT_PROBLEMS);
        assertThat(run.said).contains("ran out of memory").doesNotContain("\tat ", "NoClassDefFoundError", "went on");
    }

    @Test
    void aCommandFailingOfAWorkersDeathSaysWhatItLeftBeforeTheProcessEnds() throws Exception {
        // The pool cancels a dead worker's tasks, then hands its death to the handler, which tells the
        // advice and ends the process: the command's thread, failing of the cancellation, was cut short.
        Run run = gazette("-Xmx64m", AfterItsWorker.class.getName(), "tells");

        assertThat(run.exit).as(run.said).isEqualTo(1);
        assertThat(run.said).containsOnlyOnce("gazette build ran out of memory")
                .contains("Build failed: out of memory; site was left as it was.")
                .doesNotContain("\tat ", "CancellationException");
    }

    @Test
    void aCancellationOfAWorkersTasksIsToldAsTheHeapRunningOutNotAsAStackTrace() throws Exception {
        Run run = gazette("-Xmx64m", AfterItsWorker.class.getName(), "throws");

        assertThat(run.exit).as(run.said).isEqualTo(1);
        assertThat(run.said).containsOnlyOnce("gazette build ran out of memory").doesNotContain("\tat ", "CancellationException");
    }

    @Test
    void tellingThatRanOutItselfIsTriedAgainWhileOtherThreadsLetGo() {
        // In a 16 MB heap the pool's other workers still held their memory when the build's thread
        // told its failure, and a lambda used there for the first time failed to link.
        List<String> told = new ArrayList<>();
        int[] attempts = {0};
        OutOfMemory.tellWhenThereIsRoom(() -> {
            if (++attempts[0] == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (attempts[0] == 2) {
                throw new InternalError(new OutOfMemoryError("Java heap space"));
            }
            told.add("Build failed: out of memory");
        });
        assertThat(told).containsExactly("Build failed: out of memory");

        assertThat(attemptsToTellFailingWith(new IllegalStateException("a fault"))).isEqualTo(1);
        assertThat(attemptsToTellFailingWith(new OutOfMemoryError("Java heap space"))).isEqualTo(5);
    }

    /** How many times {@link OutOfMemory#tellWhenThereIsRoom} tries a telling that always fails with {@code failure}, which it then throws. */
    private static int attemptsToTellFailingWith(Throwable failure) {
        int[] attempts = {0};
        assertThat(catchThrowable(() -> OutOfMemory.tellWhenThereIsRoom(() -> {
            attempts[0]++;
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        }))).isSameAs(failure);
        return attempts[0];
    }

    /**
     * A command run as main runs it, whose worker dies of a full heap as a pool's does: its task
     * cancelled first, then its death handed to the handler. The command then tells what it left,
     * after a while deleting its staging folder, or lets the cancellation go.
     */
    static final class AfterItsWorker {
        public static void main(String[] args) {
            CommandLine commandLine = new CommandLine(new Waiting(args[0].equals("tells")));
            commandLine.setExecutionStrategy(new OutOfMemory.Told(new CommandLine.RunLast(), new PrintWriter(System.err, true), true));
            System.exit(commandLine.execute());
        }
    }

    @CommandLine.Command(name = "build")
    static final class Waiting implements Callable<Integer> {
        private final boolean tells;

        Waiting(boolean tells) {
            this.tells = tells;
        }

        @Override
        public Integer call() throws InterruptedException {
            CompletableFuture<Void> task = new CompletableFuture<>();
            Thread worker = new Thread(() -> {
                task.cancel(false);
                throw new OutOfMemoryError("Java heap space");
            }, "ForkJoinPool-1-worker-1");
            worker.start();
            try {
                task.join();
                return 0;
            } catch (CancellationException e) {
                if (!tells || !OutOfMemory.caught(e)) {
                    throw e;
                }
                Thread.sleep(300);
                System.err.println("Build failed: out of memory; site was left as it was.");
                return Gazette.CONTENT_PROBLEMS;
            }
        }
    }

    /** The advice told, then a pool's worker dies as it did in a 16 MB heap: of a class whose initialisation failed, no cause kept. */
    static final class LateWorker {
        public static void main(String[] args) throws Exception {
            String advice = OutOfMemory.advice("check");
            OutOfMemory.exitWhenAThreadDies(advice);
            OutOfMemory.tell(new PrintWriter(System.err, true), advice);
            Thread worker = new Thread(() -> {
                throw new NoClassDefFoundError("Could not initialize class java.util.concurrent.ForkJoinTask$Aux");
            }, "ForkJoinPool.commonPool-worker-1");
            worker.start();
            worker.join();
            Thread.sleep(10_000);
            System.out.println("went on");
        }
    }

    /** A thread dies of a fault, not of a full heap, where Gazette's handler is in place. */
    static final class BuggyWorker {
        public static void main(String[] args) throws Exception {
            OutOfMemory.exitWhenAThreadDies(OutOfMemory.advice("build"));
            Thread worker = new Thread(() -> {
                throw new IllegalStateException("a fault of the worker");
            }, "worker");
            worker.start();
            worker.join();
            System.out.println("went on");
        }
    }

    /** Runs Gazette, and once the build has staged files, a thread dies of a full heap. */
    static final class DyingWorker {
        public static void main(String[] args) throws Exception {
            Path work = Path.of(args[0]);
            Thread worker = new Thread(() -> {
                try {
                    while (!stagedFiles(work)) {
                        Thread.sleep(2);
                    }
                } catch (IOException | InterruptedException e) {
                    return;
                }
                throw new OutOfMemoryError("Java heap space");
            }, "worker");
            worker.setDaemon(true);
            worker.start();
            Gazette.main(List.of(args).subList(1, args.length).toArray(String[]::new));
        }
    }

    /**
     * What was said but the line the JVM itself prints when a thread's death cannot be handed to the
     * handler in a heap this full ("Exception: java.lang.OutOfMemoryError thrown from the
     * UncaughtExceptionHandler in thread …"), which no program can keep it from printing.
     */
    private static String withoutJavasOwnLine(String said) {
        return said.lines().filter(line -> !line.startsWith("Exception: java.lang.OutOfMemoryError thrown from the UncaughtExceptionHandler"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private record Run(int exit, String said) {
    }

    /** Gazette in a JVM of its own with {@code heap}; {@code args} may start with a main class to run instead. */
    private Run gazette(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path")));
        if (!args[0].contains(".")) {
            command.add(Gazette.class.getName());
        }
        command.addAll(List.of(args));
        Path log = work.resolve("said.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ended").isTrue();
        } finally {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** {@code count} articles of 600 characters each, drawn from 3,000 (as many words as a news archive's index holds). */
    private Path siteOfArticles(int count) {
        Path root = work.resolve("source");
        TestSites.write(root.resolve("site.yaml"), "title: 测试站点\nbase_url: https://example.org/news/\n");
        Random random = new Random(1);
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            for (int c = 0; c < 600; c++) {
                body.append((char) (0x4e00 + random.nextInt(3000)));
                if (c % 40 == 39) {
                    body.append("。\n\n");
                }
            }
            TestSites.write(root.resolve("content/" + (2000 + i / 365) + "/a" + i + ".md"), "---\ntitle: 文章" + i
                    + "\ndate: " + (2000 + i / 365) + "-01-01\n---\n\n" + body + "\n");
        }
        return root;
    }

    private static boolean stagedFiles(Path folder) throws IOException {
        for (Path staging : stagingIn(folder)) {
            try (Stream<Path> files = Files.list(staging)) {
                if (files.anyMatch(p -> !p.getFileName().toString().equals(".gazette"))) {
                    return true;
                }
            } catch (IOException e) {
                // deleted meanwhile
            }
        }
        return false;
    }

    private List<Path> staging() throws IOException {
        return stagingIn(work);
    }

    private static List<Path> stagingIn(Path folder) throws IOException {
        try (Stream<Path> beside = Files.list(folder)) {
            return beside.filter(p -> p.getFileName().toString().startsWith(".site.gazette-building-")).toList();
        }
    }
}
