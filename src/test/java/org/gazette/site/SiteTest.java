package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.gazette.content.LazyText;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.FrontMatterLines;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site model's own rules, on hand-made articles: order, columns, pages, clashing URLs. */
class SiteTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path root;

    private static RenderedArticle article(String file, String date, String column) {
        return article(file, date, column, "/" + file.replace(".md", "/"));
    }

    private static RenderedArticle article(String file, String date, String column, String url) {
        return article(Path.of("content", file), Path.of(file).getFileName().toString().replace(".md", ""), date, column, url);
    }

    private static RenderedArticle article(Path source, String slug, String date, String column, String url) {
        Article article = new Article(source, slug, "", "", ZonedDateTime.parse(date + "T08:00+08:00[Asia/Shanghai]"),
                Optional.empty(), List.of(), column, List.of(), "", List.of(), Optional.empty(), slug, List.of(), false, url,
                LazyText.of("body"), 5);
        return new RenderedArticle(article, LazyText.of("<p>body</p>"), "body", LazyText.of("body"), List.of(), List.of(), Optional.empty(), List.of(), 1);
    }

    private static SiteConfig pageSize(int size) {
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(d.title(), d.description(), d.baseUrl(), d.language(), ZONE, d.theme(), d.permalink(),
                d.summaryLength(), size, d.feedSize(), d.feedFullText(), d.slugs(), d.redirects(), d.deploy());
    }

    private Site site(SiteConfig config, RenderedArticle... articles) {
        Outcome<Site> site = Site.of(config, List.of(articles), List.of(), new FrontMatterLines(root));
        assertThat(site.problems()).isEmpty();
        return site.value().orElseThrow();
    }

    private static List<String> files(List<RenderedArticle> articles) {
        return articles.stream().map(a -> a.article().source().getFileName().toString()).toList();
    }

    @Test
    void newestFirstAndArticlesOfTheSameMinuteBySourcePath() {
        Site site = site(SiteConfig.defaults(),
                article("2024/c.md", "2024-03-01", ""),
                article("2024/b.md", "2024-03-02", ""),
                article("2024/d.md", "2024-03-02", ""),
                article("2024/a.md", "2024-03-02", ""));
        assertThat(files(site.articles())).containsExactly("a.md", "b.md", "d.md", "c.md");
    }

    /** A path as Windows writes it, with {@code \}: all a sort by source reads of it is its text. */
    private static Path windowsPath(String path) {
        String text = path.replace('/', '\\');
        return (Path) Proxy.newProxyInstance(Path.class.getClassLoader(), new Class<?>[] {Path.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> text;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void articlesOfTheSameMinuteAreInTheSameOrderWhateverTheSystemsSeparator() {
        // "/" sorts after "-" and before digits and capitals; "\\" after all of them.
        List<String> files = List.of("2024/march8.md", "2024/march/index.md", "2024/marchA.md", "2024/march-1.md");
        List<String> onLinux = files.stream()
                .map(f -> article(Path.of("content", f), f, "2024-03-02", "", "/" + f + "/"))
                .sorted(Site.NEWEST_FIRST).map(r -> r.article().title()).toList();
        List<String> onWindows = files.stream()
                .map(f -> article(windowsPath("content/" + f), f, "2024-03-02", "", "/" + f + "/"))
                .sorted(Site.NEWEST_FIRST).map(r -> r.article().title()).toList();
        assertThat(onLinux).containsExactly("2024/march-1.md", "2024/march/index.md", "2024/march8.md", "2024/marchA.md");
        assertThat(onWindows).isEqualTo(onLinux);
    }

    @Test
    void columnsMostArticlesFirstThenByNameAndAnArticleWithoutOneIsInNone() {
        Site site = site(SiteConfig.defaults(),
                article("2024/a.md", "2024-03-01", "要闻"),
                article("2024/b.md", "2024-03-02", "综述"),
                article("2024/c.md", "2024-03-03", "要闻"),
                article("2024/d.md", "2024-03-04", "图片"),
                article("2024/e.md", "2024-03-05", ""));
        assertThat(site.columns()).extracting(Term::name).containsExactly("要闻", "图片", "综述");
        assertThat(files(site.columns().get(0).articles())).containsExactly("c.md", "a.md");
        assertThat(site.columnOf(site.articles().get(0).article())).isEmpty();
        assertThat(site.columnOf(site.articles().get(1).article())).map(Term::name).contains("图片");
    }

    @Test
    void aFullLastPageMakesNoEmptyPageAndOneMoreArticleMakesAnotherPage() {
        RenderedArticle[] four = {
            article("2024/a.md", "2024-03-01", ""), article("2024/b.md", "2024-03-02", ""),
            article("2024/c.md", "2024-03-03", ""), article("2024/d.md", "2024-03-04", "")};
        List<Listing> pages = site(pageSize(2), four).homePages();
        assertThat(pages).extracting(Listing::path).containsExactly("/", "/page/2/");
        assertThat(files(pages.get(1).articles())).containsExactly("b.md", "a.md");
        assertThat(pages.get(1).next()).isEmpty();

        List<Listing> more = site(pageSize(2), four[0], four[1], four[2], four[3], article("2024/e.md", "2024-03-05", ""))
                .homePages();
        assertThat(more).extracting(Listing::path).containsExactly("/", "/page/2/", "/page/3/");
        assertThat(files(more.get(2).articles())).containsExactly("a.md");
        assertThat(more.get(2).previous()).isEqualTo("/page/2/");
        assertThat(more.get(0).last()).isEqualTo("/page/3/");
    }

    @Test
    void twoArticlesAtOneUrlAreToldAtTheSecondOnesSlug() throws IOException {
        Files.createDirectories(root.resolve("content/2024"));
        Files.writeString(root.resolve("content/2024/a.md"), "---\ntitle: A\n---\nbody\n");
        Files.writeString(root.resolve("content/2024/b.md"), "---\ntitle: B\nslug: a\n---\nbody\n");
        Outcome<Site> site = Site.of(SiteConfig.defaults(), List.of(
                article("2024/b.md", "2024-03-02", "", "/2024/a/"),
                article("2024/a.md", "2024-03-01", "", "/2024/a/")), List.of(), new FrontMatterLines(root));
        assertThat(site.problems()).containsExactly(Problem.error(Path.of("content/2024/b.md"), 3,
                "its URL /2024/a/ is already the URL of content/2024/a.md (give one of them another slug: slug: another-name)"));
    }
}
