package org.gazette.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy on loopback in front of S3Proxy that answers {@code 503 Slow Down} to the next
 * {@code n} requests, or to all, and passes the others through. One request per connection
 * ({@code Connection: close}), which the SDK handles as any server closing idle connections.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start(s3.port())) {
 *     proxy.failNext(3);
 *     // point the deploy at proxy.endpoint()
 * }
 * }</pre>
 */
final class FaultProxy implements AutoCloseable {

    private static final byte[] SLOW_DOWN = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code>"
            + "<Message>Please reduce your request rate.</Message></Error>").getBytes(StandardCharsets.UTF_8);

    private final ServerSocket server;
    private final int upstream;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final java.util.List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private volatile boolean failAll;
    private volatile boolean failSiteObjects;

    private FaultProxy(ServerSocket server, int upstream) {
        this.server = server;
        this.upstream = upstream;
    }

    static FaultProxy start(int upstreamPort) throws IOException {
        FaultProxy proxy = new FaultProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), upstreamPort);
        proxy.threads.submit(proxy::accept);
        return proxy;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    void failNext(int count) {
        failures.set(count);
    }

    void failAll(boolean value) {
        failAll = value;
    }

    /** Fails every request but those for Gazette's own state under {@code .gazette/} (and listings of it): uploads fail, their records do not. */
    void failSiteObjects(boolean value) {
        failSiteObjects = value;
    }

    int requests() {
        return requests.get();
    }

    /** The request lines seen, such as {@code PUT /news/index.html HTTP/1.1}, in order; cleared by {@link #clearLog()}. */
    java.util.List<String> requestLines() {
        synchronized (log) {
            return java.util.List.copyOf(log);
        }
    }

    void clearLog() {
        log.clear();
    }

    /** Requests answered with 503. */
    int refused() {
        return refused.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.submit(() -> handle(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** A request for Gazette's own state: an object under {@code .gazette/}, or a listing of them. */
    private static boolean isState(String requestLine) {
        return requestLine.contains("/.gazette/") || requestLine.contains("prefix=.gazette%2F");
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            requests.incrementAndGet();
            String requestLine = head.substring(0, head.indexOf("\r\n") < 0 ? head.length() : head.indexOf("\r\n"));
            log.add(requestLine);
            OutputStream out = client.getOutputStream();
            if (failAll || failSiteObjects && !isState(requestLine) || failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                refused.incrementAndGet();
                out.write(("HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\nContent-Length: " + SLOW_DOWN.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(SLOW_DOWN);
                out.flush();
                return;
            }
            long length = 0;
            StringBuilder forwarded = new StringBuilder();
            boolean expectContinue = false;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
                if (lower.startsWith("expect:")) {
                    expectContinue = true;
                    continue;
                }
                if (lower.startsWith("connection:")) {
                    continue;
                }
                forwarded.append(line).append("\r\n");
            }
            forwarded.append("Connection: close\r\n\r\n");
            if (expectContinue) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            try (Socket server = new Socket(InetAddress.getLoopbackAddress(), upstream)) {
                OutputStream up = server.getOutputStream();
                up.write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
                copy(in, up, length);
                up.flush();
                server.getInputStream().transferTo(out); // upstream closes after one response
            }
        } catch (IOException e) {
            // the client or the server went away: nothing to do
        }
    }

    /** The request line and headers, up to the blank line; ISO-8859-1 keeps UTF-8 key bytes as they are. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0d0a0d0a) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                return text.substring(0, text.length() - 4);
            }
        }
        return "";
    }

    /** Copies exactly {@code length} bytes: the body of one request. */
    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        for (long left = length; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the client closed before the end of the body");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
