package org.gazette.check;

import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gazette.config.SiteConfig;
import org.gazette.config.SiteRedirect;
import org.gazette.config.TermKind;
import org.gazette.content.Article;
import org.gazette.content.Author;
import org.gazette.content.SitePaths;
import org.gazette.content.TermSlugs;
import org.gazette.feed.Redirects;
import org.gazette.output.OutputPaths;

/**
 * Every address the site will have, worked out from the articles without rendering a page:
 * article pages and their aliases, the redirects of {@code site.yaml}, the paginated home, column, tag, author, year and month
 * lists, the published files, and the fixed pages (feeds, archives, search, ...) learnt from a
 * trial render by {@link ThemeTrial}. Addresses are kept as output paths
 * ({@code 2023/12/five-year-review/index.html}), the form {@link SitePaths#outputFile} gives.
 *
 * <pre>{@code
 * SitePages pages = SitePages.of(config, articles, files, List.of("feed.xml"));
 * pages.contains("/2023/12/five-year-review/"); // true
 * pages.contains("/2023/12/five-year-review");  // true: servers redirect a folder to its slash
 * }</pre>
 */
public final class SitePages {

    private final Set<String> pages;
    private final Set<String> aliases;
    private final Map<String, Path> files;
    private final Map<String, Article> articlesByUrl;
    /** The article whose page or alias's redirect is at an output path. */
    private final Map<String, Article> articlesByOutput;

    private final List<String> clashes;
    /** The folders the pages lie in, made when first needed. */
    private volatile Set<String> pageFolders;
    /** What broken links may have meant, made when first needed. */
    private LookAlikes lookAlikes;

    private SitePages(Set<String> pages, Set<String> aliases, Map<String, Path> files, Map<String, Article> articlesByUrl,
                      Map<String, Article> articlesByOutput, List<String> clashes) {
        this.clashes = clashes;
        this.pages = pages;
        this.aliases = aliases;
        this.files = files;
        this.articlesByUrl = articlesByUrl;
        this.articlesByOutput = articlesByOutput;
    }

    /** The folders a repeated output path can be under: each article's and each term's. */
    record Folders(Set<String> articles, Map<TermKind, Set<String>> terms) {

        static Folders of(SiteConfig config, List<Article> articles) {
            Set<String> articleFolders = new HashSet<>();
            Map<TermKind, Set<String>> terms = new EnumMap<>(TermKind.class);
            for (TermKind kind : TermKind.values()) {
                Set<String> names = new HashSet<>();
                articles.forEach(article -> names.addAll(names(kind).apply(article)));
                Set<String> urls = new HashSet<>();
                names.forEach(name -> urls.add(folder(TermSlugs.url(config, kind, name))));
                terms.put(kind, urls);
            }
            articles.forEach(article -> articleFolders.add(folder(article.url())));
            return new Folders(articleFolders, terms);
        }
    }

    /** The folder of a page's output path: {@code /2023/12/a/} gives {@code 2023/12/a/}. */
    static String folder(String url) {
        return url.substring(1, url.lastIndexOf('/') + 1);
    }

    /**
     * @param files     published files by output path, to their source relative to the site root
     * @param templates output paths the generators write beside the model's pages; a path under a
     *                  {@link Pattern} placeholder is repeated for every article or term
     */
    public static SitePages of(SiteConfig config, List<Article> articles, Map<String, Path> files, Collection<Pattern> templates) {
        Set<String> pages = new HashSet<>(modelPages(config, articles));
        Set<String> aliases = new HashSet<>();
        Map<String, Article> byUrl = new HashMap<>();
        Map<String, Article> byOutput = new HashMap<>();
        for (Article article : articles) {
            byUrl.putIfAbsent(article.url(), article);
            byOutput.putIfAbsent(SitePaths.outputFile(article.url()), article);
            article.aliases().forEach(alias -> aliases.add(SitePaths.aliasFile(alias)));
        }
        for (Article article : articles) {
            article.aliases().forEach(alias -> byOutput.putIfAbsent(SitePaths.aliasFile(alias), article));
        }
        config.redirects().stream().map(SiteRedirect::from).filter(Redirects::hasPage)
                .forEach(from -> aliases.add(SitePaths.aliasFile(from)));
        Folders folders = Folders.of(config, articles);
        for (Pattern pattern : templates) {
            pages.addAll(pattern.expand(folders));
        }
        List<String> clashes = files.keySet().stream().filter(pages::contains).sorted().toList();
        pages.addAll(files.keySet());
        return new SitePages(pages, aliases, Map.copyOf(files), byUrl, byOutput, clashes);
    }

    /** The output paths of the model's pages: articles, home, terms and periods with their pagination. */
    static Set<String> modelPages(SiteConfig config, List<Article> articles) {
        Set<String> pages = new LinkedHashSet<>();
        int size = config.pageSize();
        addListing(pages, "/", articles.size(), size);
        for (TermKind kind : TermKind.values()) {
            Map<String, Integer> counts = new HashMap<>();
            for (Article article : articles) {
                new LinkedHashSet<>(names(kind).apply(article)).forEach(name -> counts.merge(name, 1, Integer::sum));
            }
            counts.forEach((name, count) -> addListing(pages, TermSlugs.url(config, kind, name), count, size));
        }
        Map<String, Integer> periods = new HashMap<>();
        for (Article article : articles) {
            pages.add(SitePaths.outputFile(article.url()));
            periods.merge("/" + article.date().getYear() + "/", 1, Integer::sum);
            periods.merge(String.format(Locale.ROOT, "/%d/%02d/", article.date().getYear(), article.date().getMonthValue()), 1, Integer::sum);
        }
        periods.forEach((url, count) -> addListing(pages, url, count, size));
        return pages;
    }

