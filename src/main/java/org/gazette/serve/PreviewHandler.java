package org.gazette.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gazette.output.MediaTypes;
import org.gazette.site.OutputFile;

/**
 * Answers the browser: the site's files from the current {@link Snapshot} with their content
 * types, a folder's {@code index.html}, a redirect for a folder asked for without its slash,
 * the site's {@code 404.html} (status 404) for anything else, and the live-reload script and
 * event stream under {@code /__gazette/}. HTML pages get the script added before
 * {@code </body>}. Only files of the build are ever served: a path is looked up among them, so
 * {@code ../} leads nowhere. Requests naming another host are refused, so that a web page cannot
 * reach the preview through a DNS name of its own.
 *
 * <pre>{@code
 * server.createContext("/", new PreviewHandler(() -> snapshot, live, port));
 * }</pre>
 */
final class PreviewHandler implements HttpHandler {

    static final String PREFIX = "/__gazette/";
    private static final String SCRIPT_PATH = PREFIX + "live.js";
    private static final String EVENTS_PATH = PREFIX + "events";
    private static final byte[] SCRIPT = resource("live.js");
    private static final String HTML = "text/html; charset=utf-8";

    private final Supplier<Snapshot> snapshot;
    private final LiveReload live;
    private final Set<String> hosts;

    PreviewHandler(Supplier<Snapshot> snapshot, LiveReload live, int port) {
        this.snapshot = snapshot;
        this.live = live;
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
                send(exchange, 403, "text/plain; charset=utf-8", "403 Forbidden: open the preview at 127.0.0.1\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "405 Method Not Allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            if (path.equals(EVENTS_PATH)) {
                live.connect(exchange, PathText.decode(query(uri, "page").orElse("/")), query(uri, "build").orElse(""));
            } else if (path.equals(SCRIPT_PATH)) {
                send(exchange, 200, "text/javascript; charset=utf-8", SCRIPT);
            } else {
                serveSite(exchange, path);
            }
        } catch (IOException e) {
            // the browser went away mid-answer: nothing to do
        }
    }

    private void serveSite(HttpExchange exchange, String path) throws IOException {
        Snapshot site = snapshot.get();
        Snapshot.Lookup lookup = site.find(path);
        if (lookup instanceof Snapshot.Redirect redirect) {
            String raw = exchange.getRequestURI().getRawPath() + "/";
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location", query == null ? raw : raw + "?" + query);
            send(exchange, 301, "text/plain; charset=utf-8", ("Moved to " + redirect.sitePath() + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (lookup instanceof Snapshot.Found found) {
            try {
                byte[] bytes = bytesOf(found.file());
                String type = MediaTypes.of(found.path());
                send(exchange, 200, type, type.startsWith("text/html") ? withScript(bytes, site.id()) : bytes);
                return;
            } catch (NoSuchFileException e) {
                // a photo deleted since the build: as if it were not there
            }
        }
        byte[] page = site.notFoundPage().map(PreviewHandler::bytesOrEmpty).filter(b -> b.length > 0)
                .orElseGet(() -> placeholder(site));
        send(exchange, site.built() ? 404 : 500, HTML, withScript(page, site.id()));
    }

    /** The page shown before the site has ever built: the overlay says why. */
    private static byte[] placeholder(Snapshot site) {
        String text = site.built() ? "404: this page does not exist." : "The site has not been built yet: its problems are listed above.";
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Gazette preview</title></head>"
                + "<body><p>" + text + "</p></body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Adds the live-reload script before the page's last {@code </body>}, or at its end. */
    static byte[] withScript(byte[] page, String build) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + build + "\"></script>";
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String result = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytesOf(OutputFile file) throws IOException {
        if (file instanceof OutputFile.Generated generated) {
            return generated.bytes();
        }
        return Files.readAllBytes(((OutputFile.Copied) file).source());
    }

    private static byte[] bytesOrEmpty(OutputFile file) {
        try {
            return bytesOf(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static Optional<String> query(URI uri, String name) {
        String raw = uri.getRawQuery();
        if (raw == null) {
            return Optional.empty();
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
