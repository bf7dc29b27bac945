package org.gazette.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gazette.config.SiteConfig;
import org.gazette.config.SiteConfigLoader;
import org.gazette.config.SiteRedirect;
import org.gazette.content.Article;
import org.gazette.content.ArticleDates;
import org.gazette.content.ArticleParser;
import org.gazette.content.ContentLoader;
import org.gazette.content.ContentTree;
import org.gazette.content.CopiedFiles;
import org.gazette.content.FrontMatterLines;
import org.gazette.content.GitDates;
import org.gazette.content.LinkGuard;
import org.gazette.content.SitePaths;
import org.gazette.content.SourceWalk;
import org.gazette.feed.Redirects;
import org.gazette.incremental.GitDatesCache;
import org.gazette.incremental.IncrementalBuild;
import org.gazette.incremental.Inputs;
import org.gazette.incremental.LastBuild;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.MarkdownRenderer;
import org.gazette.markdown.RenderedArticle;
import org.gazette.output.Manifest;
import org.gazette.output.OutputPaths;
import org.gazette.output.OutputTarget;
import org.gazette.output.SiteWriter;
import org.gazette.problem.FileNameEncoding;
import org.gazette.problem.IoFailures;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.problem.ReadProblems;
import org.gazette.render.PageMemo;
import org.gazette.render.Theme;
import org.gazette.render.ThemeException;
import org.gazette.render.ThemeFiles;
import org.gazette.search.CountsStore;
import org.gazette.search.SearchIndex;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.OutputMemo;
import org.gazette.site.Site;

