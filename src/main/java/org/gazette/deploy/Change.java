package org.gazette.deploy;

import java.util.Optional;

/**
 * One object a plan writes or deletes, and why.
 *
 * <pre>{@code
 * Change change = new Change("index.html", Change.Kind.CHANGED, "bytes", Optional.of(now), Optional.of(before));
 * }</pre>
 *
 * @param path     the site path
 * @param kind     new, changed or deleted
 * @param reason   for the plan's listing: "new", "bytes", "Cache-Control ... -> ...", "gone from the build"
 * @param target   the object to write; empty for a delete
 * @param previous the object there now, when known
 */
public record Change(String path, Kind kind, String reason, Optional<ObjectRecord> target, Optional<ObjectRecord> previous) {

    /** What happens to the object. */
    public enum Kind { NEW, CHANGED, DELETE }

    /** The rank of the object in {@link UploadOrder}. */
    public int rank() {
        return UploadOrder.rank(path, target.or(() -> previous).map(ObjectRecord::contentType)
                .orElseGet(() -> org.gazette.output.MediaTypes.of(path)));
    }

    /** Bytes of the file to write (before compression); 0 for a delete. */
    public long size() {
        return target.map(ObjectRecord::size).orElse(0L);
    }
}
