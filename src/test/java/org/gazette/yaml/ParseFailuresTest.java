package org.gazette.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * What an editor typing on a Chinese keyboard gets wrong and the parser words for itself
 * ("while parsing a flow mapping, expected ',' or '}', but got :") is told plainly, at the line
 * to correct: a [ or { not closed, a tab or a full-width space indenting a line, a Chinese comma
 * between the entries inside brackets.
 */
class ParseFailuresTest {

    private final List<Problem> problems = new ArrayList<>();

    /** Front matter whose first YAML line is line 2 of the article, as after its "---". */
    private Problem parse(String yaml) {
        YamlMap.parse(yaml, Path.of("content/a.md"), 2, problems);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aListNotClosedIsToldWhereItOpens() {
        assertThat(parse("title: 好\ntags: [妇联, 三八节\nsummary: 一\n").formatLocated()).isEqualTo("content/a.md:3:7: error:"
                + " this is not valid YAML: the \"[\" opened here is never closed (end it with \"]\" on this same line:"
                + " tags: [妇联, 三八节])");
    }

    @Test
    void braceNotClosedInsideAListIsToldToo() {
        assertThat(parse("title: 好\nauthors:\n  - { name: 伍洁, role: 记者\ndate: 2024-03-08\n").formatLocated())
                .isEqualTo("content/a.md:4:5: error: this is not valid YAML: the \"{\" opened here is never closed"
                        + " (end it with \"}\" on this same line: - { name: 伍洁, role: 记者})");
    }

    @Test
    void aTabIndentingALineIsNamed() {
        assertThat(parse("title: 好\ntags:\n\t- 妇联\n\t- 三八节\n").formatLocated()).isEqualTo("content/a.md:4:1: error:"
                + " this is not valid YAML: this line is indented with a tab, which YAML does not take (replace the tab"
                + " with spaces: two for each level, as in the lines above)");
        problems.clear();
        assertThat(parse("title: 好\nauthors:\n  - name: 伍洁\n  \trole: 记者\n").formatLocated())
                .startsWith("content/a.md:5:3: error: this is not valid YAML: this line is indented with a tab");
    }

    @Test
    void aChineseCommaBetweenEntriesInBracesIsNamed() {
        assertThat(parse("title: 好\nauthors:\n  - { name: 伍洁，role: 记者 }\n").formatLocated()).isEqualTo("content/a.md:4:15:"
                + " error: this is not valid YAML: a Chinese comma \"，\" is between the entries inside { }, where YAML takes"
                + " only a half-width one (type a half-width comma and a space: - { name: 伍洁, role: 记者 })");
    }

    @Test
    void fullWidthSpacesIndentingALineAreNamed() {
        assertThat(parse("title: 一\n  \u3000date: 2024-03-08\n").formatLocated()).isEqualTo("content/a.md:3:3: error:"
                + " this is not valid YAML: this line is indented with full-width spaces (U+3000), which YAML does not take"
                + " for spaces (indent it with half-width spaces, typed with the input method in English mode)");
        problems.clear();
        assertThat(parse("title: 好\nauthors:\n\u3000\u3000- 伍洁\n").format())
                .startsWith("content/a.md:4: this is not valid YAML: this line is indented with full-width spaces (U+3000)");
    }

    @Test
    void fullWidthSpacesBeforeAKeyThatParsesAreNamedNotAnUnknownKey() {
        // "　　date" at the start of a line is a key to YAML, whose name begins with two full-width spaces
        assertThat(parse("title: 好\n\u3000\u3000date: 2024-03-08\n").format()).isEqualTo("content/a.md:3: this line is"
                + " indented with full-width spaces (U+3000), which YAML does not take for spaces (indent it with half-width"
                + " spaces, typed with the input method in English mode)");
    }

    @Test
    void theMessagesThatWereGoodStay() {
        assertThat(parse("title: 好\nauthors:\n  - name: 伍洁\n role: 记者\n").message())
                .contains("this line is indented differently from the lines before it");
        problems.clear();
        assertThat(parse("title: 好\nsummary: 一 : 二 : 三\n  x: y\n").message())
                .contains("(check the indentation, and put values containing \": \" or \"#\" in quotes)");
    }

    @Test
    void aQuoteNotClosedIsToldAtTheLineItOpens() {
        // the parser reads on to the end of the front matter looking for the closing quote; the
        // line to correct is the one the quote opened on, not the last one
        assertThat(parse("date: 2024-03-08\ntitle: \"未闭合\nsummary: 一\ntags: [妇联]\n").formatLocated())
                .isEqualTo("content/a.md:3:8: error: this is not valid YAML: while scanning a quoted scalar, found"
                        + " unexpected end of stream (check the indentation, and put values containing \": \" or \"#\" in quotes)");
    }

    @Test
    void aValueStartingWithAQuotedWordSaysWhatToType() {
        assertThat(parse("title: \"三八\"国际妇女节座谈会\ndate: 2024-03-08\n").formatLocated()).isEqualTo("content/a.md:2:8: error:"
                + " this is not valid YAML: the value starts with a quote, so YAML takes \"三八\" alone as the title and fails on"
                + " the text after it (type Chinese quotes, “三八”, or put the whole value in single quotes:"
                + " title: '\"三八\"国际妇女节座谈会')");
        problems.clear();
        assertThat(parse("title: t\nauthors:\n  - { name: 伍洁, role: 记者, org: \"邵阳日报\"社 }\n").formatLocated())
                .isEqualTo("content/a.md:4:32: error: this is not valid YAML: the value starts with a quote, so YAML takes"
                        + " \"邵阳日报\" alone as the org and fails on the text after it (type Chinese quotes, “邵阳日报”, or put"
                        + " the whole value in single quotes: org: '\"邵阳日报\"社')");
        problems.clear();
        assertThat(parse("title: t\nsummary: '巾帼'建功，\"半边天\"作用 # 摘要\n").message()).isEqualTo("this is not valid YAML: the"
                + " value starts with a quote, so YAML takes '巾帼' alone as the summary and fails on the text after it (type"
                + " Chinese quotes, ‘巾帼’, or put the whole value in double quotes: summary: \"'巾帼'建功，\\\"半边天\\\"作用\")");
    }

    @Test
    void aKeyWithoutAHalfWidthSpaceAfterItsColonIsToldAtItsLine() {
        assertThat(parse("title:市妇联\ndate: 2024-03-08\n").formatLocated()).isEqualTo("content/a.md:2:6: error: this is"
                + " not valid YAML: there is no space after the colon of title, so YAML does not read it as a key (put a"
                + " half-width space after the colon: title: 市妇联)");
        problems.clear();
        assertThat(parse("date: 2024-03-08\ntitle:\u3000市妇联\ncolumn: 工作动态\n").formatLocated()).isEqualTo("content/a.md:3:6:"
                + " error: this is not valid YAML: there is a full-width space after the colon of title, so YAML does not read"
                + " it as a key (put a half-width space after the colon: title: 市妇联)");
        problems.clear();
        assertThat(parse("date: 2024-03-08\ntitle:市妇联\n").formatLocated()).as("the last line").startsWith("content/a.md:3:6:"
                + " error: this is not valid YAML: there is no space after the colon of title");
        problems.clear();
        assertThat(parse("title: t\nauthors:\n  - name:伍洁\n    role: 记者\n").formatLocated()).startsWith("content/a.md:4:9:"
                + " error: this is not valid YAML: there is no space after the colon of name");
    }

    @Test
    void aListItemWithAFullWidthSpaceAfterItsDashIsNamedNotSplitAtIt() {
        List<Problem> found = new ArrayList<>();
        YamlMap map = YamlMap.parse("title: t\nauthors:\n  -\u3000伍洁\ntags:\n  -\u3000妇联\n", Path.of("content/a.md"), 2, found).orElseThrow();
        assertThat(map.maps("authors", java.util.Set.of("name"), "name", "{ name: 伍洁 }")).isEmpty();
        assertThat(map.words("tags")).isEmpty();
        String hint = ": its lines start with a - and a full-width space, or no space, which YAML reads as text (put a"
                + " half-width space after each -, as in - 伍洁)";
        assertThat(found).extracting(Problem::formatLocated).containsExactly(
                "content/a.md:4:3: error: authors must be a list, one entry a line starting with \"- \"" + hint,
                "content/a.md:6:3: error: tags must be a list of words" + hint);
    }

    @Test
    void aSummaryGoingOnOnTheNextLineIsToldSoNotAsAKeyWithAFullWidthColon() {
        String hint = " (keep the summary on one line, or indent its following lines by two spaces)";
        assertThat(parse("title: 摘要\nsummary: 3月8日，市妇联召开座谈会。\n\n与会代表：畅所欲言。\n").formatLocated())
                .isEqualTo("content/a.md:5:1: error: this is not valid YAML: this line goes on with the summary above" + hint);
        problems.clear();
        assertThat(parse("title: 摘要\nsummary: 3月8日，市妇联召开座谈会。\n与会代表畅所欲言。\n").formatLocated())
                .isEqualTo("content/a.md:4:1: error: this is not valid YAML: this line goes on with the summary above" + hint);
        problems.clear();
        YamlMap indented = YamlMap.parse("title: 摘要\nsummary: 3月8日，市妇联召开座谈会。\n  与会代表：畅所欲言。\n", Path.of("content/a.md"), 2,
                problems).orElseThrow();
        assertThat(indented.text("summary")).as("the advice followed").contains("3月8日，市妇联召开座谈会。 与会代表：畅所欲言。");
        assertThat(problems).isEmpty();
    }
}
