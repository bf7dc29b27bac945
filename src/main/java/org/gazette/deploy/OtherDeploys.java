package org.gazette.deploy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Finds out that another deploy to the same target ran while this one did. Deploys take no lock:
 * not every S3-compatible store offers a conditional write to make one. Instead each deploy writes
 * the record of its paths ({@link UnfinishedUploads}) under a run id of its own and, before it
 * writes its manifest and again before it deletes its record, checks that no other manifest
 * appeared since it read the bucket and that the record is still the one it expects. When either
 * changed, it stops with one line, after leaving its paths in the record (with the other deploy's,
 * under a new run id, so that the other one stops at its own check too): the next deploy looks at
 * all of them in the bucket and repairs whatever mix the two left.
 *
 * <p>Two deploys that check within the same few milliseconds can still both pass; the checks make
 * the mix noticed and repaired in practice, they do not make deploys at the same time safe.
 *
 * <pre>{@code
 * OtherDeploys others = new OtherDeploys(storage, layout, state.deployIds(), state.unsettled());
 * storage.putState(layout.uploadingKey(), others.record(paths, Optional.empty()));
 * others.check(List.of(), paths, "this one wrote no manifest");   // before the manifest: throws if another ran
 * others.check(List.of(manifest.id()), paths, "…");               // before deleting the record
 * }</pre>
 */
final class OtherDeploys {

    private final Storage storage;
    private final Layout layout;
    private final List<String> idsAtStart;
    private final String run = UUID.randomUUID().toString();
    private UnfinishedUploads.Unsettled expected;

    /**
     * @param idsAtStart the manifests this deploy planned against
     * @param found      the record it found there (its own expected until it writes one)
     */
    OtherDeploys(Storage storage, Layout layout, List<String> idsAtStart, UnfinishedUploads.Unsettled found) {
        this.storage = storage;
        this.layout = layout;
        this.idsAtStart = idsAtStart;
        this.expected = found;
    }

    /** This deploy's record, the one it will expect to find. */
    byte[] record(Set<String> paths, Optional<String> restoring) {
        byte[] json = UnfinishedUploads.toJson(paths, restoring, run);
        expected = new UnfinishedUploads.Unsettled(new TreeSet<>(paths), false, restoring, run);
        return json;
    }

    /**
     * Throws when a manifest other than {@code ours} appeared since this deploy began, or the record
     * is not the one it expects; {@code paths} are then left in the record for the next deploy.
     *
     * @param state what this deploy has done, for the message: "this one wrote no manifest"
     */
    void check(List<String> ours, Set<String> paths, String state) {
        List<String> expectedIds = new ArrayList<>(idsAtStart);
        ours.stream().filter(id -> !expectedIds.contains(id)).forEach(expectedIds::add);
        List<String> newer = RemoteState.deployIds(storage, layout).stream().filter(id -> !expectedIds.contains(id)).toList();
        Optional<String> other = newer.isEmpty() ? otherRecord() : Optional.of("deploy " + String.join(", ", newer)
                + " appeared since this one began");
        if (other.isEmpty()) {
            return;
        }
        leaveInRecord(paths);
        throw new DeployException("another deploy to " + storage.describe() + " ran at the same time (" + other.get() + "): "
                + state + ", and the bucket may hold a mix of the two; run deploy again once it has finished (it checks the"
                + " paths both wrote)");
    }

    /** Why the record is another deploy's, if it is. */
    private Optional<String> otherRecord() {
        if (expected.wholeBucket()) {
            return Optional.empty(); // the record found could not be read, and this one wrote none: nothing to tell by
        }
        Optional<UnfinishedUploads.Unsettled> now = readRecord();
        if (now.isEmpty() && !expected.any() && expected.run().isEmpty()) {
            return Optional.empty();
        }
        if (now.isPresent() && now.get().sameRecord(expected)) {
            return Optional.empty();
        }
        return Optional.of(now.isEmpty() ? "the record of the deploy under way was deleted"
                : "the record of the deploy under way is another deploy's");
    }

    private Optional<UnfinishedUploads.Unsettled> readRecord() {
        Optional<byte[]> bytes = storage.get(layout.uploadingKey());
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UnfinishedUploads.parse(bytes.get()));
        } catch (IOException e) {
            return Optional.of(new UnfinishedUploads.Unsettled(Set.of(), true, Optional.empty(), ""));
        }
    }

    /**
     * This deploy's paths and the other's, under a new run id. A record that cannot be read is left:
     * the next deploy then compares the whole bucket, which covers both.
     */
    private void leaveInRecord(Set<String> paths) {
        Optional<UnfinishedUploads.Unsettled> now = readRecord();
        if (now.isPresent() && now.get().wholeBucket()) {
            return;
        }
        Set<String> both = new TreeSet<>(paths);
        now.ifPresent(record -> both.addAll(record.paths()));
        storage.putState(layout.uploadingKey(), UnfinishedUploads.toJson(both, Optional.empty(), UUID.randomUUID().toString()));
    }
}
