package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** bench/serve-reload's median: the middle run, or the mean of the middle two. */
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
}
