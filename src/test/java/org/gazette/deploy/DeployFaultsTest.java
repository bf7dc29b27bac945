package org.gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.gazette.RunsBesideOtherClasses;
import org.gazette.config.DeploySettings;
import org.gazette.output.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Faults and bad input, against S3Proxy: a server answering 503, wrong credentials, a missing
 * bucket, too many deletes, broken output folders, a corrupted manifest in the bucket; and header
 * changes and pre-compression read back through the S3 API.
 */
@RunsBesideOtherClasses
class DeployFaultsTest {

    static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20));

    @TempDir
    static Path folder;
    static S3ProxyServer s3;
    static FaultProxy proxy;
    /** The example site, and the same with one article deleted. */
    static Path site;
    static Path smaller;
    static int buckets;

    @BeforeAll
    static void start() throws Exception {
        s3 = S3ProxyServer.start(folder.resolve("s3"));
        proxy = FaultProxy.start(s3.port());
        site = DeployFixture.build(DeployFixture.checkout(folder.resolve("checkout")), folder.resolve("site"));
        smaller = DeployFixture.withAnArticleRemoved(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        proxy.close();
        s3.close();
    }

    static synchronized String newBucket() {
        String bucket = "faults-" + ++buckets;
        s3.createBucket(bucket);
        return bucket;
    }

    static DeployOptions options(Path output, String bucket) {
        return DeployFixture.options(output, proxy.endpoint(), bucket).withRetry(FAST).withMaxDeletes(100);
    }

    @Test
    void a503ForAWhileIsRetriedAndTheDeployCompletes() {
        String bucket = newBucket();
        proxy.failNext(4);
        DeployReport report = Deploy.run(options(site, bucket).withRetry(new RetryPolicy(6, Duration.ofMillis(5), Duration.ofMillis(20))));
        assertThat(proxy.refused()).isGreaterThanOrEqualTo(4);
        assertThat(report.retries()).isEqualTo(4);
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, site);
    }

    @Test
    void a503ThatLastsFailsClearlyDeletesNothingAndTheRerunCompletes() {
        String bucket = newBucket();
        Deploy.run(options(site, bucket));
        DeployException failure = catchThrowableOfType(DeployException.class, () -> Deploy.run(options(smaller, bucket)
                .withListener(new DeployListener() {
                    @Override
                    public void planned(Plan plan) {
                        proxy.failSiteObjects(true); // from the first upload on
                    }
                })));
        proxy.failSiteObjects(false);
        assertThat(failure.getMessage()).contains("deploy stopped: ", "(503 SlowDown)", "gave up after 3 tries",
                "nothing was deleted, so readers still find every page and file", "run the same deploy again to finish");
        assertThat(failure.getMessage()).doesNotContain("\n");
        // Everything readers had is there, through the server directly.
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, site);

        DeployReport rerun = Deploy.run(options(smaller, bucket));
        assertThat(rerun.deleted()).isEqualTo(DeployFixture.gonePaths(site, smaller).size());
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, smaller);
    }

    @Test
    void aDeployOfAnotherBuildAfterAFailedOneReplacesWhatTheFailedOneUploaded() {
        String bucket = newBucket();
        Deploy.run(options(site, bucket));
        failMidway(bucket);

        // The editor reverts: the first build again, planned against the last finished deploy's manifest.
        DeployReport revert = Deploy.run(options(site, bucket));
        assertThat(revert.warnings()).anySatisfy(w -> assertThat(w).contains("the last deploy stopped before it finished"));
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, site);
        assertThat(s3.client().listObjectsV2(r -> r.bucket(bucket).prefix(".gazette/uploading")).contents())
                .as("the record of the unfinished deploy").isEmpty();
    }

    @Test
    void aRollbackAfterAFailedDeployRestoresTheDeployBeforeIt() {
        String bucket = newBucket();
        Deploy.run(options(site, bucket));
        Deploy.run(options(smaller, bucket));
        failMidway(bucket);

        Deploy.run(options(smaller, bucket).withRollback(Optional.empty()));
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, site);

        // What the rollback replaced was kept first, so that it can be undone.
        Deploy.run(options(smaller, bucket).withRollback(Optional.empty()));
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, smaller);
    }

    @Test
    void theSameDeployRunAgainAfterAFailedOneKeepsWhatItReplacesForARollback() {
        String bucket = newBucket();
        Deploy.run(options(site, bucket));
        failMidway(bucket);

        Deploy.run(options(bigger(), bucket)); // as the failed deploy's message says to
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, bigger());
        Deploy.run(options(bigger(), bucket).withRollback(Optional.empty()));
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, site);
    }

    /** A deploy of the site with one article more, stopped by a failing server after its first changed page. */
    private static void failMidway(String bucket) {
        Path bigger = bigger();
        AtomicInteger changed = new AtomicInteger();
        catchThrowableOfType(DeployException.class, () -> Deploy.run(options(bigger, bucket).withListener(new DeployListener() {
            @Override
            public void uploaded(Change change) {
                if (change.kind() == Change.Kind.CHANGED && changed.incrementAndGet() == 1) {
                    proxy.failSiteObjects(true);
                }
            }
        })));
        proxy.failSiteObjects(false);
        assertThat(changed.get()).as("changed pages uploaded before it stopped").isPositive();
        assertThat(DeployFixture.objects(s3.client(), bucket)).as("a new page uploaded").containsKey("2024/07/retracted/index.html");
    }

    /** The example site with an article added, built once for the tests that need it. */
    private static synchronized Path bigger() {
        Path output = folder.resolve("bigger");
        return Files.isDirectory(output) ? output : DeployFixture.withAnArticleAdded(folder);
    }

    @Test
    void wrongCredentialsAreOneClearLineAndNothingChanges() {
        String bucket = newBucket();
        Deploy.run(options(site, bucket));
        proxy.clearLog();
        DeployOptions wrong = options(smaller, bucket)
                .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("nobody", "wrong-secret")));
        assertThatThrownBy(() -> Deploy.run(wrong))
                .isInstanceOf(DeployException.class)
                .hasMessageStartingWith(proxy.endpoint() + " refused the credentials (403")
                .hasMessageEndingWith("(check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the profile)");
        assertThat(proxy.requestLines()).allMatch(line -> line.startsWith("GET ")).hasSize(1); // no retry of a 403
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, site);
    }

    @Test
    void aMissingBucketIsOneClearLine() {
        assertThatThrownBy(() -> Deploy.run(options(site, "no-such-bucket")))
                .isInstanceOf(DeployException.class)
                .hasMessage("the bucket no-such-bucket does not exist at " + proxy.endpoint()
                        + " (404 NoSuchBucket) (create it, or correct the bucket in site.yaml or --bucket)");
    }

    @Test
    void aPlanOverMaxDeletesStopsBeforeAnyChange() {
        String bucket = newBucket();
        Deploy.run(options(site, bucket));
        proxy.clearLog();
        assertThatThrownBy(() -> Deploy.run(options(smaller, bucket).withMaxDeletes(2)))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("the plan deletes 8 pages and files (such as 2024/06/index.html,")
                .hasMessageContaining("more than the 2 allowed: nothing was uploaded or deleted")
                .hasMessageEndingWith("run again with --max-deletes 8)");
        assertThat(proxy.requestLines()).noneMatch(line -> line.startsWith("PUT") || line.startsWith("POST")
                || line.startsWith("DELETE"));
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, site);
    }

    @Test
    void emptyAndBrokenOutputFoldersAreRefusedBeforeAnyRequest() throws Exception {
        String bucket = newBucket();
        proxy.clearLog();
        Path empty = Files.createDirectories(folder.resolve("empty"));
        assertThatThrownBy(() -> Deploy.run(options(empty, bucket)))
                .hasMessage(empty + ": there is no index.html, so this is not a built site (run gazette build, or pass the right --output DIR)");
        assertThatThrownBy(() -> Deploy.run(options(folder.resolve("nowhere"), bucket)))
                .hasMessageEndingWith("the output folder does not exist (run gazette build first, or pass --output DIR)");

        Path noManifest = copyOf(site, "no-manifest");
        Files.delete(noManifest.resolve(Manifest.PATH));
        assertThatThrownBy(() -> Deploy.run(options(noManifest, bucket))).hasMessageContaining("there is no .gazette/manifest.json");

        Path missing = copyOf(site, "missing-file");
        Files.delete(missing.resolve("2023/five-year-review/photo-1.jpg"));
        assertThatThrownBy(() -> Deploy.run(options(missing, bucket)))
                .hasMessage(missing + "/2023/five-year-review/photo-1.jpg: listed in the build's manifest but missing,"
                        + " so the folder changed after the build (run gazette build again)");

        Path extra = copyOf(site, "extra-file");
        Files.writeString(extra.resolve("notes.txt"), "not from the build");
        assertThatThrownBy(() -> Deploy.run(options(extra, bucket))).hasMessageStartingWith(extra + "/notes.txt: not written by the build");
        assertThat(proxy.requestLines()).isEmpty();

        // Same size, other bytes: found when the file is read for upload, before it is sent.
        Path edited = copyOf(site, "edited-file");
        Path robots = edited.resolve("robots.txt");
        byte[] bytes = Files.readAllBytes(robots);
        bytes[0] = (byte) (bytes[0] == 'x' ? 'y' : 'x');
        Files.write(robots, bytes);
        assertThatThrownBy(() -> Deploy.run(options(edited, bucket)))
                .hasMessageContaining(robots + ": changed after the build wrote its manifest (run gazette build again)");
        assertThat(DeployFixture.objects(s3.client(), bucket)).doesNotContainKey("robots.txt");
    }

    @Test
    void aCorruptedManifestInTheBucketIsIgnoredWithAWarningAndTheListingDecides() {
        String bucket = newBucket();
        Deploy.run(options(site, bucket));
        S3Client client = s3.client();
        String key = onlyDeployManifest(client, bucket);
        client.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromString("{\"format\": \"" + DeployManifest.FORMAT + "\", \"objects\": [tru"));

        DeployReport report = Deploy.run(options(site, bucket));
        assertThat(report.warnings()).singleElement().asString()
                .startsWith("the deploy manifest " + key + " cannot be read (not valid JSON")
                .endsWith("ignored, comparing with a listing of the bucket instead");
        assertThat(report.plan().baseline()).isEqualTo(Plan.Baseline.LISTING);
        assertThat(report.uploaded()).isZero(); // every ETag and header matched
        assertThat(report.deleted()).isZero();
        assertThat(report.unchanged()).isEqualTo(DeployFixture.manifest(site).entries().size());

        // The next deploy plans from the new manifest again, and an unknown object under the prefix is deleted by a listing only.
        assertThat(Deploy.run(options(site, bucket)).plan().baseline()).isEqualTo(Plan.Baseline.MANIFEST);
    }

    @Test
    void aManifestFromAnEarlierGazetteIsReadAsAListingAndReplaced() {
        String bucket = newBucket();
        Deploy.run(options(site, bucket));
        S3Client client = s3.client();
        String key = onlyDeployManifest(client, bucket);
        // Format 1 recorded SHA-256: the same objects, each with a 64-digit hash instead of an MD5.
        String earlier = client.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String()
                .replace("\"gazette-deploy/2\"", "\"gazette-deploy/1\"")
                .replaceAll("\"md5\" : \"([0-9a-f]{32})\"", "\"sha256\" : \"$1$1\"");
        assertThat(earlier).contains("\"sha256\"").doesNotContain("\"md5\"");
        client.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromString(earlier));
        // An object changed in the bucket since, keeping its size and headers: the listing tells it by its ETag alone.
        var stored = client.getObjectAsBytes(r -> r.bucket(bucket).key("robots.txt"));
        byte[] robots = stored.asByteArray();
        robots[0] = (byte) (robots[0] == 'x' ? 'y' : 'x');
        client.putObject(r -> r.bucket(bucket).key("robots.txt").contentType(stored.response().contentType())
                .cacheControl(stored.response().cacheControl()), RequestBody.fromBytes(robots));

        DeployReport report = Deploy.run(options(site, bucket));
        assertThat(report.warnings()).singleElement().asString()
                .contains("cannot be read (written by an earlier Gazette, which recorded SHA-256 where this one records MD5")
                .endsWith("ignored, comparing with a listing of the bucket instead");
        assertThat(report.plan().baseline()).isEqualTo(Plan.Baseline.LISTING);
        assertThat(report.plan().uploads()).singleElement()
                .satisfies(c -> assertThat(c.path()).isEqualTo("robots.txt"))
                .satisfies(c -> assertThat(c.reason()).startsWith("bytes"));
        assertThat(report.deleted()).isZero();
        assertThat(Deploy.run(options(site, bucket)).plan().baseline()).isEqualTo(Plan.Baseline.MANIFEST);
    }

    @Test
    void headersAloneChangingReuploadsAndPrecompressionIsServedWithItsEncoding() throws Exception {
        DeployFixture.requireBrotli(); // the *.css rule below compresses with Brotli: without it the deploy stops
        String bucket = newBucket();
        Deploy.run(options(site, bucket));
        DeploySettings settings = new DeploySettings(List.of(), 100, 5,
                List.of(new DeploySettings.Rule("*.jpg", "public, max-age=604800")),
                List.of(new DeploySettings.Rule("**/*.html", "gzip"), new DeploySettings.Rule("*.css", "brotli")));
        Manifest manifest = DeployFixture.manifest(site);
        long expected = manifest.entries().stream().filter(e -> e.path().matches(".*\\.(html|css|jpg)")).count();
        DeployReport report = Deploy.run(DeployFixture.options(site, proxy.endpoint(), bucket, settings).withRetry(FAST));
        assertThat(report.uploaded()).isEqualTo(expected);
        assertThat(report.plan().uploads()).allMatch(c -> c.kind() == Change.Kind.CHANGED && !c.reason().contains("bytes"));
        assertThat(report.plan().uploads()).anyMatch(c -> c.reason().equals("Content-Encoding none -> \"gzip\""));

        S3Client client = s3.client();
        Map<String, HeadObjectResponse> heads = DeployFixture.heads(client, bucket);
        Map<String, byte[]> files = DeployFixture.files(site);
        HeadObjectResponse home = heads.get("index.html");
        assertThat(home.contentEncoding()).isEqualTo("gzip");
        assertThat(ObjectRecord.normalizeType(home.contentType())).isEqualTo("text/html;charset=utf-8");
        assertThat(new GZIPInputStream(new ByteArrayInputStream(DeployFixture.bytes(client, bucket, "index.html"))).readAllBytes())
                .isEqualTo(files.get("index.html"));
        String css = files.keySet().stream().filter(p -> p.endsWith(".css")).findFirst().orElseThrow();
        assertThat(heads.get(css).contentEncoding()).isEqualTo("br");
        assertThat(Decoder.decompress(DeployFixture.bytes(client, bucket, css)).getDecompressedData()).isEqualTo(files.get(css));
        assertThat(heads.get("2023/five-year-review/photo-1.jpg").cacheControl()).isEqualTo("public, max-age=604800");
        assertThat(heads.get("2023/five-year-review/photo-1.jpg").contentEncoding()).isNull();

        // Again with the same settings: nothing to do.
        assertThat(Deploy.run(DeployFixture.options(site, proxy.endpoint(), bucket, settings).withRetry(FAST)).uploaded()).isZero();
    }

    @Test
    void aDryRunPrintsAndWritesThePlanAndChangesNothing() throws Exception {
        String bucket = newBucket();
        Deploy.run(options(site, bucket));
        proxy.clearLog();
        Path json = folder.resolve("plan.json");
        DeployReport report = Deploy.run(options(smaller, bucket).withDryRun(true).withPlanJson(json));
        assertThat(report.result()).isEmpty();
        assertThat(report.plan().deletes()).extracting(Change::path).contains("2024/06/village-skills-training/index.html");
        assertThat(report.plan().lines().get(0)).startsWith("Plan, compared with the previous deploy's manifest: ");
        assertThat(report.plan().lines()).anyMatch(l -> l.matches("  delete +2024/06/village-skills-training/index.html: gone from the build"))
                .anyMatch(l -> l.matches("  upload  changed +index.html \\(.*B\\): bytes"));
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"baseline\" : \"manifest\"", "\"deletes\" : " + report.plan().deletes().size(),
                "\"action\" : \"delete\"", "\"path\" : \"2024/06/village-skills-training/index.html\"");
        assertThat(proxy.requestLines()).allMatch(line -> line.startsWith("GET "));
        DeployScenarioTestSupport.assertBucketHolds(s3.client(), bucket, site);
    }

    /** The key of the one deploy manifest in {@code bucket}, after a first deploy. */
    private static String onlyDeployManifest(S3Client client, String bucket) {
        return client.listObjectsV2(r -> r.bucket(bucket).prefix(".gazette/deploys/")).contents().get(0).key();
    }

    private static Path copyOf(Path output, String name) {
        Path copy = folder.resolve(name);
        org.gazette.TestSites.copy(output, copy);
        return copy;
    }
}
