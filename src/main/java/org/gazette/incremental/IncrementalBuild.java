package org.gazette.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.time.Instant;
import org.gazette.build.BuildOptions;
import org.gazette.config.DeploySettings;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.ContentTree;
import org.gazette.content.FileStamp;
import org.gazette.content.KnownSources;
import org.gazette.markdown.RenderedArticle;
import org.gazette.output.Manifest;
import org.gazette.output.SiteWriter;
import org.gazette.render.PageMemo;
import org.gazette.render.PageTemplate;
import org.gazette.render.PeriodLink;
import org.gazette.render.Teaser;
import org.gazette.render.Templates;
import org.gazette.render.TermLink;
import org.gazette.render.Theme;
import org.gazette.search.CountsStore;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.OutputMemo;
import org.gazette.site.Site;

/**
 * One build's use of the build cache: the articles of the last build ({@link #articles()}), the
 * pages it rendered and from what ({@link #pages}), the files its other generators made
 * ({@link #memoize}), and the copied files it hashed ({@link #copy}). A page or file is kept only
 * when the output folder still holds what the last build wrote there (its manifest is the one the
 * cache recorded). {@link #save} stores what this build did, for the next.
 *
 * <pre>{@code
 * IncrementalBuild.Loading loading = IncrementalBuild.load(folder);     // read on a thread of its own
 * IncrementalBuild cache = IncrementalBuild.open(loading, inputs, notes::add);
 * Site site = Build.model(options, cache.articles(), ...);
 * cache.begin(site, theme, writer);                                   // then pages(), memoize(...), copy(...)
 * ...
 * cache.save(output, writer.commit().manifestDigest());
 * }</pre>
 */
public final class IncrementalBuild {

    /** The cache file inside the cache folder. */
    public static final String FILE = "build.bin";
    /** The search index's counts of the articles' words, beside it ({@link #searchCounts}). */
    static final String SEARCH_COUNTS = "search-counts.bin";

    private final Path file;
    private final BuildCacheFile.State earlier;
    private final ArticleStore articles;
    /** Each page's key, by path: as many as the last build's, made that large at once (grown from empty, it copied itself over and over). */
    private final Map<String, byte[]> pageKeys;
    private final Map<String, BuildCacheFile.GeneratorRun> generatorRuns = new ConcurrentHashMap<>();
    private final Map<String, BuildCacheFile.CopiedFile> copies = new ConcurrentHashMap<>();
    /** The sources of copied files this build copies, with their size and time read before the copy. */
    private final Map<String, SourceState> toCopy = new ConcurrentHashMap<>();

    /** A copied file's source as it was before the copy. */
    private record SourceState(long size, long modified, long inode) {
    }
    private volatile Map<Object, byte[]> fingerprints = Map.of();
    /** Gazette's code, the theme's strings and assets and the settings: what every page depends on. */
    private volatile byte[] siteKey = new byte[0];
    private volatile TemplateFiles templateFiles;
    /**
     * Gazette's code and the settings but the redirects (the redirects' own files name them among
     * their inputs) and where the site is deployed, which no such file reads: the key of what is
     * made without the theme and not from the articles alone (feeds, sitemaps, robots.txt).
     */
    private volatile byte[] settingsKey = new byte[0];
    /** Gazette's code and the settings the articles' parsing and Markdown read: the key of what is made from the articles alone. */
    private volatile byte[] articlesKey = new byte[0];
    private volatile SiteWriter writer;
    private volatile boolean outputMatches;

    private IncrementalBuild(Path file, BuildCacheFile.State earlier, Inputs inputs) {
        this.file = file;
        this.earlier = earlier;
        this.articles = new ArticleStore(earlier.articles(), inputs.sources());
        this.pageKeys = new ConcurrentHashMap<>(earlier.pages().size());
    }

    /** The cache file being read on a thread of its own, and what it had to say about the file. */
    public static final class Loading {
        private final Path file;
        private CompletableFuture<Optional<BuildCacheFile.State>> state;
        private final List<String> notes = new CopyOnWriteArrayList<>();
        private volatile boolean dropped;

