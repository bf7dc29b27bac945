package org.gazette.markdown;

import java.util.List;
import java.util.Optional;
import org.gazette.content.Article;
import org.gazette.content.LazyText;

/**
 * An article with its body rendered: what the site model and the themes work with.
 *
 * @param article   the parsed article
 * @param html      the body's HTML, photo blocks included (read from the build cache only when used)
 * @param summary   the front matter summary, or the start of the body's text
 * @param text      the body's plain text, for summaries, reading time and search (read from the build cache only when used)
 * @param headings  the body's section headings, in order
 * @param figures   the photo blocks placed in the body, in order
 * @param lead      the lead photo, shown above the body
 * @param unplaced  photos listed in front matter but not placed in the body, shown after it
 * @param readingMinutes about how long reading the text takes
 */
public record RenderedArticle(
        Article article,
        LazyText html,
        String summary,
        LazyText text,
        List<Heading> headings,
        List<Figure> figures,
        Optional<Figure> lead,
        List<Figure> unplaced,
        int readingMinutes) {

    public RenderedArticle {
        headings = List.copyOf(headings);
        figures = List.copyOf(figures);
        unplaced = List.copyOf(unplaced);
    }

    /** The lead photo's markup, or nothing; the lead is loaded at once, not lazily. */
    public String leadHtml() {
        return lead.map(figure -> figure.html(false)).orElse("");
    }
}
