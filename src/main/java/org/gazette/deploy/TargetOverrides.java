package org.gazette.deploy;

import java.util.Optional;

/**
 * What the command line says about the target; each present value replaces site.yaml's.
 *
 * <pre>{@code
 * TargetOverrides flags = TargetOverrides.none().withBucket("news").withEndpoint("http://127.0.0.1:9000");
 * }</pre>
 *
 * @param bucket    {@code --bucket}
 * @param prefix    {@code --prefix}
 * @param region    {@code --region}
 * @param endpoint  {@code --endpoint}
 * @param pathStyle {@code --path-style}
 * @param profile   {@code --profile}
 */
public record TargetOverrides(Optional<String> bucket, Optional<String> prefix, Optional<String> region,
                              Optional<String> endpoint, boolean pathStyle, Optional<String> profile) {

    public static TargetOverrides none() {
        return new TargetOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    public TargetOverrides withBucket(String value) {
        return new TargetOverrides(Optional.of(value), prefix, region, endpoint, pathStyle, profile);
    }

    public TargetOverrides withPrefix(String value) {
        return new TargetOverrides(bucket, Optional.of(value), region, endpoint, pathStyle, profile);
    }

    public TargetOverrides withRegion(String value) {
        return new TargetOverrides(bucket, prefix, Optional.of(value), endpoint, pathStyle, profile);
    }

    public TargetOverrides withEndpoint(String value) {
        return new TargetOverrides(bucket, prefix, region, Optional.of(value), pathStyle, profile);
    }

    public TargetOverrides withPathStyle(boolean value) {
        return new TargetOverrides(bucket, prefix, region, endpoint, value, profile);
    }

    public TargetOverrides withProfile(String value) {
        return new TargetOverrides(bucket, prefix, region, endpoint, pathStyle, Optional.of(value));
    }
}
