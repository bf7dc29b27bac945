package org.gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * A real S3 server for the deploy tests: S3Proxy ({@code org.gaul:s3proxy}, its
 * {@code jar-with-dependencies}, copied to {@code target/s3proxy/s3proxy.jar} by pom.xml) with the
 * filesystem backend, in a child JVM on a free loopback port, so that its dependencies stay apart
 * from ours. Objects live in files under the data folder, so a stopped server restarted on the
 * same folder still has them.
 *
 * <pre>{@code
 * try (S3ProxyServer s3 = S3ProxyServer.start(folder)) {
 *     s3.createBucket("news");
 *     s3.client().listObjectsV2(r -> r.bucket("news"));
 * }
 * }</pre>
 */
final class S3ProxyServer implements AutoCloseable {

    static final Path JAR = Path.of("target/s3proxy/s3proxy.jar");
    static final String IDENTITY = "gazette-test";
    static final String SECRET = "gazette-test-secret";
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, SECRET));

    private final Path folder;
    private final int port;
    private Process process;
    private S3Client client;

    private S3ProxyServer(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    static S3ProxyServer start(Path folder) throws IOException, InterruptedException {
        assertThat(JAR).as("%s is copied by the s3proxy-jar execution in pom.xml: run the tests with Maven", JAR).isRegularFile();
        S3ProxyServer server = new S3ProxyServer(folder, freePort());
        server.launch();
        return server;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    int port() {
        return port;
    }

    /** Starts the server (again), on the same port and data folder. */
    void launch() throws IOException, InterruptedException {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path properties = folder.resolve("s3proxy.properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=" + endpoint(),
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + SECRET,
                "jclouds.provider=filesystem-nio2",
                "jclouds.identity=unused",
                "jclouds.credential=unused",
                "jclouds.filesystem.basedir=" + data.toAbsolutePath(),
                ""), StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = folder.resolve("s3proxy.log");
        process = new ProcessBuilder(List.of(java, "-Xmx256m", "-DLOG_LEVEL=warn", "-jar", JAR.toAbsolutePath().toString(),
                "--properties", properties.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("S3Proxy did not start on port " + port + ":\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server at once, as a crash would. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** An SDK client of the test's own, to check results through the S3 API. */
    synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder()
                    .endpointOverride(endpoint())
                    .region(Region.US_EAST_1)
                    .credentialsProvider(CREDENTIALS)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).chunkedEncodingEnabled(false).build())
                    .build();
        }
        return client;
    }

    void createBucket(String bucket) {
        client().createBucket(r -> r.bucket(bucket));
    }

    @Override
    public void close() throws InterruptedException {
        if (client != null) {
            client.close();
        }
        kill();
    }
}
