package org.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gazette.config.SiteConfig;
import org.gazette.config.SiteConfigLoader;
import org.gazette.content.Article;
import org.gazette.content.ArticleDates;
import org.gazette.content.ArticleParser;
import org.gazette.content.ContentLoader;
import org.gazette.content.SourceFile;
import org.gazette.problem.Outcome;
import org.junit.jupiter.api.Test;

class NewArticleTest {

    static final SiteConfig EXAMPLE = SiteConfigLoader.load(Path.of(".")).value().orElseThrow();
    static final ZonedDateTime DATE = ZonedDateTime.of(2024, 3, 8, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

    @Test
    void aDatedDraftInTheColumnsFolderWhoseNameComesFromSiteYaml() {
        NewArticle article = NewArticle.of(EXAMPLE, "news/march-8-gathering", "三八节座谈会: 回顾", DATE);
        assertThat(article.file()).isEqualTo(Path.of("content/news/2024-03-08-march-8-gathering.md"));

        Outcome<Article> parsed = new ArticleParser(EXAMPLE).parse(new SourceFile(article.file(), article.text().getBytes()));
        assertThat(parsed.problems()).isEmpty();
        Article a = parsed.value().orElseThrow();
        assertThat(a.title()).isEqualTo("三八节座谈会: 回顾");
        assertThat(a.date()).isEqualTo(DATE);
        assertThat(a.column()).isEqualTo("工作动态");
        assertThat(a.draft()).isTrue();
        assertThat(a.url()).isEqualTo("/2024/03/march-8-gathering/");
        assertThat(article.text()).contains("# authors:", "#   - { name: 伍洁, role: 记者, org: 邵阳日报 }", "# tags: [", "# photos:",
                "#     caption:", "# lead:", "# aliases:", "# subtitle:", "# kicker:", "# summary:");
    }

    @Test
    void aFolderThatIsNoColumnSlugIsTheColumnsName() {
        assertThat(NewArticle.of(EXAMPLE, "妇女儿童/a", "标题", DATE).text()).contains("\ncolumn: 妇女儿童\n");
        assertThat(NewArticle.of(EXAMPLE, "a", "标题", DATE).text()).contains("\n# column: ").doesNotContain("\ncolumn:");
        assertThat(NewArticle.of(EXAMPLE, "a", "标题", DATE).file()).isEqualTo(Path.of("content/2024-03-08-a.md"));
    }

    @Test
    void refusesSlugsThatCannotBeUrlsWithTheSlugToUse() {
        assertThatThrownBy(() -> NewArticle.of(EXAMPLE, "news/March 8", "t", DATE))
                .hasMessage("the slug \"March 8\" may only hold lower-case letters, digits and - (use march-8)");
        assertThatThrownBy(() -> NewArticle.of(EXAMPLE, "../x/a", "t", DATE)).hasMessageContaining("the folder \"..\"");
        assertThatThrownBy(() -> NewArticle.of(EXAMPLE, "news/a", " ", DATE)).hasMessageContaining("the title is empty");
        assertThatThrownBy(() -> NewArticle.of(EXAMPLE, "/", "t", DATE)).hasMessageContaining("COLUMN/SLUG");
    }

    @Test
    void theReadmesExampleDoesNotTakeTheAddressOfAnArticleOfTheExampleSite() throws Exception {
        ArticleParser parser = new ArticleParser(EXAMPLE);
        Set<String> taken = ContentLoader.load(Path.of(".")).sources().stream().map(parser::parse)
                .flatMap(parsed -> parsed.value().stream()).map(Article::url).collect(Collectors.toSet());
        Matcher example = Pattern.compile("gazette\\.jar new (\\S+) --title \"([^\"]+)\" --date (\\S+)")
                .matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        int examples = 0;
        while (example.find()) {
            examples++;
            ZonedDateTime date = ArticleDates.parse(example.group(3), EXAMPLE.timeZone()).orElseThrow();
            NewArticle article = NewArticle.of(EXAMPLE, example.group(1), example.group(2), date);
            Article created = parser.parse(new SourceFile(article.file(), article.text().getBytes(StandardCharsets.UTF_8)))
                    .value().orElseThrow();
            assertThat(taken).as(example.group()).doesNotContain(created.url());
        }
        assertThat(examples).isPositive();
    }

    @Test
    void refusesAYearFolderWhichWouldBeTheColumn() {
        assertThatThrownBy(() -> NewArticle.of(EXAMPLE, "2024/my-article", "测试", DATE))
                .hasMessage("the folder \"2024\" is a year, but the folder names the article's column (column: 2024);"
                        + " give the column's folder, such as news/my-article (the article's address takes its year from its date)");
        assertThatThrownBy(() -> NewArticle.of(EXAMPLE, "news/2024/my-article", "测试", DATE)).hasMessageContaining("is a year");
        assertThat(NewArticle.of(EXAMPLE, "2024/news/my-article", "测试", DATE).text()).contains("\ncolumn: 工作动态\n");
    }
}
