package org.gazette.deploy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Carries out a {@link Plan}: uploads in phases (one per kind and rank, in the plan's order, in
 * parallel inside a phase), then writes the new deploy manifest, then deletes stale objects, then
 * drops manifests and kept copies past {@code keep_deploys}. Before an object is overwritten or
 * deleted, a copy of it is kept in the bucket ({@code .gazette/kept/MD5}) for rollback.
 *
 * <p>Before the first upload the paths to upload and delete are recorded ({@link UnfinishedUploads}),
 * and the record is deleted once the deletes are done; when a phase fails, no later phase starts:
 * nothing is deleted, the old manifest stays the newest, and the next deploy, of this build or
 * another, looks at the recorded paths in the bucket and lists them for the CDN. A deploy
 * that changes nothing writes no manifest: one like the last would take a rollback's place.
 *
 * <pre>{@code
 * Deployer.Result result = new Deployer(storage, layout, executor, listener)
 *         .run(plan, state, desired, Deployer.upload(site), 5, Instant.now());
 * new Deployer(storage, layout, executor, listener).restoring(prepared.restored().id())
 *         .run(prepared.plan(), prepared.state(), prepared.restored().objects(), Rollback.source(layout, prepared), 5, now);
 * }</pre>
 */
public final class Deployer {

    /** Writes the object of a record to a key; returns the bytes sent. */
    public interface ObjectSource {
        long write(Storage storage, String key, ObjectRecord record);
    }

    /**
     * What was done.
     *
     * @param deployId the new manifest's id
     * @param uploaded objects written
     * @param deleted  objects deleted
     * @param bytes    bytes sent (after compression)
     * @param kept     copies kept for rollback
     * @param warnings what went wrong without failing the deploy
     * @param recorded whether a new manifest was written (none when the bucket held this site already)
     */
    public record Result(String deployId, int uploaded, int deleted, long bytes, int kept, List<String> warnings,
                         boolean recorded) {
    }

    private final Storage storage;
    private final Layout layout;
    private final ExecutorService executor;
    private final DeployListener listener;
    private final Optional<String> restoring;
    private final Runnable complete;

    public Deployer(Storage storage, Layout layout, ExecutorService executor, DeployListener listener) {
        this(storage, layout, executor, listener, Optional.empty(), () -> { });
    }

    private Deployer(Storage storage, Layout layout, ExecutorService executor, DeployListener listener,
                     Optional<String> restoring, Runnable complete) {
        this.storage = storage;
        this.layout = layout;
        this.executor = executor;
        this.listener = listener;
        this.restoring = restoring;
        this.complete = complete;
    }

    /**
     * The same, for a rollback to deploy {@code id}: its record names the deploy, so that
     * {@code --rollback} run again finishes this rollback, and a failure names the command.
     */
    public Deployer restoring(String id) {
        return new Deployer(storage, layout, executor, listener, Optional.of(id), complete);
    }

    /**
     * The same, running {@code complete} once the site is complete and before its record is
     * deleted: what the record would otherwise give the next deploy again (the paths for the CDN)
     * must be written by then, or a process stopped between the two would lose it.
     */
    public Deployer whenComplete(Runnable complete) {
        return new Deployer(storage, layout, executor, listener, restoring, complete);
    }

    /** What the operator runs to finish this deploy after it stopped. */
    private String again() {
        return restoring.map(id -> "run the rollback again, --rollback --to " + id + ",").orElse("run the same deploy again");
    }

    /** Uploads from the local output folder. */
    public static ObjectSource upload(LocalSite site) {
        return (storage, key, record) -> {
            byte[] body = site.encodedBytes(record);
            storage.put(key, body, record);
            return body.length;
        };
    }

    /** Restores kept copies (for a rollback): a copy inside the bucket, nothing is sent. */
    public static ObjectSource restore(Layout layout) {
        return (storage, key, record) -> {
            if (!storage.copy(layout.keptKey(record), key, record)) {
                throw new DeployException("the kept copy " + layout.keptKey(record) + " of " + record.path()
                        + " has gone (it cannot be restored; deploy a build instead)");
            }
            return 0;
        };
    }

