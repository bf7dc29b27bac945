package org.gazette.deploy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import org.gazette.config.DeploySettings;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * What to deploy, where, and how carefully.
 *
 * <pre>{@code
 * DeployOptions options = DeployOptions.of(Path.of("site"), config.deploy(), config.basePath())
 *         .withTarget("production")
 *         .withDryRun(true);
 * }</pre>
 *
 * @param output           the built output folder
 * @param settings         site.yaml's deploy section
 * @param basePath         the path of the site's base URL, for the invalidation list
 * @param target           the target's name in site.yaml, if given
 * @param overrides        the target flags
 * @param dryRun           plan and print, change nothing
 * @param rollback         restore the deploy before the current one (or {@code rollbackTo})
 * @param rollbackTo       the id of the deploy to restore
 * @param planJson         where to write the plan as JSON
 * @param invalidationList where to write the changed URL paths
 * @param maxDeletes       overrides site.yaml's {@code max_deletes}
 * @param jobs             parallel requests
 * @param retry            how failed requests are tried again
 * @param compareObjects   compare with the bucket's objects even when a manifest is there
 * @param credentials      replaces the standard AWS credential sources (tests only)
 * @param listener         hears each upload and delete
 * @param clock            the time in the new manifest's id
 */
public record DeployOptions(Path output, DeploySettings settings, String basePath, Optional<String> target,
                            TargetOverrides overrides, boolean dryRun, boolean rollback, Optional<String> rollbackTo,
                            Optional<Path> planJson, Optional<Path> invalidationList, OptionalInt maxDeletes, int jobs,
                            RetryPolicy retry, boolean compareObjects, Optional<AwsCredentialsProvider> credentials,
                            DeployListener listener, Clock clock) {

    public static final int DEFAULT_JOBS = 8;

    public static DeployOptions of(Path output, DeploySettings settings, String basePath) {
        return new DeployOptions(output, settings, basePath, Optional.empty(), TargetOverrides.none(), false, false,
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), DEFAULT_JOBS,
                RetryPolicy.standard(), false, Optional.empty(), DeployListener.NONE, Clock.systemUTC());
    }

    public DeployOptions withTarget(String name) {
        return new DeployOptions(output, settings, basePath, Optional.of(name), overrides, dryRun, rollback, rollbackTo,
                planJson, invalidationList, maxDeletes, jobs, retry, compareObjects, credentials, listener, clock);
    }

    public DeployOptions withOverrides(TargetOverrides flags) {
        return new DeployOptions(output, settings, basePath, target, flags, dryRun, rollback, rollbackTo,
                planJson, invalidationList, maxDeletes, jobs, retry, compareObjects, credentials, listener, clock);
    }

    public DeployOptions withDryRun(boolean value) {
        return new DeployOptions(output, settings, basePath, target, overrides, value, rollback, rollbackTo,
                planJson, invalidationList, maxDeletes, jobs, retry, compareObjects, credentials, listener, clock);
    }

    public DeployOptions withRollback(Optional<String> to) {
        return new DeployOptions(output, settings, basePath, target, overrides, dryRun, true, to,
                planJson, invalidationList, maxDeletes, jobs, retry, compareObjects, credentials, listener, clock);
    }

    public DeployOptions withPlanJson(Path file) {
        return new DeployOptions(output, settings, basePath, target, overrides, dryRun, rollback, rollbackTo,
                Optional.of(file), invalidationList, maxDeletes, jobs, retry, compareObjects, credentials, listener, clock);
    }

    public DeployOptions withInvalidationList(Path file) {
        return new DeployOptions(output, settings, basePath, target, overrides, dryRun, rollback, rollbackTo,
                planJson, Optional.of(file), maxDeletes, jobs, retry, compareObjects, credentials, listener, clock);
    }

    public DeployOptions withMaxDeletes(int value) {
        return new DeployOptions(output, settings, basePath, target, overrides, dryRun, rollback, rollbackTo,
                planJson, invalidationList, OptionalInt.of(value), jobs, retry, compareObjects, credentials, listener, clock);
    }

    public DeployOptions withJobs(int value) {
        return new DeployOptions(output, settings, basePath, target, overrides, dryRun, rollback, rollbackTo,
                planJson, invalidationList, maxDeletes, value, retry, compareObjects, credentials, listener, clock);
    }

    public DeployOptions withRetry(RetryPolicy value) {
        return new DeployOptions(output, settings, basePath, target, overrides, dryRun, rollback, rollbackTo,
                planJson, invalidationList, maxDeletes, jobs, value, compareObjects, credentials, listener, clock);
    }

    public DeployOptions withCompareObjects(boolean value) {
        return new DeployOptions(output, settings, basePath, target, overrides, dryRun, rollback, rollbackTo,
                planJson, invalidationList, maxDeletes, jobs, retry, value, credentials, listener, clock);
    }

    public DeployOptions withCredentials(AwsCredentialsProvider value) {
        return new DeployOptions(output, settings, basePath, target, overrides, dryRun, rollback, rollbackTo,
                planJson, invalidationList, maxDeletes, jobs, retry, compareObjects, Optional.of(value), listener, clock);
    }

    public DeployOptions withListener(DeployListener value) {
        return new DeployOptions(output, settings, basePath, target, overrides, dryRun, rollback, rollbackTo,
                planJson, invalidationList, maxDeletes, jobs, retry, compareObjects, credentials, value, clock);
    }

    /** The delete limit in force: the flag, else site.yaml's. */
    public int deleteLimit() {
        return maxDeletes.orElse(settings.maxDeletes());
    }
}
