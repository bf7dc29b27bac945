package org.gazette.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {

    private static Outcome<SiteConfig> parse(String yaml) {
        return SiteConfigLoader.parse(yaml, Path.of("site.yaml"));
    }

    @Test
    void emptyFileGivesTheDefaults() {
        SiteConfig config = parse("").value().orElseThrow();
        assertThat(config).isEqualTo(SiteConfig.defaults());
        assertThat(config.language()).isEqualTo("zh-CN");
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.permalink().pattern()).isEqualTo("/:year/:month/:slug/");
    }

    @Test
    void readsEveryKey() {
        SiteConfig config = parse("""
                title: 邵阳女性
                description: 新闻档案
                base_url: https://example.org/news
                language: zh-Hans
                time_zone: Asia/Hong_Kong
                theme: plain
                permalink: /:year/:slug/
                summary_length: 80
                page_size: 5
                feed_size: 7
                feed_content: summary
                slugs:
                  columns: { 工作综述: review }
                  tags: { 妇联: womens-federation }
                """).value().orElseThrow();
        assertThat(config.title()).isEqualTo("邵阳女性");
        assertThat(config.baseUrl()).hasToString("https://example.org/news/");
        assertThat(config.basePath()).isEqualTo("/news/");
        assertThat(config.absoluteUrl("/2023/x/")).isEqualTo("https://example.org/news/2023/x/");
        assertThat(config.withBaseUrl(java.net.URI.create("https://example.org//")).absoluteUrl("/2023/x/"))
                .isEqualTo("https://example.org/2023/x/");
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Asia/Hong_Kong"));
        assertThat(config.theme()).isEqualTo("plain");
        assertThat(config.permalink().pattern()).isEqualTo("/:year/:slug/");
        assertThat(config.summaryLength()).isEqualTo(80);
        assertThat(config.pageSize()).isEqualTo(5);
        assertThat(config.feedSize()).isEqualTo(7);
        assertThat(config.feedFullText()).isFalse();
        assertThat(config.slugs().mapped(TermKind.COLUMN, "工作综述")).contains("review");
        assertThat(config.slugs().mapped(TermKind.TAG, "妇联")).contains("womens-federation");
        assertThat(config.slugs().mapped(TermKind.AUTHOR, "伍洁")).isEmpty();
    }

    /** Templates print them: in a hashed order, which changes from one run of Java to the next, pages kept by the cache would differ. */
    @Test
    void slugsAreInTheOrderOfTheirKindsThenOfTheirNames() {
        SlugMap slugs = parse("""
                slugs:
                  authors: { 伍洁: wu-jie, 杨超: yang-chao }
                  tags: { 妇联: womens-federation, 维权: rights }
                  columns: { 工作综述: review, 家庭教育: family }
                """).value().orElseThrow().slugs();
        assertThat(slugs.slugs().keySet()).containsExactly(TermKind.COLUMN, TermKind.TAG, TermKind.AUTHOR);
        assertThat(slugs.names(TermKind.COLUMN)).containsExactly("家庭教育", "工作综述");
        assertThat(new SlugMap(Map.of(TermKind.TAG, Map.of("b", "b", "a", "a", "c", "c"), TermKind.COLUMN, Map.of())))
                .hasToString("SlugMap[slugs={COLUMN={}, TAG={a=a, b=b, c=c}}]");
    }

    @Test
    void reportsWrongTypesAndUnknownKeysWithTheirLines() {
        Outcome<SiteConfig> outcome = parse("""
                title: 站点
                summary_length: many
                base_url: not a url
                permalink: /:year/:title/
                colour: red
                theme: ../elsewhere
                """);
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                "site.yaml:2: summary_length must be a whole number from 10 to 2000",
                "site.yaml:3: base_url is not a URL: Illegal character in path (use https://example.org/)",
                "site.yaml:4: permalink uses :title, which is not one of :year, :month, :day, :slug",
                "site.yaml:5: warning: unknown key \"colour\" is ignored (known keys: base_url, deploy, description, feed_content,"
                        + " feed_size, language, page_size, permalink, redirects, slugs, summary_length, theme, time_zone, title)",
                "site.yaml:6: theme must be the name of a folder under themes/, such as default");
    }

    @Test
    void aPermalinkLeavingTheSiteIsAnErrorAtItsLine() {
        assertThat(parse("title: a\npermalink: /../../:slug/\n").problems()).extracting(Problem::format).singleElement()
                .asString().startsWith("site.yaml:2: permalink /../../:slug/ holds a . or .. folder");
    }

    @Test
    void aBaseUrlMustBeHttpOrHttps() {
        assertThat(parse("title: a\nbase_url: ftp://example.org/\n").problems()).extracting(Problem::format).containsExactly(
                "site.yaml:2: base_url must be an absolute http or https URL such as https://example.org/");
        assertThat(parse("title: a\nbase_url: HTTPS://example.org/news\n").problems()).isEmpty();
    }

    @Test
    void aNumberOutOfItsRangeIsToldTheRange() {
        assertThat(parse("page_size: 99999999999999\nfeed_size: 0\nsummary_length: 5\n").problems()).extracting(Problem::format)
                .containsExactlyInAnyOrder("site.yaml:1: page_size must be a whole number from 1 to 2147483647",
                        "site.yaml:2: feed_size must be a whole number from 1 to 2147483647",
                        "site.yaml:3: summary_length must be a whole number from 10 to 2000");
    }

    @Test
    void aFileThatIsNotUtf8IsToldAsAnArticleIs(@TempDir Path root) throws Exception {
        Files.write(root.resolve("site.yaml"), "title: x\ndescription: 新闻档案\n".getBytes(Charset.forName("GBK")));
        assertThat(SiteConfigLoader.load(root).problems()).extracting(Problem::format).containsExactly(
                "site.yaml:2: the file is not UTF-8 (byte 23 cannot be read; if it came from an old system it may be GBK:"
                        + " save it as UTF-8)");
    }

    @Test
    void tellsTheLineOfAKeyForProblemsFoundLater(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("site.yaml"), "# settings\ntitle: x\n\ntheme: fancy\n");
        assertThat(SiteConfigLoader.lineOf(root, "theme")).isEqualTo(4);
        assertThat(SiteConfigLoader.lineOf(root, "language")).isZero();
        assertThat(SiteConfigLoader.lineOf(root.resolve("nowhere"), "theme")).isZero();
    }

    @Test
    void slugsMustBeReadableLatin() {
        assertThat(parse("slugs:\n  tags:\n    妇联: 妇联\n  colours: {}\n").problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                "site.yaml:3: the slug of 妇联 must be lower-case letters, digits and -, such as womens-federation",
                "site.yaml:4: warning: unknown key \"colours\" is ignored (known keys: authors, columns, tags)");
    }

    @Test
    void aBrokenFileNamesItsLine() {
        assertThat(parse("title: a\n  bad: indentation\n").problems()).extracting(Problem::format)
                .singleElement().asString().startsWith("site.yaml:2: this is not valid YAML");
    }

    @Test
    void aKeyWithAFullWidthColonIsNamedAtItsLine() {
        assertThat(parse("title：邵阳女性\nbase_url: https://example.org/\n").problems()).extracting(Problem::format)
                .containsExactly("site.yaml:1: this is not valid YAML: the colon after title is a full-width \"：\","
                        + " which YAML does not take for one (type a half-width colon and a space: title: 邵阳女性)");
    }
}
