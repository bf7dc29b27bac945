package org.gazette.deploy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the objects wanted with the objects there and orders the difference so that readers
 * never meet a link to a missing object:
 * <ol>
 * <li>new objects first (nothing that readers can reach links to them yet), by rank;</li>
 * <li>then changed objects, by rank ({@link UploadOrder}): what they link to is by then in place,
 *     whether new or old;</li>
 * <li>deletes last, after every upload and the new manifest, pages before the files they show.</li>
 * </ol>
 *
 * <pre>{@code
 * Plan plan = Planner.plan(desired, current, stale, Plan.Baseline.MANIFEST);
 * }</pre>
 */
public final class Planner {

    private static final Comparator<Change> UPLOAD_ORDER = Comparator
            .comparing((Change c) -> c.kind() == Change.Kind.NEW ? 0 : 1)
            .thenComparingInt(Change::rank)
            .thenComparing(Change::path);
    private static final Comparator<Change> DELETE_ORDER = Comparator
            .comparingInt((Change c) -> -c.rank())
            .thenComparing(Change::path);

    private Planner() {
    }

    /**
     * @param desired  every object the site should have
     * @param current  every object there now, by path
     * @param stale    paths an earlier deploy meant to delete and may not have
     * @param baseline what {@code current} came from
     */
    public static Plan plan(List<ObjectRecord> desired, Map<String, ObjectRecord> current, Collection<String> stale,
                            Plan.Baseline baseline) {
        List<Change> uploads = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>();
        int unchanged = 0;
        for (ObjectRecord record : desired) {
            wanted.add(record.path());
            ObjectRecord there = current.get(record.path());
            if (there == null) {
                uploads.add(new Change(record.path(), Change.Kind.NEW, "new", Optional.of(record), Optional.empty()));
                continue;
            }
            Optional<String> differences = record.differences(there);
            if (differences.isPresent()) {
                uploads.add(new Change(record.path(), Change.Kind.CHANGED, differences.get(), Optional.of(record), Optional.of(there)));
            } else {
                unchanged++;
            }
        }
        List<Change> deletes = new ArrayList<>();
        for (ObjectRecord there : current.values()) {
            if (!wanted.contains(there.path())) {
                deletes.add(new Change(there.path(), Change.Kind.DELETE, "gone from the build", Optional.empty(), Optional.of(there)));
            }
        }
        for (String path : stale) {
            if (!wanted.contains(path) && !current.containsKey(path)) {
                deletes.add(new Change(path, Change.Kind.DELETE, "left by an unfinished deploy", Optional.empty(), Optional.empty()));
            }
        }
        uploads.sort(UPLOAD_ORDER);
        deletes.sort(DELETE_ORDER);
        return new Plan(uploads, deletes, unchanged, baseline);
    }
}
