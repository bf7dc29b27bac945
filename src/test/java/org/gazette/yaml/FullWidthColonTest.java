package org.gazette.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * A key typed with a Chinese input method's full-width colon ({@code title：}) is named at its
 * own line, with the half-width colon to type instead.
 */
class FullWidthColonTest {

    private final List<Problem> problems = new ArrayList<>();

    /** Front matter whose first YAML line is line 2 of the article, as after its "---". */
    private List<Problem> parse(String yaml) {
        YamlMap.parse(yaml, Path.of("content/2024/fwcolon.md"), 2, problems);
        return problems;
    }

    @Test
    void aFullWidthColonOnTheFirstKeyIsBlamedOnItsLineNotTheNextKeys() {
        assertThat(parse("title：全角冒号\ndate: 2024-01-02\n")).singleElement()
                .extracting(Problem::formatLocated).asString()
                .isEqualTo("content/2024/fwcolon.md:2:6: error: this is not valid YAML: the colon after title is a full-width"
                        + " \"：\", which YAML does not take for one (type a half-width colon and a space: title: 全角冒号)");
    }

    @Test
    void aFullWidthColonFollowedByAFullWidthSpaceIsBlamedToo() {
        // A Chinese input method in full-width mode types "：　": YAML takes neither for a colon and its space.
        assertThat(parse("title：\u3000全角空格\ndate: 2024-01-02\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(6);
            assertThat(p.message()).contains("the colon after title is a full-width \"：\"");
        });
    }

    @Test
    void aFullWidthColonOnALaterKeyIsNamedInTheMessage() {
        assertThat(parse("title: 好\ndate: 2024-01-02\ncolumn：工作动态\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.message()).contains("the colon after column is a full-width \"：\"")
                    .endsWith("(type a half-width colon and a space: column: 工作动态)");
        });
    }

    @Test
    void aFullWidthColonInAListItemIsBlamed() {
        assertThat(parse("title: 好\nauthors:\n  - name：伍洁\n    role: 记者\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("the colon after name is a full-width");
        });
    }

    @Test
    void everyKeyWrittenSoIsTakenInTurnTheFirstNamedFirst() {
        assertThat(parse("title：好\ndate：2024-01-02\n")).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("the colon after title is a full-width");
                });
    }

    @Test
    void aFullWidthColonInsideAValueIsValidYaml() {
        YamlMap map = YamlMap.parse("title: 主题：妇女\ndate: 2024-01-02\n", Path.of("content/a.md"), 2, problems).orElseThrow();
        assertThat(map.text("title")).contains("主题：妇女");
        assertThat(problems).isEmpty();
    }

    @Test
    void aFullWidthColonInATextBlockIsNotBlamedForAnotherMistake() {
        assertThat(parse("summary: |\n  主办：市妇联\ntags: [妇联\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).doesNotContain("full-width").contains("the \"[\" opened here is never closed");
        });
    }
}
