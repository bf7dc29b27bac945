package org.gazette.deploy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths a deploy is uploading or deleting, written to the bucket before its first upload and
 * deleted once it has finished, its deletes done. The newest manifest tells what the bucket holds
 * only where no later deploy began to write: a deploy that stopped half way left some of its
 * objects in place, and a deploy of another build (an editor's revert) planned against the
 * manifest alone kept them, a retracted page and the search index naming it, for good. A deploy
 * that finds this record looks at those paths in the bucket instead, and lists them for the CDN:
 * the stopped deploy wrote no invalidation list.
 *
 * <p>A rollback's record also names the deploy it restores: {@code --rollback} run again after it
 * stopped finishes that one, where it would otherwise plan from the manifest the stopped rollback
 * wrote and go back to the site it was leaving.
 *
 * <pre>{@code
 * storage.putState(layout.uploadingKey(), UnfinishedUploads.toJson(paths, Optional.of("00000019-20261128T145957Z"), run));
 * UnfinishedUploads.Unsettled unsettled = UnfinishedUploads.read(storage, layout, manifests.latest(), warnings);
 * unsettled.restoring();   // Optional[00000019-20261128T145957Z]: a rollback to it stopped
 * }</pre>
 */
final class UnfinishedUploads {

    static final String FORMAT = "gazette-uploading/1";
    private static final JsonFactory JSON = new JsonFactory();

    private UnfinishedUploads() {
    }

    /**
     * The record of a deploy writing or deleting {@code paths}, a rollback when it is {@code restoring}
     * a deploy; {@code run} tells this deploy's record from another's ({@link OtherDeploys}).
     */
    static byte[] toJson(Collection<String> paths, Optional<String> restoring, String run) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("run", run);
            if (restoring.isPresent()) {
                json.writeStringField("restoring", restoring.get());
            }
            json.writeArrayFieldStart("paths");
            for (String path : new TreeSet<>(paths)) {
                json.writeString(path);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The paths an unfinished deploy was uploading; none when every deploy finished. A record that
     * cannot be read leaves the whole bucket in doubt: {@code wholeBucket} is then true. The record
     * of a rollback that finished but could not delete it is read without the deploy it restored
     * ({@link #rollbackFinished}): there is nothing left to finish, and its paths are checked all the same.
     *
     * @param current the newest manifest, when it could be read
     */
    static Unsettled read(Storage storage, Layout layout, Optional<DeployManifest> current, List<String> warnings) {
        Optional<byte[]> bytes = storage.get(layout.uploadingKey());
        if (bytes.isEmpty()) {
            return Unsettled.NONE;
        }
        try {
            Unsettled unsettled = parse(bytes.get());
            int files = unsettled.paths().size();
            Optional<String> finished = unsettled.restoring().filter(id -> rollbackFinished(storage, layout, id, current));
            if (finished.isPresent()) {
                warnings.add("the last rollback, to " + finished.get() + ", finished but its record " + layout.uploadingKey()
                        + " was not deleted: the " + files + " files it names were compared with the objects in the bucket");
                return new Unsettled(unsettled.paths(), false, Optional.empty(), unsettled.run());
            }
            warnings.add("the last " + (unsettled.restoring().isPresent() ? "rollback" : "deploy") + " stopped before it finished: the "
                    + files + " files it was writing or deleting were compared with the objects in the bucket");
            return unsettled;
        } catch (IOException e) {
            warnings.add(layout.uploadingKey() + " cannot be read (" + e.getMessage()
                    + "): comparing with a listing of the bucket instead");
            return new Unsettled(Set.of(), true, Optional.empty(), "");
        }
    }

    /**
     * Whether the rollback to {@code id} whose record is there finished, only the delete of its record
     * failed: the current manifest is the restored deploy's site with nothing left to delete (a
     * rollback that stopped before its manifest left the site it was leaving current, one that
     * stopped in its deletes left them in {@code stale}), or that deploy is no longer kept (only a
     * deploy that finished drops manifests, and a later one would have replaced the record).
     */
    private static boolean rollbackFinished(Storage storage, Layout layout, String id, Optional<DeployManifest> current) {
        if (current.isEmpty() || !current.get().stale().isEmpty()) {
            return false;
        }
        Optional<byte[]> restored = storage.get(layout.manifestKey(id));
        if (restored.isEmpty()) {
            return true;
        }
        try {
            return DeployManifest.parse(restored.get()).objects().equals(current.get().objects());
        } catch (IOException e) {
            return false; // cannot tell: finishing it says why it cannot
        }
    }

    /**
     * @param paths       the paths whose objects are in doubt
     * @param wholeBucket whether every object is (the record was damaged)
     * @param restoring   the deploy that the unfinished one, a rollback, was restoring
     * @param run         the id of the deploy that wrote the record; empty when it gave none
     */
    record Unsettled(Set<String> paths, boolean wholeBucket, Optional<String> restoring, String run) {

        static final Unsettled NONE = new Unsettled(Set.of(), false, Optional.empty(), "");

        boolean any() {
            return wholeBucket || !paths.isEmpty();
        }

        /** Whether {@code other} is the same deploy's record, read with or without the rollback it finished. */
        boolean sameRecord(Unsettled other) {
            return paths.equals(other.paths) && wholeBucket == other.wholeBucket && run.equals(other.run);
        }
    }

    static Unsettled parse(byte[] bytes) throws IOException {
        Set<String> paths = new TreeSet<>();
        String format = "";
        String restoring = "";
        String run = "";
        try (JsonParser json = JSON.createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("format")) {
                    format = json.getValueAsString("");
                } else if (field.equals("run")) {
                    run = json.getValueAsString("");
                } else if (field.equals("restoring")) {
                    restoring = json.getValueAsString("");
                } else if (field.equals("paths") && value == JsonToken.START_ARRAY) {
                    while (json.nextToken() == JsonToken.VALUE_STRING) {
                        paths.add(json.getText());
                    }
                } else {
                    json.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new IOException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(format)) {
            throw new IOException("not a record of Gazette's uploads (format \"" + format + "\")");
        }
        return new Unsettled(paths, false, Optional.of(restoring).filter(id -> !id.isEmpty()), run);
    }
}