    public Result run(Plan plan, RemoteState state, List<ObjectRecord> finalObjects, ObjectSource source,
                      int keepDeploys, Instant now) {
        KeptCopies kept = state.kept(); // listed only if something is replaced, deleted or pruned
        AtomicInteger copied = new AtomicInteger();
        AtomicInteger uploaded = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        OtherDeploys others = new OtherDeploys(storage, layout, state.deployIds(), state.unsettled());
        Set<String> inDoubt = new TreeSet<>(state.unsettled().paths()); // still in doubt should this one stop too
        plan.uploads().forEach(change -> inDoubt.add(change.path()));
        plan.deletes().forEach(change -> inDoubt.add(change.path()));
        if (!plan.isEmpty()) {
            storage.putState(layout.uploadingKey(), others.record(inDoubt, restoring));
        }
        for (List<Change> phase : phases(plan.uploads())) {
            runPhase(phase, change -> {
                ObjectRecord target = change.target().orElseThrow();
                change.previous().ifPresent(previous -> keep(previous, kept, copied));
                bytes.addAndGet(source.write(storage, layout.key(change.path()), target));
                uploaded.incrementAndGet();
                listener.uploaded(change);
            }, uploaded, plan.uploads().size());
        }

        // Copies of what the deletes remove, before the manifest that names them stale: a deploy
        // stopped between the two left objects a rollback needed, kept by no one.
        keepAll(plan.deletes(), kept, copied);

        String previousId = state.deployIds().isEmpty() ? "" : state.deployIds().get(state.deployIds().size() - 1);
        List<String> stale = plan.deletes().stream().map(Change::path).toList();
        DeployManifest next = DeployManifest.next(previousId, finalObjects, stale, now);
        // The same site as the last deploy (nothing changed, or a repair: its unfinished deletes,
        // objects changed by hand) is recorded under the last deploy's id: a new manifest would
        // take a rollback's place, and --rollback would go back to the same site.
        boolean sameSite = state.latest().filter(latest -> latest.id().equals(previousId)
                && latest.objects().equals(next.objects())).isPresent();
        DeployManifest manifest = sameSite ? new DeployManifest(previousId, next.objects(), stale) : next;
        if (!plan.isEmpty() || state.unsettled().any()) {
            others.check(List.of(), inDoubt, "this one wrote no manifest and deleted nothing");
        }
        if (!sameSite || !state.latest().orElseThrow().stale().equals(manifest.stale())) {
            storage.putState(layout.manifestKey(manifest.id()), manifest.toJson());
        }
        int deleted = 0;
        if (!plan.deletes().isEmpty()) {
            deleted = delete(plan.deletes());
            storage.putState(layout.manifestKey(manifest.id()), manifest.withStale(List.of()).toJson());
        }
        List<String> warnings = new ArrayList<>();
        // The record goes only now: until this deploy has finished, the next one needs its paths
        // for its invalidation list too (what this one wrote, the CDN may still serve from before).
        if (!plan.isEmpty() || state.unsettled().any()) {
            others.check(List.of(manifest.id()), inDoubt, "this one finished as deploy " + manifest.id());
            complete.run();
            deleteRecord(manifest.id(), inDoubt.size(), warnings);
        } else {
            complete.run();
        }
        if (!sameSite) {
            prune(state, manifest, kept.keys(), keepDeploys, warnings);
        }
        return new Result(manifest.id(), uploaded.get(), deleted, bytes.get(), copied.get(), warnings,
                !sameSite);
    }

    /**
     * Deletes the record of this deploy, which has finished. A failure only warns: readers see the
     * whole new site, and the record left makes the next deploy check its paths once more. After a
     * rollback the warning asks for nothing: "run deploy again" would put back the build rolled back from.
     */
    private void deleteRecord(String deployId, int paths, List<String> warnings) {
        try {
            storage.delete(List.of(layout.uploadingKey()));
        } catch (DeployException e) {
            String rest = restoring.isPresent()
                    ? "the next deploy or rollback checks the " + paths + " paths it names in the bucket, lists them for the"
                            + " CDN again and deletes it; leave it (a deploy of the build rolled back from would undo this rollback)"
                    : "the next deploy checks the " + paths + " paths it names in the bucket, lists them for the CDN again"
                            + " and deletes it; run deploy again to do that now, or leave it";
            String done = restoring.map(id -> "the rollback to " + id + ", deploy " + deployId + ",").orElse("deploy " + deployId);
            warnings.add(done + " is complete and readers see all of it, but its record " + layout.uploadingKey()
                    + " could not be deleted (" + e.getMessage() + "): " + rest);
        }
    }

