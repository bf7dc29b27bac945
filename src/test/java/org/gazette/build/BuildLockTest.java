package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gazette.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of one site: the second waits for the first, in another process or in this one. */
class BuildLockTest {

    private static final String WAITING = "waiting for another build of this site to end (it holds .gazette/build.lock)";

    @TempDir
    Path root;
    @TempDir
    Path work;

    private final List<String> notes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void writeArticle() {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
    }

    @Test
    void aBuildWaitsWhileAnotherProcessBuildsTheSite() throws Exception {
        Path output = work.resolve("site");
        Process holder = startLockHolder();
        try {
            CompletableFuture<BuildReport> build = CompletableFuture.supplyAsync(() -> Build.run(TestSites.options(root, output), listener()));
            waitForNote();
            assertThat(build).as("waiting").isNotDone();
            assertThat(output).doesNotExist();

            holder.getOutputStream().close(); // the other build ends
            assertThat(build.get(60, TimeUnit.SECONDS).succeeded()).isTrue();
            assertThat(output.resolve("2023/12/a/index.html")).isRegularFile();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aBuildInterruptedWhileItWaitsStopsInsteadOfBuildingUnlocked() throws Exception {
        Path output = work.resolve("site");
        Process holder = startLockHolder();
        try {
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            Thread build = new Thread(() -> {
                try {
                    Build.run(TestSites.options(root, output), listener());
                    failure.complete(null);
                } catch (RuntimeException e) {
                    failure.complete(e);
                }
            });
            build.start();
            waitForNote();
            build.interrupt();
            assertThat(failure.get(60, TimeUnit.SECONDS)).hasMessageContaining("interrupted while it waited for .gazette/build.lock");
            assertThat(output).doesNotExist();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aBuildWaitsForAnotherInThisProcess() throws Exception {
        buildTwiceAtOnce(root);
    }

    @Test
    void aBuildThroughALinkToTheSiteWaitsToo() throws Exception {
        buildTwiceAtOnce(Files.createSymbolicLink(work.resolve("link"), root));
    }

    /** A build of the site, held in its first phase, and a second build of it through {@code second}. */
    private void buildTwiceAtOnce(Path second) throws Exception {
        CountDownLatch firstReading = new CountDownLatch(1);
        CountDownLatch letFirstGoOn = new CountDownLatch(1);
        CompletableFuture<BuildReport> first = CompletableFuture.supplyAsync(() -> Build.run(TestSites.options(root, work.resolve("one"))
                        .withCache(root.resolve(BuildOptions.CACHE_FOLDER)),
                new BuildListener() {
                    @Override
                    public void phase(String name, int steps) {
                        if (name.equals("reading")) {
                            firstReading.countDown();
                            await(letFirstGoOn);
                        }
                    }
                }));
        await(firstReading);
        CompletableFuture<BuildReport> later = CompletableFuture.supplyAsync(() -> Build.run(TestSites.options(second, work.resolve("two"))
                .withCache(second.resolve(BuildOptions.CACHE_FOLDER)), listener()));
        waitForNote();
        assertThat(later).isNotDone();
        letFirstGoOn.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS).succeeded()).isTrue();
        assertThat(later.get(60, TimeUnit.SECONDS).succeeded()).isTrue();
    }

    @Test
    void aBuildStartedInsideAnotherLeavesTheOuterLocked() throws Exception {
        try (BuildLock outer = BuildLock.take(root, true, BuildListener.SILENT)) {
            try (BuildLock inner = BuildLock.take(root, true, BuildListener.SILENT)) {
                assertThat(probe()).isEqualTo("held");
            }
            // closing a second channel to the file would have dropped the process's lock on it
            assertThat(probe()).as("after the inner build").isEqualTo("held");
        }
        assertThat(probe()).isEqualTo("free");
    }

    /** Whether another process could take the lock now. */
    private String probe() throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(), root.resolve(BuildLock.FILE).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return said;
    }

    @Test
    void aFolderThatIsNoSiteIsLeftWithoutALock() {
        Path notASite = work.resolve("typo");
        BuildOptions withCache = TestSites.options(notASite, work.resolve("out")).withCache(notASite.resolve(BuildOptions.CACHE_FOLDER));
        assertThat(Build.run(withCache).succeeded()).isFalse();
        assertThat(notASite.resolve(".gazette")).doesNotExist();
    }

    /** Another build in a process of its own, holding the lock once this returns, until its input is closed. */
    private Process startLockHolder() throws IOException {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), root.resolve(BuildLock.FILE).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(said.readLine()).isEqualTo("locked");
        return holder;
    }

    private BuildListener listener() {
        return new BuildListener() {
            @Override
            public void note(String text) {
                notes.add(text);
            }
        };
    }

    private void waitForNote() throws InterruptedException {
        for (int i = 0; i < 600 && !notes.contains(WAITING); i++) {
            Thread.sleep(50);
        }
        assertThat(notes).containsExactly(WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Says whether the lock is "free" or "held" by another process. */
    public static final class LockProbe {
        public static void main(String[] args) throws IOException {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                System.out.println(lock == null ? "held" : "free");
            }
        }
    }

    /** Another build, in its own process: holds the lock from "locked" until its input ends. */
    public static final class LockHolder {
        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                System.out.println("locked");
                System.out.flush();
                System.in.read();
            }
        }
    }
}
