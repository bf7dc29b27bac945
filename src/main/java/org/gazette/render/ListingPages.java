package org.gazette.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gazette.config.SiteConfig;
import org.gazette.content.SitePaths;
import org.gazette.site.Generator;
import org.gazette.site.Listing;
import org.gazette.site.OutputFile;
import org.gazette.site.Period;
import org.gazette.site.Site;
import org.gazette.site.Term;

/**
 * The paginated lists of articles: the home page ({@code home} template), and one list per
 * column, tag, author, year and month ({@code list} template).
 */
public final class ListingPages implements Generator {

    private final Templates templates;

    public ListingPages(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> generate(Site site) {
        return PagesInOrder.map(pages(site), Supplier::get);
    }

    @Override
    public void generate(Site site, Consumer<OutputFile> out) {
        PagesInOrder.forEach(pages(site), page -> out.accept(page.get()));
    }

    /** Every listing page, to be rendered on any thread. */
    private List<Supplier<OutputFile>> pages(Site site) {
        List<Supplier<OutputFile>> pages = new ArrayList<>();
        SiteConfig config = site.config();
        for (Listing listing : site.homePages()) {
            String description = config.description().isEmpty() ? config.title() : config.description();
            PageMeta meta = meta(site, "home", listing, config.title(), description, List.of());
            pages.add(() -> templates.page("home", meta, Map.of("listing", listing)));
        }
        for (Term column : site.columns()) {
            pages.addAll(termPages(site, "column", "list.column", column));
        }
        for (Term tag : site.tags()) {
            pages.addAll(termPages(site, "tag", "list.tag", tag));
        }
        for (Term author : site.authors()) {
            pages.addAll(termPages(site, "author", "list.author", author));
        }
        for (Period year : site.years()) {
            String heading = templates.format("list.year", year.year());
            pages.addAll(periodPages(site, "year", heading, year, List.of(crumb(heading, year.url()))));
        }
        for (Period month : site.months()) {
            String yearHeading = templates.format("list.year", month.year());
            String heading = templates.format("list.month", month.year(), month.month());
            pages.addAll(periodPages(site, "month", heading, month,
                    List.of(crumb(yearHeading, "/" + month.year() + "/"), crumb(heading, month.url()))));
        }
        return pages;
    }

    private List<Supplier<OutputFile>> termPages(Site site, String type, String headingKey, Term term) {
        String heading = templates.format(headingKey, term.name());
        List<Supplier<OutputFile>> pages = new ArrayList<>();
        for (Listing listing : site.pagesOf(term)) {
            String description = templates.format("list.description", heading, term.count());
            PageMeta meta = meta(site, type, listing, heading, description, List.of(crumb(heading, term.url())));
            pages.add(() -> templates.page("list", meta, context(listing, heading, TermLink.of(term), List.of())));
        }
        return pages;
    }

    private List<Supplier<OutputFile>> periodPages(Site site, String type, String heading, Period period,
                                                   List<PageMeta.Crumb> trail) {
        List<Supplier<OutputFile>> pages = new ArrayList<>();
        List<PageMeta.Crumb> crumbs = new ArrayList<>();
        crumbs.add(crumb(templates.string("nav.archives"), "/archives/"));
        crumbs.addAll(trail);
        for (Listing listing : site.pagesOf(period)) {
            String description = templates.format("list.description", heading, period.count());
            PageMeta meta = meta(site, type, listing, heading, description, crumbs);
            Object months = period.wholeYear() ? PeriodLink.of(site.monthsOf(period.year())) : List.of();
            pages.add(() -> templates.page("list", meta, context(listing, heading, "", months)));
        }
        return pages;
    }

    private static Map<String, Object> context(Listing listing, String heading, Object term, Object months) {
        Map<String, Object> context = new HashMap<>();
        context.put("listing", listing);
        context.put("heading", heading);
        context.put("term", term);
        context.put("months", months);
        return context;
    }

    private PageMeta meta(Site site, String type, Listing listing, String heading, String description,
                          List<PageMeta.Crumb> trail) {
        SiteConfig config = site.config();
        String title = listing.number() > 1
                ? heading + templates.format("list.page", listing.number())
                : heading;
        List<PageMeta.Crumb> crumbs = new ArrayList<>();
        if (!trail.isEmpty()) {
            crumbs.add(crumb(templates.string("nav.home"), "/"));
            crumbs.addAll(trail);
        }
        // The home page's heading is the site's title already: its page 2 is 邵阳女性（第2页）, not 邵阳女性（第2页） - 邵阳女性
        String fullTitle = type.equals("home") ? title : title + " - " + config.title();
        return new PageMeta(type, listing.path(), fullTitle, description,
                config.absoluteUrl(SitePaths.encode(listing.path())), crumbs);
    }

    static PageMeta.Crumb crumb(String label, String path) {
        return new PageMeta.Crumb(label, path);
    }
}
