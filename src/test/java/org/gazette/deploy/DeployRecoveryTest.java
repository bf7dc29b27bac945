package org.gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import org.gazette.RunsBesideOtherClasses;
import org.gazette.config.DeploySettings;
import org.gazette.output.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Deploys and rollbacks after failures (half-way uploads, failed deletes, failed rollbacks), with
 * pre-compression, header changes, --compare-objects and objects put there by other tools, against
 * S3Proxy: the bucket ends as the build deployed, with its headers, and a rollback restores the
 * deploy before.
 */
@RunsBesideOtherClasses
class DeployRecoveryTest {

    @TempDir
    static Path folder;
    static S3ProxyServer s3;
    static FaultProxy proxy;
    static Path site;
    static Path smaller;
    static Path bigger;
    static int buckets;

    static final DeploySettings PLAIN = DeploySettings.none();
    static final DeploySettings GZIP = new DeploySettings(List.of(), 100, 5, List.of(),
            List.of(new DeploySettings.Rule("**/*.{html,css,js,xml,json,svg,txt}", "gzip")));
    static final DeploySettings BROTLI = new DeploySettings(List.of(), 100, 5, List.of(),
            List.of(new DeploySettings.Rule("**/*.{html,css,js,xml,json,svg,txt}", "brotli")));
    static final DeploySettings SHORT_HTML = new DeploySettings(List.of(), 100, 5,
            List.of(new DeploySettings.Rule("**/*.html", "public, max-age=60")), List.of());
    static final DeploySettings LONG_HTML = new DeploySettings(List.of(), 100, 5,
            List.of(new DeploySettings.Rule("**/*.html", "public, max-age=600")), List.of());