    /** The names an article is listed under, for each kind of term. */
    static Function<Article, List<String>> names(TermKind kind) {
        return switch (kind) {
            case COLUMN -> a -> a.column().isEmpty() ? List.of() : List.of(a.column());
            case TAG -> Article::tags;
            case AUTHOR -> a -> a.authors().stream().map(Author::name).toList();
        };
    }

    private static void addListing(Set<String> pages, String base, int count, int size) {
        int pageCount = Math.max(1, (count + size - 1) / size);
        for (int n = 1; n <= pageCount; n++) {
            pages.add(SitePaths.outputFile(n == 1 ? base : base + "page/" + n + "/"));
        }
    }

    /** Whether the site has a page or file at {@code sitePath} (a decoded path starting with "/", without query or fragment). */
    public boolean contains(String sitePath) {
        String output = SitePaths.outputFile(sitePath);
        return hasOutput(output) || (!sitePath.endsWith("/") && hasOutput(output + "/index.html"));
    }

    /** The published files (by output path) that a generated page would be written over, such as {@code content/2023/index.html}. */
    public List<String> filesUnderPages() {
        return clashes;
    }

    /** The output path of every page, file and alias. */
    public Set<String> outputs() {
        Set<String> outputs = new HashSet<>(pages);
        outputs.addAll(aliases);
        return outputs;
    }

    /** Whether some page, file or alias is written at the output path {@code output}, such as {@code 2023/index.html}. */
    public boolean hasOutput(String output) {
        return pages.contains(output) || aliases.contains(output);
    }

    /** Whether a page or file other than an alias's redirect is written at {@code output}. */
    public boolean hasPage(String output) {
        return pages.contains(output);
    }

    /** Whether pages or files lie inside {@code output} as in a folder, or it lies inside one that is a file. */
    public boolean clashesAsFolder(String output) {
        Set<String> folders = pageFolders;
        if (folders == null) {
            folders = new HashSet<>();
            for (String page : pages) {
                folders.addAll(OutputPaths.folders(page));
            }
            pageFolders = folders;
        }
        return folders.contains(output) || OutputPaths.folders(output).stream().anyMatch(pages::contains);
    }

    /** The source of the published file at {@code sitePath}, when it is one. */
    public Optional<Path> file(String sitePath) {
        return Optional.ofNullable(files.get(SitePaths.outputFile(sitePath)));
    }

    /** The article whose page is at {@code url}, such as {@code /2023/12/five-year-review/}. */
    public Optional<Article> article(String url) {
        return Optional.ofNullable(articlesByUrl.get(url));
    }

    /**
     * The article whose page, or the redirect of one of whose aliases, is at {@code sitePath} (a
     * decoded path starting with "/"), read as {@link #contains} reads it.
     */
    public Optional<Article> articleAt(String sitePath) {
        String output = SitePaths.outputFile(sitePath);
        Article article = articlesByOutput.get(output);
        if (article == null && !sitePath.endsWith("/")) {
            article = articlesByOutput.get(output + "/index.html");
        }
        return Optional.ofNullable(article);
    }

    /** Articles whose address ends in the same slug as {@code sitePath}, for "did you mean" hints. */
    public List<Article> sameSlug(String sitePath) {
        return lookAlikes().sameSlug(sitePath);
    }

    /**
     * The site path of a page or file at {@code sitePath} but for capitals or Unicode form
     * ({@code /news/files/Photo-2.JPG} for {@code /news/files/photo-2.jpg}), which web servers tell
     * apart; the first in order when there are several.
     */
    public Optional<String> sameButForCase(String sitePath) {
        return lookAlikes().sameButForCase(sitePath);
    }

    /** Published files with the same name as the last part of {@code sitePath}, by output path. */
    public List<String> sameFileName(String sitePath) {
        return lookAlikes().sameFileName(sitePath);
    }

    /** Made at the first broken link, once: the links are checked on several threads. */
    private synchronized LookAlikes lookAlikes() {
        if (lookAlikes == null) {
            lookAlikes = LookAlikes.of(pages, articlesByUrl.values(), files.keySet());
        }
        return lookAlikes;
    }

    /**
     * An output path the generators write, possibly for every article or term: learnt from the
     * output of a small trial site and repeated for the whole site.
     *
     * @param kind   whose folder the path is in, or empty for a fixed path
     * @param suffix the path: whole for a fixed path, else after the article's or term's folder
     */
    public record Pattern(Optional<Placeholder> kind, String suffix) {

        /** The folder a repeated output path is under. */
        public enum Placeholder { ARTICLE, COLUMN, TAG, AUTHOR }

        public static Pattern fixed(String path) {
            return new Pattern(Optional.empty(), path);
        }

        Set<String> expand(Folders folders) {
            if (kind.isEmpty()) {
                return Set.of(suffix);
            }
            Set<String> under = switch (kind.get()) {
                case ARTICLE -> folders.articles();
                case COLUMN -> folders.terms().get(TermKind.COLUMN);
                case TAG -> folders.terms().get(TermKind.TAG);
                case AUTHOR -> folders.terms().get(TermKind.AUTHOR);
            };
            Set<String> paths = new HashSet<>();
            under.forEach(folder -> paths.add(folder + suffix));
            return paths;
        }
    }
}
