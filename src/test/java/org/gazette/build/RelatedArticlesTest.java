package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gazette.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each article page lists as related the five newest other articles that share its column or a
 * tag: checked against that definition on a site of random columns and tags.
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

    @Test
    void areTheFiveNewestSharingTheColumnOrATag(@TempDir Path root, @TempDir Path output) {
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
            List<String> expected = articles.stream().filter(other -> other != article && article.shares(other))
                    .sorted(Comparator.comparing(Written::date).reversed()).limit(5).map(Written::title).toList();
            String page = article.date().getYear() + "/" + String.format("%02d", article.date().getMonthValue()) + "/a" + article.number()
                    + "/index.html";
            Document document = TestSites.page(output, page);
            assertThat(document.select(".related li a").eachText()).as(article.title()).containsExactlyElementsOf(expected);
        }
    }
}
