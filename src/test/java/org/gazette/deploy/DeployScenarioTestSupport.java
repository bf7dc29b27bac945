package org.gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/** Assertions on a bucket read through the S3 API. */
final class DeployScenarioTestSupport {

    private DeployScenarioTestSupport() {
    }

    /** The bucket holds exactly the build's files, byte for byte (Gazette's .gazette/ state aside). */
    static void assertBucketHolds(S3Client client, String bucket, Path output) {
        Map<String, byte[]> files = DeployFixture.files(output);
        assertThat(DeployFixture.objects(client, bucket).keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
        files.keySet().parallelStream().forEach(path ->
                assertThat(DeployFixture.bytes(client, bucket, path)).as(path).isEqualTo(files.get(path)));
    }
}
