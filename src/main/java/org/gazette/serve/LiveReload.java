package org.gazette.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gazette.content.SitePaths;
import org.gazette.problem.Problem;

/**
 * Tells the open pages what happened, over server-sent events ({@code /__gazette/events}): a
 * {@code reload} when a rebuild changed what the page shows (or any stylesheet, script or
 * image it already had: one added or removed changes the pages that link to it), and the latest build's errors as {@code problems}, which the page shows over itself.
 * Each page holds one connection; one that goes away is dropped at the next message or
 * heartbeat.
 *
 * <pre>{@code
 * live.connect(exchange, "/2023/12/five-year-review/", pageBuild);  // from the request handler; returns when the page goes
 * live.published(before, after, moved);                           // after each build
 * }</pre>
 */
final class LiveReload implements AutoCloseable {

    /** A comment line every so often, so that a page that went away is noticed and proxies keep the line open. */
    static final long HEARTBEAT_SECONDS = 15;
    private static final String CLOSE = "";
    private static final JsonFactory JSON = new JsonFactory();

    private record Page(String path, BlockingQueue<String> outbox) {
    }

    private final Set<Page> pages = ConcurrentHashMap.newKeySet();
    private volatile Snapshot current;
    private volatile boolean closed;

    LiveReload(Snapshot first) {
        this.current = first;
    }

    /** Serves one page's event stream until the page goes away or the server stops. */
    void connect(HttpExchange exchange, String path, String pageBuild) throws IOException {
        Page page = new Page(path, new LinkedBlockingQueue<>());
        join(page, pageBuild);
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException e) {
            pages.remove(page);
            throw e;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(("retry: 1000\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed) {
                String message = page.outbox().poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (message != null && message.isEmpty()) {
                    break;
                }
                out.write((message == null ? ": heartbeat\n\n" : message).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the page was closed or reloaded: nothing to tell it any more
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pages.remove(page);
        }
    }

    /**
     * Adds the page to those told of builds and greets it, as one step against {@link #published}:
     * a build published while the page connects is either the one it is greeted with or one it
     * is told of, never neither (it would show the old site with nothing telling it to reload).
     */
    private synchronized void join(Page page, String pageBuild) {
        pages.add(page);
        greet(page, pageBuild);
    }

    /**
     * What a page is told as it connects: the errors now, and to reload if it was served by an
     * earlier build. A method of its own, so that the version of the site it reads is no
     * variable of {@link #connect}, whose frame lasts as long as the page stays open: it kept
     * that version's every file from being collected (2 GB at 100,000 articles, for each page
     * left open while the site was built again).
     */
    private void greet(Page page, String pageBuild) {
        Snapshot now = current;
        page.outbox().add(problemsEvent(now.problems()));
        if (!pageBuild.equals(now.id())) {
            page.outbox().add(event("reload", "{}"));
        }
    }

    /**
     * After a build: every page learns of errors that came or went, and every page whose content
     * changed reloads. Returns how many pages were told to reload.
     */
    synchronized int published(Snapshot before, Snapshot after) {
        return published(before, after, Map.of());
    }

    /** The same, the pages open at an address in {@code moved} told to go to the new one ({@link Moves}). */
    synchronized int published(Snapshot before, Snapshot after, Map<String, String> moved) {
        current = after;
        boolean sameFiles = before.files() == after.files();
        boolean assetsChanged = !sameFiles && after.assetsChangedSince(before);
        boolean problemsChanged = !before.problems().equals(after.problems());
        String problems = problemsEvent(after.problems());
        int reloaded = 0;
        for (Page page : pages) {
            if (problemsChanged) {
                page.outbox().add(problems);
            }
            String to = moved.get(page.path());
            if (!sameFiles && to != null) {
                page.outbox().add(event("reload", "{\"to\":" + jsonString(SitePaths.encode(to)) + "}"));
                reloaded++;
            } else if (!sameFiles && (assetsChanged || !Snapshot.same(before.fingerprint(page.path()), after.fingerprint(page.path())))) {
                page.outbox().add(event("reload", "{}"));
                reloaded++;
            }
        }
        return reloaded;
    }

    /** How many pages are connected: for tests and the console. */
    int connected() {
        return pages.size();
    }

    @Override
    public void close() {
        closed = true;
        pages.forEach(page -> page.outbox().add(CLOSE));
    }

    private static String problemsEvent(List<Problem> problems) {
        return event("problems", json(out -> {
            out.writeStartArray();
            for (Problem problem : problems) {
                out.writeStartObject();
                out.writeStringField("file", problem.fileName());
                out.writeNumberField("line", problem.line());
                out.writeNumberField("column", problem.column());
                out.writeStringField("message", problem.message());
                out.writeEndObject();
            }
            out.writeEndArray();
        }));
    }

    private static String jsonString(String text) {
        return json(out -> out.writeString(text));
    }

    /** What one JSON value written by {@code body} reads as. */
    private static String json(JsonBody body) {
        StringWriter json = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(json)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.toString();
    }

    private interface JsonBody {
        void write(JsonGenerator out) throws IOException;
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }
}
