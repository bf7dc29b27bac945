package org.gazette.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gazette.browser.Chromium;
import org.gazette.output.OutputFolders;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures {@code gazette serve}'s time from saving an article to the reloaded page in a real
 * browser: the file is written, and the time is taken when the reloaded page's
 * {@code DOMContentLoaded} ended, by the page's own clock (Navigation Timing), so that polling
 * from Selenium adds nothing. Each run waits for the rest of the site to be rebuilt in the
 * background before the next save. Prints each run and the median, best and worst.
 *
 * <pre>
 *   java -cp target/test-classes:target/classes:$(cat target/test.classpath) org.gazette.serve.ReloadBench SITE ARTICLE.md [RUNS]
 * </pre>
 *
 * The site's article is edited in place (its title gets a counter): give it a copy.
 */
public final class ReloadBench {

    private ReloadBench() {
    }

    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]).toAbsolutePath(), args[1], args.length > 2 ? Integer.parseInt(args[2]) : 10,
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Edits ARTICLE of the site in ROOT RUNS times, with the browser's profile in a folder made in TMP and deleted after. */
    static void run(Path root, String articlePath, int runs, Path tmp) throws Exception {
        Path article = root.resolve(articlePath);
        StringWriter log = new StringWriter();
        Path profile = Files.createTempDirectory(tmp, "gazette-bench-chromium");
        long started = System.nanoTime();
        try (Preview preview = Preview.start(ServeOptions.of(root).withPort(0, false), new PrintWriter(log, true))) {
            System.out.printf(Locale.ROOT, "first build and start: %.2f s%n", (System.nanoTime() - started) / 1e9);
            ChromeDriver browser = Chromium.start(profile);
            try {
                String original = Files.readString(article, StandardCharsets.UTF_8);
                String url = preview.url().resolve(pageOf(preview, root, articlePath)).toString();
                browser.get(url);
                PreviewSites.await(Duration.ofSeconds(30), "the page is connected", () -> preview.connectedPages() > 0);
                List<Long> times = new ArrayList<>();
                for (int run = 1; run <= runs; run++) {
                    String marker = "重载测试" + run;
                    String edited = original.matches("(?s).*\n?title: \".*")
                            ? original.replaceFirst("(?m)^title: \"(.*)\"$", "title: \"$1 " + marker + "\"")
                            : original.replaceFirst("(?m)^title: (.*)$", "title: $1 " + marker);
                    Files.writeString(article, edited, StandardCharsets.UTF_8);
                    long saved = System.currentTimeMillis();
                    PreviewSites.await(Duration.ofSeconds(120), "the page shows " + marker, () -> {
                        try {
                            return Boolean.TRUE.equals(browser.executeScript(
                                    "return document.readyState === 'complete' && document.title.includes(arguments[0])", marker));
                        } catch (RuntimeException e) {
                            return false;
                        }
                    });
                    Number shown = (Number) browser.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                            + " return performance.timeOrigin + n.domContentLoadedEventEnd;");
                    long millis = shown.longValue() - saved;
                    times.add(millis);
                    System.out.printf("run %d: %d ms from saving to the reloaded page%n", run, millis);
                    // Wait until the rest of the site is rebuilt too, so that each run starts from a still server.
                    int rebuilt = run;
                    PreviewSites.await(Duration.ofSeconds(300), "the whole site is rebuilt",
                            () -> log.toString().lines().filter(l -> l.contains(" changed: rebuilt ")).count() >= rebuilt);
                    Thread.sleep(200);
                }
                Files.writeString(article, original, StandardCharsets.UTF_8);
                List<Long> sorted = times.stream().sorted().toList();
                System.out.printf(Locale.ROOT, "save to reloaded page, %d runs: median %.0f ms, best %d ms, worst %d ms%n", runs,
                        median(sorted), sorted.get(0), sorted.get(sorted.size() - 1));
                System.out.println("server log (rebuild times):");
                log.toString().lines().filter(l -> l.contains("rebuilt")).limit(4).forEach(l -> System.out.println("  " + l));
            } finally {
                browser.quit();
            }
        } finally {
            OutputFolders.deleteTree(profile);
        }
    }

    /** The middle of the sorted times, or the mean of the middle two when their number is even. */
    static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The address of the article's page, from the built site. */
    private static String pageOf(Preview preview, Path root, String article) {
        String slug = Path.of(article).getFileName().toString().replaceFirst("\\.md$", "").replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
        if (slug.equals("index")) {
            slug = Path.of(article).getParent().getFileName().toString();
        }
        String end = "/" + slug + "/index.html";
        return preview.snapshot().files().keySet().stream().filter(p -> p.endsWith(end)).findFirst()
                .map(p -> p.substring(0, p.length() - "index.html".length()))
                .orElseThrow(() -> new IllegalArgumentException("no page for " + article));
    }
}
