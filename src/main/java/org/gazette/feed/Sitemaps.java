package org.gazette.feed;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gazette.config.SiteConfig;
import org.gazette.content.SitePaths;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.Generator;
import org.gazette.site.Listing;
import org.gazette.site.OutputFile;
import org.gazette.site.Period;
import org.gazette.site.Site;
import org.gazette.site.Term;

/**
 * {@code sitemap.xml} listing every page readers can reach (articles and every listing page),
 * with the date it last changed. Over 50,000 URLs, the URLs go into {@code sitemap-1.xml},
 * {@code sitemap-2.xml}, … and {@code sitemap.xml} becomes their index, as the sitemaps
 * protocol requires.
 */
public final class Sitemaps implements Generator {

    public static final String SITEMAP = "/sitemap.xml";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final int maxUrls;

    public Sitemaps() {
        this(50_000);
    }

    /** A sitemap split every {@code maxUrls} URLs; tests use a small number. */
    public Sitemaps(int maxUrls) {
        this.maxUrls = maxUrls;
    }

    record Entry(String path, Optional<ZonedDateTime> lastModified) {
    }

    /** Made from the site alone: a change of theme does not make it again. */
    @Override
    public boolean usesTheme() {
        return false;
    }

    @Override
    public List<OutputFile> generate(Site site) {
        List<Entry> entries = entries(site);
        SiteConfig config = site.config();
        if (entries.size() <= maxUrls) {
            return List.of(OutputFile.of(SITEMAP.substring(1), urlset(config, entries)));
        }
        List<OutputFile> files = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int from = 0, n = 1; from < entries.size(); from += maxUrls, n++) {
            String path = "/sitemap-" + n + ".xml";
            parts.add(path);
            files.add(OutputFile.of(path.substring(1), urlset(config, entries.subList(from, Math.min(from + maxUrls, entries.size())))));
        }
        files.add(OutputFile.of(SITEMAP.substring(1), Xml.document(w -> {
            w.setDefaultNamespace(NAMESPACE);
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(NAMESPACE);
            for (String part : parts) {
                w.writeStartElement("sitemap");
                Xml.element(w, "loc", config.absoluteUrl(part));
                w.writeEndElement();
            }
            w.writeEndElement();
        })));
        return files;
    }

    private static byte[] urlset(SiteConfig config, List<Entry> entries) {
        return Xml.document(w -> {
            w.setDefaultNamespace(NAMESPACE);
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(NAMESPACE);
            for (Entry entry : entries) {
                w.writeStartElement("url");
                Xml.element(w, "loc", config.absoluteUrl(SitePaths.encode(entry.path())));
                if (entry.lastModified().isPresent()) {
                    Xml.element(w, "lastmod", entry.lastModified().get().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** Every page's address and date: an edit that changes neither leaves the sitemaps as they were. */
    @Override
    public Object dependsOn(Site site) {
        return entries(site);
    }

    static List<Entry> entries(Site site) {
        List<Entry> entries = new ArrayList<>();
        addPages(entries, site.homePages());
        for (RenderedArticle r : site.articles()) {
            entries.add(new Entry(r.article().url(), Optional.of(r.article().updated().orElse(r.article().date()))));
        }
        for (List<Term> terms : List.of(site.columns(), site.tags(), site.authors())) {
            for (Term term : terms) {
                addPages(entries, site.pagesOf(term));
            }
        }
        for (List<Period> periods : List.of(site.years(), site.months())) {
            for (Period period : periods) {
                addPages(entries, site.pagesOf(period));
            }
        }
        Optional<ZonedDateTime> newest = site.articles().stream().findFirst().map(r -> r.article().date());
        entries.add(new Entry("/archives/", newest));
        entries.add(new Entry("/topics/", newest));
        return entries;
    }

    /**
     * The pages of one list, newest first. A page changes when an article on it is edited, and
     * when a newer article joins the list, which moves every later page's articles on by one:
     * its date is the later of the list's newest article's date and its own articles' last
     * changes (without the first, a crawler would not come back to a page 400 whose articles all
     * changed). A loop, not a stream: it runs for thousands of pages, twice a build.
     */
    private static void addPages(List<Entry> entries, List<Listing> pages) {
        ZonedDateTime listNewest = pages.isEmpty() ? null : newest(pages.get(0), false);
        for (Listing listing : pages) {
            ZonedDateTime changed = newest(listing, true);
            if (listNewest != null && (changed == null || listNewest.compareTo(changed) > 0)) {
                changed = listNewest;
            }
            entries.add(new Entry(listing.path(), Optional.ofNullable(changed)));
        }
    }

    /** The latest date of the page's articles: of their publication, or of their last change too. */
    private static ZonedDateTime newest(Listing listing, boolean withUpdates) {
        ZonedDateTime newest = null;
        for (RenderedArticle r : listing.articles()) {
            ZonedDateTime date = withUpdates ? r.article().updated().orElse(r.article().date()) : r.article().date();
            if (newest == null || date.compareTo(newest) > 0) {
                newest = date;
            }
        }
        return newest;
    }
}
