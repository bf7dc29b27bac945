package org.gazette.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gazette.config.SiteConfig;
import org.gazette.config.SiteConfigLoader;
import org.gazette.content.Article;
import org.gazette.content.ArticleParser;
import org.gazette.content.ContentLoader;
import org.gazette.content.ContentTree;
import org.gazette.content.GitDates;
import org.gazette.content.SitePaths;
import org.gazette.feed.AtomFeeds;
import org.gazette.feed.Redirects;
import org.gazette.feed.Robots;
import org.gazette.feed.Sitemaps;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.MarkdownRenderer;
import org.gazette.markdown.RenderedArticle;
import org.gazette.output.Manifest;
import org.gazette.output.OutputWriter;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.render.ArticlePages;
import org.gazette.render.Assets;
import org.gazette.render.IndexPages;
import org.gazette.render.ListingPages;
import org.gazette.render.ThemeStrings;
import org.gazette.search.SearchIndex;
import org.gazette.render.Templates;
import org.gazette.render.Theme;
import org.gazette.render.ThemeException;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * The build, step by step: configuration, content, Markdown, site model, generators, output.
 * Every step reports all of its problems; the output folder is written only when there is no
 * error, and then replaced as a whole.
 *
 * <pre>{@code
 * BuildReport report = Build.run(BuildOptions.of(Path.of(".")));
 * report.problems().forEach(p -> System.err.println(p.format()));
 * }</pre>
 */
public final class Build {

    private Build() {
    }

    public static BuildReport run(BuildOptions options) {
        Instant start = Instant.now();
        Path root = options.root().toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        Optional<Site> site = collect(model(options), problems);
        if (site.isEmpty()) {
            return new BuildReport(problems, 0, 0, 0, Duration.between(start, Instant.now()));
        }
        Optional<Problem> unsafeOutput = checkOutputFolder(root, options.output().toAbsolutePath().normalize());
        if (unsafeOutput.isPresent()) {
            problems.add(unsafeOutput.get());
            return new BuildReport(problems, 0, 0, 0, Duration.between(start, Instant.now()));
        }
        int articles = site.get().articles().size();

        List<OutputFile> outputs = generate(root, site.get(), problems);
        problems.addAll(findClashes(outputs, site.get()));
        OutputWriter.unwritableName(outputs).ifPresent(name -> problems.add(Problem.error(options.output(), 0,
                "cannot write the file " + name + ": Java encodes file names here as " + OutputWriter.fileNameEncoding()
                        + " (run Gazette under a UTF-8 locale, for example: export LANG=C.UTF-8)")));
        if (problems.stream().anyMatch(Problem::isError)) {
            return new BuildReport(problems, articles, 0, 0, Duration.between(start, Instant.now()));
        }
        try {
            OutputWriter.write(options.output(), Manifest.addTo(outputs));
        } catch (IOException e) {
            problems.add(Problem.error(options.output(), 0, "cannot write the site: " + e.getMessage()
                    + " (check that the folder is writable and the disk not full)"));
        }
        int pages = (int) outputs.stream().filter(f -> f.path().endsWith(".html")).count();
        return new BuildReport(problems, articles, pages, outputs.size(), Duration.between(start, Instant.now()));
    }

    /**
     * The pipeline up to the site model: configuration, content, Markdown. The value is present
     * only when no step found an error; the problems are every step's.
     */
    public static Outcome<Site> model(BuildOptions options) {
        return model(options, BuildCache.NONE);
    }

    /**
     * The pipeline up to the site model, with the per-article steps going through {@code cache}:
     * {@code gazette serve} keeps one between rebuilds, {@code gazette check} watches the
     * articles go by even when the site as a whole fails.
     */
    public static Outcome<Site> model(BuildOptions options, BuildCache cache) {
        Path root = options.root().toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        Optional<SiteConfig> loaded = collect(SiteConfigLoader.load(root), problems);
        if (loaded.isEmpty()) {
            return Outcome.failed(problems);
        }
        SiteConfig config = options.baseUrl().map(loaded.get()::withBaseUrl).orElse(loaded.get());

        ContentTree tree = ContentLoader.load(root);
        ArticleParser parser = new ArticleParser(config);
        List<Article> articles = withGitDates(options, root, config,
                collectAll(tree.sources().parallelStream().map(s -> cache.parse(config, s, parser::parse)).toList(), problems));
        Instant now = options.clock().instant();
        List<Article> published = articles.stream()
                .filter(a -> options.drafts() || !a.draft())
                .filter(a -> options.future() || !a.date().toInstant().isAfter(now))
                .toList();

        MarkdownRenderer markdown = new MarkdownRenderer(config, new ImageResolver(root));
        List<RenderedArticle> rendered = collectAll(published.parallelStream().map(a -> cache.render(config, a, markdown::render)).toList(), problems);
        Optional<Site> site = collect(Site.of(config, rendered, filesToPublish(root, tree)), problems);
        if (site.isEmpty() || problems.stream().anyMatch(Problem::isError)) {
            return Outcome.failed(problems);
        }
        return Outcome.of(site.get(), problems);
    }

    /**
     * The files the generators make from {@code site}, in memory and not written anywhere, with
     * the theme's problems and any two outputs at one path: for {@code gazette serve}, which
     * serves them, and {@code gazette check}, which renders a few pages to try the theme.
     */
    public static Outcome<List<OutputFile>> outputs(Path root, Site site) {
        List<Problem> problems = new ArrayList<>();
        List<OutputFile> outputs = generate(root.toAbsolutePath().normalize(), site, problems);
        problems.addAll(findClashes(outputs, site));
        return Outcome.of(outputs, problems);
    }

