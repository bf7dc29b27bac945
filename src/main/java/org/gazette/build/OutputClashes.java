package org.gazette.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gazette.content.Article;
import org.gazette.content.FrontMatterLines;
import org.gazette.content.SitePaths;
import org.gazette.markdown.RenderedArticle;
import org.gazette.output.OutputPaths;
import org.gazette.problem.Problem;
import org.gazette.problem.ReadProblems;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * Outputs that would overwrite each other, told at the source that asked for them. Two outputs
 * at one path are an error (an alias on a listing page, a file named like a page), and so is a
 * path that is a file for one output and a folder for others (an alias /2023/12 and the month's
 * page /2023/12/). Paths that differ only in case are a warning: S3 and Linux keep them apart,
 * but on macOS or Windows, whose disks ignore case unless told otherwise, they are one file, so a
 * site built there has one in place of the other.
 *
 * <pre>{@code
 * List<Problem> problems = OutputClashes.of(root, site).problems(writer.duplicates(), writer.folderClashes(), writer.paths());
 * List<Problem> warnings = new OutputClashes(root, articles, copied).caseWarnings(pages.outputs()); // check, before building
 * }</pre>
 */
public final class OutputClashes {

    private static final String ONE_FILE = "on macOS or Windows they are one file, and a site built there has one in place of the other";

    private final Path root;
    private final List<Article> articles;
    private final Supplier<Map<String, List<Path>>> copied;
    /** Made when there is a clash to tell: a build without one (nearly every build) spares it. */
    private Index index;

    /** An alias as its article's front matter has it ({@code written}, such as {@code /news/2023/12345.html}). */
    private record Alias(Article article, String written) {
    }

    /**
     * What clashes are told with: each alias and the source of each page or copied file, by
     * output path, and the files copied to each (relative to the site root).
     */
    private record Index(Map<String, Alias> aliases, Map<String, Path> sources, Map<String, List<Path>> copiedTo) {
    }

    /**
     * The clashes among {@code articles}' pages and aliases and the files copied as they are:
     * {@code copiedTo} gives the sources (relative to the site root {@code root}) copied to each
     * output path.
     */
    public OutputClashes(Path root, List<Article> articles, Map<String, List<Path>> copiedTo) {
        this(root, articles, () -> copiedTo);
    }

    private OutputClashes(Path root, List<Article> articles, Supplier<Map<String, List<Path>>> copied) {
        this.root = root;
        this.articles = articles;
        this.copied = copied;
    }

    /** The clashes of {@code site}'s outputs. */
    static OutputClashes of(Path root, Site site) {
        return new OutputClashes(root, site.articles().stream().map(RenderedArticle::article).toList(), () -> {
            Map<String, List<Path>> copiedTo = new HashMap<>();
            for (OutputFile file : site.files()) {
                if (file instanceof OutputFile.Copied copy) {
                    copiedTo.computeIfAbsent(copy.path(), p -> new ArrayList<>()).add(ReadProblems.inside(root, copy.source().toAbsolutePath()));
                }
            }
            return copiedTo;
        });
    }

    private Index index() {
        if (index == null) {
            Map<String, Alias> aliases = new HashMap<>();
            Map<String, Path> sources = new HashMap<>();
            for (Article article : articles) {
                sources.put(SitePaths.outputFile(article.url()), article.source());
                article.aliases().forEach(alias -> aliases.put(SitePaths.aliasFile(alias), new Alias(article, alias)));
            }
            Map<String, List<Path>> copiedTo = copied.get();
            copiedTo.forEach((path, copies) -> sources.put(path, copies.get(0)));
            index = new Index(aliases, sources, copiedTo);
        }
        return index;
    }

    /** Two files copied as they are (one under content/, one under static/) to one output path: told at the first. */
    public static String publishedTwice(Path other, String path) {
        return "this file and " + slashed(other) + " are both published at /" + path + " (rename or remove one of them)";
    }

    /** What is wrong with a file copied as it is to {@code output}, where the site writes a page of its own. */
    public static String fileReplacesPage(String output) {
        return "this file would be published at /" + output + ", where the site writes one of its own pages"
                + " (rename the file, or move it into another folder)";
    }

    /** What is wrong with a file copied as it is to {@code output}, a folder of other outputs. */
    private static String fileInTheWay(String output) {
        return "this file would be published at /" + output + ", but the site writes other files inside /" + output
                + "/ as in a folder (rename the file)";
    }

    /** What is wrong with a file copied as it is to {@code output}, inside {@code file}, which the site writes as a file. */
    private static String fileInsideAFile(String output, String file) {
        return "this file would be published at /" + output + ", inside /" + file + ", which the site writes as a file"
                + " (move this file into another folder)";
    }

