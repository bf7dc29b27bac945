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
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Atom feed of the example and corpus sites read by ROME, and every sitemap by
 * crawler-commons in strict mode; every sitemap URL must be a page of the site.
 */
class FeedValidityTest {

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
                assertThat(entry.getUpdatedDate()).isNotNull();
            });
            entries += parsed.getEntries().size();
        }
        System.out.printf("feeds: %s: %d feeds, %d entries parsed by ROME%n", site, feeds.size(), entries);
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
