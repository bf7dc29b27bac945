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

    /** What a page of the home list is made of, beside the settings and the theme. */
    record HomeInputs(Listing listing) {
    }

    /** What a page of a column's, tag's or author's list is made of ({@code type}: column, tag or author). */
    record TermInputs(String type, String headingKey, Listing listing, TermLink term) {
    }

    /** What a page of a year's or month's list is made of; {@code months}: a year's, newest first, none for a month. */
    record PeriodInputs(Listing listing, PeriodLink period, List<PeriodLink> months) {
    }

    /**
     * Every listing page, to be rendered on any thread. Each is made from its inputs alone, with
     * the settings and the theme's strings (see {@link Templates#page(String, String, Record, java.util.function.Function)}).
     */
    private List<Supplier<OutputFile>> pages(Site site) {
        List<Supplier<OutputFile>> pages = new ArrayList<>();
        SiteConfig config = site.config();
        for (Listing listing : site.homePages()) {
            HomeInputs inputs = new HomeInputs(listing);
            pages.add(() -> templates.page("home", listing.path(), inputs, in -> home(config, in)));
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
            pages.addAll(periodPages(site, year, PeriodLink.of(site.monthsOf(year.year()))));
        }
        for (Period month : site.months()) {
            pages.addAll(periodPages(site, month, List.of()));
        }
        return pages;
    }

    private List<Supplier<OutputFile>> termPages(Site site, String type, String headingKey, Term term) {
        SiteConfig config = site.config();
        TermLink link = TermLink.of(term);
        List<Supplier<OutputFile>> pages = new ArrayList<>();
        for (Listing listing : site.pagesOf(term)) {
            TermInputs inputs = new TermInputs(type, headingKey, listing, link);
            pages.add(() -> templates.page("list", listing.path(), inputs, in -> term(config, in)));
        }
        return pages;
    }

    private List<Supplier<OutputFile>> periodPages(Site site, Period period, List<PeriodLink> months) {
        SiteConfig config = site.config();
        PeriodLink link = PeriodLink.of(period);
        List<Supplier<OutputFile>> pages = new ArrayList<>();
        for (Listing listing : site.pagesOf(period)) {
            PeriodInputs inputs = new PeriodInputs(listing, link, months);
            pages.add(() -> templates.page("list", listing.path(), inputs, in -> period(config, in)));
        }
        return pages;
    }

    private Templates.PageVariables home(SiteConfig config, HomeInputs inputs) {
        String description = config.description().isEmpty() ? config.title() : config.description();
        PageMeta meta = meta(config, "home", inputs.listing(), config.title(), description, List.of());
        return new Templates.PageVariables(meta, Map.of("listing", inputs.listing()));
    }

    private Templates.PageVariables term(SiteConfig config, TermInputs inputs) {
        TermLink term = inputs.term();
        String heading = templates.format(inputs.headingKey(), term.name());
        String description = templates.format("list.description", heading, term.count());
        PageMeta meta = meta(config, inputs.type(), inputs.listing(), heading, description, List.of(crumb(heading, term.url())));
        return new Templates.PageVariables(meta, context(inputs.listing(), heading, term, List.of()));
    }

    private Templates.PageVariables period(SiteConfig config, PeriodInputs inputs) {
        PeriodLink period = inputs.period();
        String yearHeading = templates.format("list.year", period.year());
        String heading = period.wholeYear() ? yearHeading : templates.format("list.month", period.year(), period.month());
        List<PageMeta.Crumb> crumbs = new ArrayList<>();
        crumbs.add(crumb(templates.string("nav.archives"), "/archives/"));
        if (!period.wholeYear()) {
            crumbs.add(crumb(yearHeading, "/" + period.year() + "/"));
        }
        crumbs.add(crumb(heading, period.url()));
        String description = templates.format("list.description", heading, period.count());
        PageMeta meta = meta(config, period.wholeYear() ? "year" : "month", inputs.listing(), heading, description, crumbs);
        return new Templates.PageVariables(meta, context(inputs.listing(), heading, "", inputs.months()));
    }

    private static Map<String, Object> context(Listing listing, String heading, Object term, Object months) {
        Map<String, Object> context = new HashMap<>();
        context.put("listing", listing);
        context.put("heading", heading);
        context.put("term", term);
        context.put("months", months);
        return context;
    }

    private PageMeta meta(SiteConfig config, String type, Listing listing, String heading, String description,
                          List<PageMeta.Crumb> trail) {
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
