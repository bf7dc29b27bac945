package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's first build told phase by phase, as a build's is, and over before the preview says it is built. */
class FirstBuildProgressTest {

    @TempDir
    Path folder;

    /** Writes each phase into the preview's own log, so that the order of the two shows; counts each phase's steps. */
    static final class Recording implements FirstBuildListener {
        private final PrintWriter log;
        private final Map<String, AtomicInteger> steps = new ConcurrentHashMap<>();
        private volatile String phase = "";

        Recording(PrintWriter log) {
            this.log = log;
        }

        @Override
        public synchronized void phase(String name, int total) {
            phase = name;
            log.println("phase " + name + " " + total);
        }

        @Override
        public void advance(int n) {
            steps.computeIfAbsent(phase, name -> new AtomicInteger()).addAndGet(n);
        }

        @Override
        public void over() {
            log.println("over");
        }
    }

    @Test
    void theFirstBuildIsToldPhaseByPhaseAndIsOverBeforeItsLineAndRebuildsAreNot() throws Exception {
        Path root = PreviewSites.example(folder.resolve("site"));
        StringWriter log = new StringWriter();
        Recording progress = new Recording(new PrintWriter(log, true));
        try (Preview preview = Preview.start(ServeOptions.of(root).withPort(0, false).withQuietMillis(50),
                new PrintWriter(log, true), progress)) {
            assertThat(log.toString()).matches("(?s)Building the site in memory…\n"
                    + "phase reading 0\nphase parsing 6\nphase rendering 6\nphase site model 0\n"
                    + "phase pages 6\nphase listings 0\nphase indexing 0\n"
                    + "over\n\\d\\d:\\d\\d:\\d\\d Built 6 articles in \\d+\\.\\d\\d s\n.*");
            assertThat(progress.steps).extractingByKeys("parsing", "rendering", "pages")
                    .map(AtomicInteger::get).containsExactly(6, 6, 6);

            // A rebuild is quick, and its lines say what it did: it draws no progress.
            Path article = root.resolve(PreviewSites.ARTICLE);
            Files.writeString(article, TestSites.read(article).replace("title: 跟党奋进新征程 巾帼建功新时代", "title: 跟党奋进新征程（修改）"));
            PreviewSites.await(Duration.ofSeconds(20), "the site is rebuilt", () -> log.toString().contains("changed: rebuilt 6 articles"));
            assertThat(log.toString().substring(log.toString().indexOf(" Built 6 articles"))).doesNotContain("phase", "over");
        }
    }

    @Test
    void quietThePreviewPrintsNothingButProblems() throws Exception {
        Path root = PreviewSites.example(folder.resolve("site"));
        StringWriter log = new StringWriter();
        try (Preview preview = Preview.start(ServeOptions.of(root).withPort(0, false).withQuietMillis(50).withQuiet(true),
                new PrintWriter(log, true))) {
            assertThat(log.toString()).as("the first build went through").isEmpty();
            Path article = root.resolve(PreviewSites.ARTICLE);
            String original = TestSites.read(article);
            Files.writeString(article, original.replace("date: 2023-12-26 08:00", "date: 26 Dec"));
            PreviewSites.await(Duration.ofSeconds(20), "the error is told", () -> log.toString().contains("date \"26 Dec\" is not a date"));
            assertThat(log.toString()).contains("index.md changed: 1 error, shown in the browser");
            int told = log.toString().length();
            Files.writeString(article, original.replace("title: 跟党奋进新征程 巾帼建功新时代", "title: 跟党奋进新征程（修改）"));
            PreviewSites.await(Duration.ofSeconds(20), "the site is rebuilt",
                    () -> preview.snapshot().problems().isEmpty() && preview.settled());
            PreviewSites.awaitSettled(preview);
            assertThat(log.toString().substring(told)).as("the rebuilds that went through").isEmpty();
        }
    }
}