/**
 * The build, step by step: configuration, content, Markdown, site model, generators, output.
 * Every step reports all of its problems; the output folder is written only when there is no
 * error, and then only its changed files are moved in (or, with no previous build to compare
 * with, the folder is replaced whole; see {@link SiteWriter}).
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
        return run(options, BuildListener.SILENT);
    }

    /**
     * Builds the site, telling {@code listener} how it goes. With a build cache, only what changed
     * since the last build is read, rendered and written; the output is the same, byte for byte.
     */
    public static BuildReport run(BuildOptions options, BuildListener listener) {
        try (BuildLock lock = BuildLock.take(options.root().toAbsolutePath().normalize(), options.cache().isPresent(), listener)) {
            return runAlone(options, listener);
        }
    }

    private static BuildReport runAlone(BuildOptions options, BuildListener listener) {
        Instant start = Instant.now();
        Path root = options.root().toAbsolutePath().normalize();
        Path output = OutputTarget.resolve(options.output());
        List<Problem> problems = new ArrayList<>();
        SourceWalk.refuseUnlessFolder(root.resolve(ContentLoader.CONTENT_FOLDER));
        if (Files.isRegularFile(root.resolve(SiteConfigLoader.FILE_NAME)) && !Files.isDirectory(root.resolve(ContentLoader.CONTENT_FOLDER))) {
            // An empty site would replace the published one: a checkout that failed, or the wrong --source.
            problems.add(Problem.error(root.resolve(ContentLoader.CONTENT_FOLDER), 0, "there is no content/ folder in " + root
                    + " (build in the site's folder, or give --source the folder holding site.yaml and content/)"));
            return new BuildReport(problems, 0, 0, 0, 0, Duration.between(start, Instant.now()));
        }
        // Told after the content's problems, which come first for editors; but known before the
        // content is read, whose walk must not follow a link into an output it may write.
        Optional<Problem> unsafeOutput = checkOutputFolder(root, output);
        listener.phase("reading", 0);
        options.cache().ifPresent(IncrementalBuild::dropLeftovers); // under the lock taken in run()
        // A cache file of modest size is read meanwhile: on two cores the two overlap.
        Optional<IncrementalBuild.Loading> early = options.cache().filter(IncrementalBuild::worthReadingEarly)
                .map(IncrementalBuild::load);
        Path guarded = unsafeOutput.isEmpty() ? output : null;
        // With a cache, the articles whose stamps show them as the last build read them are not read again.
        ContentTree tree = options.cache().isPresent()
                ? ContentLoader.load(root, guarded, IncrementalBuild.knownSources(options.cache().get()))
                : ContentLoader.load(root, guarded);
        Optional<Inputs> inputs = options.cache().isPresent()
                ? Optional.of(IncrementalBuild.inputs(options, root, tree)) : Optional.empty();
        if (unsafeOutput.isEmpty()) { // else the cache folder may lie in the output the build refuses
            inputs.ifPresent(taken -> IncrementalBuild.keepStamps(options.cache().get(), taken));
        }
        // One instant for the whole build: what is due, and when the build's record holds from.
        Instant now = options.clock().instant();
        BuildOptions at = options.withClock(Clock.fixed(now, options.clock().getZone()));
        // A fault under content/ fails the build, told with the other problems below: never "nothing changed".
        boolean sound = tree.faults().isEmpty();
        Optional<LastBuild> upToDate = options.cache().filter(folder -> sound)
                .flatMap(folder -> IncrementalBuild.upToDate(folder, inputs.get(), now, output));
        if (upToDate.isPresent()) {
            early.ifPresent(IncrementalBuild.Loading::drop);
            LastBuild last = upToDate.get();
            if (options.gitDates()) {
                GitDates.tellWhyNone(root, inputs.get().gitHead(), listener::note);
            }
            return new BuildReport(last.problems(), last.articles(), last.pages(), last.files(), 0,
                    Duration.between(start, Instant.now()), last.scheduled());
        }
        if (options.cache().isPresent()) {
            listener.phase("loading cache", 0);
        }
        Optional<IncrementalBuild.Loading> loading = early.isPresent() ? early : options.cache().map(IncrementalBuild::load);
        Optional<IncrementalBuild> cache = loading.map(l -> IncrementalBuild.open(l, inputs.get(), listener::note));
        AtomicReference<Instant> nextPublication = new AtomicReference<>(Instant.MAX);
        AtomicReference<List<Scheduled>> scheduled = new AtomicReference<>(List.of());
        AtomicReference<List<Article>> unpublished = new AtomicReference<>(List.of());
        SearchIndex searchIndex = new SearchIndex(cache.map(IncrementalBuild::outputs).orElse(OutputMemo.NONE),
                cache.map(IncrementalBuild::searchCounts).orElse(CountsStore.NONE));
        try {
            // The index's words are counted from the moment the articles are rendered, while the site
            // model is made: after an edit, the count is what the build waits for last.
            Consumer<List<RenderedArticle>> whenRendered = newestFirst -> {
                // Unless the index will be kept as it is, or the build will be refused for its output
                // folder: the count keeps its counts in the cache folder, which that output would hold.
                if (unsafeOutput.isEmpty() && cache.map(IncrementalBuild::articlesChanged).orElse(true)) {
                    searchIndex.countAhead(newestFirst);
                }
            };
            // The settings, the commit for dates from git and the static files as the inputs'
            // fingerprint found them: a site made of others must not be recorded under it.
            Optional<Site> site = collect(model(at, cache.<ArticleSteps>map(IncrementalBuild::articles).orElse(ArticleSteps.DIRECT),
                    tree, Fingerprinted.of(inputs, root), nextPublication, scheduled, unpublished, whenRendered, listener), problems);
            tree = null; // the articles' bytes (400 MB for 100,000 articles) are not needed past the model
            if (site.isEmpty()) {
                problems.addAll(themeProblems(root));
                return new BuildReport(problems, 0, 0, 0, 0, Duration.between(start, Instant.now()));
            }
            if (unsafeOutput.isPresent()) {
                problems.add(unsafeOutput.get());
                return new BuildReport(problems, 0, 0, 0, 0, Duration.between(start, Instant.now()));
            }
            int articles = site.get().articles().size();
            listener.phase("preparing", 0); // the previous site's manifest, the theme, the templates, the pages' fingerprints
            try (SiteWriter writer = SiteWriter.open(output, options.cache().isEmpty())) {
                // The theme as the inputs' fingerprint listed and read it, when there is one.
                ThemeFiles themeFiles = inputs.map(Inputs::themeFiles).orElseGet(ThemeFiles::new);
                AtomicInteger rendered = new AtomicInteger();
                int before = problems.size();
                int pages = write(root, site.get(), cache, themeFiles, writer, searchIndex, rendered, listener, problems);
                problems.addAll(clashes(root, site.get(), writer.duplicates(), writer.folderClashes(), writer.paths(),
                        noErrorsSince(problems, before)));
                if (problems.stream().anyMatch(Problem::isError)) {
                    return new BuildReport(problems, articles, 0, 0, 0, Duration.between(start, Instant.now()));
                }
                // Told after the record of this build: a rebuild with nothing changed loses nothing again.
                List<Problem> lost = LostAddresses.of(root, site.get(), unpublished.get(), writer.target(), writer.publishedBefore(),
                        writer.paths());
                listener.phase("writing", 0);
                SiteWriter.Result result = writer.commit();
                if (cache.isPresent()) {
                    listener.phase("saving cache", 0);
                    saveCache(cache.get(), output, result, listener);
                }
                if (cache.isPresent() && cache.get().madeOfItsInputs()) {
                    recordLastBuild(options.cache().get(), new LastBuild(inputs.get().digest(), result.manifestDigest(), now, nextPublication.get(),
                            articles, pages, result.files(), problems, scheduled.get()), listener);
                }
                problems.addAll(lost);
                // A count started ahead and not taken (the index was kept as it was) keeps its counts
                // before the lock ends, rather than writing them as the next build reads them.
                searchIndex.awaitCountAhead();
                return new BuildReport(problems, articles, pages, result.files(), result.written(),
                        Duration.between(start, Instant.now()), scheduled.get(), rendered.get());
            } catch (SiteWriter.Refused e) {
                problems.add(Problem.error(options.output(), 0, e.getMessage()));
                return new BuildReport(problems, articles, 0, 0, 0, Duration.between(start, Instant.now()));
            } catch (IOException | UncheckedIOException e) {
                Optional<SiteWriter.UnreadableSource> unreadable = causeOf(e, SiteWriter.UnreadableSource.class);
                if (unreadable.isPresent()) {
                    problems.add(Problem.error(ReadProblems.inside(root, unreadable.get().source()), 0, "cannot read this file to"
                            + " publish it: " + IoFailures.reason((IOException) unreadable.get().getCause())
                            + " (make it readable, or move it out of the site's folders)"));
                } else {
                    problems.add(Problem.error(options.output(), 0, "cannot write the site: " + IoFailures.describe(e)
                            + " (check that the folder is writable and the disk not full)"));
                }
                return new BuildReport(problems, articles, 0, 0, 0, Duration.between(start, Instant.now()));
            }
        } finally {
            // A build that failed does not wait for its count to tell the editor why; the count keeps nothing.
            searchIndex.dropCountAhead();
        }
    }

    /** {@code e} or the first of its causes that is a {@code type}: one thrown on another thread comes wrapped. */
    private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /**
     * Every generator's files into {@code writer}: pages, assets, published files, feeds, sitemaps,
     * redirects, and the search index. The index, then the generators that need the site alone
     * (assets, feeds, sitemaps, robots, redirects), are made on a thread of their own while the
     * pages take both cores: after the pages, they kept one core idle for a fortieth of a full
     * build. Gives the number of HTML pages, and counts those rendered (not kept) in {@code rendered}.
     */
    private static int write(Path root, Site site, Optional<IncrementalBuild> cache, ThemeFiles themeFiles, SiteWriter writer,
                             SearchIndex searchIndex, AtomicInteger rendered, BuildListener listener, List<Problem> problems) {
        SiteConfig config = site.config();
        AtomicInteger pages = new AtomicInteger();
        Set<String> unwritable = ConcurrentHashMap.newKeySet();
        Consumer<OutputFile> out = file -> {
            if (!FileNameEncoding.canHold(file.path())) {
                unwritable.add(file.path());
                return;
            }
            Optional<Manifest.Entry> entry = writer.add(file);
            if (file instanceof OutputFile.Copied copied && entry.isPresent()) {
                cache.ifPresent(c -> c.copied(copied, entry.get()));
            }
            if (file.path().endsWith(".html")) {
                pages.incrementAndGet();
            }
        };
        ExecutorService besidePages = Executors.newSingleThreadExecutor(r -> new Thread(r, "gazette-index-and-feeds"));
        try {
            Theme theme = Theme.locate(root, config.theme(), themeFiles);
            cache.ifPresent(c -> c.begin(site, theme, writer));
            PageMemo memo = cache.map(IncrementalBuild::pages).orElse(PageMemo.NONE);
            Generators generators = Generators.of(theme, site, (path, template, variables, render) ->
                    memo.page(path, template, variables, () -> {
                        rendered.incrementAndGet();
                        return render.get();
                    }));
            problems.addAll(generators.templates().unusedTemplates());
            Map<String, Generator> beside = generators.beside(searchIndex);
            Generator search = memoize(cache, Generators.SEARCH, beside.remove(Generators.SEARCH));
            beside.remove(Generators.FILES); // copied after the pages, each through the cache (below)
            Future<?> index = besidePages.submit(() -> search.generate(site, out));
            Future<?> feeds = besidePages.submit(() -> beside.forEach((name, generator) -> memoize(cache, name, generator).generate(site, out)));

            // Counted by article pages alone: the index and feeds, written meanwhile, are not steps of it.
            listener.phase("pages", site.articles().size());
            generators.articlePages().generate(site, page -> {
                out.accept(page);
                listener.advance(1);
            });
            listener.phase("listings", 0);
            generators.listings().forEach(listing -> listing.generate(site, out));
            listener.phase("files", 0);
            for (OutputFile file : site.files()) {
                out.accept(file instanceof OutputFile.Copied copied && cache.isPresent() ? cache.get().copy(copied) : file);
            }
            listener.phase("indexing", 0);
            index.get();
            feeds.get();
        } catch (ThemeException e) {
            problems.addAll(e.problems());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ThemeException theme) {
                problems.addAll(theme.problems());
            } else if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            } else {
                throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } finally {
            finish(besidePages);
        }
        unwritable.stream().sorted().findFirst().ifPresent(name -> problems.add(Problem.error(writer.target(), 0,
                "cannot write the file " + name + ": " + FileNameEncoding.advice())));
        return pages.get();
    }

    private static void recordLastBuild(Path folder, LastBuild build, BuildListener listener) {
        try {
            IncrementalBuild.recordLastBuild(folder, build);
        } catch (IOException | UncheckedIOException e) {
            listener.note("the record of this build could not be saved (" + e.getMessage() + ")");
        }
    }

    /** Waits for the thread beside the pages: it must not be writing into a staging folder that is being deleted. */
    private static void finish(ExecutorService thread) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("the search index took over an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Generator memoize(Optional<IncrementalBuild> cache, String name, Generator generator) {
        return cache.map(c -> c.memoize(name, generator)).orElse(generator);
    }

    /** A cache that cannot be saved costs the next build time, not this one its output. */
    private static void saveCache(IncrementalBuild cache, Path output, SiteWriter.Result result, BuildListener listener) {
        try {
            cache.save(output, result.manifestDigest());
        } catch (IOException | UncheckedIOException e) {
            listener.note("the build cache could not be saved (" + e.getMessage() + "); the next build starts afresh");
        }
    }

    /**
     * The pipeline up to the site model: configuration, content, Markdown. The value is present
     * only when no step found an error; the problems are every step's.
     */
    public static Outcome<Site> model(BuildOptions options) {
        return model(options, ArticleSteps.DIRECT);
    }

    /**
     * The pipeline up to the site model, with the per-article steps going through {@code steps}:
     * {@code gazette serve} keeps one between rebuilds, {@code gazette check} watches the
     * articles go by even when the site as a whole fails.
     */
    public static Outcome<Site> model(BuildOptions options, ArticleSteps steps) {
        return model(options, steps, BuildListener.SILENT);
    }

    /**
     * The same, telling {@code listener} its phases from the reading of {@code content/} on, as a
     * build does: {@code gazette serve}'s first build, which takes a minute at 100,000 articles.
     */
    public static Outcome<Site> model(BuildOptions options, ArticleSteps steps, BuildListener listener) {
        listener.phase("reading", 0);
        return model(options, steps, Fingerprinted.afresh(options.root().toAbsolutePath().normalize()), listener);
    }

    /**
     * The same, the settings and the rest taken from {@code sources}, telling {@code listener} its
     * phases (parsing, rendering, site model) as a build does: check, its settings from the
     * site.yaml its cache's key was taken of.
     */
    public static Outcome<Site> model(BuildOptions options, ArticleSteps steps, Fingerprinted sources, BuildListener listener) {
        // The output folder guarded as in a build (static/ already is, below): check and serve
        // refuse a content/ link into site/ as the build does.
        Path root = options.root().toAbsolutePath().normalize();
        return model(options, steps, ContentLoader.load(root, options.output()), sources,
                new AtomicReference<>(), new AtomicReference<>(), new AtomicReference<>(), newestFirst -> { }, listener);
    }

    /** {@code result}, telling {@code listener} one more step is done. */
    private static <T> T stepOf(BuildListener listener, T result) {
        listener.advance(1);
        return result;
    }

    /**
     * The model from {@code tree} and the rest of the site as {@code sources} has it;
     * {@code nextPublication} is told the date of the first article left out as future,
     * {@code scheduled} all those articles, {@code unpublished} those and the drafts left out, and
     * {@code whenRendered} is given the articles, newest first, as soon as
     * all are rendered without error, before the model is made of them.
     */
    private static Outcome<Site> model(BuildOptions options, ArticleSteps steps, ContentTree tree,
                                       Fingerprinted sources, AtomicReference<Instant> nextPublication,
                                       AtomicReference<List<Scheduled>> scheduled, AtomicReference<List<Article>> unpublished,
                                       Consumer<List<RenderedArticle>> whenRendered, BuildListener listener) {
        Path root = options.root().toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>(tree.faults());
        Optional<Problem> notASite = SiteFolder.check(root);
        if (notASite.isPresent()) {
            return Outcome.failed(notASite.get());
        }
        Optional<SiteConfig> loaded = collect(sources.settings().get(), problems);
        if (loaded.isEmpty()) {
            return Outcome.failed(problems);
        }
        SiteConfig config = options.baseUrl().map(loaded.get()::withBaseUrl).orElse(loaded.get());

        if (tree.sources().isEmpty()) {
            // Not an error (a new site starts so), but a checkout gone wrong would publish an empty site.
            problems.add(Problem.warning(Path.of(ContentLoader.CONTENT_FOLDER), 0, "there are no articles (.md files) in"
                    + " content/: the site will have none"));
        }
        problems.addAll(ContentLoader.strayFileProblems(tree));
        ArticleParser parser = new ArticleParser(config);
        listener.phase("parsing", tree.sources().size());
        List<Article> parsed = collectAll(tree.sources().parallelStream().map(s -> stepOf(listener, steps.parse(config, s, parser::parse)))
                .toList(), problems);
        List<Article> articles = parsed;
        if (options.gitDates()) {
            listener.phase("git dates", 0);
            ZoneId zone = config.timeZone();
            String head = sources.gitHead().get();
            articles = options.cache().isEmpty() ? GitDates.applyTo(parsed, root, head, zone, listener::note)
                    : GitDates.applyTo(parsed, root, head, listener::note,
                            commit -> GitDatesCache.at(root, commit, zone, options.cache().get()).dates());
        }
        Instant now = options.clock().instant();
        List<Article> shown = articles.stream().filter(a -> options.drafts() || !a.draft()).toList();
        // When the outcome next changes by the clock alone: an article falls due, or stops being far ahead.
        shown.stream().map(Article::date).filter(date -> !options.future())
                .flatMap(date -> Stream.of(date.toInstant(), ArticleDates.farAheadUntil(date))).filter(at -> at.isAfter(now))
                .min(Instant::compareTo).ifPresent(nextPublication::set);
        List<Article> published = shown.stream()
                .filter(a -> options.future() || !a.date().toInstant().isAfter(now))
                .toList();
        scheduled.set(shown.stream().filter(a -> !options.future() && a.date().toInstant().isAfter(now))
                .map(a -> new Scheduled(a.source(), a.date())).toList());
        Set<Path> out = published.stream().map(Article::source).collect(Collectors.toSet());
        unpublished.set(articles.stream().filter(a -> !out.contains(a.source())).toList());
        if (!options.future()) {
            problems.addAll(ArticleDates.farAheadWarnings(root, shown, now));
        }

        ImageResolver images = new ImageResolver(root);
        steps.use(images);
        MarkdownRenderer markdown = new MarkdownRenderer(config, images);
        listener.phase("rendering", published.size());
        List<RenderedArticle> rendered = collectAll(published.parallelStream()
                .map(a -> stepOf(listener, steps.render(config, a, markdown::render))).toList(), problems);
        listener.phase("site model", 0);
        List<RenderedArticle> newestFirst = rendered.stream().sorted(Site.NEWEST_FIRST).toList();
        if (problems.stream().noneMatch(Problem::isError)) {
            whenRendered.accept(newestFirst);
        }
        List<OutputFile> files;
        try {
            // A draft's or scheduled article's own files are kept back with it: a takedown takes its photos too.
            Set<Path> live = new HashSet<>(published.stream().map(Article::source).toList());
            Set<Path> withheld = WithheldFiles.of(articles, live::contains, tree.files(), config);
            files = filesToPublish(root, tree, withheld, sources.staticFile(), options.output());
        } catch (UncheckedIOException e) { // a broken link under static/: told beside the articles' problems
            List<Problem> faults = ReadProblems.faults(e, root);
            if (faults.isEmpty()) {
                throw e;
            }
            problems.addAll(faults);
            files = List.of();
        }
        Optional<Site> site = collect(Site.of(config, newestFirst, files, new FrontMatterLines(root)), problems);
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
        return outputs(root, site, new ThemeFiles());
    }

    /** The same, the theme found and read through {@code themeFiles}: the check's trial, of the files its key was taken of. */
    public static Outcome<List<OutputFile>> outputs(Path root, Site site, ThemeFiles themeFiles) {
        return outputs(root, site, themeFiles, BuildListener.SILENT);
    }

    /**
     * The same, telling {@code listener} the phases a build tells as it makes them (pages, counted
     * by article; listings; indexing, with the feeds and files): {@code gazette serve}'s first build.
     */
    public static Outcome<List<OutputFile>> outputs(Path root, Site site, BuildListener listener) {
        return outputs(root, site, new ThemeFiles(), listener);
    }

    private static Outcome<List<OutputFile>> outputs(Path root, Site site, ThemeFiles themeFiles, BuildListener listener) {
        List<Problem> problems = new ArrayList<>();
        List<OutputFile> outputs = generate(root.toAbsolutePath().normalize(), site, themeFiles, problems, listener);
        Set<String> seen = new HashSet<>();
        List<String> duplicates = outputs.stream().map(OutputFile::path).filter(path -> !seen.add(path)).toList();
        problems.addAll(clashes(root, site, duplicates, OutputPaths.folderClashes(seen), seen, noErrorsSince(problems, 0)));
        return Outcome.of(outputs, problems);
    }

    /**
     * Outputs that would overwrite each other ({@link OutputClashes}), and redirects of
     * {@code site.yaml} from an address the site makes or to one it does not: told at the
     * redirect's line, not as a clash. Unless the site's making went through ({@code complete}),
     * some pages were never made, and a redirect to one of them is not told as leading nowhere.
     */
    private static List<Problem> clashes(Path root, Site site, List<String> duplicates, List<String> folderClashes,
                                         Set<String> paths, boolean complete) {
        Set<String> redirectPages = site.config().redirects().stream().map(SiteRedirect::from)
                .filter(Redirects::hasPage).map(SitePaths::aliasFile).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>(Redirects.problems(site.config(), from -> SiteConfigLoader.redirectLine(root, from),
                from -> Redirects.hasPage(from) ? duplicates.contains(SitePaths.aliasFile(from)) : paths.contains(SitePaths.outputFile(from)),
                to -> !complete || paths.contains(SitePaths.outputFile(to)) || paths.contains(SitePaths.aliasFile(to))));
        List<String> others = duplicates.stream().filter(path -> !redirectPages.contains(path)).toList();
        problems.addAll(OutputClashes.of(root, site).problems(others, folderClashes, paths));
        return problems;
    }

    /** Whether no error came into {@code problems} after its first {@code before}: the site's making went through. */
    private static boolean noErrorsSince(List<Problem> problems, int before) {
        return problems.subList(before, problems.size()).stream().noneMatch(Problem::isError);
    }

    /**
     * The pages of {@code site}'s articles alone, rendered as a full build renders them (give it a
     * site whose articles are those to render, with the whole site's links and columns):
     * {@code gazette serve} shows an edited article at once this way, and generates the rest after.
     */
    public static Outcome<List<OutputFile>> articlePages(Path root, Site site) {
        try {
            return Outcome.of(Generators.of(root.toAbsolutePath().normalize(), site).articlePages().generate(site), List.of());
        } catch (ThemeException e) {
            return Outcome.failed(e.problems());
        }
    }

    /**
     * What is wrong with the theme's folders (one saved as a file, a broken link, a theme that is
     * not there), for a build the content stopped before the theme was opened: told with the
     * content's problems, not one build after (and by {@code serve}, one reload after). Nothing
     * when {@code site.yaml} itself is wrong.
     */
    public static List<Problem> themeProblems(Path root) {
        Optional<SiteConfig> config = SiteConfigLoader.load(root).value();
        if (config.isEmpty()) {
            return List.of();
        }
        try {
            Theme.locate(root, config.get().theme());
            return List.of();
        } catch (ThemeException e) {
            return e.problems();
        } catch (UncheckedIOException e) {
            return ReadProblems.of(e, root);
        }
    }

    /**
     * Every generator's files, in the phases a build tells: the articles' pages, the listings, then
     * those beside them ({@link Generators#beside}: assets, published files, feeds, sitemaps, the
     * search index, redirects).
     */
    private static List<OutputFile> generate(Path root, Site site, ThemeFiles themeFiles, List<Problem> problems,
                                             BuildListener listener) {
        List<OutputFile> outputs = new ArrayList<>();
        try {
            Generators generators = Generators.of(Theme.locate(root, site.config().theme(), themeFiles), site, counting(listener));
            problems.addAll(generators.templates().unusedTemplates());
            listener.phase("pages", site.articles().size());
            outputs.addAll(generators.articlePages().generate(site));
            listener.phase("listings", 0);
            generators.listings().forEach(listing -> outputs.addAll(listing.generate(site)));
            listener.phase("indexing", 0);
            generators.beside(new SearchIndex()).values().forEach(generator -> outputs.addAll(generator.generate(site)));
        } catch (ThemeException e) {
            problems.addAll(e.problems());
        }
        return outputs;
    }

    /**
     * Renders every page, telling {@code listener} of each as a step: the article pages are the
     * steps the pages phase counts (the listing pages after them fall in a phase that counts none).
     */
    private static PageMemo counting(BuildListener listener) {
        return (path, template, variables, render) -> {
            OutputFile page = PageMemo.NONE.page(path, template, variables, render);
            listener.advance(1);
            return page;
        };
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

    /**
     * Files beside the articles under {@code content/} but those {@code withheld}, and everything in
     * {@code static/} that {@code staticFile} takes (a build, those its inputs' fingerprint found:
     * not a file come since), at their site paths.
     */
    private static List<OutputFile> filesToPublish(Path root, ContentTree tree, Set<Path> withheld, Predicate<Path> staticFile,
                                                   Path output) {
        List<Path> content = tree.files().stream().filter(file -> !withheld.contains(file)).toList();
        return CopiedFiles.list(root, content, LinkGuard.of(root, output), fault -> {
            throw fault;
        }).stream().filter(file -> !file.source().startsWith(CopiedFiles.STATIC_FOLDER) || staticFile.test(file.source()))
                .map(file -> OutputFile.copy(file.sitePath(), root.resolve(file.source()))).toList();
    }

    /** The output folder is deleted and replaced: it must not hold the site's own sources, nor files Gazette did not write. */
    private static Optional<Problem> checkOutputFolder(Path root, Path output) {
        // .gazette/: the build cache and lock, which would otherwise be published with the site
        return OutputTarget.refusal(root, output, List.of(ContentLoader.CONTENT_FOLDER, "themes", Theme.TEMPLATES,
                ImageResolver.STATIC_FOLDER, ".git", ".gazette"));
    }
}
