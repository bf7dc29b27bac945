package org.gazette.serve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gazette.content.Article;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.Site;

/**
 * Articles whose address changed between two builds of the preview: an editor who renames the
 * file, re-dates it or gives it a slug is following the page open in the browser, which would
 * otherwise reload into a 404. An article keeps its source file across a new date or slug; a
 * renamed file is another source, taken for the same article when it is the one address gone and
 * the one come.
 *
 * <pre>{@code
 * Moves.between(before, after); // {/2026/11/womens-day-forum/=/2026/11/sanba-forum/}
 * }</pre>
 */
final class Moves {

    private Moves() {
    }

    /** Each address of {@code before} that {@code after} has not, to the address its article has now. */
    static Map<String, String> between(Site before, Site after) {
        Map<String, String> bySource = urlsBySource(before.articles());
        Map<String, String> nowBySource = urlsBySource(after.articles());
        Set<String> nowUrls = Set.copyOf(nowBySource.values());
        Set<String> thenUrls = Set.copyOf(bySource.values());
        Map<String, String> moves = new HashMap<>();
        bySource.forEach((source, url) -> {
            String now = nowBySource.get(source);
            if (now != null && !now.equals(url) && !nowUrls.contains(url)) {
                moves.put(url, now);
            }
        });
        List<String> gone = bySource.entrySet().stream().filter(e -> !nowBySource.containsKey(e.getKey()))
                .map(Map.Entry::getValue).filter(url -> !nowUrls.contains(url)).toList();
        List<String> come = nowBySource.entrySet().stream().filter(e -> !bySource.containsKey(e.getKey()))
                .map(Map.Entry::getValue).filter(url -> !thenUrls.contains(url)).toList();
        if (gone.size() == 1 && come.size() == 1) {
            moves.put(gone.get(0), come.get(0)); // one file renamed
        }
        return Map.copyOf(moves);
    }

    private static Map<String, String> urlsBySource(List<RenderedArticle> articles) {
        return articles.stream().map(RenderedArticle::article)
                .collect(Collectors.toMap(a -> a.source().toString(), Article::url, (a, b) -> a));
    }
}