        private Loading(Path file) {
            this.file = file;
        }

        /** Stops reading: the build needs no cache (it found itself up to date). */
        public void drop() {
            dropped = true;
        }
    }

    /**
     * Above this size the cache file is read only once the build knows it needs it: at 100,000
     * articles (500 MB) reading it alongside the sources took a build with nothing changed from
     * 3.6 s to 6.4 s and 0.7 GB to 2.1 GB, for about a second off an edit.
     */
    static final long EARLY_READ_LIMIT = 128L << 20;

    /**
     * Deletes what cache writes cut off by a kill left in {@code folder}; the caller holds the
     * site's build lock, so no other build is writing there.
     */
    public static void dropLeftovers(Path folder) {
        CacheFiles.dropLeftovers(folder.resolve(FILE));
        CacheFiles.dropLeftovers(folder.resolve(LastBuild.FILE));
        GitDatesCache.dropLeftovers(folder);
        CacheFiles.dropLeftovers(folder.resolve(SEARCH_COUNTS));
        CacheFiles.dropLeftovers(folder.resolve(SourceStamps.FILE));
    }

    /** True when the cache file of {@code folder} is small enough to read alongside the sources. */
    public static boolean worthReadingEarly(Path folder) {
        try {
            return Files.size(folder.resolve(FILE)) <= EARLY_READ_LIMIT;
        } catch (IOException e) {
            return false; // no cache file: nothing to read early
        }
    }

    /**
     * Starts reading the cache file of {@code folder} on a thread of its own, so that it is read
     * while the build reads the sources (a build that finds itself up to date drops it, and the
     * reading stops between segments).
     */
    public static Loading load(Path folder) {
        Loading loading = new Loading(folder.resolve(FILE));
        // A daemon thread: a build that needs no cache does not wait for it.
        loading.state = CompletableFuture.supplyAsync(
                () -> BuildCacheFile.read(loading.file, loading.notes::add, () -> loading.dropped), runnable -> {
                    Thread thread = new Thread(runnable, "gazette-cache-load");
                    thread.setDaemon(true);
                    thread.start();
                });
        return loading;
    }

