package org.gazette.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Forgets a target's deploy history ({@code gazette deploy TARGET --forget-history}): every kept
 * copy and every manifest but the current one. A taken-down article is gone from the site at the
 * next deploy, but the copies kept for a rollback still hold its page, and the listings, feeds
 * and search files that showed it, for {@code keep_deploys} deploys; a rollback would even put it
 * back. After this the bucket holds what readers see and the current deploy's manifest, which
 * the next deploy plans from as usual; a rollback has nothing to go back to until deploys follow.
 *
 * <p>The earlier manifests go first: stopped half way, the kept copies left behind are named by
 * no manifest, and the next deploy deletes them as it always deletes copies no manifest names.
 * A deploy that has not finished is refused: its record and the kept copies are what finish it.
 *
 * <pre>{@code
 * DeployHistory.Forgotten forgotten = DeployHistory.forget(storage, layout, false);
 * // forgotten.manifests() == 4, forgotten.keptCopies() == 37, forgotten.current() == "00000009-…"
 * }</pre>
 */
public final class DeployHistory {

    /**
     * What was forgotten, or would be on a dry run.
     *
     * @param current    the deploy whose manifest stays
     * @param manifests  how many earlier deploys' manifests were deleted
     * @param keptCopies how many kept copies were deleted
     */
    public record Forgotten(String current, int manifests, int keptCopies) {
    }

    private DeployHistory() {
    }

    /** Deletes the history, or with {@code dryRun} only counts it. */
    public static Forgotten forget(Storage storage, Layout layout, boolean dryRun) {
        List<String> ids = RemoteState.deployIds(storage, layout);
        if (ids.isEmpty()) {
            throw new DeployException("nothing to forget: " + storage.describe() + " holds no deploy manifest");
        }
        List<String> warnings = new ArrayList<>();
        UnfinishedUploads.Unsettled unsettled = UnfinishedUploads.read(storage, layout, Optional.empty(), warnings);
        if (unsettled.wholeBucket() || !unsettled.paths().isEmpty()) {
            throw new DeployException("a deploy to " + storage.describe() + " has not finished (" + layout.uploadingKey()
                    + " is there), and the copies it kept are what finish it: nothing was forgotten (run the deploy or"
                    + " rollback that stopped again, the same command, then --forget-history)");
        }
        String current = ids.get(ids.size() - 1);
        List<String> manifests = ids.subList(0, ids.size() - 1).stream().map(layout::manifestKey).toList();
        List<String> kept = storage.list(layout.keptPrefix()).stream().map(StoredObject::key).toList();
        if (!dryRun) {
            storage.delete(manifests);
            storage.delete(kept);
        }
        return new Forgotten(current, manifests.size(), kept.size());
    }
}
