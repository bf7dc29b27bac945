package org.gazette.deploy;

import java.net.URI;
import java.util.Optional;

/**
 * Where one deploy goes, settled from site.yaml and the command line.
 *
 * <pre>{@code
 * DeployTarget target = new DeployTarget("production", "news-example-org", "", Optional.of("ap-east-1"),
 *         Optional.empty(), false, Optional.empty());
 * target.describe(); // "s3://news-example-org/"
 * }</pre>
 *
 * @param name      the target's name in site.yaml, or {@code command line} when flags alone give it
 * @param bucket    the bucket
 * @param prefix    empty, or a key prefix ending in {@code /}
 * @param region    the region; else the AWS default chain
 * @param endpoint  an S3-compatible endpoint; else AWS's own
 * @param pathStyle bucket in the path rather than the host name
 * @param profile   a profile of the AWS shared config files for credentials
 */
public record DeployTarget(String name, String bucket, String prefix, Optional<String> region, Optional<URI> endpoint,
                           boolean pathStyle, Optional<String> profile) {

    /** {@code s3://bucket/prefix}, and the endpoint when it is not AWS's. */
    public String describe() {
        return "s3://" + bucket + "/" + prefix + endpoint.map(e -> " at " + e).orElse("");
    }
}
