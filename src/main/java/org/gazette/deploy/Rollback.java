package org.gazette.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the restoring of an earlier deploy: its manifest becomes the wanted state, and every
 * object it needs comes from the kept copies in the bucket (or, when only headers differ, from the
 * object there now), by copies inside the bucket. Checks that every copy is there before
 * anything changes. A rollback that stopped is finished by {@code --rollback} run again: the
 * record of the unfinished deploy names the deploy it was restoring.
 *
 * <pre>{@code
 * Rollback.Prepared prepared = Rollback.prepare(storage, layout, Optional.empty(), executor);
 * deployer.run(prepared.plan(), prepared.state(), prepared.restored().objects(), Rollback.source(layout, prepared), keep, now);
 * }</pre>
 */
public final class Rollback {

    /**
     * A rollback ready to run.
     *
     * @param state    the bucket now
     * @param restored the manifest being restored
     * @param plan     the copies and deletes that restore it
     */
    public record Prepared(RemoteState state, DeployManifest restored, Plan plan) {
    }

    private Rollback() {
    }

    public static Prepared prepare(Storage storage, Layout layout, Optional<String> to, ExecutorService executor) {
        List<String> ids = RemoteState.deployIds(storage, layout);
        if (ids.isEmpty()) {
            throw new DeployException("nothing to roll back: " + storage.describe() + " holds no deploy manifest");
        }
        String currentId = ids.get(ids.size() - 1);
        List<String> warnings = new ArrayList<>();
        DeployManifest current = RemoteState.read(storage, layout.manifestKey(currentId), warnings)
                .orElseThrow(() -> new DeployException("the current deploy's manifest cannot be read, so a rollback cannot"
                        + " tell what to change (" + String.join("; ", warnings) + "; deploy a build instead)"));
        UnfinishedUploads.Unsettled unsettled = UnfinishedUploads.read(storage, layout, Optional.of(current), warnings);
        if (unsettled.wholeBucket()) {
            throw new DeployException("cannot roll back: the record of an unfinished deploy cannot be read, so a rollback"
                    + " cannot tell what it changed (" + String.join("; ", warnings) + "; deploy a build instead)");
        }
        // A rollback that stopped after its manifest made that the current deploy: going back from it
        // would return to the site the stopped one was leaving. Run again, it finishes instead. One
        // that finished but could not delete its record is read without the deploy it restored.
        Optional<String> target = to.or(unsettled::restoring);
        if (to.isEmpty() && target.isPresent()) {
            warnings.add("finishing the rollback to " + target.get() + " that stopped (to go back further, run --rollback"
                    + " again once it has finished)");
        }
        DeployManifest restored = target.isPresent() ? keptManifest(storage, layout, ids, currentId, target.get(), warnings)
                : lastOtherSite(storage, layout, ids, currentId, current, warnings);
        KeptCopies keptCopies = new KeptCopies(storage, layout.keptPrefix());
        Set<String> kept = keptCopies.keys();
        Map<String, ObjectRecord> now = RemoteState.settled(storage, layout, current.byPath(), unsettled.paths(),
                restored.objects(), executor);
        RemoteState state = new RemoteState(ids, Optional.of(current), now, current.stale(), keptCopies,
                Plan.Baseline.ROLLBACK, warnings, unsettled);
        Plan plan = Planner.plan(restored.objects(), now, current.stale(), Plan.Baseline.ROLLBACK);
        List<String> missing = plan.uploads().stream()
                .filter(c -> !kept.contains(layout.keptKey(c.target().orElseThrow())) && !sameBytes(c))
                .map(Change::path)
                .toList();
        if (!missing.isEmpty()) {
            throw new DeployException("cannot roll back to " + restored.id() + ": " + missing.size() + " of its objects were not kept,"
                    + " such as " + String.join(", ", missing.stream().limit(3).toList()) + " (nothing was changed;"
                    + " deploy a build of that version instead)");
        }
        return new Prepared(state, restored, plan);
    }

    /**
     * The newest deploy before the current one that published another site. Deploys that changed
     * nothing no longer write a manifest, but earlier Gazettes wrote one each: going back to one
     * of those changed nothing, and --rollback could go no further.
     */
    private static DeployManifest lastOtherSite(Storage storage, Layout layout, List<String> ids, String currentId,
                                                DeployManifest current, List<String> warnings) {
        if (ids.size() < 2) {
            throw new DeployException("nothing to roll back to: " + storage.describe() + " keeps only the current deploy "
                    + currentId + " (a rollback needs an earlier one)");
        }
        for (int i = ids.size() - 2; i >= 0; i--) {
            DeployManifest earlier = keptManifest(storage, layout, ids, currentId, ids.get(i), warnings);
            if (!earlier.objects().equals(current.objects())) {
                return earlier;
            }
        }
        throw new DeployException("nothing to roll back to: " + storage.describe() + " keeps no deploy before the current one "
                + currentId + " that published another site (kept deploys: " + String.join(", ", ids) + ")");
    }

    /** The manifest of the kept deploy {@code id}, which must be another than the current one and readable. */
    private static DeployManifest keptManifest(Storage storage, Layout layout, List<String> ids, String currentId, String id,
                                       List<String> warnings) {
        if (!ids.contains(id) || id.equals(currentId)) {
            throw new DeployException("cannot roll back to " + id + ": " + (id.equals(currentId)
                    ? "it is the current deploy" : "the bucket does not keep it") + " (kept deploys: " + String.join(", ", ids) + ")");
        }
        return RemoteState.read(storage, layout.manifestKey(id), warnings)
                .orElseThrow(() -> new DeployException("the manifest of deploy " + id + " cannot be read ("
                        + String.join("; ", warnings) + ")"));
    }

    /** Copies from the kept copy, or from the object there now when only its headers change. */
    public static Deployer.ObjectSource source(Layout layout, Prepared prepared) {
        Deployer.ObjectSource fromKept = Deployer.restore(layout);
        return (storage, key, record) -> {
            if (prepared.state().kept().keys().contains(layout.keptKey(record))) {
                return fromKept.write(storage, key, record);
            }
            if (!storage.copy(key, key, record)) {
                throw new DeployException(key + " has gone from the bucket and was not kept (deploy a build instead)");
            }
            return 0;
        };
    }

    private static boolean sameBytes(Change change) {
        ObjectRecord target = change.target().orElseThrow();
        return change.previous().map(p -> p.md5().equals(target.md5()) && p.encoding() == target.encoding()).orElse(false);
    }
}
