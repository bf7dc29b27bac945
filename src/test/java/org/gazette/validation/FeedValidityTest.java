package org.gazette.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Atom feed of the example and corpus sites read by ROME, and every sitemap by
 * crawler-commons in strict mode; every sitemap URL must be a page of the site.
 */
class FeedValidityTest {

    private static final Pattern DATES = Pattern.compile("<(?:published|updated)>([^<]*)<");

    @TempDir
    static Path folder;
    static List<BuiltSites.BuiltSite> sites;

    @BeforeAll
    static void build() {
        sites = BuiltSites.buildAll(folder);
    }

    static List<Integer> siteIndexes() {
        return List.of(0, 1);
    }

    @ParameterizedTest
    @MethodSource("siteIndexes")
    void feedsParseAsAtomWithEntries(int index) throws Exception {
        BuiltSites.BuiltSite site = sites.get(index);
        List<Path> feeds;
        try (Stream<Path> walk = Files.walk(site.output())) {
            feeds = walk.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
        assertThat(feeds).hasSizeGreaterThan(1);
        int entries = 0;
        for (Path feed : feeds) {
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(TestSites.read(feed)));
            assertThat(parsed.getFeedType()).as(feed.toString()).isEqualTo("atom_1.0");
            assertThat(parsed.getEntries()).as(feed.toString()).isNotEmpty().allSatisfy(entry -> {
                assertThat(entry.getUri()).startsWith(site.baseUrl().toString());
                assertThat(entry.getTitle()).isNotBlank();
                // Neither site's articles give updated:, and both are built without git dates.
                assertThat(entry.getUpdatedDate()).isEqualTo(entry.getPublishedDate());
            });
            // RFC 3339 in the sites' zone, Asia/Shanghai, as editors read dates; never turned to UTC.
            assertThat(DATES.matcher(TestSites.read(feed)).results().map(m -> m.group(1))).as(feed.toString())
                    .isNotEmpty().allMatch(date -> date.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"));
            entries += parsed.getEntries().size();
        }
        System.out.printf("feeds: %s: %d feeds, %d entries parsed by ROME%n", site, feeds.size(), entries);
    }

    @Test
    void theExampleSitesFeedDatesAreTheDatesItsArticlesGive() {
        Document feed = Jsoup.parse(TestSites.read(sites.get(0).output().resolve("feed.xml")), "", Parser.xmlParser());
        assertThat(feed.selectFirst("feed > updated").text()).isEqualTo("2024-09-01T00:00:00+08:00");
        assertThat(feed.select("entry")).extracting(e -> e.selectFirst("id").text().replaceFirst(".*/(.+)/$", "$1")
                + " " + e.selectFirst("published").text() + " " + e.selectFirst("updated").text()).containsExactly(
                "notice-legal-aid-hotline 2024-09-01T00:00:00+08:00 2024-09-01T00:00:00+08:00",
                "village-skills-training 2024-06-20T15:00:00+08:00 2024-06-20T15:00:00+08:00",
                "family-reading-night 2024-05-12T00:00:00+08:00 2024-05-12T00:00:00+08:00",
                "march-8-gathering 2024-03-08T10:30:00+08:00 2024-03-08T10:30:00+08:00",
                "five-year-review 2023-12-26T08:00:00+08:00 2023-12-26T08:00:00+08:00");
        Document sitemap = Jsoup.parse(TestSites.read(sites.get(0).output().resolve("sitemap.xml")), "", Parser.xmlParser());
        assertThat(sitemap.select("url:has(loc:matchesOwn(/2023/12/five-year-review/$)) lastmod").text())
                .isEqualTo("2023-12-26T08:00:00+08:00");
        assertThat(sitemap.select("url:has(loc:matchesOwn(org/$)) lastmod").text()).isEqualTo("2024-09-01T00:00:00+08:00");
    }

    @ParameterizedTest
    @MethodSource("siteIndexes")
    void sitemapParsesStrictlyAndListsOnlyRealPages(int index) throws Exception {
        BuiltSites.BuiltSite site = sites.get(index);
        byte[] bytes = Files.readAllBytes(site.output().resolve("sitemap.xml"));
        AbstractSiteMap parsed = new SiteMapParser(true).parseSiteMap(bytes, site.baseUrl().resolve("sitemap.xml").toURL());
        List<String> missing = new ArrayList<>();
        List<String> urls = ((SiteMap) parsed).getSiteMapUrls().stream().map(u -> u.getUrl().toString()).toList();
        for (String url : urls) {
            String path = URLDecoder.decode(url.substring(site.baseUrl().toString().length()), StandardCharsets.UTF_8);
            if (!Files.isRegularFile(site.output().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path))) {
                missing.add(url);
            }
        }
        assertThat(missing).as("sitemap URLs without a page").isEmpty();
        // Every page but the search page, which has nothing to index.
        long pages = site.htmlPages().stream().filter(p -> p.endsWith("index.html") && !p.equals("search/index.html")).count();
        assertThat(urls).hasSize((int) pages);
        System.out.printf("sitemap: %s: %d URLs parsed by crawler-commons, all pages%n", site, urls.size());
    }
}
