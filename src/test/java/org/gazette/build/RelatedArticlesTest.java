package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gazette.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each article page lists as related up to five other articles that share its column or a tag:
 * the nearest before it in date, and the nearest after it only when there are too few before it;
 * newest first. Checked against that definition on a site of random columns and tags; and
 * publishing a new article leaves the older articles' pages as they were.
 */
class RelatedArticlesTest {

    private record Written(int number, LocalDate date, String column, List<String> tags) {
        String title() {
            return "文章" + number;
        }

        boolean shares(Written other) {
            return (!column.isEmpty() && column.equals(other.column)) || other.tags.stream().anyMatch(tags::contains);
        }
    }

    /** As the build orders articles: by date, then by source path (content/aN.md). */
    private static final Comparator<Written> NEWEST_FIRST = Comparator.comparing(Written::date).reversed()
            .thenComparing(w -> "content/a" + w.number() + ".md");

    private static boolean before(Written one, Written other) {
        return NEWEST_FIRST.compare(one, other) > 0;
    }

    @Test
    void areTheNearestBeforeItSharingTheColumnOrATag(@TempDir Path root, @TempDir Path output) {
        Random random = new Random(7);
        List<String> columns = List.of("", "工作动态", "通知公告", "工作综述");
        List<String> tags = List.of("妇联", "乡村振兴", "家风家训", "巾帼", "维权");
        List<Written> articles = new ArrayList<>();
        for (int n = 1; n <= 60; n++) {
            List<String> own = new ArrayList<>(tags);
            Collections.shuffle(own, random);
            own = List.copyOf(own.subList(0, random.nextInt(4)));
            Written article = new Written(n, LocalDate.of(2023, 1, 1).plusDays(n * 3L % 181), columns.get(random.nextInt(4)), own);
            articles.add(article);
            TestSites.write(root.resolve("content/a" + n + ".md"), "---\ntitle: " + article.title() + "\ndate: " + article.date()
                    + (article.column().isEmpty() ? "" : "\ncolumn: " + article.column())
                    + "\ntags: [" + String.join(", ", article.tags()) + "]\nslug: a" + n + "\n---\n\n正文。\n");
        }
        assertThat(TestSites.build(root, output).problems()).isEmpty();

        for (Written article : articles) {
            List<Written> sharing = articles.stream().filter(other -> other != article && article.shares(other)).toList();
            List<Written> chosen = new ArrayList<>(sharing.stream().filter(other -> before(other, article))
                    .sorted(NEWEST_FIRST).limit(5).toList());
            sharing.stream().filter(other -> before(article, other)).sorted(NEWEST_FIRST.reversed())
                    .limit(5 - chosen.size()).forEach(chosen::add);
            List<String> expected = chosen.stream().sorted(NEWEST_FIRST).map(Written::title).toList();
            String page = article.date().getYear() + "/" + String.format("%02d", article.date().getMonthValue()) + "/a" + article.number()
                    + "/index.html";
            Document document = TestSites.page(output, page);
            assertThat(document.select(".related li a").eachText()).as(article.title()).containsExactlyElementsOf(expected);
        }
    }

    /**
     * One article published in a column of twelve: only its older neighbour's page (its "newer"
     * link) changes among the articles before it. Related lists of the site's newest articles
     * changed a third of a 10,000-article archive's pages with every article published.
     */
    @Test
    void aNewArticleLeavesTheOlderArticlesPagesAsTheyWere(@TempDir Path root, @TempDir Path before, @TempDir Path after)
            throws Exception {
        for (int n = 1; n <= 12; n++) {
            TestSites.write(root.resolve("content/a" + n + ".md"), "---\ntitle: 文章" + n + "\ndate: 2023-01-" + (10 + n)
                    + "\ncolumn: 工作动态\ntags: [妇联]\nslug: a" + n + "\n---\n\n正文。\n");
        }
        assertThat(TestSites.build(root, before).problems()).isEmpty();
        TestSites.write(root.resolve("content/a13.md"), "---\ntitle: 文章13\ndate: 2023-01-23\ncolumn: 工作动态\ntags: [妇联]\n"
                + "slug: a13\n---\n\n正文。\n");
        assertThat(TestSites.build(root, after).problems()).isEmpty();

        List<String> changed = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            String page = "2023/01/a" + n + "/index.html";
            if (!Arrays.equals(Files.readAllBytes(before.resolve(page)), Files.readAllBytes(after.resolve(page)))) {
                changed.add(page);
            }
        }
        assertThat(changed).as("older articles' pages changed by a new article").containsExactly("2023/01/a12/index.html");
    }
}
