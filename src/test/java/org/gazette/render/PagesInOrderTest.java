package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Parallel rendering that tells the first page's failure in order, whichever thread failed first in time. */
class PagesInOrderTest {

    /** Pages 3, 500 and 999 of 1,000 fail; page 999 is the likeliest to fail first in time (its thread starts there). */
    @RepeatedTest(20)
    void theFirstPageInOrderIsTheFailureTold() {
        List<Integer> pages = IntStream.range(0, 1000).boxed().toList();
        ThemeException told = catchThrowableOfType(ThemeException.class, () -> PagesInOrder.forEach(pages, i -> {
            if (i == 3 || i == 500 || i == 999) {
                throw new ThemeException(Problem.error(Path.of("templates/article.html"), 4, "cannot render the page /" + i + "/"));
            }
        }));
        assertThat(told.getMessage()).contains("cannot render the page /3/");
    }

    @Test
    void withoutFailuresEveryPageIsRenderedAndKeptInOrder() {
        List<Integer> pages = IntStream.range(0, 1000).boxed().toList();
        assertThat(PagesInOrder.map(pages, i -> "page " + i)).containsExactlyElementsOf(pages.stream().map(i -> "page " + i).toList());
    }
}
