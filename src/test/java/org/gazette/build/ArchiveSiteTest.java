package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.TestSites.page;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gazette.ArchiveFixture;
import org.gazette.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's archive: every listing, its pagination, the indexes and the article page's links. */
class ArchiveSiteTest {

    @TempDir
    static Path root;
    @TempDir
    static Path output;

    @BeforeAll
    static void build() {
        ArchiveFixture.write(root);
        BuildReport report = TestSites.build(root, output);
        assertThat(report.problems()).isEmpty();
    }

    private static java.util.List<String> titles(Document doc) {
        return doc.select(".article-item h2 a").eachText();
    }

    @Test
    void homePageIsPaginatedNewestFirst() {
        assertThat(titles(page(output, "index.html"))).containsExactly("文章a7", "文章a6");
        assertThat(titles(page(output, "page/2/index.html"))).containsExactly("文章a5", "文章a4");
        assertThat(titles(page(output, "page/4/index.html"))).containsExactly("文章a1");
        assertThat(output.resolve("page/5")).doesNotExist();

        Document second = page(output, "page/2/index.html");
        Element pager = second.selectFirst("nav.pager");
        assertThat(pager.selectFirst(".pager-position").text()).isEqualTo("第 2 / 4 页");
        assertThat(pager.select("a").eachText()).containsExactly("第一页", "上一页", "下一页", "末页");
        assertThat(pager.selectFirst("a[rel=prev]").attr("href")).isEqualTo("../../");
        assertThat(pager.selectFirst("a[rel=next]").attr("href")).isEqualTo("../3/");
        assertThat(pager.select("a").last().attr("href")).isEqualTo("../4/");
        assertThat(second.selectFirst("head link[rel=prev]").attr("href")).isEqualTo("../../");
        assertThat(second.selectFirst("head link[rel=next]").attr("href")).isEqualTo("../3/");
        assertThat(second.title()).as("the site's title once").isEqualTo("测试档案（第2页）");
        assertThat(page(output, "index.html").select("nav.pager a[rel=prev]")).isEmpty();
        assertThat(page(output, "page/4/index.html").select("nav.pager a[rel=next]")).isEmpty();
    }

