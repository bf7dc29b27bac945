package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.content.Article;
import org.gazette.content.Author;
import org.gazette.content.LazyText;
import org.gazette.markdown.Figure;
import org.gazette.markdown.RenderedArticle;

/**
 * What the index knows of one article: the fields it scores, and the record the browser shows.
 *
 * @param title   weighted highest
 * @param summary weighted above the body
 * @param body    the body's text, then the photo captions: the article's own text when it has
 *                no captions, kept as the build cache read it, decoded each time it is read
 *                ({@link LazyText}); when every article is counted again, 100,000 documents held
 *                300 MB of bodies decoded beside the cache's
 * @param url     the article's site path
 * @param date    its date, as YYYY-MM-DD
 * @param year    its year, for the year filter
 * @param column  its column, for the column filter
 * @param authors the byline's names, joined by spaces
 * @param labels  the other words the article's page shows around its title, one kind a line:
 *                kicker, subtitle, byline (as printed: 邵阳日报记者 伍洁 通讯员 杨超), column,
 *                tags, photo credits ({@link #labels(RenderedArticle)}); weighted as the title,
 *                since readers search for them as they search for the title, but the column
 */
public record SearchDocument(String title, String summary, LazyText body, String url, String date, int year, String column,
                      String authors, String labels) {

    /** The line of the column's name in {@link #labels}. */
    static final int COLUMN_LINE = 3;

    public static SearchDocument of(RenderedArticle rendered) {
        var article = rendered.article();
        List<String> captions = new ArrayList<>();
        rendered.lead().map(Figure::caption).ifPresent(captions::add);
        rendered.figures().forEach(f -> captions.add(f.caption()));
        rendered.unplaced().forEach(f -> captions.add(f.caption()));
        // Without captions the rendered text itself, not a copy: 100,000 bodies are 300 MB.
        LazyText body = captions.isEmpty() ? rendered.text() : LazyText.of(rendered.text().get() + "\n" + String.join("\n", captions));
        return new SearchDocument(article.title(), rendered.summary(), body, article.url(),
                article.date().toLocalDate().toString(), article.date().getYear(), article.column(),
                String.join(" ", article.authors().stream().map(Author::name).toList()), labels(rendered));
    }

    /**
     * Kicker, subtitle, byline, column, tags and credits, in the order the page shows them, one a
     * line, so that the browser can name each kind: a missing one is an empty line, and the empty
     * lines at the end are left out.
     */
    static String labels(RenderedArticle rendered) {
        Article article = rendered.article();
        List<String> byline = article.authors().stream()
                .map(a -> a.label().isEmpty() ? a.name() : a.label() + " " + a.name()).toList();
        List<String> credits = Stream.of(rendered.lead().stream(), rendered.figures().stream(), rendered.unplaced().stream())
                .flatMap(s -> s).map(Figure::credit).filter(c -> !c.isEmpty()).distinct().toList();
        String lines = String.join("\n", article.kicker(), article.subtitle(), String.join(" ", byline), article.column(),
                String.join(" ", article.tags()), String.join(" ", credits));
        int end = lines.length();
        while (end > 0 && lines.charAt(end - 1) == '\n') {
            end--;
        }
        return lines.substring(0, end);
    }

    /** The text a query must occur in: title, labels, summary and body, one per line, as the browser joins them. */
    public String searchText() {
        return title + "\n" + labels + "\n" + summary + "\n" + body.get();
    }
}
