package org.gazette.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void theBuildFormatHasNoColumn() {
        Problem problem = Problem.error(Path.of("content/a.md"), 3, 7, "date \"5 May\" is not a date");
        assertThat(problem.format()).isEqualTo("content/a.md:3: date \"5 May\" is not a date");
        assertThat(Problem.warning(Path.of("content/a.md"), 5, "unknown key").format())
                .isEqualTo("content/a.md:5: warning: unknown key");
    }

    @Test
    void theLocatedFormatNamesLineColumnAndSeverity() {
        assertThat(Problem.error(Path.of("content/a.md"), 3, 7, "bad").formatLocated()).isEqualTo("content/a.md:3:7: error: bad");
        assertThat(Problem.warning(Path.of("content/a.md"), 3, "meh").formatLocated()).isEqualTo("content/a.md:3:1: warning: meh");
        assertThat(Problem.error(Path.of("content/a.md"), 0, "whole file").formatLocated()).isEqualTo("content/a.md:1:1: error: whole file");
    }

    @Test
    void ordersByFileLineThenColumn() {
        List<Problem> problems = new ArrayList<>(List.of(
                Problem.error(Path.of("b.md"), 1, 1, "x"),
                Problem.error(Path.of("a.md"), 2, 9, "x"),
                Problem.error(Path.of("a.md"), 2, 3, "x"),
                Problem.error(Path.of("a.md"), 1, 0, "x")));
        problems.sort(Problem.BY_POSITION);
        assertThat(problems).extracting(p -> p.file() + ":" + p.line() + ":" + p.column())
                .containsExactly("a.md:1:0", "a.md:2:3", "a.md:2:9", "b.md:1:1");
    }

    @Test
    void strictTurnsAWarningIntoAnErrorAtTheSamePlace() {
        Problem strict = Problem.warning(Path.of("a.md"), 4, 2, "w").asError();
        assertThat(strict.isError()).isTrue();
        assertThat(strict.formatLocated()).isEqualTo("a.md:4:2: error: w");
    }
}
