package org.gazette.deploy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.gazette.output.Manifest;

/**
 * What the bucket holds under a target's prefix, as far as a plan needs it: the ids of the kept
 * deploy manifests, the objects there now (from the newest manifest, with the paths an unfinished
 * deploy was uploading looked at in the bucket; or else from a listing), and which kept copies exist.
 *
 * <pre>{@code
 * RemoteState.Manifests manifests = RemoteState.manifests(storage, layout);
 * List<ObjectRecord> desired = site.records(rules, manifests.deployed());
 * RemoteState state = RemoteState.load(storage, layout, manifests, false, desired, site::encodedBytes, executor);
 * Plan plan = Planner.plan(desired, state.current(), state.stale(), state.baseline());
 * }</pre>
 *
 * @param deployIds ids of the manifests in the bucket, oldest first
 * @param latest    the newest manifest, when it could be read
 * @param current   the objects there now, by path
 * @param stale     paths the newest manifest still meant to delete
 * @param kept      the kept copies, listed when first asked for
 * @param baseline  where {@code current} came from
 * @param warnings  what the operator should know, such as a manifest that could not be read
 * @param unsettled what an unfinished deploy was uploading, which this one's own record must go on naming until it finishes
 */
public record RemoteState(List<String> deployIds, Optional<DeployManifest> latest, Map<String, ObjectRecord> current,
                          List<String> stale, KeptCopies kept, Plan.Baseline baseline, List<String> warnings,
                          UnfinishedUploads.Unsettled unsettled) {

    /**
     * The deploy manifests in the bucket.
     *
     * @param ids      their ids, oldest first
     * @param latest   the newest, when it could be read
     * @param warnings why it could not
     */
    public record Manifests(List<String> ids, Optional<DeployManifest> latest, List<String> warnings) {

        /** The objects the newest manifest records, by path; none without one. */
        public Map<String, ObjectRecord> deployed() {
            return latest.map(DeployManifest::byPath).orElse(Map.of());
        }
    }

    /** Reads the ids of the manifests and the newest one: what a deploy knows of the objects before it looks at them. */
    public static Manifests manifests(Storage storage, Layout layout) {
        List<String> warnings = new ArrayList<>();
        List<String> ids = deployIds(storage, layout);
        Optional<DeployManifest> latest = Optional.empty();
        if (!ids.isEmpty()) {
            latest = read(storage, layout.manifestKey(ids.get(ids.size() - 1)), warnings);
        }
        return new Manifests(ids, latest, warnings);
    }

    /**
     * Reads the state. Without a readable manifest (or with {@code compareObjects}) the objects are
     * listed: an object whose ETag is the MD5 of the bytes the deploy would store, and whose
     * headers (one HEAD request each) are the wanted ones, counts as unchanged.
     *
     * @param payloads the bytes the deploy would store for a record, to compare with ETags
     */
    public static RemoteState load(Storage storage, Layout layout, Manifests manifests, boolean compareObjects,
                                   List<ObjectRecord> desired, Function<ObjectRecord, byte[]> payloads, ExecutorService executor) {
        List<String> warnings = new ArrayList<>(manifests.warnings());
        List<String> ids = manifests.ids();
        Optional<DeployManifest> latest = manifests.latest();
        KeptCopies kept = new KeptCopies(storage, layout.keptPrefix());
        UnfinishedUploads.Unsettled unsettled = UnfinishedUploads.read(storage, layout, latest, warnings);
        if (latest.isPresent() && !compareObjects && !unsettled.wholeBucket()) {
            Map<String, ObjectRecord> current = settled(storage, layout, latest.get().byPath(), unsettled.paths(), desired, executor);
            return new RemoteState(ids, latest, current, latest.get().stale(), kept, Plan.Baseline.MANIFEST, warnings, unsettled);
        }
        Map<String, ObjectRecord> listed = listing(storage, layout, desired, latest.map(DeployManifest::byPath).orElse(Map.of()),
                payloads, executor);
        return new RemoteState(ids, latest, listed, List.of(), kept, Plan.Baseline.LISTING, warnings, unsettled);
    }

    /** The ids of the manifests in the bucket, oldest first (their sequence numbers sort them). */
    public static List<String> deployIds(Storage storage, Layout layout) {
        String prefix = layout.deploysPrefix();
        return storage.list(prefix).stream()
                .map(o -> o.key().substring(prefix.length()))
                .filter(name -> name.endsWith(".json") && !name.contains("/"))
                .map(name -> name.substring(0, name.length() - ".json".length()))
                .sorted()
                .toList();
    }

    /** A manifest, or empty with a warning when it is missing or cannot be read. */
    public static Optional<DeployManifest> read(Storage storage, String key, List<String> warnings) {
        Optional<byte[]> bytes = storage.get(key);
        if (bytes.isEmpty()) {
            warnings.add("the deploy manifest " + key + " has gone: comparing with a listing of the bucket instead");
            return Optional.empty();
        }
        try {
            return Optional.of(DeployManifest.parse(bytes.get()));
        } catch (IOException e) {
            warnings.add("the deploy manifest " + key + " cannot be read (" + e.getMessage()
                    + "): ignored, comparing with a listing of the bucket instead");
            return Optional.empty();
        }
    }

    /**
     * The objects there now: those {@code deployed} records, but at the paths an unfinished deploy
     * was uploading, which are looked at (one HEAD each) and told apart by the MD5 Gazette stores
     * with every object: still the deployed one (a record whose copy is kept before it is
     * replaced, for a later rollback), already the one wanted, or another (unknown); or gone.
     */
    static Map<String, ObjectRecord> settled(Storage storage, Layout layout, Map<String, ObjectRecord> deployed,
                                             Set<String> unsettled, List<ObjectRecord> desired, ExecutorService executor) {
        Map<String, ObjectRecord> current = new ConcurrentHashMap<>(deployed);
        if (unsettled.isEmpty()) {
            return current;
        }
        unsettled.forEach(current::remove);
        Map<String, ObjectRecord> wanted = new HashMap<>();
        desired.forEach(r -> wanted.put(r.path(), r));
        List<Future<?>> pending = new ArrayList<>();
        for (StoredObject object : storage.list(layout.prefix())) {
            String path = layout.path(object.key());
            if (!unsettled.contains(path) || Layout.isState(path)) {
                continue;
            }
            pending.add(executor.submit(() -> storage.head(object.key()).ifPresent(head -> {
                ObjectRecord record = Optional.ofNullable(deployed.get(path)).filter(r -> holds(object, head, r))
                        .or(() -> Optional.ofNullable(wanted.get(path)).filter(r -> holds(object, head, r)))
                        .map(r -> new ObjectRecord(r.path(), r.size(), r.md5(), r.checksum(), head.contentType(), head.cacheControl(),
                                r.encoding()))
                        .orElse(ObjectRecord.unknown(path, object.size()));
                current.put(path, record);
            })));
        }
        Futures.awaitAll(pending);
        return current;
    }

    /**
     * Whether the object holds the record's bytes: by the MD5 Gazette stores with each object, else,
     * for one stored as it is, by its ETag (objects another tool put there, or an earlier Gazette,
     * carry no MD5 of Gazette's, and a deploy that found them unchanged left them so).
     */
    private static boolean holds(StoredObject object, StoredHeaders head, ObjectRecord record) {
        Encoding encoding = Encoding.ofHeader(head.contentEncoding());
        if (!record.hashKnown() || record.encoding() != encoding) {
            return false;
        }
        String md5 = !head.md5().isEmpty() ? head.md5() : encoding == Encoding.IDENTITY ? object.etag() : "";
        return record.md5().equalsIgnoreCase(md5);
    }

    /**
     * Every listed object: the wanted record when it holds its bytes ({@link #compare}), else the
     * last deploy's when it still holds those (so that a copy is kept before it is replaced), else
     * unknown.
     */
    private static Map<String, ObjectRecord> listing(Storage storage, Layout layout, List<ObjectRecord> desired,
                                                     Map<String, ObjectRecord> deployed, Function<ObjectRecord, byte[]> payloads,
                                                     ExecutorService executor) {
        Map<String, ObjectRecord> wanted = new HashMap<>();
        desired.forEach(r -> wanted.put(r.path(), r));
        Map<String, ObjectRecord> current = new ConcurrentHashMap<>();
        List<Future<?>> pending = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StoredObject object : storage.list(layout.prefix())) {
            String path = layout.path(object.key());
            if (Layout.isState(path) || !seen.add(path)) {
                continue;
            }
            ObjectRecord want = wanted.get(path);
            ObjectRecord unknown = ObjectRecord.unknown(path, object.size());
            ObjectRecord before = deployed.get(path);
            if (want == null && before == null) {
                current.put(path, unknown);
                continue;
            }
            pending.add(executor.submit(() -> {
                ObjectRecord record = want == null ? unknown : compare(storage, object, want, unknown, payloads);
                if (!record.hashKnown() && before != null) {
                    record = storage.head(object.key()).filter(head -> holds(object, head, before)).map(head -> before).orElse(unknown);
                }
                current.put(path, record);
            }));
        }
        Futures.awaitAll(pending);
        return current;
    }

    /**
     * The record of a listed object: the wanted one's bytes when its ETag matches, with its own
     * headers. A file stored as it is has the manifest's MD5 for its ETag, so only compressed ones
     * are read and compressed to compare.
     */
    private static ObjectRecord compare(Storage storage, StoredObject object, ObjectRecord want, ObjectRecord unknown,
                                        Function<ObjectRecord, byte[]> payloads) {
        boolean same;
        if (want.encoding() == Encoding.IDENTITY) {
            same = want.size() == object.size() && want.md5().equalsIgnoreCase(object.etag());
        } else {
            byte[] stored = payloads.apply(want);
            same = stored.length == object.size() && Manifest.md5Hex(stored).equalsIgnoreCase(object.etag());
        }
        if (!same) {
            return unknown;
        }
        return storage.head(object.key())
                .map(h -> new ObjectRecord(want.path(), want.size(), want.md5(), want.checksum(), h.contentType(), h.cacheControl(),
                        Encoding.ofHeader(h.contentEncoding())))
                .orElse(unknown);
    }
}