    /** The cache {@code loading} read, for a build of {@code inputs}; {@code notes} hears why an unusable cache is ignored. */
    public static IncrementalBuild open(Loading loading, Inputs inputs, Consumer<String> notes) {
        Optional<BuildCacheFile.State> state;
        try {
            state = loading.state.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
        loading.notes.forEach(notes);
        return new IncrementalBuild(loading.file, state.orElse(BuildCacheFile.State.empty()), inputs);
    }

    // inputs, upToDate and recordLastBuild forward to Inputs and LastBuild: the package's face to Build.

    /** The articles the last build of {@code folder}'s site read, by their stamps ({@link SourceStamps}): a walk of {@code content/} need not read them again. */
    public static KnownSources knownSources(Path folder) {
        return SourceStamps.read(folder);
    }

    /** Keeps the articles' stamps and fingerprints {@code inputs} took, for the next build's walk. */
    public static void keepStamps(Path folder, Inputs inputs) {
        SourceStamps.keep(folder, inputs);
    }

    /** Everything a build with {@code options} reads, fingerprinted (see {@link Inputs}). */
    public static Inputs inputs(BuildOptions options, Path root, ContentTree tree) {
        return Inputs.of(options, root, tree.sources(), tree.files());
    }

    /**
     * The last build, when it was made from these very inputs, the clock has not brought a
     * future-dated article due since, and {@code output} still holds what it wrote.
     */
    public static Optional<LastBuild> upToDate(Path folder, Inputs inputs, Instant now, Path output) {
        return LastBuild.read(folder).filter(last -> last.upToDate(inputs.digest(), now, output));
    }

    /** Records a successful build, so that the next with the same inputs can stop at once. */
    public static void recordLastBuild(Path folder, LastBuild build) throws IOException {
        build.write(folder);
    }

    /** The per-article steps, answered from the cache where the files are unchanged. */
    public ArticleStore articles() {
        return articles;
    }

    /**
     * False when an article was saved while this build read it, after its stamp was taken
     * ({@link ArticleStore#articleSavedWhileRead}): the site is not the one its inputs' fingerprint
     * stands for, and must not be recorded as the last build of them (call once all are parsed).
     */
    public boolean madeOfItsInputs() {
        return !articles.articleSavedWhileRead();
    }

    /** False when every article was read and rendered as the last build had it (call once all are rendered). */
    public boolean articlesChanged() {
        return entriesDiffer((now, before) -> now.parsed() != before.parsed() || now.rendered() != before.rendered());
    }

    /** False when the cache's record of every article is the last build's, down to its images' times. */
    private boolean articleEntriesChanged() {
        return entriesDiffer((now, before) -> now != before);
    }

    private boolean entriesDiffer(BiPredicate<ArticleStore.Entry, ArticleStore.Entry> differ) {
        Map<Path, ArticleStore.Entry> now = articles.entries();
        return now.size() != earlier.articles().size() || now.entrySet().stream().anyMatch(e -> {
            ArticleStore.Entry before = earlier.articles().get(e.getKey());
            return before == null || differ.test(e.getValue(), before);
        });
    }

    /**
     * Starts the output steps: pages and files are kept only when {@code writer} is replacing the
     * very folder and manifest the last build wrote.
     */
    public void begin(Site site, Theme theme, SiteWriter writer) {
        this.writer = writer;
        this.outputMatches = earlier.output().equals(writer.target().toAbsolutePath().normalize().toString())
                && earlier.manifestDigest().equals(writer.previousManifestDigest());
        this.fingerprints = knownFingerprints(site);
        this.templateFiles = new TemplateFiles(theme.templateFolders(), theme.files());
        this.siteKey = new Fingerprint().add(CodeStamp.current()).add(themeKey(theme)).add(templateFiles.everyPage())
                .add(site.config()).digest();
        this.settingsKey = new Fingerprint().add(CodeStamp.current())
                .add(site.config().withRedirects(List.of()).withDeploy(DeploySettings.none())).digest();
        this.articlesKey = articles.articleKey(site.config());
    }

    /** Template pages, each kept when the templates it is made of, the theme's strings and assets, the settings and its variables (or the inputs they are made from) are the last build's. */
    public PageMemo pages() {
        return this::page;
    }

    private OutputFile page(String path, PageTemplate template, Map<String, Object> variables, Supplier<byte[]> render) {
        byte[] key;
        try {
            key = fingerprint().add(siteKey).add(template.name()).add(templateFiles.key(template)).add(variables).digest();
        } catch (Fingerprint.Unsupported e) {
            return OutputFile.of(path, render.get()); // a variable of unknown kind: render, and remember nothing
        }
        pageKeys.put(path, key);
        Optional<OutputFile> kept = kept(path, earlier.pages().get(path), key);
        return kept.orElseGet(() -> OutputFile.of(path, render.get()));
    }

    /**
     * {@code generator}, skipped when what it depends on ({@link Generator#dependsOn}), the
     * settings and (when it uses it) the theme are the last build's: its files are then the last
     * build's, and so are the groups it made through {@link #outputs()}.
     */
    public Generator memoize(String name, Generator generator) {
        return new Generator() {
            @Override
            public List<OutputFile> generate(Site site) {
                List<OutputFile> files = new ArrayList<>();
                generate(site, files::add);
                return files;
            }

            @Override
            public void generate(Site site, Consumer<OutputFile> out) {
                byte[] base = generator.usesTheme() ? siteKey : generator.readsSettings() ? settingsKey : articlesKey;
                byte[] key = fingerprint().add(base).add(name)
                        .add(generator.dependsOn(site)).digest();
                if (keep(name, key, out)) {
                    earlier.generators().forEach((group, run) -> {
                        if (group.startsWith(name + "/")) {
                            generatorRuns.put(group, run);
                        }
                    });
                    return;
                }
                List<String> paths = Collections.synchronizedList(new ArrayList<>());
                generator.generate(site, file -> {
                    paths.add(file.path());
                    out.accept(file);
                });
                remember(name, key, paths);
            }
        };
    }

    /**
     * Where the search index keeps its counts of the articles' words, each under the article's
     * fingerprint (its file, the settings its parsing and Markdown read, its images and Gazette's
     * code: all its counted text is made from), so that an edit counts the edited article alone.
     * In a file of its own, written as soon as the words are counted: the counts hold whatever
     * this build's pages come to, so even a build that fails later leaves them right.
     */
    public CountsStore searchCounts() {
        return new SearchCountsFile(file.resolveSibling(SEARCH_COUNTS), Runtime.getRuntime().maxMemory() / 8,
                articles::fingerprint);
    }

    /**
     * Groups of files each kept when its inputs and the settings the articles read are the last
     * build's (see {@link OutputMemo}); only generators made from the articles alone make groups.
     */
    public OutputMemo outputs() {
        return (name, inputs, make, out) -> {
            byte[] key;
            try {
                key = fingerprint().add(articlesKey).add(name).add(inputs).digest();
            } catch (Fingerprint.Unsupported e) {
                make.get().forEach(out); // inputs of unknown kind: make the files, and remember nothing
                return;
            }
            if (!keep(name, key, out)) {
                List<OutputFile> files = make.get();
                files.forEach(out);
                remember(name, key, files.stream().map(OutputFile::path).toList());
            }
        };
    }

    /** Hands the last build's files of {@code name} to {@code out} when its key was {@code key} and the output folder holds them all. */
    private boolean keep(String name, byte[] key, Consumer<OutputFile> out) {
        BuildCacheFile.GeneratorRun before = earlier.generators().get(name);
        if (!outputMatches || before == null || !Arrays.equals(before.key(), key)) {
            return false;
        }
        List<OutputFile> kept = before.paths().stream().map(this::held).flatMap(Optional::stream).toList();
        if (kept.size() != before.paths().size()) {
            return false;
        }
        generatorRuns.put(name, before);
        kept.forEach(out);
        return true;
    }

    private void remember(String name, byte[] key, List<String> paths) {
        generatorRuns.put(name, new BuildCacheFile.GeneratorRun(key, paths.stream().sorted().toList()));
    }

    /**
     * A copied file, kept without reading it when its source has the size and time the last build
     * saw, and is the same file (a link may lead to another).
     */
    public OutputFile copy(OutputFile.Copied file) {
        try {
            long lookedAt = System.currentTimeMillis();
            FileStamp stamp = FileStamp.of(file.source());
            String source = file.source().toAbsolutePath().toString();
            BuildCacheFile.CopiedFile before = earlier.copied().get(source);
            long size = stamp.size();
            long modified = stamp.changed();
            // A file kept unsettled (FileStamp.toKeep) is copied again.
            if (before != null && before.modified() != FileStamp.UNSETTLED && before.size() == size && before.modified() == modified
                    && before.inode() == stamp.inode()) {
                copies.put(source, before);
                OutputFile kept = new OutputFile.Reused(file.path(), before.checksum(), before.size());
                if (outputMatches && writer.held(file.path()).filter(e -> e.checksum().equals(before.checksum())).isPresent()) {
                    return kept;
                }
            }
            // Its size and time from before the copy: a file saved again while it is copied
            // then differs from them, and is copied again next time.
            toCopy.put(source, new SourceState(size, stamp.toKeep(lookedAt).changed(), stamp.inode()));
            return file;
        } catch (IOException e) {
            return file; // the writer reports a file it cannot read
        }
    }

    /**
     * Remembers the hash the writer computed for a copied file, with the source's size and time
     * read before it was copied, for the next build.
     */
    public void copied(OutputFile.Copied file, Manifest.Entry entry) {
        String source = file.source().toAbsolutePath().toString();
        SourceState before = toCopy.remove(source);
        if (before != null) { // else not remembered: copied again next time
            copies.put(source, new BuildCacheFile.CopiedFile(before.size(), before.modified(), before.inode(), entry.checksum()));
        }
    }

    /**
     * Stores this build's work; {@code manifestDigest} is that of the manifest now in {@code output}.
     * A build that changed nothing leaves the file as it is.
     */
    public void save(Path output, String manifestDigest) throws IOException {
        String folder = output.toAbsolutePath().normalize().toString();
        if (folder.equals(earlier.output()) && manifestDigest.equals(earlier.manifestDigest()) && unchanged()) {
            return;
        }
        BuildCacheFile.write(file, new BuildCacheFile.State(folder, manifestDigest,
                articles.entries(), pageKeys, generatorRuns, copies), earlier);
    }

    /** True when this build found everything as the cache had it: no article, page key, generator run or copy differs. */
    private boolean unchanged() {
        return !articleEntriesChanged()
                && pageKeys.size() == earlier.pages().size()
                && pageKeys.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), earlier.pages().get(e.getKey())))
                && generatorRuns.size() == earlier.generators().size()
                && generatorRuns.entrySet().stream().allMatch(e -> e.getValue() == earlier.generators().get(e.getKey()))
                && copies.equals(earlier.copied());
    }

    private Optional<OutputFile> kept(String path, byte[] earlierKey, byte[] key) {
        if (!outputMatches || earlierKey == null || !Arrays.equals(earlierKey, key)) {
            return Optional.empty();
        }
        return held(path);
    }

    private Optional<OutputFile> held(String path) {
        return writer.held(path).map(entry -> new OutputFile.Reused(path, entry.checksum(), entry.size()));
    }

    private Fingerprint fingerprint() {
        Map<Object, byte[]> known = fingerprints;
        return new Fingerprint(value -> {
            // Asked of every record on every page: the kind is told first, by the class alone.
            Class<?> type = value.getClass();
            if (type == RenderedArticle.class || type == Article.class || type == SiteConfig.class) {
                return known.get(value); // the only kinds knownFingerprints holds
            }
            if (isSharedView(type)) {
                // Equal views have equal fingerprints: each teaser or link is walked once, not on every page showing it.
                return views.computeIfAbsent(value, view -> new Fingerprint().add(view).digest());
            }
            return null;
        });
    }

    /** The small records many pages show: remembered by value. */
    private static boolean isSharedView(Class<?> type) {
        return type == Teaser.class || type == TermLink.class || type == PeriodLink.class || type == Templates.ColumnLink.class;
    }
    private final Map<Object, byte[]> views = new ConcurrentHashMap<>();

    /**
     * The fingerprints of what many pages share, computed once: each article (rendered, and its
     * front matter) from its file, and the settings. Of no other kinds: {@link #fingerprint()} looks up only these.
     */
    private Map<Object, byte[]> knownFingerprints(Site site) {
        Map<Object, byte[]> known = new IdentityHashMap<>();
        for (RenderedArticle article : site.articles()) {
            articles.fingerprint(article).ifPresent(fingerprint -> {
                known.put(article, fingerprint);
                known.put(article.article(), fingerprint);
            });
        }
        known.put(site.config(), new Fingerprint().add(site.config()).digest());
        return known;
    }

    /** Every file of the theme's strings and assets, by name and bytes (its templates are {@link TemplateFiles}). */
    private static byte[] themeKey(Theme theme) {
        Fingerprint key = new Fingerprint();
        // What every page is made of besides its templates: strings and assets (whose names carry a
        // hash of their bytes); not the rest of the theme's folder, which may hold its own tooling or history.
        List<Path> folders = new ArrayList<>(theme.stringFolders());
        folders.addAll(theme.assets());
        for (Path folder : folders) {
            TemplateFiles.walk(folder, theme.files(), fault -> key.add(fault.toString()).add("a fault"),
                    (file, bytes) -> key.add(file.toString()).add(bytes));
        }
        return key.digest();
    }
}