    /** What is wrong with an alias written at {@code output}, where a page or file of the site is written. */
    public static String aliasReplacesPage(String output) {
        return "an alias of this article would replace the page /" + output + " (remove the alias, or correct it)";
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
    List<Problem> problems(List<String> duplicatePaths, List<String> folderPaths, Collection<String> paths) {
        if (duplicatePaths.isEmpty() && folderPaths.isEmpty()) {
            return caseWarnings(paths);
        }
        Map<String, Alias> aliases = index().aliases();
        Map<String, List<Path>> copiedTo = index().copiedTo();
        FrontMatterLines lines = new FrontMatterLines(root);
        List<Problem> problems = new ArrayList<>();
        // A path given three times (a page, an alias and a file) is in the list twice: told once
        // at each source that asked for it, the alias and the file alike.
        Map<String, Long> extraTimes = duplicatePaths.stream().collect(Collectors.groupingBy(path -> path, TreeMap::new, Collectors.counting()));
        extraTimes.forEach((path, extra) -> {
            Alias alias = aliases.get(path);
            List<Path> copies = copiedTo.getOrDefault(path, List.of());
            long pages = extra + 1 - copies.size() - (alias == null ? 0 : 1); // the outputs the site itself makes there
            if (alias != null) {
                problems.add(Problem.error(alias.article().source(), lines.lineOf(alias.article(), "aliases"), aliasReplacesPage(path)));
            }
            if (copies.size() > 1) {
                problems.add(Problem.error(copies.get(0), 0, publishedTwice(copies.get(1), path)));
            } else if (copies.size() == 1 && pages > 0) {
                problems.add(Problem.error(copies.get(0), 0, fileReplacesPage(path)));
            } else if (alias == null && copies.isEmpty()) {
                problems.add(Problem.error(Path.of(path), 0, "two outputs are written to " + path
                        + " (a page and a file, or two pages, share this path: rename one of them)"));
            }
        });
        for (String path : folderPaths) {
            // What others need as a folder is an alias or a file written there (both told, when
            // both are); else an alias or a file inside a file the site writes (/feed.xml/x). An
            // alias inside a file copied there is not what is in the way: the file is.
            Optional<Map.Entry<String, Alias>> alias = Optional.ofNullable(aliases.get(path)).map(a -> Map.entry(path, a))
                    .or(() -> copiedTo.containsKey(path) ? Optional.empty() : aliases.entrySet().stream()
                            .filter(e -> e.getKey().startsWith(path + "/")).min(Map.Entry.comparingByKey()));
            alias.ifPresent(a -> problems.add(Problem.error(a.getValue().article().source(),
                    lines.lineOf(a.getValue().article(), "aliases"), aliasInTheWay(a.getKey()))));
            if (copiedTo.containsKey(path)) {
                problems.add(Problem.error(copiedTo.get(path).get(0), 0, fileInTheWay(path)));
            } else if (alias.isEmpty() && copiedInside(path, copiedTo).isPresent()) {
                String inside = copiedInside(path, copiedTo).get();
                problems.add(Problem.error(copiedTo.get(inside).get(0), 0, fileInsideAFile(inside, path)));
            } else if (alias.isEmpty()) {
                problems.add(Problem.error(Path.of(path), 0, "the output " + path + " is a file, but other outputs are inside "
                        + path + "/ as in a folder (rename the file or the folder)"));
            }
        }
        problems.addAll(caseWarnings(paths));
        return problems;
    }

    /**
     * A warning for each group of {@code paths} (output paths) that a disk ignoring case takes
     * for one ({@link OutputPaths#caseClashes}): at each article with an alias among them, naming
     * the page or file it meets (or the other alias and its article); else at the first output
     * with a source, naming each output's.
     */
    public List<Problem> caseWarnings(Collection<String> paths) {
        List<List<String>> groups = OutputPaths.caseClashes(paths);
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, Alias> aliases = index().aliases();
        Map<String, Path> sources = index().sources();
        FrontMatterLines lines = new FrontMatterLines(root);
        List<Problem> problems = new ArrayList<>();
        for (List<String> group : groups) {
            List<String> aliasPaths = group.stream().filter(aliases::containsKey).toList();
            for (String aliasPath : aliasPaths) {
                Alias alias = aliases.get(aliasPath);
                String other = group.stream().filter(p -> !aliases.containsKey(p)).findFirst().map(this::named)
                        .orElseGet(() -> {
                            Alias another = aliases.get(group.stream().filter(p -> !p.equals(aliasPath)).findFirst().orElseThrow());
                            return "the alias " + another.written() + " of " + slashed(another.article().source());
                        });
                problems.add(Problem.warning(alias.article().source(), lines.lineOf(alias.article(), "aliases"), "the alias "
                        + alias.written() + " differs only in case from " + other + ": " + ONE_FILE + " (correct the alias, or remove it)"));
            }
            if (aliasPaths.isEmpty()) {
                Path at = group.stream().filter(sources::containsKey).findFirst().map(sources::get).orElse(Path.of(group.get(0)));
                problems.add(Problem.warning(at, 0, "the outputs " + String.join(" and ", group.stream().map(this::named).toList())
                        + " differ only in case: " + ONE_FILE + " (rename one of them)"));
            }
        }
        return problems;
    }

    /** The first output path of a file copied as it is inside {@code folder}, in the order of names. */
    private static Optional<String> copiedInside(String folder, Map<String, List<Path>> copiedTo) {
        return copiedTo.keySet().stream().filter(path -> path.startsWith(folder + "/")).sorted().findFirst();
    }

    /** An output by its address, with the file it comes from when known: "/2024/03/x/ (content/2024/x.md)". */
    private String named(String path) {
        return SitePaths.sitePath(path) + Optional.ofNullable(index().sources().get(path)).map(source -> " (" + slashed(source) + ")").orElse("");
    }

    private static String slashed(Path file) {
        return file.toString().replace('\\', '/');
    }
}
