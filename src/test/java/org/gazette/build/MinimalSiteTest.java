package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.TestSites.page;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.TestSites;
import org.gazette.problem.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds {@code sites/minimal} and reads the pages as a browser would. */
class MinimalSiteTest {

    @TempDir
    static Path output;
    static BuildReport report;

    @BeforeAll
    static void build() {
        report = TestSites.build(TestSites.site("minimal"), output);
    }

    @Test
    void buildsWithOnlyAWarningForTheArticleDatedFarAhead() {
        assertThat(report.problems()).extracting(Problem::format).containsExactly("content/news/2099-01-01-future.md:3: warning:"
                + " this article is dated 2099-01-01, more than a year ahead: it is left out until then (is the year right?"
                + " gazette build --future publishes it now)");
        assertThat(report.succeeded()).isTrue();
        assertThat(report.articles()).isEqualTo(2);
        assertThat(output.resolve("index.html")).isRegularFile();
        assertThat(output.resolve("2023/12/five-year-review/index.html")).isRegularFile();
        assertThat(output.resolve("2022/05/plain/index.html")).isRegularFile();
    }

    @Test
    void articlePageShowsKickerTitleSubtitleBylineAndDate() {
        Document doc = page(output, "2023/12/five-year-review/index.html");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.title()).isEqualTo("跟党奋进新征程 巾帼建功新时代 - 测试站点");
        assertThat(doc.selectFirst("meta[name=description]").attr("content")).startsWith("岁月，满载玫瑰馨香；时代，成就巾帼梦想。");
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/news/2023/12/five-year-review/");
        Element header = doc.selectFirst("article header");
        assertThat(header.selectFirst(".kicker").text()).isEqualTo("热烈庆祝邵阳市第十六次妇女代表大会胜利召开");
        assertThat(header.selectFirst("h1").text()).isEqualTo("跟党奋进新征程 巾帼建功新时代");
        assertThat(header.selectFirst(".subtitle").text()).isEqualTo("——邵阳市妇联五年工作综述");
        assertThat(header.selectFirst(".byline").text()).isEqualTo("邵阳日报记者 伍洁 通讯员 杨超");
        assertThat(header.select(".byline .name").eachText()).containsExactly("伍洁", "杨超");
        assertThat(header.selectFirst(".dateline time").text()).isEqualTo("2023年12月26日");
        assertThat(header.selectFirst(".dateline time").attr("datetime")).isEqualTo("2023-12-26T08:00:00+08:00");
        assertThat(doc.select(".tags li").eachText()).containsExactly("妇联", "妇女代表大会");
        assertThat(doc.selectFirst(".column").text()).isEqualTo("工作综述");
    }

    @Test
    void everyPhotoFormIsAFigureWithImageAndCaption() {
        Document doc = page(output, "2023/12/five-year-review/index.html");
        Element lead = doc.selectFirst("article > figure.photo");
        assertThat(lead.nextElementSibling().hasClass("body")).isTrue();
        assertThat(lead.selectFirst("img").attr("alt")).isEqualTo("市委书记看望市妇联机关干部");
        assertThat(lead.select("figcaption .credit").text()).isEqualTo("（杨超 摄）");

        var figures = doc.select(".body figure.photo");
        assertThat(figures).hasSize(4);
        assertThat(figures.select("figcaption .caption").eachText()).containsExactly(
                "市政府常务会议听取市妇联工作汇报。",
                "2023年，市妇联班子成员带队在龙胜村召开院落恳谈会。",
                "家庭亲子诵读活动现场",
                "两癌救助金发放现场。");
        for (Element img : figures.select("img")) {
            assertThat(img.attr("src")).isEqualTo("../../../news/images/visit.jpg");
            assertThat(img.attr("width")).isEqualTo("800");
            assertThat(img.attr("height")).isEqualTo("600");
            assertThat(img.attr("loading")).isEqualTo("lazy");
        }
        assertThat(figures.select("img")).extracting(img -> img.hasAttr("alt") ? img.attr("alt") : null)
                .as("the alt written in the brackets, empty where only the caption beside it describes the photo")
                .containsExactly("", "龙胜村院落恳谈会", "家庭亲子诵读", "");
        Element after = doc.selectFirst(".body + figure.photo");
        assertThat(after.selectFirst(".caption").text()).isEqualTo("不在正文中的照片。");
        assertThat(after.selectFirst("img").attr("src")).isEqualTo("../../../images/later.png");
        assertThat(after.selectFirst("img").attr("width")).isEqualTo("40");
    }

    @Test
    void imagesAndStylesheetsThePagesLinkToExist() throws Exception {
        for (String pagePath : new String[] {"index.html", "2023/12/five-year-review/index.html", "2022/05/plain/index.html"}) {
            Document doc = page(output, pagePath);
            Path folder = output.resolve(pagePath).getParent();
            for (Element link : doc.select("img[src], link[rel=stylesheet], a[href]")) {
                String target = link.hasAttr("src") ? link.attr("src") : link.attr("href");
                if (target.startsWith("http") || target.startsWith("#")) {
                    continue;
                }
                Path file = folder.resolve(java.net.URLDecoder.decode(target, "UTF-8")).normalize();
                if (target.endsWith("/")) {
                    file = file.resolve("index.html");
                }
                assertThat(file).as(pagePath + " links to " + target).startsWith(output).isRegularFile();
            }
        }
    }

    @Test
    void frontMatterValuesAreEscapedAndRawHtmlInTheBodyPasses() {
        Document doc = page(output, "2022/05/plain/index.html");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Plain <Latin> & \"quoted\" title");
        assertThat(doc.select("h1 Latin")).isEmpty();
        assertThat(doc.select(".byline").text()).isEqualTo("Li Hua");
        Document lead = page(output, "2023/12/five-year-review/index.html");
        assertThat(lead.select(".body span.raw").text()).isEqualTo("原样保留的 HTML");
    }

    @Test
    void homePageListsArticlesNewestFirstWithSummaries() {
        Document home = page(output, "index.html");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/news/");
        assertThat(home.select(".article-item h2 a").eachText()).containsExactly(
                "跟党奋进新征程 巾帼建功新时代", "Plain <Latin> & \"quoted\" title");
        assertThat(home.select(".article-item h2 a").eachAttr("href")).containsExactly(
                "2023/12/five-year-review/", "2022/05/plain/");
        assertThat(home.selectFirst(".article-item .summary").text()).startsWith("岁月，满载玫瑰馨香；时代，成就巾帼梦想。");
        assertThat(home.selectFirst(".article-item time").text()).isEqualTo("2023年12月26日");
    }

    @Test
    void aColumnPageLinksToItsOwnFeedInWordsThatSaySo() {
        Document column = page(output, "columns/工作综述/index.html");
        Element link = column.selectFirst("main .feed-link a");
        assertThat(link.attr("href")).isEqualTo("feed.xml");
        assertThat(output.resolve("columns/工作综述/feed.xml")).isRegularFile();
        assertThat(link.text()).isEqualTo("订阅本栏目");
        assertThat(column.select("footer a[href$=feed.xml]").eachText()).as("the site's feed, in the footer").containsExactly("订阅");
        for (String list : new String[] {"authors/li-hua/index.html", "tags/妇联/index.html"}) {
            assertThat(page(output, list).select("main a[href$=feed.xml]")).as("%s: tags and authors have no feed of their own", list).isEmpty();
        }
    }

    @Test
    void draftsAndFutureArticlesAreLeftOutUnlessAsked(@TempDir Path withAll) {
        assertThat(output.resolve("2024/01/draft")).doesNotExist();
        assertThat(output.resolve("2099/01/future")).doesNotExist();
        BuildReport all = Build.run(BuildOptions.of(TestSites.site("minimal")).withOutput(withAll)
                .withDrafts(true).withFuture(true).withClock(TestSites.NOW));
        assertThat(all.problems()).as("an article published with --future has nothing to warn of").isEmpty();
        assertThat(all.articles()).isEqualTo(4);
        assertThat(withAll.resolve("2024/01/draft/index.html")).isRegularFile();
        assertThat(withAll.resolve("2099/01/future/index.html")).isRegularFile();
    }

    @Test
    void filesBesideArticlesAndStaticFilesAreCopied() throws Exception {
        assertThat(output.resolve("news/images/visit.jpg"))
                .hasSameBinaryContentAs(TestSites.site("minimal").resolve("content/news/images/visit.jpg"));
        assertThat(output.resolve("images/later.png")).isRegularFile();
        assertThat(TestSites.stylesheet(output)).isRegularFile();
        assertThat(Files.list(output.getParent()).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.contains(".building-") || name.contains(".old-"));
    }
}
