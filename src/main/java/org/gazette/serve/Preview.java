package org.gazette.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.gazette.build.BuildListener;
import org.gazette.content.ContentLoader;
import org.gazette.content.SitePaths;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * {@code gazette serve}: builds the site in memory, serves it on 127.0.0.1, and rebuilds it when
 * its sources change; open pages reload when their content changed, and show the build's errors
 * over themselves while it fails. The server keeps running whatever the sources do.
 *
 * <pre>{@code
 * try (Preview preview = Preview.start(ServeOptions.of(Path.of(".")), log)) {
 *     System.out.println(preview.url()); // http://127.0.0.1:4000/
 *     preview.awaitClose();
 * }
 * }</pre>
 */
public final class Preview implements AutoCloseable {

    /** When the port was taken: it names the port and what to do. */
    public static final class PortInUse extends IOException {
        private static final long serialVersionUID = 1L;

        public PortInUse(int port) {
            super("port " + port + " is in use by another program, perhaps another gazette serve"
                    + " (stop it, or choose another port: --port " + (port + 1) + ")");
        }
    }

    /** Up to this many edited articles get their pages rebuilt first, before the rest of the site. */
    static final int QUICK_ARTICLES = 20;
    /** Tries this many ports from the default one before taking any free port. */
    static final int PORTS_TO_TRY = 10;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final ServeOptions options;
    private final PrintWriter log;
    private final HttpServer server;
    private final ExecutorService requests;
    private final URI url;
    private final Rebuilder rebuilder;
    /** Shows the first build going, as gazette build shows its own: it takes a minute at 100,000 articles. */
    private final FirstBuildListener firstBuild;
    private final LiveReload live;
    private final SourceWatcher watcher;
    private final Thread loop;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger builds = new AtomicInteger();
    /** Counts rebuilds: the files of one are published only if no later one has started. */
    private final AtomicInteger versions = new AtomicInteger();
    /** Rebuilds begun whose whole site is not generated yet: for tests, which start each case on a settled preview. */
    private final AtomicInteger unsettled = new AtomicInteger();
    /** Generates whole sites one at a time, apart from the watching, so that a new change is seen at once. */
    private final ExecutorService generator = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gazette-serve-generate");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Site lastSite;
    /**
     * The model of the last whole site published, which the open pages show: moves are told from
     * it, not from the last model, whose site a newer save may have superseded unpublished.
     */
    private Site shownSite;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Snapshot snapshot;

