package org.gazette.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.config.SiteConfig;
import org.gazette.config.TermKind;
import org.gazette.content.Article;
import org.gazette.content.FrontMatterLines;
import org.gazette.content.SitePaths;
import org.gazette.content.TermSlugs;
import org.gazette.markdown.RenderedArticle;
import org.gazette.output.OutputPaths;
import org.gazette.problem.Problem;
import org.gazette.site.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pages and feeds the site in the output folder has and this build no longer makes: readers,
 * search engines and other sites link to them, and those links break without a word when an
 * article's file is renamed, its date moves it to another month, the permalink pattern changes,
 * or a column, tag or author is renamed. An article page that went is matched, by its title, to
 * the article now at another address, and the warning gives the alias that keeps the old one;
 * every other lost address is named in one warning. Pages a list gains and loses as it grows
 * ({@code page/2/}) are left out: nobody keeps a link to them for what they hold.
 *
 * <pre>{@code
 * List<Problem> warnings = LostAddresses.of(root, site, unpublished, writer.target(), writer.publishedBefore(), writer.paths());
 * }</pre>
 */
public final class LostAddresses {

    /** Articles told one by one; past these, a changed permalink pattern would bury every other warning. */
    static final int TOLD_ONE_BY_ONE = 20;
    /** Addresses named in the warning for the rest. */
    static final int NAMED = 10;

    private static final String MOVED = "this article was published at ";
    private static final String GONE = " of the site in this folder ";

    private LostAddresses() {
    }

    /**
     * Whether {@code problem} is one of these warnings, which depend on what the output folder
     * held: a build into an empty folder has none (for tests comparing two such builds).
     */
    public static boolean tells(Problem problem) {
        return !problem.isError() && (problem.message().startsWith(MOVED) || problem.message().contains(GONE));
    }

    /**
     * The warnings for the pages and feeds among {@code before} (the paths of the site in
     * {@code output}) that are not among {@code now}, the paths this build writes.
     */
    static List<Problem> of(Path root, Site site, List<Article> unpublished, Path output, Set<String> before, Set<String> now) {
        // A redirect of site.yaml from a feed's address has no file here, but hosts reading _redirects keep it.
        Set<String> kept = new HashSet<>();
        site.config().redirects().forEach(r -> kept.add(SitePaths.outputFile(r.from())));
        // A draft taken down, or shown by build --drafts before: its pages go on purpose.
        kept.addAll(madeBy(site.config(), unpublished));
        List<String> lost = before.stream().filter(path -> !now.contains(path) && !kept.contains(path) && OutputPaths.isReaderAddress(path))
                .sorted(Comparator.comparing(SitePaths::sitePath)).toList();
        if (lost.isEmpty()) {
            return List.of();
        }
        Map<String, List<Article>> byTitle = new HashMap<>();
        for (RenderedArticle rendered : site.articles()) {
            Article article = rendered.article();
            if (!before.contains(SitePaths.outputFile(article.url()))) { // an article new at its address
                byTitle.computeIfAbsent(article.title(), t -> new ArrayList<>()).add(article);
            }
        }
        FrontMatterLines lines = new FrontMatterLines(root);
        List<Problem> problems = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String path : lost) {
            String address = SitePaths.sitePath(path);
            Optional<Article> moved = problems.size() < TOLD_ONE_BY_ONE && path.endsWith(".html")
                    ? title(output, path).map(byTitle::get).filter(same -> same.size() == 1).map(same -> same.get(0))
                    : Optional.empty();
            if (moved.isPresent()) {
                Article article = moved.get();
                int line = article.aliases().isEmpty() ? lines.lineOf(article, "title") : lines.lineOf(article, "aliases");
                problems.add(Problem.warning(article.source(), line, MOVED + address
                        + " and is now at " + article.url() + ": readers' links, search results and shares of the old"
                        + " address will break (keep it leading here: aliases: [" + address + "])"));
            } else {
                rest.add(address);
            }
        }
        if (!rest.isEmpty()) {
            String named = String.join(", ", rest.subList(0, Math.min(NAMED, rest.size())))
                    + (rest.size() > NAMED ? " and " + (rest.size() - NAMED) + " more" : "");
            problems.add(Problem.warning(output, 0, rest.size() + (rest.size() == 1 ? " page or feed" : " pages and feeds")
                    + GONE + (rest.size() == 1 ? "is" : "are") + " no longer made: " + named
                    + " (links readers have to them will break: an article that moved keeps its old address with aliases:"
                    + " in its front matter; a column, tag or author renamed keeps its old pages with redirects: in site.yaml,"
                    + " see README, \"Old addresses\")"));
        }
        return problems;
    }

    /** The pages {@code articles} make, or help make: their own and aliases', their columns', tags', authors', years' and months'. */
    private static Set<String> madeBy(SiteConfig config, List<Article> articles) {
        Set<String> pages = new HashSet<>();
        for (Article article : articles) {
            pages.add(SitePaths.outputFile(article.url()));
            article.aliases().forEach(alias -> pages.add(SitePaths.aliasFile(alias)));
            if (!article.column().isEmpty()) {
                String column = TermSlugs.url(config, TermKind.COLUMN, article.column());
                pages.add(SitePaths.outputFile(column));
                pages.add(SitePaths.outputFile(column + "feed.xml"));
            }
            article.tags().forEach(tag -> pages.add(SitePaths.outputFile(TermSlugs.url(config, TermKind.TAG, tag))));
            article.authors().forEach(author -> pages.add(SitePaths.outputFile(TermSlugs.url(config, TermKind.AUTHOR, author.name()))));
            ZonedDateTime date = article.date();
            pages.add(SitePaths.outputFile("/" + date.getYear() + "/"));
            pages.add(SitePaths.outputFile(String.format(Locale.ROOT, "/%d/%02d/", date.getYear(), date.getMonthValue())));
        }
        return pages;
    }

    /** The article title a page shows: its h1, as the default theme and most themes put it. */
    private static Optional<String> title(Path output, String path) {
        try {
            // under a locale that cannot name the file (LANG=C), resolving it fails: told with the rest
            Document document = Jsoup.parse(Files.readString(output.resolve(path), StandardCharsets.UTF_8));
            Element heading = document.selectFirst("h1");
            return Optional.ofNullable(heading).map(Element::text).map(String::strip).filter(text -> !text.isEmpty());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a page that cannot be read is told with the rest
        }
    }
}
