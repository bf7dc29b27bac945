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
        Map<String, Alias> aliases = byAlias(articles);
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
            Article alias = Optional.ofNullable(aliases.get(path)).map(Alias::article).orElse(null);
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
            Optional<Map.Entry<String, Alias>> alias = aliases.entrySet().stream()
                    .filter(e -> e.getKey().equals(path) || e.getKey().startsWith(path + "/")).findFirst();
            problems.add(alias.isPresent()
                    ? Problem.error(alias.get().getValue().article().source(), lines.lineOf(alias.get().getValue().article(), "aliases"),
                            aliasInTheWay(alias.get().getKey()))
                    : Problem.error(Path.of(path), 0, "the output " + path + " is a file, but other outputs are inside "
                            + path + "/ as in a folder (rename the file or the folder)"));
        }
        problems.addAll(caseWarnings(caseClashes, aliases, sources, lines));
        return problems;
    }

    /** An alias as its article's front matter has it ({@code written}, such as {@code /news/2023/12345.html}). */
    public record Alias(Article article, String written) {
    }

    /** Each alias, by its output path. */
    public static Map<String, Alias> byAlias(List<Article> articles) {
        Map<String, Alias> aliases = new HashMap<>();
        for (Article article : articles) {
            article.aliases().forEach(alias -> aliases.put(SitePaths.outputFile(alias), new Alias(article, alias)));
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
     * A warning for each group of outputs a disk ignoring case takes for one
     * ({@link OutputPaths#caseClashes}): at each article with an alias among them, naming the page
     * or file it meets (or the other alias and its article); else at the first output with a
     * source, naming each output's. {@code sources} gives the file each page or copied file comes from.
     */
    public static List<Problem> caseWarnings(List<List<String>> groups, Map<String, Alias> aliases, Map<String, Path> sources,
                                             FrontMatterLines lines) {
        List<Problem> problems = new ArrayList<>();
        for (List<String> group : groups) {
            List<String> aliasPaths = group.stream().filter(aliases::containsKey).toList();
            for (String aliasPath : aliasPaths) {
                Alias alias = aliases.get(aliasPath);
                String other = group.stream().filter(p -> !aliases.containsKey(p)).findFirst().map(OutputClashes::address)
                        .orElseGet(() -> {
                            Alias another = aliases.get(group.stream().filter(p -> !p.equals(aliasPath)).findFirst().orElseThrow());
                            return "the alias " + another.written() + " of " + slashed(another.article().source());
                        });
                problems.add(Problem.warning(alias.article().source(), lines.lineOf(alias.article(), "aliases"), "the alias "
                        + alias.written() + " differs from " + other + " only in case: " + ONE_FILE
                        + " (correct the alias, or remove it; a site built only on Linux, as by CI, may keep it)"));
            }
            if (aliasPaths.isEmpty()) {
                List<String> named = group.stream().map(p -> address(p) + Optional.ofNullable(sources.get(p))
                        .map(source -> " (from " + slashed(source) + ")").orElse("")).toList();
                Path at = group.stream().filter(sources::containsKey).findFirst().map(sources::get).orElse(Path.of(group.get(0)));
                problems.add(Problem.warning(at, 0, "the outputs " + String.join(" and ", named)
                        + " differ only in case: " + ONE_FILE + " (rename one of them)"));
            }
        }
        return problems;
    }

    private static final String ONE_FILE = "a disk that ignores case, as macOS's and Windows' do unless told otherwise,"
            + " takes them for one, so a site built there, and deployed from it, has one in place of the other";

    /** The address of an output path: a page's folder ({@code /2024/03/x/} for its index.html), a file's own path. */
    private static String address(String path) {
        String page = path.endsWith("index.html") && (path.length() == 10 || path.endsWith("/index.html"))
                ? path.substring(0, path.length() - 10) : path;
        return "/" + page;
    }

    private static String slashed(Path file) {
        return file.toString().replace('\\', '/');
    }

    /** A copied file's source from the site's folder, as problems name files (articles' are already). */
    private Path relative(Path source) {
        Path base = root.toAbsolutePath().normalize();
        Path absolute = source.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }
}
