package org.gazette.deploy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a deploy will do: the objects to write, in the order they go, the stale objects to delete
 * afterwards, and how many stay as they are.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(desired, remote.current(), remote.stale(), remote.baseline());
 * plan.lines().forEach(System.out::println);   // "upload  new    2023/12/x/index.html (5.1 kB)"
 * Files.writeString(file, plan.toJson());
 * }</pre>
 *
 * @param uploads   objects to write, in upload order
 * @param deletes   objects to delete after every upload, in delete order
 * @param unchanged objects already as wanted
 * @param baseline  what the plan compared with
 */
public record Plan(List<Change> uploads, List<Change> deletes, int unchanged, Baseline baseline) {

    /** What the local site was compared with. */
    public enum Baseline {
        /** The manifest the previous deploy stored in the bucket. */
        MANIFEST("the previous deploy's manifest"),
        /** A listing of the bucket, with ETags and headers: no usable manifest was there. */
        LISTING("a listing of the bucket (ETag/MD5 and headers)"),
        /** A deploy manifest to restore. */
        ROLLBACK("the deploy being restored");

        private final String description;

        Baseline(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public Plan {
        uploads = List.copyOf(uploads);
        deletes = List.copyOf(deletes);
    }

    public long uploadBytes() {
        return uploads.stream().mapToLong(Change::size).sum();
    }

    public boolean isEmpty() {
        return uploads.isEmpty() && deletes.isEmpty();
    }

    /** The counts in one line: {@code 3 to upload (12.4 kB), 1 to delete, 54 unchanged}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d to upload (%s), %d to delete, %d unchanged", uploads.size(),
                formatBytes(uploadBytes()), deletes.size(), unchanged);
    }

    /** The summary, then each object in order with its reason. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Plan, compared with " + baseline.description() + ": " + summary());
        for (Change change : uploads) {
            lines.add(String.format(Locale.ROOT, "  upload  %-8s %s (%s)%s", change.kind() == Change.Kind.NEW ? "new" : "changed",
                    change.path(), formatBytes(change.size()),
                    change.kind() == Change.Kind.CHANGED ? ": " + change.reason() : ""));
        }
        for (Change change : deletes) {
            lines.add("  delete           " + change.path() + ": " + change.reason());
        }
        return lines;
    }

    /** The plan as JSON, for CI to read: counts, bytes, and each change with its reason. */
    public String toJson() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("baseline", baseline.name().toLowerCase(Locale.ROOT));
            json.writeNumberField("uploads", uploads.size());
            json.writeNumberField("uploadBytes", uploadBytes());
            json.writeNumberField("deletes", deletes.size());
            json.writeNumberField("unchanged", unchanged);
            json.writeArrayFieldStart("changes");
            for (Change change : uploads) {
                write(json, change, change.kind() == Change.Kind.NEW ? "new" : "changed");
            }
            for (Change change : deletes) {
                write(json, change, "delete");
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void write(JsonGenerator json, Change change, String action) throws IOException {
        json.writeStartObject();
        json.writeStringField("action", action);
        json.writeStringField("path", change.path());
        json.writeStringField("reason", change.reason());
        json.writeNumberField("size", change.size());
        if (change.target().isPresent()) {
            ObjectRecord target = change.target().get();
            json.writeStringField("contentType", target.contentType());
            json.writeStringField("cacheControl", target.cacheControl());
            json.writeStringField("contentEncoding", target.encoding().header());
        }
        json.writeEndObject();
    }

    /** {@code 980 B}, {@code 12.4 kB}, {@code 3.1 MB}. */
    public static String formatBytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
