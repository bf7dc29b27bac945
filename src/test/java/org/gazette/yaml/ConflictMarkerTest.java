package org.gazette.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * Front matter whose merge conflict was committed unresolved (both branches changed the title) is
 * named as that at the marker's line, where YAML would blame the next line's indentation.
 */
class ConflictMarkerTest {

    private final List<Problem> problems = new ArrayList<>();

    /** Front matter whose first YAML line is line 2 of the article, as after its "---". */
    private List<Problem> parse(String yaml) {
        YamlMap.parse(yaml, Path.of("content/2024/merged.md"), 2, problems);
        return problems;
    }

    @Test
    void aConflictLeftInFrontMatterIsNamedAtItsMarker() {
        assertThat(parse("date: 2024-03-08 10:30\n<<<<<<< HEAD\ntitle: 市妇联举办座谈会\n=======\ntitle: 市妇联举办“三八”座谈会\n"
                + ">>>>>>> branch\ncolumn: 工作动态\n")).singleElement().extracting(Problem::formatLocated).asString()
                .isEqualTo("content/2024/merged.md:3:1: error: an unresolved git merge conflict: this line is one of git's"
                        + " conflict markers (keep the text meant, delete the marker lines <<<<<<<, ======= and >>>>>>>, and commit again)");
    }

    @Test
    void marksInsideAValueAreNoMarker() {
        assertThat(parse("title: \"<<<<<<< 不是标记\"\nsummary: |\n  >>>>>>> 缩进的一行\n")).isEmpty();
    }
}
