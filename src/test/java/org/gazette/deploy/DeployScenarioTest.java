package org.gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.output.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Issue 6's "done when": the example site built, deployed to a real S3 server (S3Proxy), deployed
 * again from a fresh checkout with nothing changed, an article edited, an article deleted, and the
 * last deploy rolled back. Every result is read back through the S3 API; the requests that reach
 * the server are counted by a pass-through proxy. Counts and times are printed for the CI log.
 */
class DeployScenarioTest {

    static final String BUCKET = "scenario";

    @TempDir
    static Path folder;
    static S3ProxyServer s3;
    static FaultProxy wire;

    @BeforeAll
    static void startServer() throws Exception {
        s3 = S3ProxyServer.start(folder.resolve("s3"));
        s3.createBucket(BUCKET);
        wire = FaultProxy.start(s3.port()); // passes everything through, and logs it
    }

    @AfterAll
    static void stopServer() throws Exception {
        wire.close();
        s3.close();
    }

    record Step(String name, DeployReport report, Set<String> puts) {
        void print() {
            System.out.printf("deploy scenario: %-34s %3d uploaded (%3d PUT on the wire), %2d deleted, %3d unchanged, %6.2f s%n",
                    name, report.uploaded(), puts.size(), report.deleted(), report.unchanged(), report.elapsed().toMillis() / 1000.0);
        }
    }

    Step deploy(String name, Path output, DeployOptions options) {
        wire.clearLog();
        DeployReport report = Deploy.run(options);
        Step step = new Step(name, report, DeployFixture.putKeys(wire.requestLines(), BUCKET));
        step.print();
        return step;
    }

    DeployOptions options(Path output) {
        return DeployFixture.options(output, wire.endpoint(), BUCKET);
    }

    @Test
    void buildDeployRedeployEditDeleteAndRollBack() throws Exception {
        S3Client client = s3.client();

        // 1. The example site, built and deployed to an empty bucket: every file goes.
        Path checkout = DeployFixture.checkout(folder.resolve("checkout-1"));
        Path first = DeployFixture.build(checkout, folder.resolve("out-1"));
        Manifest manifest = DeployFixture.manifest(first);
        Step initial = deploy("first deploy", first, options(first));
        assertThat(initial.report().uploaded()).isEqualTo(manifest.entries().size());
        assertThat(initial.puts()).hasSize(manifest.entries().size());
        assertBucketHolds(client, first);
        assertHeaders(client, first);
        assertThat(ReachablePages.broken(DeployFixture.objects(client, BUCKET).keySet(), key -> DeployFixture.bytes(client, BUCKET, key)))
                .isEmpty();

        // 2. A fresh checkout (new file times everywhere), rebuilt: nothing to send, nothing to delete.
        Path second = DeployFixture.build(DeployFixture.checkout(folder.resolve("checkout-2")), folder.resolve("out-2"));
        Step again = deploy("fresh checkout, no change", second, options(second));
        assertThat(again.report().uploaded()).isZero();
        assertThat(again.report().deleted()).isZero();
        assertThat(again.puts()).isEmpty();
        assertThat(again.report().unchanged()).isEqualTo(manifest.entries().size());
        // No manifest either: one like the last would take a rollback's place, and --rollback would change nothing.
        String firstId = initial.report().result().orElseThrow().deployId();
        assertThat(again.report().summary()).contains("(nothing changed: still deploy " + firstId + ")");
        assertThat(client.listObjectsV2(r -> r.bucket(BUCKET).prefix(".gazette/deploys/")).contents())
                .extracting(o -> o.key()).containsExactly(".gazette/deploys/" + firstId + ".json");

        // 3. One article edited: exactly the files whose bytes changed are sent.
        Path edited = folder.resolve("checkout-2/content/2024/2024-05-12-family-reading-night.md");
        String text = Files.readString(edited, StandardCharsets.UTF_8);
        Files.writeString(edited, text + "\n本报讯：活动结束后，家长们纷纷表示收获很大。\n", StandardCharsets.UTF_8);
        Path third = DeployFixture.build(folder.resolve("checkout-2"), folder.resolve("out-3"));
        Set<String> changed = DeployFixture.changedPaths(second, third);
        Step edit = deploy("one article edited", third, options(third));
        assertThat(changed).contains("2024/05/family-reading-night/index.html").hasSizeLessThan(manifest.entries().size() / 2);
        assertThat(edit.puts()).isEqualTo(changed);
        assertThat(edit.report().uploaded()).isEqualTo(changed.size());
        // Objects named by their content (the search index's shards) are replaced, the old ones deleted.
        assertThat(edit.report().deleted()).isEqualTo(DeployFixture.gonePaths(second, third).size());
        System.out.println("deploy scenario: sent for the edit: " + changed);
        assertBucketHolds(client, third);

        // 4. One article deleted: its pages are deleted, after every upload, and nothing links to them.
        Files.delete(folder.resolve("checkout-2/content/2024/2024-06-20-village-skills-training.md"));
        Path fourth = DeployFixture.build(folder.resolve("checkout-2"), folder.resolve("out-4"));
        Set<String> gone = DeployFixture.gonePaths(third, fourth);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Step delete = deploy("one article deleted", fourth, options(fourth).withListener(new DeployListener() {
            @Override
            public void uploaded(Change change) {
                events.add("upload " + change.path());
            }

            @Override
            public void deleted(Change change) {
                events.add("delete " + change.path());
            }
        }));
        assertThat(gone).contains("2024/06/village-skills-training/index.html");
        assertThat(delete.report().deleted()).isEqualTo(gone.size());
        assertThat(delete.puts()).isEqualTo(DeployFixture.changedPaths(third, fourth));
        int lastUpload = lastIndexStartingWith(events, "upload ");
        int firstDelete = events.indexOf(events.stream().filter(e -> e.startsWith("delete ")).findFirst().orElseThrow());
        assertThat(firstDelete).as("deletes come after every upload: %s", events).isGreaterThan(lastUpload);
        assertBucketHolds(client, fourth);
        assertThat(ReachablePages.broken(DeployFixture.objects(client, BUCKET).keySet(), key -> DeployFixture.bytes(client, BUCKET, key)))
                .isEmpty();

        // 5. Rolled back: the bucket holds the edited site of step 3 again, restored from kept copies.
        Step rollback = deploy("rollback to the deploy before", third,
                options(third).withRollback(Optional.empty()));
        assertThat(rollback.report().uploaded()).isEqualTo(DeployFixture.changedPaths(fourth, third).size());
        assertThat(rollback.report().deleted()).isEqualTo(DeployFixture.gonePaths(fourth, third).size());
        assertBucketHolds(client, third);
        assertHeaders(client, third);

        // And a deploy of the current build after the rollback puts the deletion back, as planned from the manifest.
        Step forward = deploy("deploy again after the rollback", fourth, options(fourth));
        assertThat(forward.report().deleted()).isEqualTo(gone.size());
        assertBucketHolds(client, fourth);
    }

