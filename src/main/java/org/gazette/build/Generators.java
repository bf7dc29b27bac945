package org.gazette.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.feed.AtomFeeds;
import org.gazette.feed.Redirects;
import org.gazette.feed.Robots;
import org.gazette.feed.Sitemaps;
import org.gazette.render.ArticlePages;
import org.gazette.render.Assets;
import org.gazette.render.IndexPages;
import org.gazette.render.ListingPages;
import org.gazette.render.PageMemo;
import org.gazette.render.Templates;
import org.gazette.render.Theme;
import org.gazette.render.ThemeStrings;
import org.gazette.site.Generator;
import org.gazette.site.Site;

/**
 * Every generator of a site's output files, listed once: a build writes their files, and
 * {@code gazette serve} and {@code gazette check} hold them in memory ({@link Build#outputs}). A
 * new kind of output added here is both built and served.
 *
 * <pre>{@code
 * Generators generators = Generators.of(root, site);
 * files.addAll(generators.articlePages().generate(site));
 * generators.listings().forEach(listing -> files.addAll(listing.generate(site)));
 * generators.beside(new SearchIndex()).values().forEach(generator -> files.addAll(generator.generate(site)));
 * }</pre>
 */
record Generators(Templates templates, Assets assets) {

    /** The name of the site's published files (static/ and those beside the articles) among {@link #beside}. */
    static final String FILES = "files";
    /** The name of the search index among {@link #beside}. */
    static final String SEARCH = "search";

    /** The generators of {@code site} with {@code theme}, its pages going through {@code memo}. */
    static Generators of(Theme theme, Site site, PageMemo memo) {
        Assets assets = Assets.of(theme);
        ThemeStrings strings = ThemeStrings.load(theme, site.config().language());
        return new Generators(new Templates(theme, site, strings, assets, memo), assets);
    }

    /** The generators of {@code site} with the theme its settings name, every page rendered. */
    static Generators of(Path root, Site site) {
        return of(Theme.locate(root, site.config().theme()), site, PageMemo.NONE);
    }

    /** The articles' pages. */
    Generator articlePages() {
        return new ArticlePages(templates);
    }

    /** The pages that list articles: columns, tags, authors, archives, then the home page and indexes. */
    List<Generator> listings() {
        return List.of(new ListingPages(templates), new IndexPages(templates));
    }

    /**
     * The generators that need the site alone, in the order their files are listed, each by the
     * name a build cache keeps its files under: {@code search} is the search index to use (a build
     * gives it the cache's memo), and {@link #FILES} the files published as they are.
     */
    Map<String, Generator> beside(Generator search) {
        Map<String, Generator> beside = new LinkedHashMap<>();
        beside.put("assets", assets);
        beside.put(FILES, Site::files);
        beside.put("feeds", new AtomFeeds());
        beside.put("sitemaps", new Sitemaps());
        beside.put("robots", new Robots());
        beside.put(SEARCH, search);
        beside.put("redirects", new Redirects());
        return beside;
    }
}
