package org.gazette.site;

import java.util.ArrayList;
import java.util.List;
import org.gazette.markdown.RenderedArticle;

/**
 * One page of a paginated list of articles: the home page, a column, a tag, an author, a year
 * or a month. Page 1 is at the list's path, page n at {@code path + "page/n/"}.
 *
 * <pre>{@code
 * List<Listing> pages = Listing.paginate("/tags/妇联/", term.articles(), 20);
 * pages.get(1).path();       // "/tags/妇联/page/2/"
 * pages.get(1).previous();   // "/tags/妇联/"
 * }</pre>
 *
 * @param path     this page's site path
 * @param articles the articles on this page
 * @param number   this page's number, from 1
 * @param count    how many pages the list has
 * @param first    the first page's path
 * @param previous the previous page's path, empty on the first page
 * @param next     the next page's path, empty on the last page
 * @param last     the last page's path
 */
public record Listing(String path, List<RenderedArticle> articles, int number, int count,
                     String first, String previous, String next, String last) {

    public Listing {
        articles = List.copyOf(articles);
    }

    public static List<Listing> paginate(String base, List<RenderedArticle> articles, int size) {
        int count = Math.max(1, (articles.size() + size - 1) / size);
        List<Listing> pages = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            List<RenderedArticle> slice = articles.subList((n - 1) * size, Math.min(n * size, articles.size()));
            pages.add(new Listing(pathOf(base, n), slice, n, count, base,
                    n > 1 ? pathOf(base, n - 1) : "", n < count ? pathOf(base, n + 1) : "", pathOf(base, count)));
        }
        return pages;
    }

    /** Whether the list has more than one page, so that the theme shows page links. */
    public boolean paginated() {
        return count > 1;
    }

    private static String pathOf(String base, int n) {
        return n == 1 ? base : base + "page/" + n + "/";
    }
}
