package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gazette.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview over HTTP: what it serves, what it refuses, and how pages learn of rebuilds. */
class PreviewServerTest {

    @TempDir
    static Path folder;
    static Path root;
    static Preview preview;
    static final StringWriter log = new StringWriter();
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        root = PreviewSites.example(folder.resolve("site"));
        preview = PreviewSites.start(root, log);
    }

    /**
     * Each case starts once the last one's changes are generated in full: a page connecting while
     * the rest of the site was still being made after the last case's save was rightly told to
     * reload when it was published, and a case expecting another event first failed under load.
     */
    @BeforeEach
    void settle() {
        PreviewSites.awaitSettled(preview);
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(preview.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Sends a request line exactly as written, so that nothing tidies the path on the way. */
    static String raw(String requestLine, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), preview.url().getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String host() {
        return "127.0.0.1:" + preview.url().getPort();
    }

    @Test
    void servesPagesFeedsPhotosAndStylesheetsWithTheirContentTypes() throws Exception {
        HttpResponse<byte[]> page = get(PreviewSites.ARTICLE_PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(text(page)).contains("跟党奋进新征程").containsOnlyOnce("<script src=\"/__gazette/live.js\"")
                .endsWith("</script></body>\n</html>\n");
        assertThat(get("feed.xml").headers().firstValue("Content-Type")).contains("application/atom+xml; charset=utf-8");
        assertThat(get("sitemap.xml").headers().firstValue("Content-Type")).contains("application/xml; charset=utf-8");
        assertThat(get("_redirects").headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
        HttpResponse<byte[]> photo = get("2023/five-year-review/photo-1.jpg");
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(photo.body()).isEqualTo(Files.readAllBytes(root.resolve("content/2023/five-year-review/photo-1.jpg")));
        String stylesheet = text(page).replaceAll("(?s).*href=\"[./]*(assets/style\\.[0-9a-f]+\\.css)\".*", "$1");
        assertThat(get(stylesheet).headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(get("__gazette/live.js").headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(get("tags/%E5%A6%87%E8%81%94/").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownAddressGetsTheSites404PageWithStatus404() throws Exception {
        HttpResponse<byte[]> missing = get("no/such/page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(text(missing)).contains("data-page=\"404\"").contains("/__gazette/live.js");
    }

    @Test
    void aFolderWithoutItsSlashIsRedirected() throws Exception {
        HttpResponse<byte[]> response = get("2023/12/five-year-review?x=1");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).contains("/2023/12/five-year-review/?x=1");
    }

    @Test
    void neverServesAFileOutsideTheBuiltSite() throws Exception {
        for (String path : new String[] {"/../site.yaml", "/%2e%2e/site.yaml", "/..%2fsite.yaml", "/2023/../../site.yaml",
            "/content/2023/five-year-review/index.md", "/site.yaml", "/themes/default/templates/base.html", "/..\\site.yaml",
            "/%00", "//etc/passwd", "/2023/five-year-review/%2e%2e/%2e%2e/%2e%2e/site.yaml"}) {
            String answer = raw("GET " + path + " HTTP/1.1", host());
            assertThat(answer).as(path).matches("(?s)HTTP/1.1 (404|400) .*").doesNotContain("base_url", "{% block");
        }
    }

    @Test
    void answersHeadWithoutABodyAndRefusesOtherMethods() throws Exception {
        String head = raw("HEAD /" + PreviewSites.ARTICLE_PAGE + " HTTP/1.1", host());
        assertThat(head).startsWith("HTTP/1.1 200 ").containsIgnoringCase("Content-Length: ").doesNotContain("<html");
        String post = raw("POST / HTTP/1.1", host());
        assertThat(post).startsWith("HTTP/1.1 405 ").containsIgnoringCase("Allow: GET, HEAD");
    }

    @Test
    void refusesRequestsForAnotherHost() throws Exception {
        assertThat(raw("GET / HTTP/1.1", "attacker.example:" + preview.url().getPort())).startsWith("HTTP/1.1 403 ");
        assertThat(raw("GET / HTTP/1.1", "localhost:" + preview.url().getPort())).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void aPortInUseIsNamedWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> Preview.start(ServeOptions.of(root).withPort(port, true), new PrintWriter(new StringWriter())))
                    .isInstanceOf(Preview.PortInUse.class)
                    .hasMessage("port " + port + " is in use by another program, perhaps another gazette serve"
                            + " (stop it, or choose another port: --port " + (port + 1) + ")");
            try (Preview moved = Preview.start(ServeOptions.of(root).withPort(port, false), new PrintWriter(new StringWriter()))) {
                assertThat(moved.url().getPort()).isNotEqualTo(port);
            }
        }
    }

    @Test
    void aPageThatGoesAwayIsForgottenAndTheServerGoesOn() throws Exception {
        int before = preview.connectedPages();
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), preview.url().getPort())) {
            socket.getOutputStream().write(("GET /__gazette/events?page=%2F&build=" + preview.snapshot().id()
                    + " HTTP/1.1\r\nHost: " + host() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            PreviewSites.await(Duration.ofSeconds(5), "the page is connected", () -> preview.connectedPages() == before + 1);
            socket.setSoLinger(true, 0); // an abrupt close, as a browser tab that is killed
        }
        Path touched = root.resolve("content/2024/touched.md");
        try {
            Files.writeString(touched, "---\ntitle: 新文章\ndate: 2024-01-02\n---\n\n正文。\n");
            PreviewSites.await(Duration.ofSeconds(20), "the closed page is dropped", () -> preview.connectedPages() == before);
            // The page is dropped at the first message sent to it, which need not be the site with
            // the new article: a file seen created and still empty (its text written more than the
            // quiet time later, as on a busy machine) is first told as an error, then built.
            PreviewSites.await(Duration.ofSeconds(20), "the new article is served", () -> status("2024/01/touched/") == 200);
        } finally {
            Files.deleteIfExists(touched); // a case that fails here must not leave the other cases a seventh article
        }
        PreviewSites.await(Duration.ofSeconds(10), "the deleted article is gone", () -> get404("2024/01/touched/"));
    }

    static String pageText(String path) {
        try {
            return text(get(path));
        } catch (Exception e) {
            return "";
        }
    }

    static boolean get404(String path) {
        try {
            return get(path).statusCode() == 404;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void pagesAreToldToReloadWhenTheirContentChangesAndShownTheErrorsOfABuildThatFails() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        String page = "/" + PreviewSites.ARTICLE_PAGE;
        Thread listener = listen(page, events);
        try {
            assertThat(next(events)).isEqualTo("problems []");
            Path article = root.resolve(PreviewSites.ARTICLE);
            String original = TestSites.read(article);

            Files.writeString(article, original.replace("title: 跟党奋进新征程 巾帼建功新时代", "title: 跟党奋进新征程（修改）"));
            assertThat(nextIgnoring(events, "problems []")).isEqualTo("reload {}");
            PreviewSites.await(Duration.ofSeconds(20), "the page shows the new title",
                    () -> pageText(PreviewSites.ARTICLE_PAGE).contains("跟党奋进新征程（修改）"));
            events.clear();

            Files.writeString(article, original.replace("date: 2023-12-26 08:00", "date: 26 Dec"));
            assertThat(next(events)).startsWith("problems [{\"file\":\"content/2023/five-year-review/index.md\",\"line\":5,");
            assertThat(text(get(PreviewSites.ARTICLE_PAGE))).as("the last site that built").contains("跟党奋进新征程（修改）");

            Files.writeString(article, original);
            assertThat(next(events)).isEqualTo("problems []");
            assertThat(next(events)).isEqualTo("reload {}");
            assertThat(text(get(PreviewSites.ARTICLE_PAGE))).contains("跟党奋进新征程 巾帼建功新时代");
        } finally {
            listener.interrupt();
        }
    }

    @Test
    void anErrorUndoneClearsThePanelBeforeTheRestOfTheSiteIsGenerated() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Path article = root.resolve(PreviewSites.ARTICLE);
        String built = TestSites.read(article);
        Thread listener = listen("/" + PreviewSites.ARTICLE_PAGE, events);
        try {
            assertThat(next(events)).isEqualTo("problems []");
            Files.writeString(article, built.replace("date: 2023-12-26 08:00", "date: 26 Dec"));
            assertThat(next(events)).startsWith("problems [{\"file\":\"content/2023/five-year-review/index.md\",\"line\":5,");
            int before = log.toString().length();

            Files.writeString(article, built);
            assertThat(next(events)).isEqualTo("problems []");
            // settled once the generation that follows the cleared panel is published
            PreviewSites.await(Duration.ofSeconds(20), "the site is generated again", preview::settled);
            // the page shows what it showed before the error: it is not reloaded, its panel goes
            // as soon as the model builds, not once every page of the site has been made again
            assertThat(log.toString().substring(before)).containsSubsequence(
                    "index.md changed: as when the site last built; the rest of the site follows", "index.md changed: rebuilt ");
            assertThat(events.poll(1, TimeUnit.SECONDS)).as("no reload: the page did not change").isNull();
        } finally {
            listener.interrupt();
        }
    }

    @Test
    void aPageReconnectingFromAnOlderBuildIsToldToReloadAndOneFromTheCurrentBuildIsNot() throws Exception {
        // live.js reconnects after the server went away, with the build its page was served by: a
        // rebuild it missed while disconnected must still reach it
        BlockingQueue<String> stale = new LinkedBlockingQueue<>();
        Thread listener = listen("/", "stale", stale);
        try {
            assertThat(next(stale)).isEqualTo("problems []");
            assertThat(next(stale)).isEqualTo("reload {}");
        } finally {
            listener.interrupt();
        }
        BlockingQueue<String> current = new LinkedBlockingQueue<>();
        listener = listen("/", current);
        try {
            assertThat(next(current)).isEqualTo("problems []");
            assertThat(current.poll(2, TimeUnit.SECONDS)).as("no reload for a page of the current build").isNull();
        } finally {
            listener.interrupt();
        }
    }

    @Test
    void aChangedStylesheetReloadsEveryPageAndAFileAddedToStaticIsServed() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread listener = listen("/archives/", events);
        Path stylesheet = root.resolve("themes/default/assets/style.css");
        String original = TestSites.read(stylesheet);
        try {
            assertThat(next(events)).isEqualTo("problems []");
            Files.writeString(stylesheet, original + "\n.preview-test { color: red; }\n");
            assertThat(next(events)).isEqualTo("reload {}");
            String page = text(get("archives/"));
            String css = page.replaceAll("(?s).*href=\"[./]*(assets/style\\.[0-9a-f]+\\.css)\".*", "$1");
            assertThat(text(get(css))).contains(".preview-test { color: red; }");

            TestSites.write(root.resolve("static/files/notice.pdf"), "%PDF-1.4\n");
            PreviewSites.await(Duration.ofSeconds(20), "the new file is served", () -> {
                try {
                    return get("files/notice.pdf").statusCode() == 200;
                } catch (Exception e) {
                    return false;
                }
            });
            assertThat(get("files/notice.pdf").headers().firstValue("Content-Type")).contains("application/pdf");
        } finally {
            listener.interrupt();
            Files.writeString(stylesheet, original);
            Files.deleteIfExists(root.resolve("static/files/notice.pdf"));
            PreviewSites.await(Duration.ofSeconds(20), "the stylesheet is as it was", () -> servedStylesheet().equals(original));
        }
    }

    @Test
    void aPhotoSavedAgainOverItselfReloadsThePageShowingIt() throws Exception {
        // An editor who brightens a photo and saves it under the same name, at the same size in
        // pixels, changes no page's HTML: only the photo's file tells that the page looks different.
        Path photo = root.resolve("content/2023/five-year-review/photo-1.jpg");
        byte[] original = Files.readAllBytes(photo);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread listener = listen("/" + PreviewSites.ARTICLE_PAGE, events);
        try {
            assertThat(next(events)).isEqualTo("problems []");
            Files.write(photo, Files.readAllBytes(root.resolve("content/2023/five-year-review/photo-2.jpg")));
            assertThat(next(events)).isEqualTo("reload {}");
        } finally {
            listener.interrupt();
            Files.write(photo, original);
            PreviewSites.await(Duration.ofSeconds(20), "the photo is as it was",
                    () -> preview.snapshot().stamps().get("2023/five-year-review/photo-1.jpg").startsWith(original.length + "-"));
        }
    }

    @Test
    void aPhotoAddedOrRemovedReloadsNoPageThatDoesNotShowIt() throws Exception {
        // an editor copying a day's photos beside an article, one by one, before naming them in it
        Path photo = root.resolve("content/2024/images/not-yet-shown.jpg");
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread listener = listen("/archives/", events);
        try {
            assertThat(next(events)).isEqualTo("problems []");
            Files.copy(root.resolve("content/2024/images/reading-night.jpg"), photo);
            PreviewSites.await(Duration.ofSeconds(20), "the photo is served", () -> status("2024/images/not-yet-shown.jpg") == 200);
            Files.delete(photo);
            PreviewSites.await(Duration.ofSeconds(20), "the photo is gone", () -> status("2024/images/not-yet-shown.jpg") == 404);
            assertThat(events.poll(1, TimeUnit.SECONDS)).as("no reload: the archive page shows neither").isNull();
        } finally {
            listener.interrupt();
            Files.deleteIfExists(photo);
        }
    }

    /**
     * An editor who renames an article and saves again before the whole site is made again: the
     * page open at the old address follows it once the site is published, whatever the second
     * save was; a rename undone before then leaves it where it is.
     */
    @Test
    void aPageFollowsItsArticleMovedBeforeTheSiteWithTheMoveWasPublished() throws Exception {
        Path article = root.resolve(PreviewSites.ARTICLE);
        String original = TestSites.read(article);
        String moved = original.replace("slug: five-year-review", "slug: five-year-report");
        Path other = root.resolve("content/2024/2024-03-08-march-8-gathering.md");
        String otherOriginal = TestSites.read(other);
        try {
            assertThat(eventsAfterMoveThen(article, moved, article, moved.replace("title: 跟党奋进新征程 巾帼建功新时代",
                    "title: 跟党奋进新征程（修改）"), "index.md changed: its page rebuilt"))
                    .as("the moved article saved again").contains("reload {\"to\":\"/2023/12/five-year-report/\"}");
            Files.writeString(article, original);
            PreviewSites.awaitSettled(preview);
            assertThat(eventsAfterMoveThen(article, moved, other, otherOriginal.replace("座谈会", "座谈会（修改）"),
                    "march-8-gathering.md changed: its page rebuilt"))
                    .as("another article saved").contains("reload {\"to\":\"/2023/12/five-year-report/\"}");
            Files.writeString(article, original);
            Files.writeString(other, otherOriginal);
            PreviewSites.awaitSettled(preview);
            assertThat(eventsAfterMoveThen(article, moved, article, original, "five-year-report/ is now at"))
                    .as("the move undone").noneMatch(event -> event.contains("\"to\""));
        } finally {
            Files.writeString(article, original);
            Files.writeString(other, otherOriginal);
        }
    }

    /**
     * The events of the page open at the article's address once {@code article} is saved as
     * {@code moved}, then {@code second} as {@code text} (the log telling {@code seen}), both
     * before the first save's whole site is generated, and the site is published.
     */
    private static List<String> eventsAfterMoveThen(Path article, String moved, Path second, String text, String seen)
            throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread listener = listen("/" + PreviewSites.ARTICLE_PAGE, events);
        CountDownLatch held = new CountDownLatch(1);
        try {
            assertThat(next(events)).isEqualTo("problems []");
            preview.onGenerator(() -> {
                try {
                    held.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            int before = log.toString().length();
            Files.writeString(article, moved);
            PreviewSites.await(Duration.ofSeconds(20), "the move is seen",
                    () -> log.toString().substring(before).contains("five-year-review/ is now at"));
            int moveSeen = log.toString().length();
            Files.writeString(second, text);
            PreviewSites.await(Duration.ofSeconds(20), "the second save is seen",
                    () -> log.toString().substring(moveSeen).contains(seen));
            held.countDown();
            PreviewSites.await(Duration.ofSeconds(20), "the site is published", preview::settled);
            List<String> told = new ArrayList<>();
            for (String event = events.poll(1, TimeUnit.SECONDS); event != null; event = events.poll(1, TimeUnit.SECONDS)) {
                told.add(event);
            }
            return told;
        } finally {
            held.countDown();
            listener.interrupt();
        }
    }

    static int status(String path) {
        try {
            return get(path).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    @Test
    void aPhotoRewrittenWithItsLengthAndTimeKeptReloadsThePageShowingIt() throws Exception {
        // As exiftool -P turning a photo upright: other bytes, the same length, the old time put back.
        Path photo = root.resolve("content/2023/five-year-review/photo-1.jpg");
        byte[] original = Files.readAllBytes(photo);
        FileTime time = Files.getLastModifiedTime(photo);
        byte[] rewritten = original.clone();
        rewritten[rewritten.length / 2] ^= 0x01; // in the coded picture: its size reads the same
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread listener = listen("/" + PreviewSites.ARTICLE_PAGE, events);
        try {
            assertThat(next(events)).isEqualTo("problems []");
            Thread.sleep(20); // the clock of file times ticks every few milliseconds
            Files.write(photo, rewritten);
            Files.setLastModifiedTime(photo, time);
            assertThat(next(events)).isEqualTo("reload {}");
        } finally {
            listener.interrupt();
            Files.write(photo, original);
        }
    }

    /** The stylesheet the archive page links to, as served. */
    static String servedStylesheet() {
        try {
            String page = text(get("archives/"));
            return text(get(page.replaceAll("(?s).*href=\"[./]*(assets/style\\.[0-9a-f]+\\.css)\".*", "$1")));
        } catch (Exception e) {
            return "";
        }
    }

    /** Reads the page's event stream in the background, one "name data" string per event. */
    static Thread listen(String page, BlockingQueue<String> events) {
        return listen(page, preview.snapshot().id(), events);
    }

    /** As {@link #listen(String, BlockingQueue)}, for a page that was served by build {@code build}. */
    static Thread listen(String page, String build, BlockingQueue<String> events) {
        Thread thread = new Thread(() -> {
            try {
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(preview.url().resolve(
                        "/__gazette/events?page=" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8) + "&build="
                                + java.net.URLEncoder.encode(build, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
                String name = null;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ") && name != null) {
                        events.add(name + " " + line.substring(6));
                        name = null;
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        }, "test-events");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static String next(BlockingQueue<String> events) throws InterruptedException {
        String event = events.poll(20, TimeUnit.SECONDS);
        assertThat(event).as("an event within 20 s").isNotNull();
        return event;
    }

    static String nextIgnoring(BlockingQueue<String> events, String ignored) throws InterruptedException {
        String event = next(events);
        while (event.equals(ignored)) {
            event = next(events);
        }
        return event;
    }

}
