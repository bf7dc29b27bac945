package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazette.ArchiveFixture;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.content.SitePaths;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and sitemaps, read back by real parsers: ROME for Atom, crawler-commons for sitemaps. */
class FeedsTest {

    @TempDir
    static Path root;
    @TempDir
    static Path output;

    @BeforeAll
    static void build() {
        ArchiveFixture.write(root);
        // Dates the fixture lacks: a7 updated two days after it was published, a6 written at Tokyo's offset.
        replace(root.resolve("content/a7.md"), "date: 2024-05-01\n", "date: 2024-05-01 08:00\nupdated: 2024-05-03 21:30\n");
        replace(root.resolve("content/a6.md"), "date: 2024-02-15\n", "date: 2024-02-15T09:30:00+09:00\n");
        // a5 with a footnote, and a tag named as its column
        replace(root.resolve("content/a5.md"), "第一段文字，a5。\n", "第一段文字，a5[^1]。\n\n[^1]: 脚注。\n");
        replace(root.resolve("content/a5.md"), "tags: [家风家训]\n", "tags: [家风家训, 工作动态]\n");
        // a6 with a photo placed nowhere in its body: the page shows it after the text
        replace(root.resolve("content/a6.md"), "tags: []\n",
                "tags: []\nphotos:\n  - { id: extra, src: lead.png, caption: 未放进正文的照片, credit: 周敏 }\n");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
    }

    private static void replace(Path file, String text, String replacement) {
        String before = TestSites.read(file);
        assertThat(before).contains(text);
        TestSites.write(file, before.replace(text, replacement));
    }

    /** The elements named {@code names} of each {@code <entry>} of a feed, as written, one line an entry. */
    private static List<String> entries(String path, String... names) {
        Document feed = Jsoup.parse(TestSites.read(output.resolve(path)), "", Parser.xmlParser());
        return feed.select("entry").stream()
                .map(entry -> Stream.of(names).map(name -> entry.selectFirst(name).text()).collect(Collectors.joining(" ")))
                .toList();
    }

    /** Each {@code <url>} of the sitemap as its {@code <loc>} and {@code <lastmod>}, as written. */
    private static Map<String, String> lastModified() {
        Document sitemap = Jsoup.parse(TestSites.read(output.resolve("sitemap.xml")), "", Parser.xmlParser());
        return sitemap.select("url").stream().collect(Collectors.toMap(url -> url.selectFirst("loc").text(),
                url -> url.selectFirst("lastmod").text()));
    }

