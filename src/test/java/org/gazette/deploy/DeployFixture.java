package org.gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.gazette.TestSites;
import org.gazette.config.DeploySettings;
import org.gazette.output.Manifest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Sites to deploy and views of a bucket through the S3 API, for the deploy tests. */
final class DeployFixture {

    static final Path EXAMPLE = Path.of("").toAbsolutePath();

    private DeployFixture() {
    }

    /**
     * Skips the calling test when Brotli4j's native library cannot be loaded here, or fails it
     * under GAZETTE_REQUIRE_BROTLI=1 (set by .ci/run), as Chromium.require does for the browser.
     */
    static void requireBrotli() {
        if (Brotli4jLoader.isAvailable()) {
            return;
        }
        String message = "this test compresses with Brotli, but Brotli4j's native library cannot be loaded ("
                + Brotli4jLoader.getUnavailabilityCause() + ")";
        if ("1".equals(System.getenv("GAZETTE_REQUIRE_BROTLI"))) {
            fail(message + " (GAZETTE_REQUIRE_BROTLI=1)");
        }
        assumeTrue(false, message + "; skipped (set GAZETTE_REQUIRE_BROTLI=1 to fail instead)");
    }

    /** A copy of the example site (content, themes, site.yaml) with fresh file times, as a new checkout has. */
    static Path checkout(Path folder) {
        TestSites.copy(EXAMPLE.resolve("content"), folder.resolve("content"));
        TestSites.copy(EXAMPLE.resolve("themes"), folder.resolve("themes"));
        try {
            Files.copy(EXAMPLE.resolve("site.yaml"), folder.resolve("site.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return folder;
    }

    /**
     * The example site with an article added, built into {@code folder/bigger}: new pages, and
     * listings, feeds and search files changed (a deploy of it stopped half way leaves a page that
     * should never have been published).
     */
    static Path withAnArticleAdded(Path folder) {
        Path checkout = checkout(folder.resolve("bigger-checkout"));
        TestSites.write(checkout.resolve("content/2024/retracted.md"),
                "---\ntitle: 不该发布的文章\ndate: 2024-07-01\ncolumn: 工作动态\n---\n\n错误的文章。\n");
        return build(checkout, folder.resolve("bigger"));
    }

    /** The example site built without one of its articles (village-skills-training), into {@code folder}/smaller. */
    static Path withAnArticleRemoved(Path folder) {
        Path checkout = checkout(folder.resolve("smaller-checkout"));
        try {
            Files.delete(checkout.resolve("content/2024/2024-06-20-village-skills-training.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build(checkout, folder.resolve("smaller"));
    }

    static Path build(Path root, Path output) {
        assertThat(TestSites.build(root, output).succeeded()).as("the build of %s", root).isTrue();
        return output;
    }

    static Manifest manifest(Path output) {
        try {
            return Manifest.parse(Files.readString(output.resolve(Manifest.PATH)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Paths whose bytes differ between two builds, or that only one has: what a deploy must send. */
    static Set<String> changedPaths(Path before, Path after) {
        Map<String, String> old = manifest(before).entries().stream().collect(Collectors.toMap(Manifest.Entry::path, Manifest.Entry::checksum));
        return manifest(after).entries().stream().filter(e -> !e.checksum().equals(old.get(e.path())))
                .map(Manifest.Entry::path).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> gonePaths(Path before, Path after) {
        Set<String> now = manifest(after).entries().stream().map(Manifest.Entry::path).collect(Collectors.toSet());
        return manifest(before).entries().stream().map(Manifest.Entry::path).filter(p -> !now.contains(p))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static DeployOptions options(Path output, URI endpoint, String bucket) {
        return options(output, endpoint, bucket, DeploySettings.none());
    }

    static DeployOptions options(Path output, URI endpoint, String bucket, DeploySettings settings) {
        return DeployOptions.of(output, settings, "/")
                .withOverrides(TargetOverrides.none().withBucket(bucket).withEndpoint(endpoint.toString()).withPathStyle(true))
                .withCredentials(S3ProxyServer.CREDENTIALS)
                .withJobs(4);
    }

    /** Every object of the site in the bucket (Gazette's .gazette/ state left out), by key. */
    static Map<String, S3Object> objects(S3Client client, String bucket) {
        Map<String, S3Object> objects = new TreeMap<>();
        client.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().forEach(o -> {
            if (!o.key().startsWith(".gazette/")) {
                objects.put(o.key(), o);
            }
        });
        return objects;
    }

    static Map<String, HeadObjectResponse> heads(S3Client client, String bucket) {
        Map<String, HeadObjectResponse> heads = new ConcurrentHashMap<>();
        objects(client, bucket).keySet().parallelStream().forEach(key -> heads.put(key, client.headObject(r -> r.bucket(bucket).key(key))));
        return new TreeMap<>(heads);
    }

    static byte[] bytes(S3Client client, String bucket, String key) {
        try {
            return client.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            throw new AssertionError("cannot read " + key + " from " + bucket + ": " + e.getMessage(), e);
        }
    }

    /** The keys a proxy saw written (PUT) in a bucket, decoded, Gazette's state left out. */
    static Set<String> putKeys(List<String> requestLines, String bucket) {
        Set<String> keys = new TreeSet<>();
        for (String line : requestLines) {
            String[] parts = line.split(" ");
            if (!parts[0].equals("PUT")) {
                continue;
            }
            String path = parts[1].replaceAll("\\?.*", "");
            String key = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8).substring(bucket.length() + 2);
            if (!key.startsWith(".gazette/")) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The bytes of every file of a build, by path. */
    static Map<String, byte[]> files(Path output) {
        Map<String, byte[]> files = new HashMap<>();
        for (Manifest.Entry entry : manifest(output).entries()) {
            try {
                files.put(entry.path(), Files.readAllBytes(output.resolve(entry.path())));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return files;
    }
}