    private Preview(ServeOptions options, PrintWriter log, FirstBuildListener firstBuild, HttpServer server) throws IOException {
        this.options = options;
        this.log = log;
        this.firstBuild = firstBuild;
        this.server = server;
        this.url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        this.rebuilder = new Rebuilder(options, url);
        this.snapshot = Snapshot.empty(nextId());
        this.live = new LiveReload(snapshot);
        Path root = options.root().toAbsolutePath().normalize();
        // Watch before the first build, so that a change made during it is not missed.
        this.watcher = SourceWatcher.of(root, log);
        Path content = root.resolve(ContentLoader.CONTENT_FOLDER);
        if (!Files.exists(content, LinkOption.NOFOLLOW_LINKS)) { // a file or a broken link: the build names it
            log.println("There is no content/ folder in " + root + ": the site has no articles yet (is this the site's folder?)");
        }
        if (!options.quiet()) {
            log.println("Building the site in memory…");
        }
        log.flush();
        rebuild(Set.of(), true);
        // Each open page holds a connection for its events: threads as needed, idle ones end.
        this.requests = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "gazette-serve-http");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", new PreviewHandler(() -> snapshot, live, server.getAddress().getPort()));
        server.setExecutor(requests);
        server.start();
        this.loop = new Thread(this::watch, "gazette-serve-watch");
        loop.setDaemon(true);
        loop.start();
    }

    /** Builds the site, starts serving it and watching its sources. */
    public static Preview start(ServeOptions options, PrintWriter log) throws IOException {
        return start(options, log, FirstBuildListener.SILENT);
    }

    /** The same, telling {@code firstBuild} how the first build goes, and when it is over, before its lines in {@code log}. */
    public static Preview start(ServeOptions options, PrintWriter log, FirstBuildListener firstBuild) throws IOException {
        HttpServer server = bind(options);
        try {
            return new Preview(options, log, firstBuild, server);
        } catch (IOException | RuntimeException e) {
            server.stop(0);
            throw e;
        }
    }

    private static HttpServer bind(ServeOptions options) throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        int tries = options.portFixed() || options.port() == 0 ? 1 : PORTS_TO_TRY;
        for (int i = 0; i < tries; i++) {
            try {
                return HttpServer.create(new InetSocketAddress(loopback, options.port() + i), 0);
            } catch (BindException e) {
                if (options.portFixed()) {
                    throw new PortInUse(options.port());
                }
            }
        }
        return HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    }

    public URI url() {
        return url;
    }

    /** Blocks until {@link #close} is called (from another thread, or a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** The version of the site being served: for tests. */
    Snapshot snapshot() {
        return snapshot;
    }

    /** Whether no rebuild is under way, its whole site generated and published: for tests. */
    boolean settled() {
        return unsettled.get() == 0;
    }

    /** Runs {@code task} on the thread that generates whole sites, after those queued: for tests, to hold them back. */
    void onGenerator(Runnable task) {
        generator.execute(task);
    }

    /** How many pages are connected for live reload: for tests. */
    int connectedPages() {
        return live.connected();
    }

    private void watch() {
        while (closed.getCount() > 0) {
            try {
                Set<Path> changed = watcher.next(options.quietMillis());
                if (!changed.isEmpty()) {
                    unsettled.incrementAndGet();
                    try {
                        rebuild(changed, false);
                    } finally {
                        unsettled.decrementAndGet();
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // Whatever went wrong, the preview keeps serving the last site and watching.
                log.println(time() + " the rebuild failed unexpectedly: " + e + " (please report this)");
                log.flush();
            }
        }
    }

    /**
     * Rebuilds after {@code changed}: the model first (errors show at once); then, when only
     * articles were edited, their own pages, published at once so that the page being edited
     * reloads quickly; then every file, in the background, published unless a newer change
     * came meanwhile.
     */
    private void rebuild(Set<Path> changed, boolean first) {
        FirstBuildListener progress = first ? firstBuild : FirstBuildListener.SILENT;
        Rebuilder.Model model = settledModel(changed, progress);
        int version = versions.incrementAndGet();
        if (model.site().isEmpty()) {
            progress.over();
            publish(version, snapshot -> snapshot.failed(model.errors()), null);
            report(first ? "The site could not be built" : describe(changed), model.problems());
            return;
        }
        Site site = model.site().get();
        Site before = lastSite;
        lastSite = site;
        Map<String, String> moved = before == null ? Map.of() : Moves.between(before, site);
        if (!options.quiet()) {
            moved.forEach((from, to) -> log.println(time() + " " + from + " is now at " + url.resolve(SitePaths.encode(to).substring(1))
                    + " (the pages open at the old address follow it)"));
        }
        Optional<List<RenderedArticle>> edited = before == null || first || !onlyArticles(options.root(), changed)
                ? Optional.empty() : Rebuilder.edited(before, site);
        if (edited.isPresent() && edited.get().isEmpty() && snapshot.built() && !snapshot.problems().isEmpty()) {
            // An error mended by undoing it: the articles are as the pages served show them, so
            // the panel goes at once instead of after the whole site (3 s at 3,000 articles).
            publish(version, Snapshot::mended, null);
            if (!options.quiet()) {
                log.printf(Locale.ROOT, "%s %s: as when the site last built; the rest of the site follows%n", time(), describe(changed));
                log.flush();
            }
        }
        if (edited.isPresent() && !edited.get().isEmpty() && edited.get().size() <= QUICK_ARTICLES && snapshot.built()) {
            Outcome<List<OutputFile>> pages = rebuilder.pagesOf(site, edited.get());
            if (pages.value().isPresent()) {
                publish(version, snapshot -> snapshot.with(nextId(), pages.value().get()), null);
                if (!options.quiet()) { // quiet, its problems are told once, with the rest of the site's
                    log.printf(Locale.ROOT, "%s %s: its page%s rebuilt in %.2f s; the rest of the site follows%n", time(),
                            describe(changed), edited.get().size() == 1 ? "" : "s", model.elapsed().toMillis() / 1000.0);
                    model.problems().forEach(p -> log.println("  " + p.format()));
                    log.flush();
                }
            }
        }
        if (first) {
            generate(version, site, model, "Built", progress);
        } else {
            String what = describe(changed);
            unsettled.incrementAndGet();
            generator.execute(() -> {
                try {
                    generate(version, site, model, what + ": rebuilt", FirstBuildListener.SILENT);
                } finally {
                    unsettled.decrementAndGet();
                }
            });
        }
    }

    /** The model, built again while files change under it (a save in progress, a folder being moved). */
    private Rebuilder.Model settledModel(Set<Path> changed, BuildListener progress) {
        Rebuilder.Model model = rebuilder.model(changed, progress);
        for (int retry = 0; model.unsettled() && retry < 20 && closed.getCount() > 0; retry++) {
            sleep(options.quietMillis());
            model = rebuilder.model(Set.of(), progress);
        }
        return model;
    }

    /**
     * Generates every file of {@code site} and publishes them, unless a newer rebuild started
     * meanwhile; {@code progress} hears the generation, and is over before anything is printed.
     */
    private void generate(int version, Site site, Rebuilder.Model model, String what, FirstBuildListener progress) {
        if (version != versions.get()) {
            return; // a newer change came while this waited: its own generation follows
        }
        Instant start = Instant.now();
        Outcome<List<OutputFile>> files;
        try {
            files = rebuilder.files(site, progress);
        } catch (RuntimeException e) {
            progress.over();
            log.println(time() + " the rebuild failed unexpectedly: " + e + " (please report this)");
            log.flush();
            return;
        }
        progress.over();
        List<Problem> problems = new ArrayList<>(model.problems());
        problems.addAll(files.problems());
        int reloaded = publish(version, snapshot -> files.value().map(f -> Snapshot.built(nextId(), f))
                .orElseGet(() -> snapshot.failed(problems.stream().filter(Problem::isError).toList())),
                files.value().isPresent() ? site : null);
        if (reloaded < 0) {
            return; // a newer change is being built
        }
        Duration took = model.elapsed().plus(Duration.between(start, Instant.now()));
        if (files.value().isPresent() && options.quiet()) {
            problems.forEach(p -> log.println(p.format())); // as gazette build -q prints them
            log.flush();
        } else if (files.value().isPresent()) {
            log.printf(Locale.ROOT, "%s %s %d article%s in %.2f s%n", time(), what, site.articles().size(),
                    site.articles().size() == 1 ? "" : "s", took.toMillis() / 1000.0);
            problems.forEach(p -> log.println("  " + p.format()));
            log.flush();
        } else {
            report(what, problems);
        }
    }

    /**
     * Replaces the snapshot and tells the pages, unless a newer rebuild started; returns the pages
     * reloaded, or -1. {@code whole} is the model when every file of its site is published: the
     * pages open at an address it moved follow the article.
     */
    private synchronized int publish(int version, UnaryOperator<Snapshot> next, Site whole) {
        if (version != versions.get()) {
            return -1;
        }
        Map<String, String> moved = whole == null || shownSite == null ? Map.of() : Moves.between(shownSite, whole);
        Snapshot before = snapshot;
        Snapshot after = next.apply(before);
        snapshot = after;
        if (whole != null) {
            shownSite = whole;
        }
        return live.published(before, after, moved);
    }

    /**
     * Whether {@code changed} (relative to {@code root}) are articles only, once the temporary files
     * editors write beside the file they save, and have renamed or deleted by now, are left out:
     * sed -i, gedit and JetBrains' safe write rename a temporary file over the article, Vim writes
     * "4913" and a backup "a.md~". Counted as changes, they made every such save of one article
     * wait for the whole site to be generated again (5 to 7 s at 10,000 articles) instead of its
     * own page (under 2 s).
     */
    static boolean onlyArticles(Path root, Set<Path> changed) {
        return changed.stream().filter(p -> isArticle(p) || Files.exists(root.resolve(p), LinkOption.NOFOLLOW_LINKS))
                .allMatch(Preview::isArticle);
    }

    private static boolean isArticle(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".md") && path.startsWith(ContentLoader.CONTENT_FOLDER);
    }

    private void report(String what, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        log.printf(Locale.ROOT, "%s %s: %d error%s, shown in the browser; %s%n", time(), what, errors, errors == 1 ? "" : "s",
                snapshot.built() ? "still serving the last site that built" : "the pages will show the site once it builds");
        problems.forEach(p -> log.println("  " + p.format()));
        log.flush();
    }

    private String describe(Set<Path> changed) {
        if (changed.contains(SourceWatcher.EVERYTHING)) {
            return "many files changed";
        }
        // Editors write temporary files beside the one they save: name those that are still there.
        Path root = options.root();
        List<Path> shown = changed.stream().filter(p -> Files.exists(root.resolve(p))).toList();
        if (shown.isEmpty()) {
            shown = List.copyOf(changed);
        }
        String names = shown.stream().limit(3).map(p -> p.toString().replace('\\', '/')).collect(Collectors.joining(", "));
        return names + (shown.size() > 3 ? " and " + (shown.size() - 3) + " more" : "") + " changed";
    }

    private String nextId() {
        return instance + "-" + builds.incrementAndGet();
    }

    private static String time() {
        return LocalTime.now().format(CLOCK);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closed.countDown();
        watcher.close();
        live.close();
        server.stop(0);
        requests.shutdownNow();
        generator.shutdownNow();
        loop.interrupt();
    }
}
