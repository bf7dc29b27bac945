package org.gazette.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The {@code deploy:} section of {@code site.yaml}: named storage targets and the headers the
 * objects get. Credentials are never part of it; they come from the standard AWS sources.
 *
 * <pre>{@code
 * deploy:
 *   targets:
 *     production: { bucket: news-example-org, region: ap-east-1 }
 *     staging: { bucket: staging, prefix: news/, endpoint: https://minio.example.org, path_style: true }
 *   max_deletes: 25
 *   keep_deploys: 5
 *   cache_control: { "**&#47;*.pdf": "public, max-age=604800" }
 *   compress: { "**&#47;*.{html,css,js,xml,json,svg,txt}": gzip }
 * }</pre>
 *
 * <pre>{@code
 * DeploySettings deploy = SiteConfigLoader.load(root).value().orElseThrow().deploy();
 * deploy.target("production").map(DeploySettings.Target::bucket);
 * }</pre>
 *
 * @param targets      the named targets, in file order
 * @param maxDeletes   a deploy that would delete more objects stops before changing anything
 * @param keepDeploys  deploy manifests kept in the bucket, for rollback
 * @param cacheControl {@code Cache-Control} by path pattern, first match wins, before the defaults
 * @param compress     pre-compression by path pattern ({@code gzip}, {@code brotli} or {@code none}), first match wins
 */
public record DeploySettings(List<Target> targets, int maxDeletes, int keepDeploys, List<Rule> cacheControl,
                             List<Rule> compress) {

    public static final int DEFAULT_MAX_DELETES = 25;
    public static final int DEFAULT_KEEP_DEPLOYS = 5;

    public DeploySettings {
        targets = List.copyOf(targets);
        cacheControl = List.copyOf(cacheControl);
        compress = List.copyOf(compress);
    }

    /** No targets, default limits, default headers. */
    public static DeploySettings none() {
        return new DeploySettings(List.of(), DEFAULT_MAX_DELETES, DEFAULT_KEEP_DEPLOYS, List.of(), List.of());
    }

    public Optional<Target> target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * One place to deploy to.
     *
     * @param name      the target's name under {@code targets:}
     * @param bucket    the bucket
     * @param prefix    a key prefix inside the bucket, empty or ending in {@code /}
     * @param region    the region; else the AWS default chain (AWS_REGION, the profile)
     * @param endpoint  the endpoint of an S3-compatible store; else AWS's own
     * @param pathStyle address the bucket in the path rather than the host name
     * @param profile   a profile of the AWS shared config files to take credentials from
     */
    public record Target(String name, String bucket, String prefix, Optional<String> region, Optional<URI> endpoint,
                         boolean pathStyle, Optional<String> profile) {
    }

    /**
     * A value for the paths a pattern matches.
     *
     * @param pattern a glob over paths in the output folder: {@code *} within a folder, {@code **} across folders,
     *                {@code ?} one character, {@code {a,b}} either
     * @param value   the header value or compression name
     */
    public record Rule(String pattern, String value) {
    }
}