    /**
     * A screen reader's list of links shows their names alone: two links of one name on a page
     * must lead to one place (the breadcrumb's 首页 is the home page, so the pager's first page
     * is 第一页).
     */
    @Test
    void linksOfOneNameOnAPageLeadToOnePlace() throws IOException {
        Map<String, Map<String, Set<String>>> clashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html"))::iterator) {
                String path = "/" + output.relativize(file).toString().replace('\\', '/');
                Map<String, Set<String>> targets = new HashMap<>();
                for (Element link : page(output, output.relativize(file).toString()).select("a[href]")) {
                    String target = URI.create("https://example.org" + path).resolve(link.attr("href")).getPath();
                    targets.computeIfAbsent(link.text(), name -> new TreeSet<>()).add(target);
                }
                targets.values().removeIf(places -> places.size() < 2);
                if (!targets.isEmpty()) {
                    clashes.put(path, targets);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void columnsUseMappedSlugsOrTheirPercentEncodedNames() {
        Document review = page(output, "columns/review/index.html");
        assertThat(review.selectFirst("body").attr("data-page")).isEqualTo("column");
        assertThat(review.selectFirst("h1").text()).isEqualTo("栏目：工作综述");
        assertThat(titles(review)).containsExactly("文章a4", "文章a1");

        Document news = page(output, "columns/工作动态/index.html");
        assertThat(titles(news)).containsExactly("文章a7", "文章a5");
        assertThat(titles(page(output, "columns/工作动态/page/2/index.html"))).containsExactly("文章a3", "文章a2");
        assertThat(page(output, "index.html").select(".site-nav a").eachAttr("href"))
                .contains("columns/%E5%B7%A5%E4%BD%9C%E5%8A%A8%E6%80%81/", "columns/review/");
        assertThat(news.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/news/columns/%E5%B7%A5%E4%BD%9C%E5%8A%A8%E6%80%81/");
        assertThat(news.select(".breadcrumbs li").eachText()).containsExactly("首页", "栏目：工作动态");
    }

    @Test
    void tagAndAuthorPagesListTheirArticlesAndTheAuthorsRoles() {
        Document tag = page(output, "tags/妇联/index.html");
        assertThat(tag.selectFirst("body").attr("data-page")).isEqualTo("tag");
        assertThat(titles(tag)).containsExactly("文章a7", "文章a4");
        assertThat(titles(page(output, "tags/妇联/page/2/index.html"))).containsExactly("文章a2", "文章a1");

        Document author = page(output, "authors/wu-jie/index.html");
        assertThat(author.selectFirst("body").attr("data-page")).isEqualTo("author");
        assertThat(author.selectFirst("h1").text()).isEqualTo("作者：伍洁");
        assertThat(author.selectFirst(".roles").text()).isEqualTo("署名身份：记者、摄影");
        assertThat(titles(author)).containsExactly("文章a7", "文章a4");
        assertThat(page(output, "authors/杨超/index.html").selectFirst(".roles").text()).isEqualTo("署名身份：通讯员");
    }

    @Test
    void yearAndMonthArchivesAndTheArchiveIndexCountArticles() {
        Document year = page(output, "2023/index.html");
        assertThat(year.selectFirst("body").attr("data-page")).isEqualTo("year");
        assertThat(year.selectFirst("h1").text()).isEqualTo("2023年");
        assertThat(year.select(".months li").eachText()).containsExactly("2023年12月 1篇", "2023年3月 2篇", "2023年1月 1篇");
        Document march = page(output, "2023/03/index.html");
        assertThat(march.selectFirst("body").attr("data-page")).isEqualTo("month");
        assertThat(titles(march)).containsExactly("文章a3", "文章a2");
        assertThat(march.select(".breadcrumbs li").eachText()).containsExactly("首页", "归档", "2023年", "2023年3月");

        Document archives = page(output, "archives/index.html");
        assertThat(archives.select(".archive-year").eachText()).containsExactly("2024年 3篇", "2023年 4篇");
        assertThat(archives.select(".archive-months li").eachText()).containsExactly(
                "2024年5月 1篇", "2024年2月 2篇", "2023年12月 1篇", "2023年3月 2篇", "2023年1月 1篇");
        Document topics = page(output, "topics/index.html");
        assertThat(topics.select("#topics-columns + ul li").eachText())
                .containsExactly("工作动态 4篇", "工作综述 2篇", "通知公告 1篇");
        assertThat(topics.select("#topics-tags + ul li").eachText()).containsExactly("妇联 4篇", "乡村振兴 2篇", "家风家训 1篇");
    }

    @Test
    void articlePagesLinkToNeighboursAndRelatedArticles() {
        Document a3 = page(output, "2023/03/a3/index.html");
        assertThat(a3.selectFirst(".neighbours .older a").text()).isEqualTo("文章a2");
        assertThat(a3.selectFirst(".neighbours .older a").attr("rel")).isEqualTo("prev");
        assertThat(a3.selectFirst(".neighbours .newer a").text()).isEqualTo("文章a4");
        assertThat(a3.select(".related li a").eachText()).containsExactly("文章a7", "文章a5", "文章a2");
        assertThat(a3.selectFirst(".reading").text()).isEqualTo("阅读约 1 分钟");
        assertThat(a3.select(".breadcrumbs li").eachText()).containsExactly("首页", "工作动态", "文章a3");
        assertThat(a3.select(".byline a.name").eachAttr("href")).containsExactly("../../../authors/%E6%9D%A8%E8%B6%85/");
        assertThat(page(output, "2023/01/a1/index.html").select(".neighbours .older")).isEmpty();
        assertThat(page(output, "2024/05/a7/index.html").select(".neighbours .newer")).isEmpty();
    }

    @Test
    void articlePagesCarrySocialMetaAndNewsArticleJsonLd() throws Exception {
        Document a4 = page(output, "2023/12/a4/index.html");
        assertThat(a4.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("文章a4");
        assertThat(a4.selectFirst("meta[property=og:image]").attr("content")).isEqualTo("https://example.org/news/lead.png");
        assertThat(a4.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(a4.selectFirst("meta[property=article:published_time]").attr("content")).isEqualTo("2023-12-26T08:00:00+08:00");
        String json = a4.selectFirst("script[type=application/ld+json]").data();
        try (var parser = new com.fasterxml.jackson.core.JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                // reading every token proves it is well-formed JSON
            }
        }
        assertThat(json).contains("\"@type\":\"NewsArticle\"", "\"headline\":\"文章a4\"",
                "\"datePublished\":\"2023-12-26T08:00:00+08:00\"", "\"name\":\"伍洁\"", "\"image\":[\"https://example.org/news/lead.png\"]");
    }

    @Test
    void notFoundPageLinksFromTheSiteRootSoItWorksAtAnyAddress() {
        Document notFound = page(output, "404.html");
        assertThat(notFound.selectFirst("body").attr("data-page")).isEqualTo("404");
        assertThat(notFound.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("/news/") || href.startsWith("#"));
        assertThat(notFound.selectFirst("link[rel=stylesheet]").attr("href")).matches("/news/assets/style\\.[0-9a-f]{10}\\.css");
    }

    @Test
    void notFoundPageOffersTheSearchAsAPlainLinkAndAFormThatWorkWithoutScript() {
        // A reader at a moved address: the search page is the way out of an archive.
        Document notFound = page(output, "404.html");
        assertThat(notFound.select("main a[href=/news/search/]")).as("a plain link to the search page").hasSize(1);
        var form = notFound.selectFirst("main form[role=search]");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/news/search/");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("aria-label")).as("named apart from the header's search").isNotEmpty()
                .isNotEqualTo(notFound.selectFirst("header form[role=search]").attr("aria-label"));
        var input = form.selectFirst("input[name=q]");
        assertThat(form.selectFirst("label[for=" + input.id() + "]")).isNotNull();
        assertThat(notFound.select("main script")).isEmpty();
    }

    @Test
    void robotsPointsToTheSitemap() {
        assertThat(TestSites.read(output.resolve("robots.txt"))).contains("Sitemap: https://example.org/news/sitemap.xml");
    }
}