    @BeforeAll
    static void start() throws Exception {
        s3 = S3ProxyServer.start(folder.resolve("s3"));
        proxy = FaultProxy.start(s3.port());
        site = DeployFixture.build(DeployFixture.checkout(folder.resolve("checkout")), folder.resolve("site"));
        smaller = DeployFixture.withAnArticleRemoved(folder);
        bigger = DeployFixture.withAnArticleAdded(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        proxy.close();
        s3.close();
    }

    static synchronized String newBucket() {
        String bucket = "recovery-" + ++buckets;
        s3.createBucket(bucket);
        return bucket;
    }

    static DeployOptions options(Path output, String bucket, DeploySettings settings) {
        return DeployFixture.options(output, proxy.endpoint(), bucket, settings).withRetry(DeployFaultsTest.FAST).withMaxDeletes(100);
    }

    static DeployReport deploy(Path output, String bucket, DeploySettings settings) {
        return Deploy.run(options(output, bucket, settings));
    }

    static DeployReport rollback(String bucket, DeploySettings settings) {
        return Deploy.run(options(site, bucket, settings).withRollback(Optional.empty()));
    }

    /** Runs the deploy and makes every site object request fail once {@code after} uploads are done. */
    static DeployException failAfter(DeployOptions options, int after) {
        AtomicInteger done = new AtomicInteger();
        DeployException e = catchThrowableOfType(DeployException.class, () -> Deploy.run(options.withListener(new DeployListener() {
            @Override
            public void planned(Plan plan) {
                if (after == 0) {
                    proxy.failSiteObjects(true);
                }
            }

            @Override
            public void uploaded(Change change) {
                if (done.incrementAndGet() == after) {
                    proxy.failSiteObjects(true);
                }
            }
        })));
        proxy.failSiteObjects(false);
        assertThat(e).as("the deploy failed").isNotNull();
        return e;
    }

    /** Fails after all uploads (the manifest is written), during the deletes. */
    static DeployException failDuringDeletes(DeployOptions options) {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        DeployException e = catchThrowableOfType(DeployException.class, () -> Deploy.run(options.withListener(new DeployListener() {
            @Override
            public void planned(Plan plan) {
                total.set(plan.uploads().size());
                assertThat(plan.deletes()).isNotEmpty();
            }

            @Override
            public void uploaded(Change change) {
                if (done.incrementAndGet() == total.get()) {
                    proxy.failSiteObjects(true);
                }
            }
        })));
        proxy.failSiteObjects(false);
        assertThat(e).as("the deploy failed").isNotNull();
        return e;
    }

    /** The bucket holds the build's files (decoded), each with the headers the settings give it. */
    static void assertServes(String bucket, Path output, DeploySettings settings) {
        S3Client client = s3.client();
        HeaderRules rules = HeaderRules.of(settings);
        Map<String, byte[]> files = DeployFixture.files(output);
        assertThat(DeployFixture.objects(client, bucket).keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        DeployFixture.manifest(output).entries().parallelStream().forEach(entry -> {
            ResponseBytes<GetObjectResponse> got = client.getObjectAsBytes(r -> r.bucket(bucket).key(entry.path()));
            String enc = got.response().contentEncoding() == null ? "" : got.response().contentEncoding();
            byte[] body = decode(got.asByteArray(), enc);
            if (!java.util.Arrays.equals(body, files.get(entry.path()))) {
                wrong.add(entry.path() + ": bytes differ (encoding " + enc + ")");
            }
            if (!enc.equals(rules.encoding(entry.path()).header())) {
                wrong.add(entry.path() + ": Content-Encoding " + enc + " wanted " + rules.encoding(entry.path()).header());
            }
            String cache = rules.cacheControl(entry.path(), entry.contentType());
            if (!cache.equals(got.response().cacheControl())) {
                wrong.add(entry.path() + ": Cache-Control " + got.response().cacheControl() + " wanted " + cache);
            }
            if (!ObjectRecord.sameType(entry.contentType(), String.valueOf(got.response().contentType()))) {
                wrong.add(entry.path() + ": Content-Type " + got.response().contentType());
            }
        });
        assertThat(wrong).as("objects not as the build and settings want").isEmpty();
    }

    static byte[] decode(byte[] bytes, String encoding) {
        try {
            return switch (encoding) {
                case "gzip" -> new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
                case "br" -> Decoder.decompress(bytes).getDecompressedData();
                default -> bytes;
            };
        } catch (Exception e) {
            return ("undecodable " + e).getBytes();
        }
    }

    static boolean uploadingRecordExists(String bucket) {
        return !s3.client().listObjectsV2(r -> r.bucket(bucket).prefix(".gazette/uploading")).contents().isEmpty();
    }

    // ---- pre-compressed ----

    @Test
    void gzipFailedDeployThenRollbackThenRollbackAgain() {
        compressedFailedThenRollback(GZIP);
    }

    @Test
    void brotliFailedDeployThenRollbackThenRollbackAgain() {
        DeployFixture.requireBrotli();
        compressedFailedThenRollback(BROTLI);
    }

    private void compressedFailedThenRollback(DeploySettings settings) {
        String bucket = newBucket();
        deploy(site, bucket, settings);
        deploy(smaller, bucket, settings);
        assertServes(bucket, smaller, settings);
        failAfter(options(bigger, bucket, settings), 5);
        rollback(bucket, settings);
        assertServes(bucket, site, settings);
        rollback(bucket, settings);
        assertServes(bucket, smaller, settings);
    }

    @Test
    void gzipFailedDeployThenRevertThenRollback() {
        String bucket = newBucket();
        deploy(site, bucket, GZIP);
        deploy(smaller, bucket, GZIP);
        failAfter(options(bigger, bucket, GZIP), 5);
        deploy(site, bucket, GZIP); // revert to the first
        assertServes(bucket, site, GZIP);
        rollback(bucket, GZIP);
        assertServes(bucket, smaller, GZIP);
    }

    @Test
    void compressionTurnedOnInterruptedThenReverted() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        failAfter(options(site, bucket, GZIP), 5);
        deploy(site, bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
        assertThat(uploadingRecordExists(bucket)).isFalse();
    }

    @Test
    void compressionTurnedOnInterruptedThenRolledBack() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(smaller, bucket, PLAIN);
        failAfter(options(bigger, bucket, GZIP), 5);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
    }

    // ---- failed twice ----

    @Test
    void aFailedDeployThenAFailedRerunThenARevert() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        failAfter(options(bigger, bucket, PLAIN), 5);
        failAfter(options(bigger, bucket, PLAIN), 3);
        deploy(smaller, bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
    }

    @Test
    void twoDifferentDeploysInARowBothFailThenRollback() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(smaller, bucket, PLAIN);
        failAfter(options(bigger, bucket, PLAIN), 5);
        failAfter(options(site, bucket, GZIP), 4);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
    }

