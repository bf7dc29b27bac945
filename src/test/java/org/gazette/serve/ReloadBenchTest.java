package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.browser.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench/serve-reload's measure: its median, the middle run or the mean of the middle two, and what it leaves behind. */
class ReloadBenchTest {

    @Test
    void anOddNumberOfRunsGivesTheMiddleOne() {
        assertThat(ReloadBench.median(List.of(225L, 324L, 390L))).isEqualTo(324.0);
    }

    @Test
    void anEvenNumberOfRunsGivesTheMeanOfTheMiddleTwo() {
        assertThat(ReloadBench.median(List.of(265L, 470L))).isEqualTo(367.5);
        assertThat(ReloadBench.median(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 100L))).isEqualTo(5.5);
    }

    @Test
    void aRunLeavesNoBrowserProfileBehind(@TempDir Path folder) throws Exception {
        Chromium.require();
        Path root = PreviewSites.example(folder.resolve("site"));
        Path tmp = Files.createDirectories(folder.resolve("tmp"));

        ReloadBench.run(root, PreviewSites.ARTICLE.toString(), 1, tmp);

        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }
}
