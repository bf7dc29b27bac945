package org.gazette.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.markdown.RenderedArticle;

/**
 * Each article's related articles: up to {@value Site#RELATED} others sharing its column or a tag,
 * the nearest before it in date, and only when there are too few of those the nearest after it;
 * shown newest first.
 *
 * <p>Not the newest of the whole site: those change with every article published, and every page
 * sharing its column or a tag with the new one would change too (a third of a 10,000-article
 * archive, re-uploaded and purged from the CDN for one article). The articles before one stay
 * as they were, so its page does too.
 *
 * <pre>{@code
 * List<List<RenderedArticle>> related = RelatedArticles.of(sorted, site.columns(), site.tags());
 * related.get(0); // the newest article's related articles
 * }</pre>
 */
final class RelatedArticles {

    private RelatedArticles() {
    }

    /**
     * @param sorted  every article, newest first
     * @param columns the columns, each with its articles newest first
     * @param tags    the tags, each with its articles newest first
     * @return the related articles of each article, in the order of {@code sorted}
     */
    static List<List<RenderedArticle>> of(List<RenderedArticle> sorted, List<Term> columns, List<Term> tags) {
        // Places in the newest-first order of all articles: a larger place is an older article.
        Map<RenderedArticle, Integer> place = new IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            place.put(sorted.get(i), i);
        }
        Map<String, int[]> columnPlaces = places(columns, place);
        Map<String, int[]> tagPlaces = places(tags, place);
        List<List<RenderedArticle>> related = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            RenderedArticle current = sorted.get(i);
            List<int[]> lists = new ArrayList<>();
            if (columnPlaces.containsKey(current.article().column())) {
                lists.add(columnPlaces.get(current.article().column()));
            }
            for (String tag : current.article().tags()) {
                if (tagPlaces.containsKey(tag)) {
                    lists.add(tagPlaces.get(tag));
                }
            }
            int[] older = nearest(lists, i, 1);
            int[] chosen = older;
            if (older.length < Site.RELATED) {
                int[] newer = nearest(lists, i, -1);
                chosen = Arrays.copyOf(older, Math.min(Site.RELATED, older.length + newer.length));
                System.arraycopy(newer, 0, chosen, older.length, chosen.length - older.length);
            }
            Arrays.sort(chosen);
            List<RenderedArticle> articles = new ArrayList<>(chosen.length);
            for (int c : chosen) {
                articles.add(sorted.get(c));
            }
            related.add(articles);
        }
        return related;
    }

    private static Map<String, int[]> places(List<Term> terms, Map<RenderedArticle, Integer> place) {
        Map<String, int[]> places = new HashMap<>();
        for (Term term : terms) {
            places.put(term.name(), term.articles().stream().mapToInt(place::get).toArray());
        }
        return places;
    }

    /**
     * Up to {@value Site#RELATED} distinct places nearest to {@code at} in the given ascending lists
     * (each holding {@code at}), taken in {@code direction}: 1 for older articles, -1 for newer.
     */
    private static int[] nearest(List<int[]> lists, int at, int direction) {
        int[] found = new int[Site.RELATED * lists.size()];
        int count = 0;
        for (int[] list : lists) {
            int k = Arrays.binarySearch(list, at);
            for (int step = 1; step <= Site.RELATED && k + step * direction >= 0 && k + step * direction < list.length; step++) {
                found[count++] = list[k + step * direction];
            }
        }
        Arrays.sort(found, 0, count);
        int[] distinct = new int[Math.min(Site.RELATED, count)];
        int n = 0;
        // Nearest first: the smallest places after it, or the largest before it
        for (int c = 0; c < count && n < distinct.length; c++) {
            int value = found[direction > 0 ? c : count - 1 - c];
            if (n == 0 || distinct[n - 1] != value) {
                distinct[n++] = value;
            }
        }
        return Arrays.copyOf(distinct, n);
    }
}
