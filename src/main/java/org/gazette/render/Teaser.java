package org.gazette.render;

import java.time.ZonedDateTime;
import org.gazette.markdown.RenderedArticle;

/**
 * What a page shows of another article (a neighbour, a related article): its address, title,
 * date, column and summary, not its body. A page that shows teasers changes only when they do,
 * so editing an article's body leaves the pages that merely link to it as they were.
 */
public record Teaser(String url, String title, String subtitle, ZonedDateTime date, String column, String summary) {

    public static Teaser of(RenderedArticle rendered) {
        var a = rendered.article();
        return new Teaser(a.url(), a.title(), a.subtitle(), a.date(), a.column(), rendered.summary());
    }

    /**
     * The address's hash: no two articles share an address, and a build that keeps pages looks up
     * every teaser of every page by it (the record's own hash walks the date's fields each time).
     */
    @Override
    public int hashCode() {
        return url.hashCode();
    }
}
