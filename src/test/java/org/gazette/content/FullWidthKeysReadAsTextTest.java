package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * A key typed with a full-width colon where YAML reads the line as text and parses on: under a
 * list item, in braces, as a photo entry. Each is an error at its own line, never a byline made
 * of the keys ("name： 伍洁 role： 记者") or another problem that does not name the colon.
 */
class FullWidthKeysReadAsTextTest {

    private static Outcome<Article> parse(String frontMatter) {
        return FrontMatterFixture.parse(frontMatter);
    }

    @Test
    void aBlockAuthorEntryIsNotOneNameMadeOfItsLines() {
        Outcome<Article> outcome = parse("authors:\n  - name： 伍洁\n    role： 记者\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::formatLocated).containsExactly(
                "content/a.md:5:9: error: the colon after name is a full-width \"：\", which YAML does not take for one,"
                        + " so name was read as text (type a half-width colon and a space: name: 伍洁)",
                "content/a.md:6:9: error: the colon after role is a full-width \"：\", which YAML does not take for one,"
                        + " so role was read as text (type a half-width colon and a space: role: 记者)");
    }

    @Test
    void aNameAloneAndARoleUnderAPlainNameAreBlamedToo() {
        assertThat(parse("authors:\n  - name： 伍洁\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.format()).startsWith("content/a.md:5: the colon after name is a full-width"));
        assertThat(parse("authors:\n  - 伍洁\n    role： 通讯员\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.format()).startsWith("content/a.md:6: the colon after role is a full-width")
                        .endsWith("(type a half-width colon and a space: role: 通讯员)"));
    }

    @Test
    void anEntryInBracesNamesTheColonNotAMissingNameOrUnknownKeys() {
        assertThat(parse("authors:\n  - { name： 伍洁, role： 记者 }\n").problems()).extracting(Problem::format).containsExactly(
                "content/a.md:5: the colon after name is a full-width \"：\", which YAML does not take for one,"
                        + " so name was read as text (type a half-width colon and a space: name: 伍洁)",
                "content/a.md:5: the colon after role is a full-width \"：\", which YAML does not take for one,"
                        + " so role was read as text (type a half-width colon and a space: role: 记者)");
    }

    @Test
    void aPhotoEntryIsNotCalledSomethingOtherThanAMapping() {
        assertThat(parse("photos:\n  - src： a.jpg\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.format()).isEqualTo("content/a.md:5: the colon after src is a full-width"
                        + " \"：\", which YAML does not take for one, so src was read as text"
                        + " (type a half-width colon and a space: src: a.jpg)"));
    }

    @Test
    void aKeyRunIntoTheValueAboveItIsBlamed() {
        assertThat(parse("summary: 五年工作回顾。\n  column： 工作动态\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.format()).startsWith("content/a.md:5: the colon after column is a full-width"));
    }

    @Test
    void aFullWidthColonInTextOrInQuotesIsText() {
        Outcome<Article> outcome = parse("""
                authors:
                  - "name： 伍洁"
                photos:
                  - src: a.jpg
                    caption: 主办：市妇联 name：不是键
                """);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.value().orElseThrow().authors()).extracting(Author::name).containsExactly("name： 伍洁");
    }
}
