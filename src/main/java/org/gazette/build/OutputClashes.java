package org.gazette.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazette.content.Article;
import org.gazette.content.FrontMatterLines;
import org.gazette.content.SitePaths;
import org.gazette.markdown.RenderedArticle;
import org.gazette.output.OutputPaths;
import org.gazette.problem.Problem;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * Outputs that would overwrite each other, told at the source that asked for them. Two outputs
 * at one path are an error (an alias on a listing page, a file named like a page), and so is a
 * path that is a file for one output and a folder for others (an alias /2023/12 and the month's
 * page /2023/12/). Paths that differ only in case are a warning: S3 and Linux keep both, but a
 * disk that ignores case, as macOS's and Windows' do unless told otherwise, keeps one file for
 * both, so an editor's own build or preview shows one page in place of the other.
 *
 * <pre>{@code
 * List<Problem> problems = new OutputClashes(root, site).of(writer.duplicates(), writer.folderClashes(), writer.paths());
 * }</pre>
 */
public final class OutputClashes {

    private final Path root;
    private final Site site;

    OutputClashes(Path root, Site site) {
        this.root = root;
        this.site = site;
    }

    /** Two files copied as they are (one under content/, one under static/) to one output path: told at the first. */
    public static String publishedTwice(Path other, String path) {
        return "this file and " + other.toString().replace('\\', '/') + " are both published at /" + path
                + " (rename or remove one of them)";
    }

    /** What is wrong with an alias written at {@code output} where other outputs need a folder, or inside one that is a file. */
    public static String aliasInTheWay(String output) {
        return "the alias /" + output + " of this article is in the way of other pages or files, whose folder it would be"
                + " or lie in (remove the alias, or correct it: end it with / if it is a page's address)";
    }

    /**
     * The problems of outputs given at {@code duplicatePaths} more than once, of {@code folderPaths}
     * that others lie in, and of any of {@code paths} (every output) that differ only in case.
     */
    List<Problem> of(List<String> duplicatePaths, List<String> folderPaths, Collection<String> paths) {
        List<List<String>> caseClashes = OutputPaths.caseClashes(paths);
        if (duplicatePaths.isEmpty() && folderPaths.isEmpty() && caseClashes.isEmpty()) {
            return List.of();
        }
        List<Article> articles = site.articles().stream().map(RenderedArticle::article).toList();
        Map<String, Article> aliases = byAlias(articles);
        Map<String, Path> sources = pageSources(articles);
        Map<String, List<Path>> copiedTo = new HashMap<>();
        for (OutputFile file : site.files()) {
            if (file instanceof OutputFile.Copied copy) {
                copiedTo.computeIfAbsent(copy.path(), p -> new ArrayList<>()).add(relative(copy.source()));
                sources.put(copy.path(), relative(copy.source()));
            }
        }
        FrontMatterLines lines = new FrontMatterLines(root);
        List<Problem> problems = new ArrayList<>();
        for (String path : duplicatePaths) {
            Article alias = aliases.get(path);
            List<Path> copies = copiedTo.getOrDefault(path, List.of());
            if (alias == null && copies.size() > 1) {
                problems.add(Problem.error(copies.get(0), 0, publishedTwice(copies.get(1), path)));
                continue;
            }
            problems.add(alias != null
                    ? Problem.error(alias.source(), lines.lineOf(alias, "aliases"), "an alias of this article would replace the page /"
                            + path + " (remove the alias, or correct it)")
                    : Problem.error(Path.of(path), 0, "two outputs are written to " + path
                            + " (a page and a file, or two pages, share this path: rename one of them)"));
        }
        for (String path : folderPaths) {
            // The alias is the file others need as a folder, or lies inside a file (/feed.xml/x).
            Optional<Map.Entry<String, Article>> alias = aliases.entrySet().stream()
                    .filter(e -> e.getKey().equals(path) || e.getKey().startsWith(path + "/")).findFirst();
            problems.add(alias.isPresent()
                    ? Problem.error(alias.get().getValue().source(), lines.lineOf(alias.get().getValue(), "aliases"),
                            aliasInTheWay(alias.get().getKey()))
                    : Problem.error(Path.of(path), 0, "the output " + path + " is a file, but other outputs are inside "
                            + path + "/ as in a folder (rename the file or the folder)"));
        }
        problems.addAll(caseWarnings(caseClashes, aliases, sources, lines));
        return problems;
    }

    /** The article of each alias, by the alias's output path. */
    public static Map<String, Article> byAlias(List<Article> articles) {
        Map<String, Article> aliases = new HashMap<>();
        for (Article article : articles) {
            article.aliases().forEach(alias -> aliases.put(SitePaths.outputFile(alias), article));
        }
        return aliases;
    }

    /** The source of each article's page, by the page's output path. */
    public static Map<String, Path> pageSources(List<Article> articles) {
        Map<String, Path> sources = new HashMap<>();
        articles.forEach(article -> sources.put(SitePaths.outputFile(article.url()), article.source()));
        return sources;
    }

    /**
     * A warning for each group of outputs that differ only in case ({@link OutputPaths#caseClashes}):
     * at the article whose alias is one of them, else at the source of the first, naming each
     * output's source. {@code aliases} gives the article of each alias's output path,
     * {@code sources} the file each page or copied file comes from.
     */
    public static List<Problem> caseWarnings(List<List<String>> groups, Map<String, Article> aliases, Map<String, Path> sources,
                                             FrontMatterLines lines) {
        List<Problem> problems = new ArrayList<>();
        for (List<String> group : groups) {
            Optional<String> aliasPath = group.stream().filter(aliases::containsKey).findFirst();
            if (aliasPath.isPresent()) {
                Article article = aliases.get(aliasPath.get());
                String other = group.stream().filter(p -> !p.equals(aliasPath.get())).findFirst().orElseThrow();
                problems.add(Problem.warning(article.source(), lines.lineOf(article, "aliases"), "the alias /" + aliasPath.get()
                        + " of this article differs from /" + other + " only in case: " + ONE_FILE + " (correct the alias, or remove it)"));
            } else {
                String first = group.get(0);
                List<String> named = group.stream().map(p -> "/" + p + Optional.ofNullable(sources.get(p))
                        .map(source -> " (from " + source.toString().replace('\\', '/') + ")").orElse("")).toList();
                problems.add(Problem.warning(sources.getOrDefault(first, Path.of(first)), 0, "the outputs " + String.join(" and ", named)
                        + " differ only in case: " + ONE_FILE + " (rename one of them)"));
            }
        }
        return problems;
    }

    private static final String ONE_FILE = "a disk that ignores case, as macOS's and Windows' do unless told otherwise,"
            + " keeps one file for both, and the site built there shows one in place of the other";

    /** A copied file's source from the site's folder, as problems name files (articles' are already). */
    private Path relative(Path source) {
        Path base = root.toAbsolutePath().normalize();
        Path absolute = source.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }
}