    private static int lastIndexStartingWith(List<String> events, String prefix) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** The bucket holds exactly the build's files, byte for byte. */
    static void assertBucketHolds(S3Client client, Path output) {
        Map<String, byte[]> files = DeployFixture.files(output);
        assertThat(DeployFixture.objects(client, BUCKET).keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
        files.keySet().parallelStream().forEach(path ->
                assertThat(DeployFixture.bytes(client, BUCKET, path)).as(path).isEqualTo(files.get(path)));
    }

    /** Content-Type from our table, Cache-Control by kind, no Content-Encoding, the file's MD5 in the metadata, as read by HEAD. */
    static void assertHeaders(S3Client client, Path output) {
        Manifest manifest = DeployFixture.manifest(output);
        Map<String, byte[]> files = DeployFixture.files(output);
        Map<String, HeadObjectResponse> heads = DeployFixture.heads(client, BUCKET);
        Set<String> seenCacheControl = new TreeSet<>();
        for (Manifest.Entry entry : manifest.entries()) {
            HeadObjectResponse head = heads.get(entry.path());
            assertThat(ObjectRecord.normalizeType(head.contentType())).as(entry.path())
                    .isEqualTo(ObjectRecord.normalizeType(entry.contentType()));
            assertThat(head.contentEncoding()).as(entry.path()).isNull();
            // Fingerprinted assets are cached for ever; the search index's files are revalidated like pages.
            String expected = entry.path().matches("assets/[^/]+\\.[0-9a-f]{10}\\.[a-z0-9]+")
                    ? HeaderRules.IMMUTABLE
                    : entry.contentType().matches("text/html.*|application/(atom\\+)?xml.*|application/json.*|text/plain.*")
                    ? HeaderRules.REVALIDATE : HeaderRules.MEDIA;
            assertThat(head.cacheControl()).as(entry.path()).isEqualTo(expected);
            seenCacheControl.add(head.cacheControl());
            assertThat(head.metadata()).as(entry.path()).containsEntry("gazette-md5", Manifest.md5Hex(files.get(entry.path())));
        }
        assertThat(seenCacheControl).contains(HeaderRules.IMMUTABLE, HeaderRules.MEDIA, HeaderRules.REVALIDATE);
    }
}
