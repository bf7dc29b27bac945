package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the repository's own example site ({@code site.yaml}, {@code content/}, {@code themes/})
 * the way the README's first command does.
 */
class ExampleSiteTest {

    static final Path REPOSITORY = Path.of("").toAbsolutePath();
    static final Path GOLDEN = Path.of("src/test/resources/golden/five-year-review.html");

    @Test
    void sampleArticlePageMatchesItsGoldenFile(@TempDir Path output) throws IOException {
        BuildReport report = TestSites.build(REPOSITORY, output);
        assertThat(report.problems()).isEmpty();
        String page = TestSites.read(output.resolve("2023/12/five-year-review/index.html"));
        if (Boolean.getBoolean("gazette.updateGolden")) {
            // A run that rewrites the golden file compares nothing: it fails, so that it never passes unnoticed.
            TestSites.write(GOLDEN, page);
            fail(GOLDEN + " was rewritten from the page built now (-Dgazette.updateGolden=true): review it (git diff "
                    + GOLDEN + "), commit it, and run the test again without the flag");
        }
        assertThat(page).as("page differs from %s; rebuild it with -Dgazette.updateGolden=true and review the diff", GOLDEN)
                .isEqualTo(TestSites.read(GOLDEN));
    }

    @Test
    void exampleSiteShowsEveryArticleButTheDraft(@TempDir Path output) {
        BuildReport report = TestSites.build(REPOSITORY, output);
        assertThat(report.problems()).isEmpty();
        Document home = TestSites.page(output, "index.html");
        Document second = TestSites.page(output, "page/2/index.html");
        assertThat(home.select(".article-item")).hasSize(3);
        assertThat(second.select(".article-item")).hasSize(2);
        var columns = new java.util.ArrayList<>(home.select(".article-item .column").eachText());
        columns.addAll(second.select(".article-item .column").eachText());
        assertThat(columns).containsExactlyInAnyOrder("工作综述", "工作动态", "家庭教育", "基层动态", "通知公告");
        Document sample = TestSites.page(output, "2023/12/five-year-review/index.html");
        assertThat(sample.select("figure.photo")).hasSize(5);
        assertThat(sample.select("figure.photo img[width][height]")).hasSize(5);
        assertThat(sample.selectFirst(".byline").text()).isEqualTo("邵阳日报记者 伍洁 通讯员 杨超");
        assertThat(sample.select(".body h2")).hasSize(5);
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path first, @TempDir Path second) throws IOException {
        TestSites.build(REPOSITORY, first);
        TestSites.build(REPOSITORY, second);
        Map<String, byte[]> a = files(first);
        Map<String, byte[]> b = files(second);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aFailedBuildLeavesThePublishedSiteUntouched(@TempDir Path root, @TempDir Path output) throws IOException {
        TestSites.copy(REPOSITORY.resolve("content"), root.resolve("content"));
        Files.copy(REPOSITORY.resolve("site.yaml"), root.resolve("site.yaml"));
        assertThat(TestSites.build(root, output).succeeded()).isTrue();
        Map<String, byte[]> published = files(output);

        TestSites.write(root.resolve("content/2024/broken.md"), "---\ntitle: 坏文件\ndate: someday\n---\n");
        BuildReport failed = TestSites.build(root, output);

        assertThat(failed.succeeded()).isFalse();
        Map<String, byte[]> after = files(output);
        assertThat(after.keySet()).containsExactlyElementsOf(published.keySet());
        published.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
