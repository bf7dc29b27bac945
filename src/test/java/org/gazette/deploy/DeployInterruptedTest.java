package org.gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.RunsBesideOtherClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The server stops in the middle of a deploy: the deploy fails with one line, readers still find
 * every page and every file those pages link to, and the rerun, once the server is back, completes.
 */
@RunsBesideOtherClasses
class DeployInterruptedTest {

    static final String BUCKET = "interrupted";

    @Test
    void theServerStopsHalfWayNothingReadersSeeIsLostAndTheRerunConverges(@TempDir Path folder) throws Exception {
        try (S3ProxyServer s3 = S3ProxyServer.start(folder.resolve("s3"))) {
            s3.createBucket(BUCKET);
            Path checkout = DeployFixture.checkout(folder.resolve("checkout"));
            Path before = DeployFixture.build(checkout, folder.resolve("before"));
            Deploy.run(DeployFixture.options(before, s3.endpoint(), BUCKET));

            // The next version: an article edited, another deleted.
            Path edited = checkout.resolve("content/2024/2024-05-12-family-reading-night.md");
            Files.writeString(edited, Files.readString(edited, StandardCharsets.UTF_8) + "\n又讯：活动将每月举办一次。\n", StandardCharsets.UTF_8);
            Files.delete(checkout.resolve("content/2024/2024-06-20-village-skills-training.md"));
            Path after = DeployFixture.build(checkout, folder.resolve("after"));
            Set<String> gone = DeployFixture.gonePaths(before, after);

            AtomicInteger uploads = new AtomicInteger();
            // One upload at a time: the server stops between two requests, never half-way through writing a file.
            DeployOptions options = DeployFixture.options(after, s3.endpoint(), BUCKET).withMaxDeletes(100).withJobs(1)
                    .withRetry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20)));
            DeployException failure = catchThrowableOfType(DeployException.class, () -> Deploy.run(options.withListener(
                    new DeployListener() {
                        @Override
                        public void uploaded(Change change) {
                            if (uploads.incrementAndGet() == 30) {
                                try {
                                    s3.kill(); // as a crash would: connections refused from now on
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            }
                        }
                    })));
            assertThat(failure.getMessage()).startsWith("deploy stopped: cannot ")
                    .contains("did not answer", "nothing was deleted", "run the same deploy again to finish")
                    .doesNotContain("\n");
            System.out.printf("deploy interrupted: the server was stopped after %d uploads: %s%n", uploads.get(), failure.getMessage());

            s3.launch(); // the same data folder, the same port
            S3Client client = s3.client();
            Set<String> keys = DeployFixture.objects(client, BUCKET).keySet();
            assertThat(keys).as("nothing was deleted").containsAll(gone);
            assertThat(ReachablePages.broken(keys, key -> DeployFixture.bytes(client, BUCKET, key)))
                    .as("every page readers can reach from the home page, and every file it links to, is there").isEmpty();

            DeployReport rerun = Deploy.run(options);
            System.out.println("deploy interrupted: rerun: " + rerun.summary());
            assertThat(rerun.deleted()).isEqualTo(gone.size());
            DeployScenarioTestSupport.assertBucketHolds(client, BUCKET, after);
            assertThat(Deploy.run(options).plan().isEmpty()).isTrue();
        }
    }
}
