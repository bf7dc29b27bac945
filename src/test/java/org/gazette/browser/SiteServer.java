package org.gazette.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import org.gazette.output.MediaTypes;
import java.util.concurrent.Executors;

/**
 * Serves a built site over HTTP on 127.0.0.1 (a free port), as a static web server would: files
 * with their content types (text with {@code charset=utf-8}), a folder as its
 * {@code index.html} (a folder named without its trailing slash is redirected to it), and
 * anything else as {@code /404.html} with status 404 (a plain-text 404 when the site has none).
 */
public final class SiteServer implements AutoCloseable {

    private final Path root;
    private final Queue<Path> served = new ConcurrentLinkedQueue<>();
    private final HttpServer server;
    private final ExecutorService executor;

    private SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "site-server");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static SiteServer start(Path root) {
        try {
            return new SiteServer(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of a page given relative to the site's root, such as {@code 2023/12/a/index.html}. */
    public URI url(String page) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        try {
            return base.resolve(new URI(null, null, page, null));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(page, e);
        }
    }

    /** The content type a static web server sends for {@code file}: the build's own table. */
    public static String contentType(Path file) {
        return MediaTypes.of(file.getFileName().toString());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "405 Method Not Allowed\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                notFound(exchange, head);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    String location = uri.getRawPath() + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                    exchange.getResponseHeaders().set("Location", location);
                    send(exchange, 301, "text/plain; charset=utf-8", ("Moved to " + location + "\n").getBytes(StandardCharsets.UTF_8), head);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(exchange, head);
                return;
            }
            served.add(file);
            send(exchange, 200, contentType(file), Files.readAllBytes(file), head);
        }
    }

    /** The files served with status 200 since the last call, in order, and forgets them: what a page downloaded. */
    public List<Path> takeServed() {
        List<Path> files = new ArrayList<>();
        for (Path file = served.poll(); file != null; file = served.poll()) {
            files.add(file);
        }
        return files;
    }

    private void notFound(HttpExchange exchange, boolean head) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page)) {
            send(exchange, 404, contentType(page), Files.readAllBytes(page), head);
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "404 Not Found\n".getBytes(StandardCharsets.UTF_8), head);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
