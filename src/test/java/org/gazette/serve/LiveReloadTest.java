package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ref.WeakReference;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gazette.site.OutputFile;
import org.junit.jupiter.api.Test;

/** What the open pages' event streams are told, and what they keep in memory. */
class LiveReloadTest {

    @Test
    void aPageConnectingAsABuildIsPublishedIsToldToReload() throws Exception {
        Snapshot first = Snapshot.built("a-1", List.of(OutputFile.of("index.html", "旧".getBytes(StandardCharsets.UTF_8))));
        Snapshot second = Snapshot.built("a-2", List.of(OutputFile.of("index.html", "新".getBytes(StandardCharsets.UTF_8))));
        LiveReload live = new LiveReload(first);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        ExecutorService requests = Executors.newCachedThreadPool();
        // the page was served by the first build, which is current as it connects; the second is
        // published while its event stream is being opened
        server.createContext("/", exchange -> live.connect(new ForwardingExchange(exchange) {
            @Override
            public void sendResponseHeaders(int code, long length) throws IOException {
                live.published(first, second);
                super.sendResponseHeaders(code, length);
            }
        }, "/", "a-1"));
        server.setExecutor(requests);
        server.start();
        try (Socket page = new Socket(InetAddress.getByName("127.0.0.1"), server.getAddress().getPort())) {
            page.setSoTimeout(5_000); // well under the heartbeat: a reload not sent by then is lost
            page.getOutputStream().write("GET /__gazette/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            BufferedReader in = new BufferedReader(new InputStreamReader(page.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.equals("event: reload"));
            assertThat(line).as("the page is told to reload to the build published as it connected").isEqualTo("event: reload");
        } finally {
            live.close();
            server.stop(0);
            requests.shutdownNow();
        }
    }

    @Test
    void aPageLeftOpenDoesNotKeepTheVersionOfTheSiteItConnectedTo() throws Exception {
        Snapshot first = Snapshot.built("a-1", List.of(OutputFile.of("index.html", new byte[1 << 20])));
        WeakReference<Snapshot> firstVersion = new WeakReference<>(first);
        LiveReload live = new LiveReload(first);
        first = null;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        ExecutorService requests = Executors.newCachedThreadPool();
        server.createContext("/", exchange -> live.connect(exchange, "/", "a-1"));
        server.setExecutor(requests);
        server.start();
        try (Socket page = new Socket(InetAddress.getByName("127.0.0.1"), server.getAddress().getPort())) {
            page.getOutputStream().write("GET /__gazette/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            BufferedReader in = new BufferedReader(new InputStreamReader(page.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            PreviewSites.await(Duration.ofSeconds(5), "the page is connected", () -> live.connected() == 1);

            live.published(firstVersion.get(), Snapshot.built("a-2", List.of(OutputFile.of("index.html", new byte[1 << 20]))));

            PreviewSites.await(Duration.ofSeconds(10), "the first version is collected while the page stays open", () -> {
                System.gc();
                return firstVersion.get() == null;
            });
            assertThat(live.connected()).isEqualTo(1);
        } finally {
            live.close();
            server.stop(0);
            requests.shutdownNow();
        }
    }
}