    /**
     * The pages of {@code site}'s articles alone, rendered as a full build renders them (give it a
     * site whose articles are those to render, with the whole site's links and columns):
     * {@code gazette serve} shows an edited article at once this way, and generates the rest after.
     */
    public static Outcome<List<OutputFile>> articlePages(Path root, Site site) {
        try {
            Theme theme = Theme.locate(root.toAbsolutePath().normalize(), site.config().theme());
            Templates templates = new Templates(theme, site, ThemeStrings.load(theme, site.config().language()), Assets.of(theme));
            return Outcome.of(new ArticlePages(templates).generate(site), List.of());
        } catch (ThemeException e) {
            return Outcome.failed(e.problem());
        }
    }

    /** Every generator's files: pages, assets, published files, feeds, sitemaps, redirects. */
    private static List<OutputFile> generate(Path root, Site site, List<Problem> problems) {
        SiteConfig config = site.config();
        List<OutputFile> outputs = new ArrayList<>();
        try {
            Theme theme = Theme.locate(root, config.theme());
            Assets assets = Assets.of(theme);
            Templates templates = new Templates(theme, site, ThemeStrings.load(theme, config.language()), assets);
            List<Generator> generators = List.of(
                    new ArticlePages(templates),
                    new ListingPages(templates),
                    new IndexPages(templates),
                    assets,
                    Site::files,
                    new AtomFeeds(),
                    new Sitemaps(),
                    new Robots(),
                    new SearchIndex(),
                    new Redirects());
            for (Generator generator : generators) {
                outputs.addAll(generator.generate(site));
            }
        } catch (ThemeException e) {
            problems.add(e.problem());
        }
        return outputs;
    }

    private static <T> Optional<T> collect(Outcome<T> outcome, List<Problem> problems) {
        problems.addAll(outcome.problems());
        return outcome.value();
    }

    private static <T> List<T> collectAll(List<Outcome<T>> outcomes, List<Problem> problems) {
        List<T> values = new ArrayList<>();
        for (Outcome<T> outcome : outcomes) {
            collect(outcome, problems).ifPresent(values::add);
        }
        return values;
    }

    /** Files beside the articles under {@code content/}, and everything in {@code static/}, at their site paths. */
    private static List<OutputFile> filesToPublish(Path root, ContentTree tree) {
        List<OutputFile> files = new ArrayList<>();
        Path content = Path.of(ContentLoader.CONTENT_FOLDER);
        for (Path file : tree.files()) {
            files.add(OutputFile.copy(content.relativize(file).toString().replace('\\', '/'), root.resolve(file)));
        }
        Path statics = root.resolve(ImageResolver.STATIC_FOLDER);
        if (Files.isDirectory(statics)) {
            try (Stream<Path> walk = Files.walk(statics)) {
                walk.filter(Files::isRegularFile).sorted().forEach(file ->
                        files.add(OutputFile.copy(statics.relativize(file).toString().replace('\\', '/'), file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + statics, e);
            }
        }
        return files;
    }

    /** Two outputs at one path would silently overwrite each other: an alias on a listing page, a file named like a page. */
    private static List<Problem> findClashes(List<OutputFile> outputs, Site site) {
        Map<String, Path> aliasSources = new HashMap<>();
        for (RenderedArticle r : site.articles()) {
            r.article().aliases().forEach(alias -> aliasSources.put(SitePaths.outputFile(alias), r.article().source()));
        }
        Set<String> seen = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (OutputFile file : outputs) {
            if (seen.add(file.path())) {
                continue;
            }
            Path alias = aliasSources.get(file.path());
            problems.add(alias != null
                    ? Problem.error(alias, 1, "an alias of this article would replace the page /" + file.path()
                            + " (remove the alias, or correct it)")
                    : Problem.error(Path.of(file.path()), 0, "two outputs are written to " + file.path()
                            + " (a page and a file, or two pages, share this path: rename one of them)"));
        }
        return problems;
    }

    /** Articles without {@code updated} take the date of the last commit that changed their file, when later. */
    private static List<Article> withGitDates(BuildOptions options, Path root, SiteConfig config, List<Article> articles) {
        if (!options.gitDates()) {
            return articles;
        }
        Map<Path, ZonedDateTime> dates = GitDates.read(root, config.timeZone());
        return articles.stream().map(article -> {
            ZonedDateTime committed = dates.get(article.source());
            return article.updated().isEmpty() && committed != null && committed.isAfter(article.date())
                    ? article.withUpdated(committed) : article;
        }).toList();
    }

    /** The output folder is deleted and replaced: it must not hold the site's own sources. */
    private static Optional<Problem> checkOutputFolder(Path root, Path output) {
        boolean holdsSources = root.startsWith(output);
        boolean insideSources = Stream.of(ContentLoader.CONTENT_FOLDER, "themes", Theme.TEMPLATES, ImageResolver.STATIC_FOLDER)
                .anyMatch(folder -> output.startsWith(root.resolve(folder)));
        if (holdsSources || insideSources) {
            return Optional.of(Problem.error(output, 0, "the output folder would replace the site's sources"
                    + " (choose another --output, such as site)"));
        }
        return Optional.empty();
    }
}
