package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.TestSites;
import org.gazette.content.LazyText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word in the title counts three times a word of the body (SearchIndex.TITLE_WEIGHT): of two
 * articles of the same length, the one titled with the word a reader searches for comes first.
 */
class TitleWeightTest {

    /** Two articles of equal weighted length: the words of one's title are the other's body. */
    private static final List<SearchDocument> DOCS = List.of(
            new SearchDocument("家风建设", "说明。", LazyText.of("乡村振兴。"), "/a/", "2024-01-01", 2024, "", "", ""),
            new SearchDocument("乡村振兴", "说明。", LazyText.of("家风建设。"), "/b/", "2024-01-02", 2024, "", "", ""));

    @Test
    void aWordInTheTitleScoresHigherThanTheSameWordOnceInTheBody() {
        Postings postings = Postings.of(DOCS);
        int token = -1;
        for (int t = 0; t < postings.size(); t++) {
            if (postings.token(t).equals("家风")) {
                token = t;
            }
        }
        assertThat(token).as("the pair 家风 is a token").isNotNegative();
        assertThat(postings.end(token) - postings.start(token)).isEqualTo(2);
        int titled = -1;
        int inBody = -1;
        for (int i = postings.start(token); i < postings.end(token); i++) {
            if (postings.docs()[i] == 0) {
                titled = postings.scores()[i];
            } else {
                inBody = postings.scores()[i];
            }
        }
        assertThat(titled).as("score of the article titled 家风建设").isGreaterThan(inBody);
        assertThat(inBody).as("score of the article with 家风建设 in its body").isPositive();
    }

    @Test
    void theArticleTitledWithTheWordComesFirstInTheBrowsersResults(@TempDir Path root, @TempDir Path output) throws Exception {
        TestSites.write(root.resolve("site.yaml"), "title: 测试档案\nbase_url: https://example.org/\n");
        // the titled article is the older one, so that a tie would put the other first (newest first)
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 家风建设\ndate: 2024-01-01\nslug: a\nsummary: 说明。\n---\n\n乡村振兴。\n");
        TestSites.write(root.resolve("content/b.md"), "---\ntitle: 乡村振兴\ndate: 2024-01-02\nslug: b\nsummary: 说明。\n---\n\n家风建设。\n");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        Path queries = root.resolve("queries.json");
        Files.writeString(queries, "[\"家风\"]");
        NodeScripts.Run run = NodeScripts.node("src/test/js/run-queries.mjs", output.resolve("search") + "/", queries.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).as("the titled article first, then the other")
                .containsPattern("\"家风\":\\{\"urls\":\\[\"[^\"]*/a/\",\"[^\"]*/b/\"\\]");
    }
}
