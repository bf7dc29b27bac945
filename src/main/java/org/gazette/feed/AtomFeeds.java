package org.gazette.feed;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.Author;
import org.gazette.content.SitePaths;
import org.gazette.markdown.Figure;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;
import org.gazette.site.Term;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Atom feeds (RFC 4287) of the newest articles: {@code /feed.xml} for the site and
 * {@code /columns/SLUG/feed.xml} for each column. Entries carry the whole article, with links
 * made absolute, or only its summary ({@code feed_content: summary}).
 */
public final class AtomFeeds implements Generator {

    public static final String SITE_FEED = "/feed.xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ZonedDateTime EPOCH = ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** Made from the site alone: a change of theme does not make it again. */
    @Override
    public boolean usesTheme() {
        return false;
    }

    @Override
    public List<OutputFile> generate(Site site) {
        List<OutputFile> feeds = new ArrayList<>();
        feeds.add(feed(site, SITE_FEED, "/", site.config().title(), site.articles()));
        for (Term column : site.columns()) {
            feeds.add(feed(site, feedOf(column), column.url(), column.name() + " - " + site.config().title(), column.articles()));
        }
        return feeds;
    }

    /** The newest articles of the site and of each column, with the columns' names and addresses. */
    @Override
    public Object dependsOn(Site site) {
        int size = site.config().feedSize();
        List<Object> inputs = new ArrayList<>();
        inputs.add(site.articles().subList(0, Math.min(size, site.articles().size())));
        for (Term column : site.columns()) {
            inputs.add(List.of(column.name(), column.url(), column.articles().subList(0, Math.min(size, column.articles().size()))));
        }
        return inputs;
    }

    /** The site path of a column's feed. */
    public static String feedOf(Term column) {
        return column.url() + "feed.xml";
    }

    private OutputFile feed(Site site, String path, String alternate, String title, List<RenderedArticle> articles) {
        SiteConfig config = site.config();
        List<RenderedArticle> newest = articles.subList(0, Math.min(config.feedSize(), articles.size()));
        ZonedDateTime updated = newest.stream().map(r -> updatedOf(r.article())).max(ZonedDateTime::compareTo).orElse(EPOCH);
        byte[] xml = Xml.document(w -> {
            w.setDefaultNamespace(ATOM);
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", config.language());
            Xml.element(w, "id", absolute(config, alternate));
            Xml.element(w, "title", title);
            if (!config.description().isEmpty()) {
                Xml.element(w, "subtitle", config.description());
            }
            Xml.element(w, "updated", format(updated));
            link(w, "self", absolute(config, path), "application/atom+xml");
            link(w, "alternate", absolute(config, alternate), "text/html");
            w.writeStartElement("author");
            Xml.element(w, "name", config.title());
            w.writeEndElement();
            Xml.element(w, "generator", "Gazette");
            for (RenderedArticle rendered : newest) {
                entry(w, config, rendered);
            }
            w.writeEndElement();
        });
        return OutputFile.of(path.substring(1), xml);
    }

    private void entry(XMLStreamWriter w, SiteConfig config, RenderedArticle rendered) throws XMLStreamException {
        Article article = rendered.article();
        String url = absolute(config, article.url());
        w.writeStartElement("entry");
        Xml.element(w, "id", url);
        Xml.element(w, "title", article.title());
        Xml.element(w, "published", format(article.date()));
        Xml.element(w, "updated", format(updatedOf(article)));
        link(w, "alternate", url, "text/html");
        for (Author author : article.authors()) {
            w.writeStartElement("author");
            Xml.element(w, "name", author.name());
            w.writeEndElement();
        }
        // A tag named as the column is one category, not two
        Set<String> categories = new LinkedHashSet<>();
        if (!article.column().isEmpty()) {
            categories.add(article.column());
        }
        categories.addAll(article.tags());
        for (String category : categories) {
            category(w, category);
        }
        w.writeStartElement("summary");
        w.writeAttribute("type", "text");
        w.writeCharacters(rendered.summary());
        w.writeEndElement();
        if (config.feedFullText()) {
            w.writeStartElement("content");
            w.writeAttribute("type", "html");
            w.writeCharacters(fullText(rendered, url));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /**
     * The article's photos and body, with every link absolute so that feed readers can follow them:
     * a footnote's {@code #fn-1} too, which a reader would take against the feed's own address, and
     * which would meet the next entry's {@code #fn-1} in a reader showing both: it leads to the
     * article's page.
     */
    static String fullText(RenderedArticle rendered, String url) {
        StringBuilder html = new StringBuilder(rendered.leadHtml()).append(rendered.html().get());
        rendered.unplaced().stream().map(Figure::html).forEach(html::append);
        Document document = Jsoup.parseBodyFragment(html.toString(), url);
        for (Element element : document.select("[src], [href]")) {
            for (String attribute : List.of("src", "href")) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, element.absUrl(attribute));
                }
            }
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }

    private static void category(XMLStreamWriter w, String term) throws XMLStreamException {
        w.writeEmptyElement("category");
        w.writeAttribute("term", term);
    }

    private static ZonedDateTime updatedOf(Article article) {
        return article.updated().orElse(article.date());
    }

    private static String format(ZonedDateTime date) {
        return date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String absolute(SiteConfig config, String path) {
        return config.absoluteUrl(SitePaths.encode(path));
    }
}
