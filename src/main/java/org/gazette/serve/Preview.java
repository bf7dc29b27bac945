package org.gazette.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.gazette.problem.Problem;

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
        public PortInUse(int port) {
            super("port " + port + " is in use by another program, perhaps another gazette serve"
                    + " (stop it, or choose another port: --port " + (port + 1) + ")");
        }
    }

    /** Tries this many ports from the default one before taking any free port. */
    static final int PORTS_TO_TRY = 10;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final ServeOptions options;
    private final PrintWriter log;
    private final HttpServer server;
    private final ExecutorService requests;
    private final URI url;
    private final Rebuilder rebuilder;
    private final LiveReload live;
    private final SourceWatcher watcher;
    private final Thread loop;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger builds = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Snapshot snapshot;

    private Preview(ServeOptions options, PrintWriter log, HttpServer server) throws IOException {
        this.options = options;
        this.log = log;
        this.server = server;
        this.url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        this.rebuilder = new Rebuilder(options, url);
        this.snapshot = Snapshot.empty(nextId());
        this.live = new LiveReload(snapshot);
        Path root = options.root().toAbsolutePath().normalize();
        // Watch before the first build, so that a change made during it is not missed.
        this.watcher = SourceWatcher.of(root, log);
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
        HttpServer server = bind(options);
        try {
            return new Preview(options, log, server);
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

    /** How many pages are connected for live reload: for tests. */
    int connectedPages() {
        return live.connected();
    }

    private void watch() {
        while (closed.getCount() > 0) {
            try {
                Set<Path> changed = watcher.next(options.quietMillis());
                if (!changed.isEmpty()) {
                    rebuild(changed, false);
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

    private void rebuild(Set<Path> changed, boolean first) {
        Rebuilder.Result result = rebuilder.build(changed);
        for (int retry = 0; result.unsettled() && retry < 20 && closed.getCount() > 0; retry++) {
            sleep(options.quietMillis());
            result = rebuilder.build(Set.of());
        }
        Snapshot before = snapshot;
        Snapshot after = result.files().isPresent() ? Snapshot.built(nextId(), result.files().get()) : before.failed(result.errors());
        snapshot = after;
        live.published(before, after);
        report(changed, first, result);
    }

    private void report(Set<Path> changed, boolean first, Rebuilder.Result result) {
        String what = first ? "Built" : describe(changed) + ": rebuilt";
        if (result.files().isPresent()) {
            log.printf(Locale.ROOT, "%s %s %d article%s in %.2f s%n", time(), what, result.articles(),
                    result.articles() == 1 ? "" : "s", result.elapsed().toMillis() / 1000.0);
            result.problems().forEach(p -> log.println("  " + p.format()));
        } else {
            List<Problem> errors = result.errors();
            log.printf(Locale.ROOT, "%s %s: %d error%s, shown in the browser; still serving the last site that built%n",
                    time(), first ? "The site could not be built" : describe(changed), errors.size(), errors.size() == 1 ? "" : "s");
            result.problems().forEach(p -> log.println("  " + p.format()));
        }
        log.flush();
    }

    private String describe(Set<Path> changed) {
        if (changed.contains(SourceWatcher.EVERYTHING)) {
            return "many files changed";
        }
        // Editors write temporary files beside the one they save: name those that are still there.
        Path root = options.root();
        List<Path> shown = changed.stream().filter(p -> java.nio.file.Files.exists(root.resolve(p))).toList();
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
        loop.interrupt();
    }
}
