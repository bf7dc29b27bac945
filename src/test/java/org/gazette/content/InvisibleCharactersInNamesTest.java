package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * An invisible character pasted from WeChat or Word into a tag, an author's name or a column
 * makes a name that looks like another and is not: an error at its own line, in its own file,
 * not a clash of two URLs told at another article.
 */
class InvisibleCharactersInNamesTest {

    private static Outcome<Article> parse(String frontMatter) {
        return FrontMatterFixture.parse(frontMatter);
    }

    @Test
    void aTagWithAZeroWidthJoinerIsNamedAsItLooks() {
        Outcome<Article> outcome = parse("tags: [妇联, 家庭\u200d教育]\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::formatLocated).containsExactly(
                "content/a.md:4:12: error: tag \"家庭教育\" holds an invisible character (U+200D), which makes it another tag"
                        + " than the one it looks like (delete it: type the tag again)");
    }

    @Test
    void eachTagOfABlockListIsBlamedAtItsOwnLine() {
        assertThat(parse("tags:\n  - 妇联\n  - \ufeff家庭教育\u2060\n").problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith("tag \"家庭教育\" holds invisible characters (U+FEFF, U+2060)")
                    .endsWith("(delete them: type the tag again)");
        });
    }

    @Test
    void anAuthorWrittenEitherWayAndAColumnAreBlamedToo() {
        assertThat(parse("authors:\n  - 伍洁\u200b\n  - { name: 杨\u200c超, role: 通讯员 }\ncolumn: 工作动态\u200b\n").problems())
                .extracting(Problem::format).containsExactlyInAnyOrder(
                        "content/a.md:5: author \"伍洁\" holds an invisible character (U+200B), which makes it another author"
                                + " than the one it looks like (delete it: type the author again)",
                        "content/a.md:6: author \"杨超\" holds an invisible character (U+200C), which makes it another author"
                                + " than the one it looks like (delete it: type the author again)",
                        "content/a.md:7: column \"工作动态\" holds an invisible character (U+200B), which makes it another column"
                                + " than the one it looks like (delete it: type the column again)");
    }

    @Test
    void namesWithoutThemPass() {
        assertThat(parse("authors: [伍洁]\ncolumn: 工作动态\ntags: [家庭教育]\n").problems()).isEmpty();
    }
}
