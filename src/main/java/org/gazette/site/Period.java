package org.gazette.site;

import java.util.List;
import java.util.Locale;
import org.gazette.markdown.RenderedArticle;

/**
 * A year or a month of the archive with its articles, newest first.
 *
 * @param year     the year
 * @param month    1 to 12, or 0 for the whole year
 * @param articles its articles, newest first
 */
public record Period(int year, int month, List<RenderedArticle> articles) {

    public Period {
        articles = List.copyOf(articles);
    }

    /** Whether this is a whole year rather than a month (not named isYear: templates read period.year). */
    public boolean wholeYear() {
        return month == 0;
    }

    /** {@code /2023/} or {@code /2023/12/}. */
    public String url() {
        return wholeYear() ? "/" + year + "/" : String.format(Locale.ROOT, "/%d/%02d/", year, month);
    }

    public int count() {
        return articles.size();
    }
}