    private static SyndFeed atom(String path) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(TestSites.read(output.resolve(path))));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    @Test
    void siteFeedHoldsTheNewestArticlesInFull() throws Exception {
        SyndFeed feed = atom("feed.xml");
        assertThat(feed.getTitle()).isEqualTo("测试档案");
        assertThat(feed.getUri()).isEqualTo("https://example.org/news/");
        assertThat(TestSites.read(output.resolve("feed.xml"))).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("文章a7", "文章a6", "文章a5");
        SyndEntry newest = feed.getEntries().get(0);
        assertThat(newest.getLink()).isEqualTo("https://example.org/news/2024/05/a7/");
        assertThat(newest.getUri()).isEqualTo("https://example.org/news/2024/05/a7/");
        assertThat(newest.getAuthors()).extracting(a -> a.getName()).containsExactly("伍洁");
        assertThat(newest.getCategories()).extracting(c -> c.getName()).containsExactly("工作动态", "妇联");
        assertThat(newest.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2024-05-01T00:00:00Z")));
        assertThat(newest.getUpdatedDate()).isEqualTo(Date.from(Instant.parse("2024-05-03T13:30:00Z")));
        assertThat(newest.getContents().get(0).getValue()).contains("第一段文字，a7。");
        assertThat(feed.getLinks()).extracting(l -> l.getRel() + " " + l.getHref()).contains(
                "self https://example.org/news/feed.xml", "alternate https://example.org/news/");
    }

    @Test
    void footnoteLinksLeadToTheArticlesPageAndEachCategoryIsGivenOnce() throws Exception {
        SyndEntry a5 = atom("feed.xml").getEntries().get(2);
        assertThat(a5.getTitle()).isEqualTo("文章a5");
        assertThat(a5.getCategories()).extracting(c -> c.getName()).containsExactly("工作动态", "家风家训");
        Document content = Jsoup.parseBodyFragment(a5.getContents().get(0).getValue());
        assertThat(content.select("a[href]")).extracting(a -> a.attr("href")).as("not #fn-1, taken against the feed's address")
                .isNotEmpty().allMatch(href -> href.startsWith("https://example.org/news/2024/02/a5/#fn"));
    }

    @Test
    void fullTextEntriesCarryThePhotosPlacedNowhereWithAbsoluteLinks() throws Exception {
        SyndEntry a6 = atom("feed.xml").getEntries().get(1);
        assertThat(a6.getTitle()).isEqualTo("文章a6");
        Document content = Jsoup.parseBodyFragment(a6.getContents().get(0).getValue());
        assertThat(content.select("figure.photo > figcaption")).extracting(e -> e.text()).containsExactly("未放进正文的照片（周敏 摄）");
        assertThat(content.select("img[src]")).isNotEmpty().extracting(img -> img.attr("src"))
                .allMatch(src -> src.startsWith("https://example.org/news/"), "absolute under the base URL");
        assertThat(content.selectFirst("figure.photo img").attr("src")).isEqualTo("https://example.org/news/lead.png");
    }

    @Test
    void entriesArePublishedAtTheirDateAndUpdatedAtTheirUpdateInTheSitesZone() {
        assertThat(entries("feed.xml", "title", "published", "updated")).containsExactly(
                "文章a7 2024-05-01T08:00:00+08:00 2024-05-03T21:30:00+08:00",
                "文章a6 2024-02-15T08:30:00+08:00 2024-02-15T08:30:00+08:00",
                "文章a5 2024-02-01T00:00:00+08:00 2024-02-01T00:00:00+08:00");
        assertThat(TestSites.read(output.resolve("feed.xml"))).contains("<updated>2024-05-03T21:30:00+08:00</updated><link rel=\"self\"");
        assertThat(entries("columns/review/feed.xml", "title", "published", "updated")).containsExactly(
                "文章a4 2023-12-26T08:00:00+08:00 2023-12-26T08:00:00+08:00",
                "文章a1 2023-01-05T00:00:00+08:00 2023-01-05T00:00:00+08:00");
        assertThat(TestSites.read(output.resolve("columns/review/feed.xml")))
                .contains("<updated>2023-12-26T08:00:00+08:00</updated><link rel=\"self\"");
    }

    @Test
    void columnFeedsCarryAbsolutePhotoLinks() throws Exception {
        SyndFeed review = atom("columns/review/feed.xml");
        assertThat(review.getEntries()).extracting(SyndEntry::getTitle).containsExactly("文章a4", "文章a1");
        Document content = Jsoup.parseBodyFragment(review.getEntries().get(0).getContents().get(0).getValue());
        assertThat(content.selectFirst("figure img").attr("src")).isEqualTo("https://example.org/news/lead.png");
        assertThat(content.selectFirst("figcaption").text()).isEqualTo("头图说明（杨超 摄）");
        for (String column : List.of("columns/工作动态/feed.xml", "columns/通知公告/feed.xml")) {
            assertThat(atom(column).getEntries()).isNotEmpty();
        }
    }

    @Test
    void summaryFeedsLeaveTheContentOut(@TempDir Path summaryRoot, @TempDir Path summaryOutput) throws Exception {
        ArchiveFixture.write(summaryRoot);
        TestSites.write(summaryRoot.resolve("site.yaml"), "title: 测试档案\nbase_url: https://example.org/\nfeed_content: summary\n");
        assertThat(TestSites.build(summaryRoot, summaryOutput).problems()).isEmpty();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(TestSites.read(summaryOutput.resolve("feed.xml"))));
        assertThat(feed.getEntries()).hasSize(7).allSatisfy(entry -> {
            assertThat(entry.getContents()).isEmpty();
            assertThat(entry.getDescription().getValue()).startsWith("第一段文字");
        });
    }

    @Test
    void sitemapListsEveryReachablePageAndParsesStrictly() throws Exception {
        SiteMapParser parser = new SiteMapParser(true);
        byte[] bytes = Files.readAllBytes(output.resolve("sitemap.xml"));
        AbstractSiteMap parsed = parser.parseSiteMap(bytes, new URL("https://example.org/news/sitemap.xml"));
        assertThat(parsed).isInstanceOf(SiteMap.class);
        List<String> urls = ((SiteMap) parsed).getSiteMapUrls().stream().map(u -> u.getUrl().toString()).toList();
        List<String> pages;
        try (Stream<Path> walk = Files.walk(output)) {
            pages = walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> output.relativize(p.getParent()).toString().replace('\\', '/'))
                    .filter(folder -> !folder.equals("search"))
                    .map(folder -> "https://example.org/news" + SitePaths.encode(folder.isEmpty() ? "/" : "/" + folder + "/"))
                    .toList();
        }
        assertThat(urls).containsExactlyInAnyOrderElementsOf(pages);
        assertThat(((SiteMap) parsed).getSiteMapUrls()).filteredOn(u -> u.getUrl().toString().endsWith("/2023/12/a4/"))
                .singleElement().extracting(SiteMapURL::getLastModified).isEqualTo(Date.from(Instant.parse("2023-12-26T00:00:00Z")));
    }

    @Test
    void sitemapDatesAreWhenEachPageLastChangedInTheSitesZone() {
        assertThat(lastModified()).contains(
                entry("https://example.org/news/2024/05/a7/", "2024-05-03T21:30:00+08:00"),
                entry("https://example.org/news/2024/02/a6/", "2024-02-15T08:30:00+08:00"),
                entry("https://example.org/news/2023/12/a4/", "2023-12-26T08:00:00+08:00"),
                entry("https://example.org/news/", "2024-05-03T21:30:00+08:00"),
                // its articles older, but moved on by every newer one: the list's newest date
                entry("https://example.org/news/page/2/", "2024-05-01T08:00:00+08:00"),
                entry("https://example.org/news/columns/review/", "2023-12-26T08:00:00+08:00"),
                entry("https://example.org/news/2023/", "2023-12-26T08:00:00+08:00"));
    }

    @Test
    void largeSitemapsAreSplitUnderAnIndex() throws Exception {
        Site site = Build.model(TestSites.options(root, output)).value().orElseThrow();
        List<OutputFile> files = new Sitemaps(10).generate(site);
        assertThat(files).extracting(OutputFile::path).contains("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml");
        SiteMapParser parser = new SiteMapParser(true);
        AbstractSiteMap index = parser.parseSiteMap(bytes(files, "sitemap.xml"), new URL("https://example.org/news/sitemap.xml"));
        assertThat(index).isInstanceOf(SiteMapIndex.class);
        int total = 0;
        for (AbstractSiteMap part : ((SiteMapIndex) index).getSitemaps()) {
            String name = part.getUrl().getPath().replaceFirst(".*/", "");
            SiteMap map = (SiteMap) parser.parseSiteMap(bytes(files, name), part.getUrl());
            assertThat(map.getSiteMapUrls().size()).isLessThanOrEqualTo(10);
            total += map.getSiteMapUrls().size();
        }
        assertThat(total).isEqualTo(Sitemaps.entries(site).size()).isGreaterThan(20);
    }

    private static byte[] bytes(List<OutputFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).map(f -> ((OutputFile.Generated) f).bytes()).findFirst().orElseThrow();
    }
}
