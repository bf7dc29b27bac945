package org.gazette.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.content.Article;
import org.gazette.content.SitePaths;

/**
 * What a broken link may have meant, for its "did you mean" hint: the pages and files by their
 * path without capitals or Unicode form, the articles by slug, the files by name. Indexed once
 * for all the links of a check: looking through every page for each broken link cost 70 ms at
 * 100,000 articles, and an archive imported with a thousand old links took 119 s to check
 * instead of 26.
 *
 * <pre>{@code
 * LookAlikes near = LookAlikes.of(pages, articlesByUrl.values(), files.keySet());
 * near.sameButForCase("/news/files/photo-2.jpg"); // Optional[/news/files/Photo-2.JPG]
 * }</pre>
 */
final class LookAlikes {

    /** The first page in order for each caseless output path. */
    private final Map<String, String> pagesByCaseless;
    private final Map<String, List<Article>> articlesBySlug;
    private final Map<String, List<String>> filesByName;

    private LookAlikes(Map<String, String> pagesByCaseless, Map<String, List<Article>> articlesBySlug,
                       Map<String, List<String>> filesByName) {
        this.pagesByCaseless = pagesByCaseless;
        this.articlesBySlug = articlesBySlug;
        this.filesByName = filesByName;
    }

    /**
     * @param pages    the output paths of every page and file
     * @param articles the articles, as the site's pages hold them
     * @param files    the output paths of the published files
     */
    static LookAlikes of(Set<String> pages, Collection<Article> articles, Set<String> files) {
        Map<String, String> byCaseless = new HashMap<>();
        pages.forEach(page -> byCaseless.merge(caseless(page), page, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        Map<String, List<Article>> bySlug = new HashMap<>();
        articles.forEach(article -> bySlug.computeIfAbsent(article.slug(), slug -> new ArrayList<>()).add(article));
        bySlug.values().forEach(list -> list.sort((a, b) -> a.url().compareTo(b.url())));
        Map<String, List<String>> byName = new HashMap<>();
        files.forEach(file -> byName.computeIfAbsent(file.substring(file.lastIndexOf('/') + 1), name -> new ArrayList<>()).add(file));
        byName.values().forEach(list -> list.sort(null));
        return new LookAlikes(byCaseless, bySlug, byName);
    }

    /** See {@link SitePages#sameButForCase}. */
    Optional<String> sameButForCase(String sitePath) {
        String output = SitePaths.outputFile(sitePath);
        return List.of(caseless(output), caseless(output + "/index.html")).stream().map(pagesByCaseless::get)
                .filter(page -> page != null).sorted().findFirst().map(SitePaths::sitePath);
    }

    /** See {@link SitePages#sameSlug}. */
    List<Article> sameSlug(String sitePath) {
        String[] parts = sitePath.split("/");
        String last = parts.length == 0 ? "" : parts[parts.length - 1];
        return last.isEmpty() ? List.of() : List.copyOf(articlesBySlug.getOrDefault(last, List.of()));
    }

    /** See {@link SitePages#sameFileName}. */
    List<String> sameFileName(String sitePath) {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        return name.isEmpty() ? List.of() : List.copyOf(filesByName.getOrDefault(name, List.of()));
    }

    private static String caseless(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
