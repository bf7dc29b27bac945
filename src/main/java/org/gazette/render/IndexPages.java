package org.gazette.render;

import java.util.List;
import java.util.Map;
import org.gazette.config.SiteConfig;
import org.gazette.content.SitePaths;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * The pages that list the archive's parts rather than articles: the archive index of years
 * and months with their counts ({@code archives}), the columns and tags with their counts
 * ({@code topics}), the search page ({@code search}), and the page shown for unknown addresses
 * ({@code 404}).
 */
public final class IndexPages implements Generator {

    public static final String NOT_FOUND = "/404.html";

    private final Templates templates;

    public IndexPages(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> generate(Site site) {
        return List.of(
                page(site, "archives", "/archives/", "nav.archives", Map.of("years", PeriodLink.of(site.years()), "months", PeriodLink.of(site.months()))),
                page(site, "topics", "/topics/", "nav.topics",
                        Map.of("columns", TermLink.of(site.columns()), "tags", TermLink.of(site.tags()),
                                "authors", TermLink.of(site.authors()))),
                page(site, "search", "/search/", "search.heading", Map.of()),
                page(site, "404", NOT_FOUND, "notfound.title", Map.of()));
    }

    private OutputFile page(Site site, String type, String path, String titleKey, Map<String, Object> context) {
        SiteConfig config = site.config();
        String title = templates.string(titleKey);
        PageMeta meta = new PageMeta(type, path, title + " - " + config.title(), title + " - " + config.title(),
                config.absoluteUrl(SitePaths.encode(path)),
                List.of(ListingPages.crumb(templates.string("nav.home"), "/"), ListingPages.crumb(title, path)));
        return templates.page(type, meta, context);
    }
}
