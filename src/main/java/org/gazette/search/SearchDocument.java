package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Author;
import org.gazette.markdown.Figure;
import org.gazette.markdown.RenderedArticle;

/**
 * What the index knows of one article: the fields it scores, and the record the browser shows.
 *
 * @param title   weighted highest
 * @param summary weighted above the body
 * @param body    the body's text, then the photo captions
 * @param url     the article's site path
 * @param date    its date, as YYYY-MM-DD
 * @param year    its year, for the year filter
 * @param column  its column, for the column filter
 * @param authors the byline's names, joined by spaces
 */
public record SearchDocument(String title, String summary, String body, String url, String date, int year, String column,
                      String authors) {

    public static SearchDocument of(RenderedArticle rendered) {
        var article = rendered.article();
        List<String> captions = new ArrayList<>();
        rendered.lead().map(Figure::caption).ifPresent(captions::add);
        rendered.figures().forEach(f -> captions.add(f.caption()));
        rendered.unplaced().forEach(f -> captions.add(f.caption()));
        // Without captions the rendered text itself, not a copy: 100,000 bodies are 300 MB.
        String body = captions.isEmpty() ? rendered.text() : rendered.text() + "\n" + String.join("\n", captions);
        return new SearchDocument(article.title(), rendered.summary(), body, article.url(),
                article.date().toLocalDate().toString(), article.date().getYear(), article.column(),
                String.join(" ", article.authors().stream().map(Author::name).toList()));
    }

    /** The text a query must occur in: title, summary and body, one per line, as the browser joins them. */
    public String searchText() {
        return title + "\n" + summary + "\n" + body;
    }
}
