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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gazette.output.Checksums;
import org.gazette.output.Manifest;

/**
 * What one deploy left in the bucket: every object with its MD5, the build manifest's checksum of
 * it (absent from manifests earlier versions wrote, and skipped by their readers) and its headers, stored as
 * {@code .gazette/deploys/ID.json}. The next deploy plans against it; a rollback restores it.
 * {@code stale} lists objects this deploy still had to delete when it wrote the manifest, so that
 * a deploy that stopped during its deletes finishes them next time.
 *
 * <pre>{@code
 * DeployManifest next = DeployManifest.next(previous, records, List.of(), Instant.now());
 * storage.putState(layout.manifestKey(next.id()), next.toJson());
 * }</pre>
 *
 * @param id      {@code 00000042-20240501T081500Z}: a sequence number, so that order does not hang on clocks, and the time
 * @param objects every object, sorted by path
 * @param stale   paths planned for deletion but perhaps not yet deleted
 */
public record DeployManifest(String id, List<ObjectRecord> objects, List<String> stale) {

    public static final String FORMAT = "gazette-deploy/2";
    private static final String EARLIER_FORMAT = "gazette-deploy/1";
    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public DeployManifest {
        objects = objects.stream().sorted(Comparator.comparing(ObjectRecord::path)).toList();
        stale = stale.stream().sorted().distinct().toList();
    }

    /** The manifest after {@code previous} (whose id may be empty for the first deploy). */
    public static DeployManifest next(String previousId, List<ObjectRecord> objects, List<String> stale, Instant now) {
        return new DeployManifest(String.format(Locale.ROOT, "%08d-%s", sequence(previousId) + 1, TIME.format(now)), objects, stale);
    }

    /** The sequence number of an id; 0 for none. */
    public static long sequence(String id) {
        int dash = id.indexOf('-');
        try {
            return dash > 0 ? Long.parseLong(id.substring(0, dash)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public DeployManifest withStale(List<String> paths) {
        return new DeployManifest(id, objects, paths);
    }

    public Map<String, ObjectRecord> byPath() {
        return objects.stream().collect(Collectors.toMap(ObjectRecord::path, Function.identity()));
    }

    public byte[] toJson() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("id", id);
            json.writeArrayFieldStart("objects");
            for (ObjectRecord o : objects) {
                json.writeStartObject();
                json.writeStringField("path", o.path());
                json.writeNumberField("size", o.size());
                json.writeStringField("md5", o.md5());
                if (!o.checksum().isEmpty()) {
                    json.writeStringField("checksum", o.checksum());
                }
                json.writeStringField("type", o.contentType());
                json.writeStringField("cache", o.cacheControl());
                json.writeStringField("encoding", o.encoding().header());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("stale");
            for (String path : stale) {
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
     * Reads a manifest written by {@link #toJson()}.
     *
     * @throws IOException when it is not one; the message says why
     */
    public static DeployManifest parse(byte[] bytes) throws IOException {
        String id = "";
        String format = "";
        List<ObjectRecord> objects = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        try (JsonParser json = JSON.createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "format" -> {
                        format = json.getValueAsString("");
                        if (format.equals(EARLIER_FORMAT)) { // comes first: its objects would not read
                            throw new IOException("written by an earlier Gazette, which recorded SHA-256 where this one"
                                    + " records MD5 (format " + EARLIER_FORMAT + ")");
                        }
                    }
                    case "id" -> id = json.getValueAsString("");
                    case "objects" -> {
                        requireArray(value, field);
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            objects.add(readObject(json));
                        }
                    }
                    case "stale" -> {
                        requireArray(value, field);
                        while (json.nextToken() == JsonToken.VALUE_STRING) {
                            stale.add(json.getText());
                        }
                    }
                    default -> json.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new IOException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(format) || id.isEmpty()) {
            throw new IOException("not a Gazette deploy manifest (format \"" + format + "\", id \"" + id + "\")");
        }
        return new DeployManifest(id, objects, stale);
    }

    private static void requireArray(JsonToken token, String field) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw new IOException("\"" + field + "\" is not a list");
        }
    }

    private static ObjectRecord readObject(JsonParser json) throws IOException {
        String path = "";
        String md5 = "";
        String checksum = "";
        String type = "";
        String cache = "";
        String encoding = "";
        long size = -1;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "path" -> path = json.getValueAsString("");
                case "size" -> size = json.getValueAsLong(-1);
                case "md5" -> md5 = json.getValueAsString("");
                case "checksum" -> checksum = json.getValueAsString("");
                case "type" -> type = json.getValueAsString("");
                case "cache" -> cache = json.getValueAsString("");
                case "encoding" -> encoding = json.getValueAsString("");
                default -> json.skipChildren();
            }
        }
        if (path.isEmpty() || size < 0 || !Manifest.isMd5(md5) || path.startsWith("/") || path.contains("..")
                || !checksum.isEmpty() && !Checksums.isChecksum(checksum)) {
            throw new IOException("an object lacks a valid path, size, md5 or checksum (near \"" + path + "\")");
        }
        return new ObjectRecord(path, size, md5, checksum, type, cache, Encoding.ofHeader(encoding));
    }
}
