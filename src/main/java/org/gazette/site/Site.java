package org.gazette.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.gazette.config.SiteConfig;
import org.gazette.config.TermKind;
import org.gazette.content.Article;
import org.gazette.content.Author;
import org.gazette.content.FrontMatterLines;
import org.gazette.content.SitePaths;
import org.gazette.content.TermSlugs;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;

/**
 * Everything the generators publish, in the order readers see it.
 *
 * <pre>{@code
 * Outcome<Site> site = Site.of(config, renderedArticles, files, new FrontMatterLines(root));
 * site.value().orElseThrow().articles().get(0); // the newest article
 * }</pre>
 *
 * @param config   the site's settings
 * @param articles the published articles, newest first (ties by source path)
 * @param files    files published as they are: photos and attachments beside the articles, {@code static/}
 * @param columns  columns, most articles first
 * @param tags     tags, most articles first
 * @param authors  authors, most articles first
 * @param years    years, newest first
 * @param months   months, newest first
 * @param links    each article's neighbours and related articles, by article URL
 */
public record Site(
        SiteConfig config,
        List<RenderedArticle> articles,
        List<OutputFile> files,
        List<Term> columns,
        List<Term> tags,
        List<Term> authors,
        List<Period> years,
        List<Period> months,
        Map<String, ArticleLinks> links) {

    /** Newest first; articles of the same minute in source order, so that builds are repeatable. */
    public static final Comparator<RenderedArticle> NEWEST_FIRST =
            Comparator.comparing((RenderedArticle r) -> r.article().date()).reversed()
                    .thenComparing(RenderedArticle::article, Article.BY_SOURCE);
    static final int RELATED = 5;
    private static final Comparator<Term> MOST_ARTICLES_FIRST =
            Comparator.comparingInt(Term::count).reversed().thenComparing(Term::name);

    public Site {
        articles = List.copyOf(articles);
        files = List.copyOf(files);
        columns = List.copyOf(columns);
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
        years = List.copyOf(years);
        months = List.copyOf(months);
        links = Map.copyOf(links);
    }

    /**
     * Orders and groups the articles, checking that URLs, aliases and term slugs do not collide;
     * {@code lines} finds the front-matter line a collision is told at.
     */
    public static Outcome<Site> of(SiteConfig config, List<RenderedArticle> rendered, List<OutputFile> files, FrontMatterLines lines) {
        List<RenderedArticle> sorted = new ArrayList<>(rendered);
        sorted.sort(NEWEST_FIRST);
        List<Problem> problems = new ArrayList<>();
        checkUrls(sorted, lines, problems);

        List<Term> columns = terms(config, TermKind.COLUMN, sorted, a -> a.column().isEmpty() ? List.of() : List.of(a.column()),
                (a, name) -> lines.lineOf(a, "column"), problems);
        List<Term> tags = terms(config, TermKind.TAG, sorted, Article::tags, (a, name) -> lines.lineOf(a, "tags", name), problems);
        List<Term> authors = terms(config, TermKind.AUTHOR, sorted, a -> a.authors().stream().map(Author::name).toList(),
                (a, name) -> lines.lineOf(a, "authors", name), problems);

        Map<Integer, List<RenderedArticle>> byYear = new TreeMap<>(Comparator.reverseOrder());
        Map<Integer, List<RenderedArticle>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (RenderedArticle r : sorted) {
            var date = r.article().date();
            byYear.computeIfAbsent(date.getYear(), y -> new ArrayList<>()).add(r);
            byMonth.computeIfAbsent(date.getYear() * 100 + date.getMonthValue(), m -> new ArrayList<>()).add(r);
        }
        List<Period> years = byYear.entrySet().stream().map(e -> new Period(e.getKey(), 0, e.getValue())).toList();
        List<Period> months = byMonth.entrySet().stream().map(e -> new Period(e.getKey() / 100, e.getKey() % 100, e.getValue())).toList();

        Map<String, ArticleLinks> links = links(sorted, columns, tags);
        return Outcome.of(new Site(config, sorted, files, columns, tags, authors, years, months, links), problems);
    }

    /** The pages of the home page's list of every article. */
    public List<Listing> homePages() {
        return Listing.paginate("/", articles, config.pageSize());
    }

    /** The pages of a column's, tag's or author's list. */
    public List<Listing> pagesOf(Term term) {
        return Listing.paginate(term.url(), term.articles(), config.pageSize());
    }

    /** The pages of a year's or month's list. */
    public List<Listing> pagesOf(Period period) {
        return Listing.paginate(period.url(), period.articles(), config.pageSize());
    }

    /** The months of one year, newest first. */
    public List<Period> monthsOf(int year) {
        return months.stream().filter(m -> m.year() == year).toList();
    }

    /** The column term of an article, when it has one. */
    public Optional<Term> columnOf(Article article) {
        return columns.stream().filter(c -> c.name().equals(article.column())).findFirst();
    }

    /**
     * An error for each article whose URL another has, and each alias that is an article's URL or
     * another article's alias: told of the later file by name, so found in the order of the files,
     * which is sorted only when there is anything to tell (a sort of every article on every build).
     */
    private static void checkUrls(List<RenderedArticle> sorted, FrontMatterLines lines, List<Problem> problems) {
        List<Article> articles = new ArrayList<>(sorted.size());
        for (RenderedArticle rendered : sorted) {
            articles.add(rendered.article());
        }
        List<Problem> found = new ArrayList<>();
        checkUrls(articles, lines, found::add);
        if (!found.isEmpty()) { // whether two articles clash does not depend on the order they are looked at in
            articles.sort(Article.BY_SOURCE);
            checkUrls(articles, lines, problems::add);
        }
    }

    private static void checkUrls(List<Article> bySource, FrontMatterLines lines, Consumer<Problem> problems) {
        Map<String, Article> byUrl = new HashMap<>();
        for (Article article : bySource) {
            Article first = byUrl.putIfAbsent(article.url(), article);
            if (first != null) {
                // the slug's line, else the file's first: the URL comes from the file's name then
                problems.accept(Problem.error(article.source(), lines.lineOf(article, "slug"), "its URL " + article.url() + " is already the URL of "
                        + show(first) + " (give one of them another slug: slug: another-name)"));
            }
        }
        Map<String, Article> byAlias = new HashMap<>();
        for (Article article : bySource) {
            for (String alias : article.aliases()) {
                String file = SitePaths.aliasFile(alias);
                Article page = byUrl.get(alias.endsWith("/") ? alias : alias + "/");
                if (page != null || byUrl.containsKey(alias)) {
                    problems.accept(Problem.error(article.source(), lines.lineOf(article, "aliases", alias), "alias " + alias
                            + " is the URL of an article, "
                            + show(page == null ? byUrl.get(alias) : page) + " (remove the alias)"));
                    continue;
                }
                Article first = byAlias.putIfAbsent(file, article);
                if (first != null && first != article) {
                    problems.accept(Problem.error(article.source(), lines.lineOf(article, "aliases", alias), "alias " + alias
                            + " is also an alias of "
                            + show(first) + " (an old URL can lead to one article only: remove one)"));
                }
            }
        }
    }

    private static List<Term> terms(SiteConfig config, TermKind kind, List<RenderedArticle> sorted,
                                    Function<Article, List<String>> names, BiFunction<Article, String, Integer> lineOf,
                                    List<Problem> problems) {
        Map<String, List<RenderedArticle>> byName = new LinkedHashMap<>();
        for (RenderedArticle r : sorted) {
            for (String name : new LinkedHashSet<>(names.apply(r.article()))) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(r);
            }
        }
        Map<String, String> nameBySlug = new HashMap<>();
        List<Term> terms = new ArrayList<>();
        for (var entry : new TreeMap<>(byName).entrySet()) {
            String slug = TermSlugs.of(config, kind, entry.getKey());
            String other = nameBySlug.putIfAbsent(slug, entry.getKey());
            if (other != null) {
                Article article = entry.getValue().get(0).article();
                problems.add(Problem.error(article.source(), lineOf.apply(article, entry.getKey()), kind.name().toLowerCase(Locale.ROOT)
                        + "s \"" + other + "\" and \"" + entry.getKey() + "\" both get the URL /" + kind.folder() + "/" + slug
                        + "/ (give one of them another slug in site.yaml under slugs: " + kind.folder() + ":)"));
                continue;
            }
            List<String> roles = kind == TermKind.AUTHOR ? roles(entry.getKey(), entry.getValue()) : List.of();
            terms.add(new Term(kind, entry.getKey(), slug, entry.getValue(), roles));
        }
        terms.sort(MOST_ARTICLES_FIRST);
        return terms;
    }

    private static List<String> roles(String name, List<RenderedArticle> articles) {
        Map<String, Integer> counts = new TreeMap<>();
        for (RenderedArticle r : articles) {
            r.article().authors().stream().filter(a -> a.name().equals(name) && !a.role().isEmpty())
                    .forEach(a -> counts.merge(a.role(), 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static Map<String, ArticleLinks> links(List<RenderedArticle> sorted, List<Term> columns, List<Term> tags) {
        List<List<RenderedArticle>> related = RelatedArticles.of(sorted, columns, tags);
        Map<String, ArticleLinks> links = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            links.put(sorted.get(i).article().url(), new ArticleLinks(
                    i > 0 ? Optional.of(sorted.get(i - 1)) : Optional.empty(),
                    i + 1 < sorted.size() ? Optional.of(sorted.get(i + 1)) : Optional.empty(),
                    related.get(i)));
        }
        return links;
    }

    private static String show(Article article) {
        return article.source().toString().replace('\\', '/');
    }
}
