package org.gazette.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gazette.config.SiteConfig;
import org.gazette.config.SiteConfigLoader;
import org.gazette.deploy.Deploy;
import org.gazette.deploy.DeployException;
import org.gazette.deploy.DeployHistory;
import org.gazette.deploy.DeployOptions;
import org.gazette.deploy.DeployReport;
import org.gazette.deploy.TargetOverrides;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gazette deploy}: sends the built site to S3-compatible object storage, only what
 * changed, in a safe order, and deletes stale objects last.
 *
 * <pre>
 * gazette deploy production
 * gazette deploy --bucket news-example-org --region ap-east-1 --dry-run
 * gazette deploy production --rollback
 * gazette deploy production --forget-history
 * </pre>
 */
@Command(name = "deploy",
        mixinStandardHelpOptions = true,
        // gazette --help lists a command by the first element alone: each one is a whole sentence
        description = {"Uploads the built site to S3-compatible object storage: only new and changed files, assets before"
                        + " the pages that use them, the home page last, stale objects deleted after every upload.",
                "Credentials come from the standard AWS sources (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE,"
                        + " an instance role), never from site.yaml."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:deployed, or the plan was printed (--dry-run)",
                "1:the deploy did not happen or did not finish (bad site.yaml or output folder, storage refused,"
                        + " too many deletes); readers still see a complete site",
                "2:wrong command-line usage"})
final class DeployCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TARGET", description = "a target under deploy: targets: in site.yaml")
    private String target;

    @Mixin
    private SiteRootOption site;

    @Option(names = "--output", paramLabel = "DIR", description = "the built site to deploy (default: site/ in the site root)")
    private Path output;

    @Option(names = "--bucket", paramLabel = "B", description = "the bucket; without TARGET, the flags alone make the target")
    private String bucket;

    @Option(names = "--prefix", paramLabel = "P", description = "a key prefix in the bucket, such as news/")
    private String prefix;

    @Option(names = "--region", paramLabel = "R", description = "the region (default: AWS_REGION or the profile's)")
    private String region;

    @Option(names = "--endpoint", paramLabel = "URL", description = "the endpoint of an S3-compatible store")
    private String endpoint;

    @Option(names = "--path-style", description = "put the bucket in the URL path, as most S3-compatible stores want")
    private boolean pathStyle;

    @Option(names = "--profile", paramLabel = "NAME", description = "take credentials from this AWS profile")
    private String profile;

    @Option(names = "--dry-run", description = "print the plan (counts, bytes, each path and why) and change nothing")
    private boolean dryRun;

    @Option(names = "--plan-json", paramLabel = "FILE", description = "write the plan as JSON")
    private Path planJson;

    @Option(names = "--max-deletes", paramLabel = "N",
            description = "stop, changing nothing, when the plan deletes more objects (default: site.yaml's max_deletes, else 25)")
    private Integer maxDeletes;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "8", description = "parallel uploads (default: 8)")
    private int jobs;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
            description = "tries again after a 5xx answer or a network error, with backoff (default: 5)")
    private int retries;

    @Option(names = "--rollback", description = "restore the deploy before the current one from the copies kept in the bucket")
    private boolean rollback;

    @Option(names = "--to", paramLabel = "ID", description = "with --rollback: the id of the kept deploy to restore")
    private String rollbackTo;

    @Option(names = "--forget-history",
            description = "delete the copies kept for rollbacks and every deploy's manifest but the current one, so that"
                    + " a taken-down page cannot be read or restored from them (no rollback until deploys follow)")
    private boolean forgetHistory;

    @Option(names = "--compare-objects",
            description = "compare with the bucket's objects (ETag/MD5 and headers), not the last deploy's manifest")
    private boolean compareObjects;

    @Option(names = "--invalidation-list", paramLabel = "FILE",
            description = "where to write the changed URL paths for a CDN (default: .gazette/invalidate.txt in the site root)")
    private Path invalidationList;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkUsage();
        Outcome<SiteConfig> config = SiteConfigLoader.load(site.root());
        for (Problem problem : config.problems()) {
            err.println(problem.format());
        }
        if (config.value().isEmpty()) {
            err.println("Deploy stopped: site.yaml has errors; nothing was changed.");
            return Gazette.CONTENT_PROBLEMS;
        }
        DeployOptions options = options(config.value().get());
        TerminalProgress progress = TerminalProgress.onConsole(err);
        try {
            if (forgetHistory) {
                DeployHistory.Forgotten forgotten = Deploy.forgetHistory(options);
                out.println((dryRun ? "Would forget " : "Forgot ") + forgotten.keptCopies() + " kept copies and " + forgotten.manifests()
                        + " earlier deploys' manifests; deploy " + forgotten.current() + ", what readers see, "
                        + (dryRun ? "would stay" : "stays") + " (a rollback has nothing to go back to until deploys follow)");
                return 0;
            }
            DeployReport report = Deploy.run(options.withListener(progress));
            report.warnings().forEach(w -> err.println("warning: " + w));
            if (dryRun) {
                report.plan().lines().forEach(out::println);
            }
            out.println(report.summary());
            if (!dryRun && report.invalidations() > 0) {
                out.println(report.invalidations() + " changed URL paths for the CDN in " + options.invalidationList().orElseThrow());
            }
            return 0;
        } catch (DeployException e) {
            progress.clear();
            err.println("gazette deploy: " + e.getMessage());
            return Gazette.CONTENT_PROBLEMS;
        }
    }

    private void checkUsage() {
        if (forgetHistory && (rollback || planJson != null || compareObjects || maxDeletes != null)) {
            throw new ParameterException(spec.commandLine(), "--forget-history goes alone (with --dry-run to count what it would delete)");
        }
        if (rollbackTo != null && !rollback) {
            throw new ParameterException(spec.commandLine(), "--to goes with --rollback");
        }
        if (jobs < 1 || jobs > 64) {
            throw new ParameterException(spec.commandLine(), "--jobs must be between 1 and 64");
        }
        if (retries < 0 || retries > 20) {
            throw new ParameterException(spec.commandLine(), "--retries must be between 0 and 20");
        }
        if (maxDeletes != null && maxDeletes < 0) {
            throw new ParameterException(spec.commandLine(), "--max-deletes must be 0 or more");
        }
    }

    private DeployOptions options(SiteConfig config) {
        TargetOverrides flags = TargetOverrides.none().withPathStyle(pathStyle);
        if (bucket != null) {
            flags = flags.withBucket(bucket);
        }
        if (prefix != null) {
            flags = flags.withPrefix(prefix);
        }
        if (region != null) {
            flags = flags.withRegion(region);
        }
        if (endpoint != null) {
            flags = flags.withEndpoint(endpoint);
        }
        if (profile != null) {
            flags = flags.withProfile(profile);
        }
        DeployOptions options = DeployOptions.of(output == null ? site.root().resolve("site") : output, config.deploy(),
                        config.basePath())
                .withOverrides(flags)
                .withDryRun(dryRun)
                .withJobs(jobs)
                .withRetry(org.gazette.deploy.RetryPolicy.standard().withAttempts(retries + 1))
                .withCompareObjects(compareObjects)
                .withInvalidationList(invalidationList == null ? site.root().resolve(".gazette/invalidate.txt") : invalidationList);
        if (target != null) {
            options = options.withTarget(target);
        }
        if (planJson != null) {
            options = options.withPlanJson(planJson);
        }
        if (maxDeletes != null) {
            options = options.withMaxDeletes(maxDeletes);
        }
        if (rollback) {
            options = options.withRollback(Optional.ofNullable(rollbackTo));
        }
        return options;
    }
}
