package org.gazette.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.gazette.TestSites;
import org.gazette.browser.Chromium;
import org.gazette.browser.SiteServer;
import org.gazette.build.Build;
import org.gazette.build.BuildReport;
import org.gazette.corpus.CorpusSite;
import org.gazette.search.SearchIndex;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search benchmark (a command, not a test): for corpus sites of the given sizes, prints the
 * time and memory the index adds to a build, its size on disk, and for a fixed list of queries
 * what a reader's first (cold) query downloads, gzipped, and how long until the first results
 * show in headless Chromium. Where {@code npx pagefind} works, Pagefind indexes the same site
 * and its figures are printed beside ours.
 *
 * <pre>
 *   bench/search 1000 10000 100000
 *   bench/search --index-only 10000      (no browser, no Pagefind)
 * </pre>
 */
public final class SearchBench {

    static final List<String> QUERIES = List.of("乡村振兴", "家风家训", "妇联", "脱贫攻坚", "人工智能", "一带一路",
            "新冠肺炎疫情", "长江经济带", "习近平总书记", "中国");

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("gazette-search-bench");
        System.out.printf("machine: %d cores, %d MiB max heap, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try {
            boolean browser = !List.of(args).contains("--index-only");
            for (String arg : args) {
                if (!arg.startsWith("--")) {
                    run(Integer.parseInt(arg), work.resolve(arg), browser);
                }
            }
        } finally {
            delete(work);
        }
    }

    static void run(int articles, Path folder, boolean browser) throws Exception {
        Path source = folder.resolve("source");
        Path output = folder.resolve("site");
        CorpusSite.write(articles, source);
        long start = System.nanoTime();
        BuildReport report = Build.run(TestSites.options(source, output));
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        if (!report.succeeded()) {
            throw new IllegalStateException(report.problems().toString());
        }
        Site site = Build.model(TestSites.options(source, output)).value().orElseThrow();
        System.gc();
        resetPeaks();
        long before = heapUsed();
        start = System.nanoTime();
        List<OutputFile> index = new SearchIndex().generate(site);
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        long peak = heapPeak() - before;
        long raw = 0;
        long gzipped = 0;
        for (OutputFile file : index) {
            byte[] bytes = ((OutputFile.Generated) file).bytes();
            raw += bytes.length;
            gzipped += gzip(bytes).length;
        }
        int files = index.size();
        site = null;
        index = null;
        System.out.printf(Locale.ROOT, "%n%d articles: full build %.1f s, %d pages; index: %.2f s, about %d MiB of heap, %d files,"
                        + " %.1f MB on disk (%.1f MB gzipped)%n", articles, buildSeconds, report.pages(), indexSeconds, peak >> 20,
                files, raw / 1e6, gzipped / 1e6);
        if (browser) {
            queries("gazette", output, "search/", articles);
            pagefind(output, articles);
        }
    }

    /** Each query in a fresh browser (a cold cache): bytes fetched, gzipped, and time to first results. */
    static void queries(String engine, Path output, String page, int articles) throws Exception {
        System.out.printf("  %-8s %-12s %9s %9s %10s %8s%n", "engine", "query", "index+js", "page", "first ms", "results");
        try (SiteServer server = SiteServer.start(output)) {
            for (String query : QUERIES) {
                Path profile = Files.createTempDirectory("gazette-bench-profile");
                ChromeDriver browser = Chromium.start(profile);
                try {
                    server.takeServed();
                    browser.get(server.url(page) + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                    Object ms;
                    Object count;
                    if (engine.equals("gazette")) {
                        new WebDriverWait(browser, Duration.ofSeconds(120)).until(b -> ((JavascriptExecutor) b).executeScript(
                                "return window.gazetteSearch && window.gazetteSearch.firstResults > 0 "
                                        + "|| /没有/.test(document.querySelector('[role=status]').textContent)"));
                        ms = browser.executeScript("return Math.round(window.gazetteSearch.firstResults)");
                        count = browser.executeScript("return document.querySelector('[role=status]').textContent");
                    } else {
                        new WebDriverWait(browser, Duration.ofSeconds(120)).until(b -> ((JavascriptExecutor) b).executeScript("return window.benchDone === true"));
                        ms = browser.executeScript("return Math.round(window.benchMs)");
                        count = browser.executeScript("return window.benchCount");
                    }
                    // What the server sent for this page load: counts what workers and WebAssembly fetch too.
                    long indexBytes = 0;
                    long pageBytes = 0;
                    for (Path file : server.takeServed()) {
                        long size = gzip(Files.readAllBytes(file)).length;
                        String name = file.toString();
                        if (name.contains("/search/") && !name.endsWith(".html") || name.endsWith(".js") || name.contains("/pagefind/")) {
                            indexBytes += size;
                        } else {
                            pageBytes += size;
                        }
                    }
                    System.out.printf(Locale.ROOT, "  %-8s %-12s %8.1fK %8.1fK %10s %8s%n", engine, query, indexBytes / 1024.0,
                            pageBytes / 1024.0, ms, String.valueOf(count).replaceAll("\\D+", " ").trim());
                } finally {
                    browser.quit();
                    delete(profile);
                }
            }
        }
    }

    /** Pagefind on the same built site, when npx can run it; a small page runs its search API. */
    static void pagefind(Path output, int articles) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("npx", "--yes", "pagefind@1.6.0", "--site", output.toString())
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            System.out.println("  pagefind: not run (" + log.lines().reduce((a, b) -> b).orElse("npx failed") + ")");
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long size;
        try (Stream<Path> files = Files.walk(output.resolve("pagefind"))) {
            size = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "  pagefind 1.6.0: index %.1f s (with npx start), %.1f MB on disk%n", seconds, size / 1e6);
        Files.writeString(output.resolve("pagefind-bench.html"), """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>pagefind</title></head><body><script type="module">
                const q = decodeURIComponent(location.search.slice(3));
                const t0 = performance.now();
                const pagefind = await import('./pagefind/pagefind.js');
                const search = await pagefind.search(q);
                await Promise.all(search.results.slice(0, 10).map(r => r.data()));
                window.benchMs = performance.now() - t0;
                window.benchCount = search.results.length;
                window.benchDone = true;
                </script></body></html>
                """);
        queries("pagefind", output, "pagefind-bench.html", articles);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static long countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