    // ---- failed rollback ----

    @Test
    void aFailedRollbackThenADeployThenRollbacks() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(smaller, bucket, PLAIN);
        failAfter(options(site, bucket, PLAIN).withRollback(Optional.empty()), 3);
        deploy(bigger, bucket, PLAIN);
        assertServes(bucket, bigger, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, bigger, PLAIN);
    }

    @Test
    void aFailedRollbackThenTheRollbackAgain() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(smaller, bucket, PLAIN);
        failAfter(options(site, bucket, PLAIN).withRollback(Optional.empty()), 3);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
    }

    // ---- --compare-objects ----

    @Test
    void compareObjectsAfterAFailedDeployThenRollback() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        failAfter(options(bigger, bucket, PLAIN), 5);
        Deploy.run(options(smaller, bucket, PLAIN).withCompareObjects(true));
        assertServes(bucket, smaller, PLAIN);
        assertThat(uploadingRecordExists(bucket)).isFalse();
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    @Test
    void compareObjectsDeployThenRollback() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        Deploy.run(options(smaller, bucket, PLAIN).withCompareObjects(true));
        assertServes(bucket, smaller, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    // ---- header-only ----

    @Test
    void headerOnlyChangeInterruptedThenReverted() {
        String bucket = newBucket();
        deploy(site, bucket, SHORT_HTML);
        failAfter(options(site, bucket, LONG_HTML), 4);
        deploy(site, bucket, SHORT_HTML);
        assertServes(bucket, site, SHORT_HTML);
    }

    @Test
    void headerOnlyChangeInterruptedThenRolledBack() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(site, bucket, SHORT_HTML);
        failAfter(options(site, bucket, LONG_HTML), 4);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, SHORT_HTML);
    }

    @Test
    void headerOnlyChangeInterruptedThenTheSameAgainThenRollback() {
        String bucket = newBucket();
        deploy(site, bucket, SHORT_HTML);
        failAfter(options(site, bucket, LONG_HTML), 4);
        deploy(site, bucket, LONG_HTML);
        assertServes(bucket, site, LONG_HTML);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, SHORT_HTML);
    }

    // ---- deletes ----

    @Test
    void aDeployFailingDuringItsDeletesThenRerunThenRollback() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        failDuringDeletes(options(smaller, bucket, PLAIN));
        deploy(smaller, bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    @Test
    void aDeployFailingDuringItsDeletesThenRollback() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        failDuringDeletes(options(smaller, bucket, PLAIN));
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
    }

    @Test
    void aDeployFailingDuringItsDeletesThenRevert() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        failDuringDeletes(options(smaller, bucket, PLAIN));
        deploy(site, bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    // ---- hand edits ----

    @Test
    void anObjectInUploadingJsonDeletedByHandIsPutBack() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        failAfter(options(bigger, bucket, PLAIN), 5);
        s3.client().deleteObject(r -> r.bucket(bucket).key("index.html"));
        s3.client().deleteObject(r -> r.bucket(bucket).key("2024/07/retracted/index.html"));
        deploy(site, bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    @Test
    void aBucketFilledByAnotherToolThenAFailedDeployThenTheRerunThenRollback() {
        String bucket = newBucket();
        // Another tool (aws s3 sync, or a Gazette before gazette-md5) put the same files with the same headers, no metadata.
        HeaderRules rules = HeaderRules.of(PLAIN);
        Map<String, byte[]> files = DeployFixture.files(site);
        for (Manifest.Entry e : DeployFixture.manifest(site).entries()) {
            s3.client().putObject(r -> r.bucket(bucket).key(e.path()).contentType(e.contentType())
                    .cacheControl(rules.cacheControl(e.path(), e.contentType())), RequestBody.fromBytes(files.get(e.path())));
        }
        DeployReport first = deploy(site, bucket, PLAIN);
        assertThat(first.uploaded()).as("the listing found every object as wanted").isZero();
        failAfter(options(bigger, bucket, PLAIN), 5);
        deploy(bigger, bucket, PLAIN);
        assertServes(bucket, bigger, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    @Test
    void compareObjectsAfterAHandDeleteThenRollback() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(smaller, bucket, PLAIN);
        s3.client().deleteObject(r -> r.bucket(bucket).key("robots.txt"));
        Deploy.run(options(smaller, bucket, PLAIN).withCompareObjects(true));
        assertServes(bucket, smaller, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    /** Fails every delete of a site object (Gazette's own state is deleted). */
    static Storage failingSiteDeletes(Storage inner) {
        return failingDeletes(inner, key -> !key.startsWith(".gazette/"), new DeployException("delete refused (test)"));
    }

    /** Fails every delete of keys some of which are {@code refused}, with {@code failure}. */
    static Storage failingDeletes(Storage inner, java.util.function.Predicate<String> refused, DeployException failure) {
        return new Forwarding(inner) {
            @Override
            public void delete(List<String> keys) {
                if (keys.stream().anyMatch(refused)) {
                    throw failure;
                }
                inner.delete(keys);
            }
        };
    }

    /** Deletes as {@code inner} does, then fails with {@code stop} once {@code key} is gone: as a process killed just after. */
    static Storage stoppingAfterDelete(Storage inner, String key, RuntimeException stop) {
        return new Forwarding(inner) {
            @Override
            public void delete(List<String> keys) {
                inner.delete(keys);
                if (keys.contains(key)) {
                    throw stop;
                }
            }
        };
    }

    /** A storage doing what {@code inner} does: tests override the requests they make fail. */
    private static class Forwarding implements Storage {
        final Storage inner;

        Forwarding(Storage inner) {
            this.inner = inner;
        }

        public List<StoredObject> list(String prefix) { return inner.list(prefix); }
        public Optional<byte[]> get(String key) { return inner.get(key); }
        public Optional<StoredHeaders> head(String key) { return inner.head(key); }
        public void put(String key, byte[] body, ObjectRecord record) { inner.put(key, body, record); }
        public void putState(String key, byte[] json) { inner.putState(key, json); }
        public boolean copy(String source, String target, ObjectRecord record) { return inner.copy(source, target, record); }
        public void delete(List<String> keys) { inner.delete(keys); }
        public String describe() { return inner.describe(); }
        public void close() { inner.close(); }
    }

    /**
     * A deploy that changes nothing (a scheduled run with nothing due) does not list the kept
     * copies, which it neither adds to nor prunes: after a change of template there is one for
     * nearly every page. One that changes something still keeps what it replaces.
     */
    @Test
    void aDeployThatChangesNothingDoesNotListTheKeptCopies() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(smaller, bucket, PLAIN);
        assertThat(keptKeys(bucket)).as("the second deploy kept what it replaced").isNotEmpty();

        List<String> listed = java.util.Collections.synchronizedList(new ArrayList<>());
        UnaryOperator<Storage> recordingLists = inner -> new Forwarding(inner) {
            @Override
            public List<StoredObject> list(String prefix) {
                listed.add(prefix);
                return inner.list(prefix);
            }
        };
        DeployReport again = Deploy.run(options(smaller, bucket, PLAIN), recordingLists);
        assertThat(again.uploaded()).isZero();
        assertThat(listed).as("prefixes listed by a deploy that changes nothing").doesNotContain(".gazette/kept/");

        listed.clear();
        DeployReport back = Deploy.run(options(site, bucket, PLAIN), recordingLists);
        assertThat(back.result().orElseThrow().kept()).as("copies kept by a deploy that changes something").isPositive();
        assertThat(listed).contains(".gazette/kept/");
    }

    static List<String> deployIds(String bucket) {
        return s3.client().listObjectsV2(r -> r.bucket(bucket).prefix(".gazette/deploys/")).contents().stream()
                .map(o -> o.key().replaceAll(".*/", "").replace(".json", "")).sorted().toList();
    }

    // ---- forgetting the history ----

    static List<String> keptKeys(String bucket) {
        return s3.client().listObjectsV2(r -> r.bucket(bucket).prefix(".gazette/kept/")).contents().stream()
                .map(o -> o.key()).toList();
    }

    /**
     * A taken-down article: deleted from the site, its page is still kept for a rollback (and a
     * rollback would publish it again) until --forget-history deletes the kept copies and the
     * earlier manifests. Deploys and rollbacks then go on as before.
     */
    @Test
    void aTakenDownArticlesKeptCopyIsGoneOnceTheHistoryIsForgotten() throws Exception {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(smaller, bucket, PLAIN);
        String page = "2024/06/village-skills-training/index.html";
        String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(DeployFixture.files(site).get(page)));
        assertThat(keptKeys(bucket)).as("the deleted page is kept for a rollback").contains(".gazette/kept/" + md5);
        List<String> keptBefore = keptKeys(bucket);

        DeployHistory.Forgotten counted = Deploy.forgetHistory(options(smaller, bucket, PLAIN).withDryRun(true));
        assertThat(counted.keptCopies()).isEqualTo(keptBefore.size());
        assertThat(counted.manifests()).isEqualTo(1);
        assertThat(keptKeys(bucket)).as("a dry run deletes nothing").isEqualTo(keptBefore);

        String current = deployIds(bucket).get(1);
        DeployHistory.Forgotten forgotten = Deploy.forgetHistory(options(smaller, bucket, PLAIN));
        assertThat(forgotten).isEqualTo(new DeployHistory.Forgotten(current, 1, keptBefore.size()));
        assertThat(keptKeys(bucket)).isEmpty();
        assertThat(deployIds(bucket)).containsExactly(current);
        assertServes(bucket, smaller, PLAIN);
        assertThat(catchThrowableOfType(DeployException.class, () -> rollback(bucket, PLAIN)))
                .hasMessageContaining("nothing to roll back to");

        deploy(site, bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
        rollback(bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
    }

    @Test
    void theHistoryOfADeployThatHasNotFinishedIsNotForgotten() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        failAfter(options(bigger, bucket, PLAIN), 5);
        List<String> kept = keptKeys(bucket);
        DeployException refused = catchThrowableOfType(DeployException.class,
                () -> Deploy.forgetHistory(options(bigger, bucket, PLAIN)));
        assertThat(refused).hasMessageContaining("has not finished").hasMessageContaining("run the deploy or rollback that stopped again, the same command, then --forget-history");
        assertThat(keptKeys(bucket)).isEqualTo(kept);
        deploy(bigger, bucket, PLAIN);
        assertServes(bucket, bigger, PLAIN);
    }

    @Test
    void aRollbackGoesPastTheManifestsOfDeploysThatChangedNothing() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(smaller, bucket, PLAIN);
        // An earlier Gazette wrote a manifest for each deploy that changed nothing: two alike at the top.
        String second = deployIds(bucket).get(1);
        s3.client().copyObject(r -> r.sourceBucket(bucket).sourceKey(".gazette/deploys/" + second + ".json")
                .destinationBucket(bucket).destinationKey(".gazette/deploys/00000003-20261129T000000Z.json"));

        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    @Test
    void deletesFailingAfterTheirKeepsThenRerunThenRollback() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        DeployException e = catchThrowableOfType(DeployException.class, () -> Deploy.run(options(smaller, bucket, PLAIN), DeployRecoveryTest::failingSiteDeletes));
        assertThat(e.getMessage()).contains("deleting stale objects stopped");
        assertThat(uploadingRecordExists(bucket)).as("kept until the deletes are done, for the next invalidation list").isTrue();
        DeployReport rerun = deploy(smaller, bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
        // Its deletes finished, the site is the last deploy's: no new manifest, so --rollback goes back to the one before.
        assertThat(rerun.summary()).contains("(the same site: still deploy ");
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    // ---- what readers lose ----

    @Test
    void aDeployNamesThePagesReadersLoseAndARollbackDoesNot() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        List<String> lost = DeployFixture.gonePaths(site, smaller).stream().filter(org.gazette.output.OutputPaths::isReaderAddress)
                .map(org.gazette.content.SitePaths::sitePath).sorted().toList();
        assertThat(lost).as("an article's page goes with the article").isNotEmpty();

        DeployReport report = deploy(smaller, bucket, PLAIN);

        assertThat(report.warnings()).containsExactly("readers' links to " + lost.size() + " pages and feeds the site no longer"
                + " has will break: " + String.join(", ", lost) + " (an article that moved keeps its old address with aliases:,"
                + " another page with redirects: in site.yaml; README, \"Old addresses\")");
        assertThat(rollback(bucket, PLAIN).warnings()).noneMatch(w -> w.startsWith("readers' links"));
        assertThat(deploy(site, bucket, PLAIN).warnings()).as("nothing deleted").isEmpty();
    }

    // ---- the CDN invalidation list ----

    /**
     * Runs {@code next} and checks that its invalidation list names every path whose file differs
     * between the last finished deploy's build and {@code now}: a purge after it covers what an
     * unfinished deploy before it wrote, which this one found in place and did not write.
     */
    static void assertListsEverythingChangedSince(Path lastFinished, Path now, DeployOptions next) {
        Path list = folder.resolve("invalidate-" + next.overrides().bucket().orElseThrow() + ".txt");
        Deploy.run(next.withInvalidationList(list));
        Set<String> changed = new TreeSet<>(DeployFixture.changedPaths(lastFinished, now));
        changed.addAll(DeployFixture.gonePaths(lastFinished, now));
        try {
            assertThat(Files.readAllLines(list)).containsAll(changed.stream().map(p -> InvalidationList.url(p, "/")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRerunOfADeployStoppedHalfWayListsWhatTheStoppedOneWrote() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        failAfter(options(bigger, bucket, PLAIN).withJobs(1), 12);
        assertListsEverythingChangedSince(site, bigger, options(bigger, bucket, PLAIN));
    }

    @Test
    void theRerunOfADeployStoppedAfterItsManifestListsItsUploads() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        failDuringDeletes(options(smaller, bucket, PLAIN));
        assertListsEverythingChangedSince(site, smaller, options(smaller, bucket, PLAIN));
    }

    @Test
    void theRerunOfADeployStoppedDuringItsDeletesListsItsUploads() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        catchThrowableOfType(DeployException.class, () -> Deploy.run(options(smaller, bucket, PLAIN), DeployRecoveryTest::failingSiteDeletes));
        assertListsEverythingChangedSince(site, smaller, options(smaller, bucket, PLAIN));
    }

    @Test
    void aDeployAfterARollbackStoppedLateListsWhatTheRollbackRestored() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(bigger, bucket, PLAIN);
        failDuringDeletes(options(site, bucket, PLAIN).withRollback(Optional.empty()));
        assertListsEverythingChangedSince(bigger, site, options(site, bucket, PLAIN));
    }

    /** The process stops (killed, the runner lost) just after the record is deleted: nothing else would list its paths again. */
    @Test
    void theInvalidationListIsWrittenBeforeTheRecordThatWouldListItsPathsAgainGoes() throws IOException {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        Path list = folder.resolve("invalidate-killed-" + bucket + ".txt");
        class Killed extends RuntimeException {
        }
        Killed killed = new Killed();
        Throwable stopped = catchThrowable(() -> Deploy.run(options(bigger, bucket, PLAIN).withInvalidationList(list),
                inner -> stoppingAfterDelete(inner, ".gazette/uploading.json", killed)));
        assertThat(stopped).isSameAs(killed);
        assertThat(uploadingRecordExists(bucket)).isFalse();
        Set<String> changed = new TreeSet<>(DeployFixture.changedPaths(site, bigger));
        assertThat(list).exists();
        assertThat(Files.readAllLines(list)).containsAll(changed.stream().map(p -> InvalidationList.url(p, "/")).toList());
    }

    @Test
    void aDeployAfterADamagedRecordAsksTheCdnForEveryPath() throws IOException {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        s3.client().putObject(r -> r.bucket(bucket).key(".gazette/uploading.json"), RequestBody.fromString("{\"format\": "));
        Path list = folder.resolve("invalidate-damaged-" + bucket + ".txt");
        DeployReport report = Deploy.run(options(bigger, bucket, PLAIN).withInvalidationList(list));
        assertThat(Files.readAllLines(list)).containsExactly("/*");
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("(its record could not be read): it asks for every path, /*"));
        assertServes(bucket, bigger, PLAIN);
        assertThat(uploadingRecordExists(bucket)).isFalse();
    }

    // ---- a rollback run again ----

    @Test
    void aRollbackStoppedAfterItsManifestRunAgainFinishesInsteadOfGoingBack() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        String first = deployIds(bucket).get(0);
        deploy(bigger, bucket, PLAIN);
        DeployException stopped = failDuringDeletes(options(site, bucket, PLAIN).withRollback(Optional.empty()));
        assertThat(stopped.getMessage()).contains("(run the rollback again, --rollback --to " + first + ", to delete them)");

        DeployReport again = rollback(bucket, PLAIN);
        assertThat(again.warnings()).contains("finishing the rollback to " + first
                + " that stopped (to go back further, run --rollback again once it has finished)");
        assertServes(bucket, site, PLAIN);
        assertThat(uploadingRecordExists(bucket)).isFalse();
        rollback(bucket, PLAIN);
        assertServes(bucket, bigger, PLAIN);
    }

    @Test
    void aRollbackStoppedHalfWayNamesTheCommandThatFinishesIt() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        String first = deployIds(bucket).get(0);
        deploy(bigger, bucket, PLAIN);
        DeployException stopped = failAfter(options(site, bucket, PLAIN).withRollback(Optional.empty()), 3);
        assertThat(stopped.getMessage()).contains("(run the rollback again, --rollback --to " + first + ", to finish)");
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    // ---- two deploys at once ----

    /** Runs a deploy of {@code output} and, once it has uploaded one object, {@code meanwhile} from start to end. */
    static DeployException interrupted(String bucket, Path output, Runnable meanwhile) {
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        return catchThrowableOfType(DeployException.class, () -> Deploy.run(options(output, bucket, PLAIN).withJobs(1)
                .withListener(new DeployListener() {
                    @Override
                    public void uploaded(Change change) {
                        if (once.compareAndSet(false, true)) {
                            meanwhile.run();
                        }
                    }
                })));
    }

    @Test
    void aDeployThatAnotherFinishedDuringRefusesItsManifestAndTheNextRepairsTheMix() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        DeployException refused = interrupted(bucket, bigger, () -> deploy(smaller, bucket, PLAIN));
        assertThat(refused).as("the deploy another finished during").isNotNull();
        assertThat(refused.getMessage()).startsWith("another deploy to s3://" + bucket + "/ at ")
                .contains("ran at the same time (deploy 00000002-",
                        "appeared since this one began): this one wrote no manifest and deleted nothing",
                        "run deploy again once it has finished");
        assertThat(deployIds(bucket)).as("one manifest for each sequence number").hasSize(2);
        assertThat(uploadingRecordExists(bucket)).as("its paths, for the next deploy to check").isTrue();

        deploy(bigger, bucket, PLAIN);
        assertServes(bucket, bigger, PLAIN);
    }

    @Test
    void aDeployWhoseRecordAnotherDeployReplacedRefusesItsManifestAndLeavesBothPaths() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        // Another deploy has just begun: its record replaced this one's.
        byte[] other = UnfinishedUploads.toJson(Set.of("index.html", "2024/07/other/index.html"), Optional.empty(), "other");
        DeployException refused = interrupted(bucket, bigger,
                () -> s3.client().putObject(r -> r.bucket(bucket).key(".gazette/uploading.json"), RequestBody.fromBytes(other)));
        assertThat(refused).as("the deploy whose record was replaced").isNotNull();
        assertThat(refused.getMessage()).contains("(the record of the deploy under way is another deploy's)");
        assertThat(deployIds(bucket)).hasSize(1);
        Set<String> left;
        try {
            left = UnfinishedUploads.parse(DeployFixture.bytes(s3.client(), bucket, ".gazette/uploading.json")).paths();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(left).contains("2024/07/other/index.html").containsAll(DeployFixture.changedPaths(site, bigger));

        deploy(bigger, bucket, PLAIN);
        assertServes(bucket, bigger, PLAIN);
    }

    // ---- the record of a finished deploy not deleted ----

    /** Fails deleting the record of the deploy under way, as a server that times out would. */
    static Storage failingRecordDelete(Storage inner) {
        return failingDeletes(inner, ".gazette/uploading.json"::equals,
                new StorageException("cannot delete 1 objects: the server did not answer (Read timed out)", true, null));
    }

    @Test
    void aRecordThatCannotBeDeletedAtTheEndIsAWarningThatTheSiteIsDeployed() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        DeployReport report = Deploy.run(options(smaller, bucket, PLAIN), DeployRecoveryTest::failingRecordDelete);
        assertServes(bucket, smaller, PLAIN);
        assertThat(report.summary()).contains("(deploy 00000002-");
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).startsWith("deploy 00000002-")
                .contains("is complete and readers see all of it, but its record .gazette/uploading.json could not be deleted"
                        + " (cannot delete 1 objects: the server did not answer (Read timed out)): the next deploy checks the ",
                        " paths it names in the bucket, lists them for the CDN again and deletes it"));
        assertThat(uploadingRecordExists(bucket)).isTrue();

        deploy(smaller, bucket, PLAIN);
        assertThat(uploadingRecordExists(bucket)).isFalse();
        rollback(bucket, PLAIN);
        assertServes(bucket, site, PLAIN);
    }

    @Test
    void aRollbackWhoseRecordCannotBeDeletedAtTheEndIsFinishedAndTheNextRollbackGoesBackFurther() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        String first = deployIds(bucket).get(0);
        deploy(bigger, bucket, PLAIN);
        DeployReport rolledBack = Deploy.run(options(site, bucket, PLAIN).withRollback(Optional.empty()),
                DeployRecoveryTest::failingRecordDelete);
        assertServes(bucket, site, PLAIN);
        assertThat(rolledBack.warnings()).anySatisfy(w -> assertThat(w).startsWith("the rollback to " + first + ", deploy 00000003-")
                .contains("is complete and readers see all of it, but its record .gazette/uploading.json could not be deleted",
                        "the next deploy or rollback checks the ", "leave it (a deploy of the build rolled back from would undo")
                .doesNotContain("run deploy again"));
        assertThat(uploadingRecordExists(bucket)).isTrue();

        DeployReport back = rollback(bucket, PLAIN);
        assertThat(back.warnings()).noneSatisfy(w -> assertThat(w).containsAnyOf("stopped", "finishing the rollback"))
                .anySatisfy(w -> assertThat(w).startsWith("the last rollback, to " + first + ", finished but its record"
                        + " .gazette/uploading.json was not deleted: the ").endsWith(" files it names were compared with the objects in the bucket"));
        assertServes(bucket, bigger, PLAIN);
        assertThat(uploadingRecordExists(bucket)).isFalse();
    }

    @Test
    void aRollbackThatLeftItsRecordAndDroppedTheDeployItRestoredIsFinishedToo() {
        DeploySettings keepTwo = new DeploySettings(List.of(), 100, 2, List.of(), List.of());
        String bucket = newBucket();
        deploy(site, bucket, keepTwo);
        String first = deployIds(bucket).get(0);
        deploy(bigger, bucket, keepTwo);
        Deploy.run(options(site, bucket, keepTwo).withRollback(Optional.empty()), DeployRecoveryTest::failingRecordDelete);
        assertThat(deployIds(bucket)).as("the deploy restored is no longer kept").doesNotContain(first);

        DeployReport back = rollback(bucket, keepTwo);
        assertThat(back.warnings()).anySatisfy(w -> assertThat(w).startsWith("the last rollback, to " + first + ", finished"));
        assertServes(bucket, bigger, PLAIN);
        assertThat(uploadingRecordExists(bucket)).isFalse();
    }

    @Test
    void aDeployAfterARollbackThatLeftItsRecordChecksItsPathsAndDeletesIt() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        deploy(bigger, bucket, PLAIN);
        Deploy.run(options(site, bucket, PLAIN).withRollback(Optional.empty()), DeployRecoveryTest::failingRecordDelete);
        DeployReport same = deploy(site, bucket, PLAIN);
        assertThat(same.warnings()).anySatisfy(w -> assertThat(w).startsWith("the last rollback, to "));
        assertServes(bucket, site, PLAIN);
        assertThat(uploadingRecordExists(bucket)).isFalse();
    }

    @Test
    void stoppedBeforeItsDeletesKeptThenRerunThenRollbackToTheFirst() {
        String bucket = newBucket();
        deploy(site, bucket, PLAIN);
        String first = deployIds(bucket).get(0);
        failDuringDeletes(options(smaller, bucket, PLAIN)); // the manifest is written; deleting uploading.json fails
        deploy(smaller, bucket, PLAIN);
        assertServes(bucket, smaller, PLAIN);
        Deploy.run(options(site, bucket, PLAIN).withRollback(Optional.of(first)));
        assertServes(bucket, site, PLAIN);
    }
}
