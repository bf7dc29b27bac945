package org.gazette.site;

import java.util.List;
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

    /** {@code /2023/} or {@code /2023/12/}: made without a format, as every article page shows its month's link. */
    public String url() {
        return wholeYear() ? "/" + year + "/" : "/" + year + (month < 10 ? "/0" : "/") + month + "/";
    }

    public int count() {
        return articles.size();
    }
}
