package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview while files are deleted, renamed, half written and folders come and go under it,
 * faster than it can rebuild: it keeps serving, and ends up serving exactly what a fresh build
 * of the final files gives.
 */
class PreviewUnderChangeTest {

    static String article(int n, String title) {
        return "---\ntitle: " + title + "\ndate: 2024-01-" + String.format("%02d", 1 + n % 28) + "\n---\n\n"
                + "第" + n + "篇文章的正文。".repeat(40) + "\n";
    }

    @Test
    void survivesDeletionsRenamesHalfWrittenFilesAndFoldersComingAndGoing(@TempDir Path root) throws Exception {
        for (int n = 0; n < 120; n++) {
            TestSites.write(root.resolve("content/news/a" + n + ".md"), article(n, "文章" + n));
        }
        StringWriter log = new StringWriter();
        Random random = new Random(5);
        try (Preview preview = PreviewSites.start(root, log)) {
            long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            int step = 0;
            while (System.nanoTime() < end) {
                int n = random.nextInt(120);
                Path file = root.resolve("content/news/a" + n + ".md");
                switch (step++ % 5) {
                    case 0 -> { // half written, then finished
                        byte[] whole = article(n, "改写" + step).getBytes(StandardCharsets.UTF_8);
                        Files.write(file, java.util.Arrays.copyOf(whole, 20));
                        Thread.sleep(random.nextInt(30));
                        Files.write(file, whole);
                    }
                    case 1 -> { // renamed away and back
                        Path moved = root.resolve("content/news/moved-" + n + ".md");
                        if (Files.exists(file)) {
                            Files.move(file, moved, StandardCopyOption.ATOMIC_MOVE);
                            Thread.sleep(random.nextInt(30));
                            Files.move(moved, file, StandardCopyOption.ATOMIC_MOVE);
                        }
                    }
                    case 2 -> { // deleted and written again
                        Files.deleteIfExists(file);
                        Thread.sleep(random.nextInt(30));
                        Files.writeString(file, article(n, "重写" + step));
                    }
                    case 3 -> { // a folder with an article comes and goes
                        Path extra = root.resolve("content/extra" + step);
                        TestSites.write(extra.resolve("x.md"), article(n, "临时" + step).replace("date: 2024-01", "date: 2023-05"));
                        Thread.sleep(random.nextInt(30));
                        org.gazette.output.OutputFolders.deleteTree(extra);
                    }
                    default -> Files.writeString(file, article(n, "再改" + step));
                }
                Thread.sleep(random.nextInt(20));
            }
            java.net.URI base = preview.url();
            Set<String> expected = outputsOf(root, base);
            List<String> checked = List.of("2024/01/a7/index.html", "index.html");
            Map<String, String> pages = new java.util.HashMap<>();
            checked.forEach(path -> pages.put(path, generated(root, base, path)));
            // The file names alone do not change with the last edit: wait for the pages it changed too.
            PreviewSites.await(Duration.ofSeconds(30), "the preview serves the final files",
                    () -> preview.snapshot().problems().isEmpty() && preview.snapshot().files().keySet().equals(expected)
                            && checked.stream().allMatch(path -> served(preview, path).equals(pages.get(path))));
            for (String path : checked) {
                assertThat(served(preview, path)).as(path).isEqualTo(pages.get(path));
            }
        }
        assertThat(log.toString()).doesNotContain("failed unexpectedly").contains("rebuilt");
    }

    private static String served(Preview preview, String path) {
        return new String(((OutputFile.Generated) preview.snapshot().files().get(path)).bytes(), StandardCharsets.UTF_8);
    }

    static Set<String> outputsOf(Path root, java.net.URI base) {
        return new TreeSet<>(build(root, base).stream().map(OutputFile::path).toList());
    }

    static String generated(Path root, java.net.URI base, String path) {
        return build(root, base).stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(((OutputFile.Generated) f).bytes(), StandardCharsets.UTF_8)).orElseThrow();
    }

    /** A fresh build in memory, as the preview makes it. */
    static List<OutputFile> build(Path root, java.net.URI base) {
        try {
            var site = Build.model(BuildOptions.of(root).withDrafts(true).withFuture(true).withGitDates(false).withBaseUrl(base))
                    .value().orElseThrow();
            return Build.outputs(root, site).value().orElseThrow();
        } catch (RuntimeException e) {
            throw new AssertionError("the final files do not build", e);
        }
    }

}
