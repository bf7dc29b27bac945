package org.gazette.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;

/** Problems in YAML carry the column of the value or key they are about. */
class YamlMapColumnTest {

    private final List<Problem> problems = new ArrayList<>();

    private YamlMap parse(String text) {
        return YamlMap.parse(text, Path.of("content/a.md"), 2, problems).orElseThrow();
    }

    @Test
    void aWrongValueIsReportedAtItsColumn() {
        YamlMap map = parse("title: x\ntags:   5\n");
        map.words("tags");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(9);
        });
    }

    @Test
    void anUnknownKeyIsReportedAtItsColumn() {
        YamlMap map = parse("title: x\nauthors:\n  - { name: 伍洁, rôle: 记者 }\n");
        map.maps("authors", Set.of("name", "role"), "name", "{ name: 伍洁 }").get(0).checkKeys(Set.of("name", "role"));
        assertThat(problems).singleElement().extracting(Problem::formatLocated)
                .asString().startsWith("content/a.md:4:17: warning: unknown key \"rôle\"");
    }

    @Test
    void brokenYamlIsReportedWhereTheConstructStarts() {
        YamlMap.parse("title: x\ntags: [a, b\n", Path.of("content/a.md"), 2, problems);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(7);
        });
    }

    @Test
    void aLineIndentedOutOfItsBlockIsReportedItselfNotTheBlocksStart() {
        YamlMap.parse("title: x\nauthors:\n  - { name: 李芳 }\n   column: 工作动态\ntags: [妇联]\n", Path.of("content/a.md"), 2, problems);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).as("the column line").isEqualTo(5);
            assertThat(p.column()).isEqualTo(4);
            assertThat(p.message()).startsWith("this is not valid YAML: this line is indented differently from the lines before it");
        });
    }

    @Test
    void aProblemInAnEmptyDocumentIsAtItsFirstLine() {
        parse("# 只有注释\n").reportError("title is missing");
        assertThat(problems).extracting(Problem::formatLocated).containsExactly("content/a.md:2:1: error: title is missing");
    }
}
