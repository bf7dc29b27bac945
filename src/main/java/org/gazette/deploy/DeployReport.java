package org.gazette.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a deploy did, or with {@code --dry-run} would do.
 *
 * <pre>{@code
 * DeployReport report = Deploy.run(options);
 * System.out.println(report.summary());
 * // Deployed to s3://news/: 3 uploaded (12.4 kB sent), 1 deleted, 54 unchanged in 1.52 s (deploy 00000007-20240501T081500Z)
 * }</pre>
 *
 * @param target        where
 * @param plan          the plan
 * @param result        what was done; empty for a dry run
 * @param rollback      whether this restored an earlier deploy
 * @param elapsed       wall time, from reading the folder to the last request
 * @param retries       requests tried again
 * @param invalidations URL paths written to the invalidation list
 * @param warnings      what the operator should know
 */
public record DeployReport(DeployTarget target, Plan plan, Optional<Deployer.Result> result, boolean rollback,
                           Duration elapsed, int retries, int invalidations, List<String> warnings) {

    public int uploaded() {
        return result.map(Deployer.Result::uploaded).orElse(0);
    }

    public int deleted() {
        return result.map(Deployer.Result::deleted).orElse(0);
    }

    public int unchanged() {
        return plan.unchanged();
    }

    public String summary() {
        String seconds = String.format(Locale.ROOT, "%.2f s", elapsed.toMillis() / 1000.0);
        if (result.isEmpty()) {
            return "Dry run for " + target.describe() + ": " + plan.summary() + "; nothing was changed (" + seconds + ")";
        }
        Deployer.Result done = result.get();
        String verb = rollback ? "Rolled back " : "Deployed to ";
        return String.format(Locale.ROOT, "%s%s: %d %s (%s sent), %d deleted, %d unchanged in %s (%s%s)", verb,
                target.describe(), done.uploaded(), rollback ? "restored" : "uploaded", Plan.formatBytes(done.bytes()),
                done.deleted(), plan.unchanged(), seconds,
                done.recorded() ? "deploy " + done.deployId()
                        : (plan.isEmpty() ? "nothing changed: " : "the same site: ") + "still deploy " + done.deployId(),
                retries > 0 ? ", " + retries + " requests retried" : "");
    }
}
