package org.gazette.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.yaml.YamlMap;

/**
 * Reads the {@code deploy:} section of {@code site.yaml} into {@link DeploySettings}, reporting
 * each wrong value at its line through the map's problem list.
 *
 * <pre>{@code
 * DeploySettings deploy = map.map("deploy").map(DeploySettingsReader::read).orElse(DeploySettings.none());
 * }</pre>
 */
public final class DeploySettingsReader {

    private static final Set<String> KEYS = Set.of("targets", "max_deletes", "keep_deploys", "cache_control", "compress");
    private static final Set<String> TARGET_KEYS = Set.of("bucket", "prefix", "region", "endpoint", "path_style", "profile");
    /** Keys someone might use to put secrets in the file: refused, not merely ignored. */
    private static final Set<String> SECRET_KEYS = Set.of("access_key", "access_key_id", "aws_access_key_id",
            "secret_key", "secret_access_key", "aws_secret_access_key", "session_token", "aws_session_token",
            "credentials", "password", "secret");
    private static final Set<String> COMPRESSIONS = Set.of("gzip", "brotli", "none");

    private DeploySettingsReader() {
    }

    public static DeploySettings read(YamlMap deploy) {
        deploy.checkKeys(KEYS);
        List<DeploySettings.Target> targets = new ArrayList<>();
        deploy.map("targets").ifPresent(map -> {
            for (String name : map.keys()) {
                map.map(name).flatMap(target -> readTarget(name, target)).ifPresent(targets::add);
            }
        });
        int maxDeletes = deploy.number("max_deletes").orElse(DeploySettings.DEFAULT_MAX_DELETES);
        if (maxDeletes < 0) {
            deploy.reportError("max_deletes", "max_deletes must be 0 or more");
        }
        int keep = deploy.number("keep_deploys").orElse(DeploySettings.DEFAULT_KEEP_DEPLOYS);
        if (keep < 2) {
            deploy.reportError("keep_deploys", "keep_deploys must be at least 2, the current deploy and one to roll back to");
        }
        List<DeploySettings.Rule> cacheControl = rules(deploy, "cache_control");
        List<DeploySettings.Rule> compress = rules(deploy, "compress");
        for (DeploySettings.Rule rule : compress) {
            if (!COMPRESSIONS.contains(rule.value())) {
                deploy.map("compress").ifPresent(map -> map.reportError(rule.pattern(), "compress \"" + rule.value()
                        + "\" is not one of gzip, brotli, none"));
            }
        }
        return new DeploySettings(targets, maxDeletes, keep, cacheControl, compress);
    }

    private static Optional<DeploySettings.Target> readTarget(String name, YamlMap target) {
        for (String key : target.keys()) {
            if (SECRET_KEYS.contains(key)) {
                target.reportError(key, "credentials never go in site.yaml, where everyone with the repository reads them"
                        + " (remove " + key + "; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment,"
                        + " or name a profile: with profile:)");
            }
        }
        Set<String> known = new TreeSet<>(TARGET_KEYS);
        known.addAll(SECRET_KEYS); // reported above as errors, not again as unknown
        target.checkKeys(known);
        if (!name.matches("[A-Za-z0-9._-]+")) {
            target.reportError("the target name \"" + name + "\" must be letters, digits, '.', '_' or '-'");
        }
        Optional<String> bucket = target.text("bucket");
        if (bucket.isEmpty()) {
            target.reportError("deploy target " + name + " has no bucket (add bucket: NAME)");
            return Optional.empty();
        }
        if (!validBucket(bucket.get())) {
            target.reportError("bucket", "bucket \"" + bucket.get() + "\" is not a bucket name"
                    + " (letters, digits, '.', '-' and '_', without / or spaces)");
        }
        String prefix = target.text("prefix").orElse("");
        Optional<String> prefixProblem = prefixProblem(prefix);
        prefixProblem.ifPresent(message -> target.reportError("prefix", message));
        Optional<URI> endpoint = target.text("endpoint").flatMap(text -> {
            Optional<URI> uri = endpoint(text);
            if (uri.isEmpty()) {
                target.reportError("endpoint", "endpoint \"" + text + "\" must be an http or https URL, such as https://minio.example.org");
            }
            return uri;
        });
        return Optional.of(new DeploySettings.Target(name, bucket.get(), normalizePrefix(prefix), target.text("region"),
                endpoint, target.flag("path_style").orElse(false), target.text("profile")));
    }

    private static List<DeploySettings.Rule> rules(YamlMap deploy, String key) {
        List<DeploySettings.Rule> rules = new ArrayList<>();
        deploy.map(key).ifPresent(map -> {
            for (String pattern : map.keys()) {
                map.text(pattern).ifPresentOrElse(value -> rules.add(new DeploySettings.Rule(pattern, value)),
                        () -> map.reportError(pattern, key + " for \"" + pattern + "\" needs a value"));
            }
        });
        return rules;
    }

    /** Bucket names of AWS and of the S3-compatible stores: no slashes, spaces or other separators. */
    public static boolean validBucket(String bucket) {
        return bucket.matches("[A-Za-z0-9][A-Za-z0-9._-]{1,254}");
    }

    /** What is wrong with a key prefix, if anything. */
    public static Optional<String> prefixProblem(String prefix) {
        for (String segment : prefix.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("prefix \"" + prefix + "\" may not contain . or .. (write a folder such as news/)");
            }
        }
        if (prefix.contains("//") || prefix.contains("\\")) {
            return Optional.of("prefix \"" + prefix + "\" must be folder names separated by single / (such as news/)");
        }
        return Optional.empty();
    }

    /** {@code news} and {@code /news/} become {@code news/}; empty stays empty. */
    public static String normalizePrefix(String prefix) {
        String trimmed = prefix.strip().replaceAll("^/+", "").replaceAll("/+$", "");
        return trimmed.isEmpty() ? "" : trimmed + "/";
    }

    /** An http or https URL, with a host. */
    public static Optional<URI> endpoint(String text) {
        try {
            URI uri = new URI(text.strip());
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
