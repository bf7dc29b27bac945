package org.gazette.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.gazette.TestSites;

/** The example site copied into a temporary folder, previewed on any free port. */
final class PreviewSites {

    static final Path ARTICLE = Path.of("content/2023/five-year-review/index.md");
    static final String ARTICLE_PAGE = "2023/12/five-year-review/";

    private PreviewSites() {
    }

    /** Copies the example site (content, site.yaml, theme) into {@code folder}. */
    static Path example(Path folder) {
        TestSites.copy(Path.of("content"), folder.resolve("content"));
        TestSites.copy(Path.of("themes"), folder.resolve("themes"));
        TestSites.write(folder.resolve("site.yaml"), TestSites.read(Path.of("site.yaml")));
        return folder;
    }

    static Preview start(Path root, StringWriter log) {
        try {
            return Preview.start(ServeOptions.of(root).withPort(0, false).withQuietMillis(50), new PrintWriter(log, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code preview} has built every change in full, and has no other half a second
     * later: a file a test wrote as it ended (its tidying up) reaches the watcher by then.
     */
    static void awaitSettled(Preview preview) {
        do {
            await(Duration.ofSeconds(30), "the preview has built every change", preview::settled);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for the preview to settle");
            }
        } while (!preview.settled());
    }

    /** Waits until {@code condition} holds, or fails after {@code timeout}. */
    static void await(Duration timeout, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }
}