    /** Keeps a copy of each object the deletes remove, in parallel. */
    private void keepAll(List<Change> deletes, KeptCopies kept, AtomicInteger copied) {
        List<Future<?>> keeping = new ArrayList<>();
        for (Change change : deletes) {
            change.previous().ifPresent(previous -> keeping.add(executor.submit(() -> keep(previous, kept, copied))));
        }
        Futures.awaitAll(keeping);
    }

    /** Consecutive uploads of the same kind (new or changed) and rank. */
    static List<List<Change>> phases(List<Change> uploads) {
        List<List<Change>> phases = new ArrayList<>();
        List<Change> phase = new ArrayList<>();
        for (Change change : uploads) {
            if (!phase.isEmpty() && (phase.get(0).kind() != change.kind() || phase.get(0).rank() != change.rank())) {
                phases.add(phase);
                phase = new ArrayList<>();
            }
            phase.add(change);
        }
        if (!phase.isEmpty()) {
            phases.add(phase);
        }
        return phases;
    }

    private interface Step {
        void run(Change change);
    }

    private void runPhase(List<Change> phase, Step step, AtomicInteger done, int total) {
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<?>> futures = new ArrayList<>();
        for (Change change : phase) {
            futures.add(executor.submit(() -> {
                if (failed.get()) {
                    return; // a sibling failed: start nothing new
                }
                try {
                    step.run(change);
                } catch (RuntimeException e) {
                    failed.set(true);
                    throw e;
                }
            }));
        }
        List<Throwable> failures = Futures.failures(futures);
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            throw new DeployException("deploy stopped: " + first.getMessage() + ". " + done.get() + " of " + total
                    + " uploads were done; nothing was deleted, so readers still find every page and file"
                    + " (" + again() + " to finish)", first);
        }
    }

    /** A copy of the object there now, before it is overwritten or deleted, unless one is kept already. */
    private void keep(ObjectRecord previous, KeptCopies keptCopies, AtomicInteger copied) {
        if (!previous.hashKnown()) {
            return; // found by listing: its content is not known, so it cannot be named
        }
        Set<String> kept = keptCopies.keys();
        String keptKey = layout.keptKey(previous);
        if (kept.contains(keptKey)) {
            return;
        }
        if (storage.copy(layout.key(previous.path()), keptKey, previous)) {
            if (kept.add(keptKey)) {
                copied.incrementAndGet();
            }
        }
    }

    private int delete(List<Change> deletes) {
        try {
            int deleted = 0;
            for (List<Change> group : byRank(deletes)) {
                storage.delete(group.stream().map(c -> layout.key(c.path())).toList());
                deleted += group.size();
                group.forEach(listener::deleted);
            }
            return deleted;
        } catch (DeployException e) {
            throw new DeployException("every upload was done and the new manifest written, but deleting stale objects"
                    + " stopped: " + e.getMessage() + " (" + again() + " to delete them)", e);
        }
    }

    private static List<List<Change>> byRank(List<Change> deletes) {
        List<List<Change>> groups = new ArrayList<>();
        for (Change change : deletes) {
            if (groups.isEmpty() || groups.get(groups.size() - 1).get(0).rank() != change.rank()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(change);
        }
        return groups;
    }

    /** Drops manifests past {@code keep} and the kept copies no remaining manifest names. Failures only warn. */
    private void prune(RemoteState state, DeployManifest newest, Set<String> kept, int keep, List<String> warnings) {
        try {
            List<String> ids = new ArrayList<>(state.deployIds());
            ids.add(newest.id());
            List<String> dropped = ids.subList(0, Math.max(0, ids.size() - keep));
            List<String> remaining = ids.subList(dropped.size(), ids.size());
            Set<String> referenced = new HashSet<>();
            boolean allRead = true;
            for (String id : remaining) {
                Optional<DeployManifest> manifest = id.equals(newest.id()) ? Optional.of(newest)
                        : RemoteState.read(storage, layout.manifestKey(id), new ArrayList<>());
                if (manifest.isEmpty()) {
                    allRead = false; // cannot tell what it needs: keep every copy
                    continue;
                }
                manifest.get().objects().forEach(o -> referenced.add(layout.keptKey(o)));
            }
            List<String> doomed = new ArrayList<>(dropped.stream().map(layout::manifestKey).toList());
            if (allRead) {
                kept.stream().filter(key -> !referenced.contains(key)).sorted().forEach(doomed::add);
            }
            if (!doomed.isEmpty()) {
                storage.delete(doomed);
            }
        } catch (DeployException e) {
            warnings.add("old deploy manifests and kept copies were not cleaned up: " + e.getMessage());
        }
    }
}
