package org.gazette.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.gazette.content.SitePaths;
import org.gazette.output.OutputPaths;

/**
 * A deploy, step by step: settle the target, check the output folder, read what the bucket holds,
 * plan, check the plan against {@code --max-deletes}, then (unless it is a dry run) carry it out
 * and write the CDN invalidation list. A rollback plans from a kept manifest instead of the folder.
 *
 * <pre>{@code
 * DeployReport report = Deploy.run(DeployOptions.of(Path.of("site"), config.deploy(), config.basePath())
 *         .withTarget("production"));
 * System.out.println(report.summary());
 * }</pre>
 *
 * @see DeployException for every way it can stop, each with one line to act on
 */
public final class Deploy {

    private Deploy() {
    }

    public static DeployReport run(DeployOptions options) {
        return run(options, UnaryOperator.identity());
    }

    /** The same, through {@code around} the storage: for tests that make one kind of request fail. */
    static DeployReport run(DeployOptions options, UnaryOperator<Storage> around) {
        Instant start = Instant.now();
        DeployTarget target = TargetResolver.resolve(options.settings(), options.target(), options.overrides());
        Layout layout = new Layout(target.prefix());
        HeaderRules rules = HeaderRules.of(options.settings());
        Optional<LocalSite> site = options.rollback() ? Optional.empty() : Optional.of(LocalSite.read(options.output()));

        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, options.jobs()), runnable -> {
            Thread thread = new Thread(runnable, "gazette-deploy");
            thread.setDaemon(true);
            return thread;
        });
        RetryingStorage retrying = new RetryingStorage(S3Storage.open(target, options.credentials(), options.jobs()), options.retry());
        Storage storage = around.apply(retrying);
        try {
            RemoteState state;
            Plan plan;
            List<ObjectRecord> finalObjects;
            Deployer.ObjectSource source;
            Optional<String> restoring = Optional.empty();
            if (options.rollback()) {
                Rollback.Prepared prepared = Rollback.prepare(storage, layout, options.rollbackTo(), executor);
                state = prepared.state();
                plan = prepared.plan();
                finalObjects = prepared.restored().objects();
                source = Rollback.source(layout, prepared);
                restoring = Optional.of(prepared.restored().id());
            } else {
                LocalSite local = site.orElseThrow();
                RemoteState.Manifests manifests = RemoteState.manifests(storage, layout);
                List<ObjectRecord> desired = local.records(rules, manifests.deployed());
                state = RemoteState.load(storage, layout, manifests, options.compareObjects(), desired, local::encodedBytes, executor);
                plan = Planner.plan(desired, state.current(), state.stale(), state.baseline());
                finalObjects = desired;
                source = Deployer.upload(local);
            }
            List<String> warnings = new ArrayList<>(state.warnings());
            if (!options.rollback()) {
                readersLose(plan).ifPresent(warnings::add); // a rollback takes away what the deploy rolled back from added
            }
            options.planJson().ifPresent(file -> writePlan(file, plan));
            checkDeletes(plan, options.deleteLimit());
            options.listener().planned(plan);
            if (options.dryRun()) {
                return new DeployReport(target, plan, Optional.empty(), options.rollback(),
                        Duration.between(start, Instant.now()), retrying.retries(), 0, warnings);
            }
            List<String> invalidations = InvalidationList.paths(plan, state.unsettled(), options.basePath());
            // Written once the site is complete, before the record that would list these paths again goes.
            Deployer deployer = new Deployer(storage, layout, executor, options.listener()).whenComplete(
                    () -> options.invalidationList().ifPresent(file -> InvalidationList.write(file, invalidations)));
            if (restoring.isPresent()) {
                deployer = deployer.restoring(restoring.get());
            }
            Deployer.Result result = deployer.run(plan, state, finalObjects, source, options.settings().keepDeploys(),
                    options.clock().instant());
            warnings.addAll(result.warnings());
            if (state.unsettled().wholeBucket()) {
                warnings.add("the invalidation list cannot name what the unfinished deploy changed (its record could not"
                        + " be read): it asks for every path, " + InvalidationList.EVERY_PATH + ", this time");
            }
            return new DeployReport(target, plan, Optional.of(result), options.rollback(),
                    Duration.between(start, Instant.now()), retrying.retries(), invalidations.size(), warnings);
        } finally {
            options.listener().finished();
            executor.shutdownNow();
            storage.close();
        }
    }

    /** {@code --forget-history}: deletes the target's kept copies and earlier manifests ({@link DeployHistory}). */
    public static DeployHistory.Forgotten forgetHistory(DeployOptions options) {
        DeployTarget target = TargetResolver.resolve(options.settings(), options.target(), options.overrides());
        try (Storage storage = new RetryingStorage(S3Storage.open(target, options.credentials(), options.jobs()), options.retry())) {
            return DeployHistory.forget(storage, new Layout(target.prefix()), options.dryRun());
        }
    }

    /**
     * A plan deleting more than the limit stops the deploy before it changes anything. Objects named by
     * their content and the search index's data files do not count: builds replace them routinely
     * (an index file comes and goes with the words it holds), and no reader reached them by a lasting URL.
     */
    private static void checkDeletes(Plan plan, int limit) {
        List<String> counted = plan.deletes().stream().map(Change::path).filter(p -> !isRoutineDelete(p)).toList();
        if (counted.size() > limit) {
            throw new DeployException("the plan deletes " + counted.size() + " pages and files (such as "
                    + String.join(", ", counted.stream().limit(5).toList()) + "), more than the " + limit
                    + " allowed: nothing was uploaded or deleted (check that --output is the whole built site;"
                    + " if pages moved, keep their old addresses with aliases: or redirects: in site.yaml, README \"Old"
                    + " addresses\"; if the deletes are meant, run again with --max-deletes " + counted.size() + ")");
        }
    }

    /**
     * The pages and feeds readers reach by address that the plan deletes, named (the first ten):
     * a deploy deletes what the build no longer makes, and links to those addresses break.
     */
    static Optional<String> readersLose(Plan plan) {
        List<String> lost = plan.deletes().stream().map(Change::path).filter(OutputPaths::isReaderAddress)
                .map(SitePaths::sitePath).sorted().toList();
        if (lost.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("readers' links to " + lost.size() + (lost.size() == 1 ? " page or feed" : " pages and feeds")
                + " the site no longer has will break: " + String.join(", ", lost.stream().limit(10).toList())
                + (lost.size() > 10 ? " and " + (lost.size() - 10) + " more" : "") + " (an article that moved keeps its old"
                + " address with aliases:, another page with redirects: in site.yaml; README, \"Old addresses\")");
    }

    static boolean isRoutineDelete(String path) {
        return ContentNames.isContentNamed(path) || path.startsWith("search/") && path.endsWith(".json");
    }

    private static void writePlan(Path file, Plan plan) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, plan.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DeployException(file + ": cannot write the plan: " + e.getMessage());
        }
    }
}
