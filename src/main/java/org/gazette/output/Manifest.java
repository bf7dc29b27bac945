package org.gazette.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The list of every file a build wrote: path, size, checksum ({@link Checksums}) and content
 * type, sorted by path.
 * The build writes it into the output folder as {@value #PATH}; {@code gazette deploy} compares
 * it with what the bucket holds. It carries no time or machine detail, so two builds of the same
 * commit give the same manifest, byte for byte, wherever they run.
 *
 * <pre>{@code
 * Manifest manifest = Manifest.parse(Files.readString(site.resolve(Manifest.PATH)));
 * manifest.entries().get(0).checksum();
 * }</pre>
 *
 * @param entries one per output file, sorted by path
 */
public record Manifest(List<Entry> entries) {

    /** Where the build writes the manifest, relative to the output folder. */
    public static final String PATH = ".gazette/manifest.json";
    /** The format's name and version, the first field of the file. */
    public static final String FORMAT = "gazette-manifest/3";
    private static final Set<String> EARLIER_FORMATS = Set.of("gazette-manifest/1", "gazette-manifest/2");

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern HEX_MD5 = Pattern.compile("[0-9a-f]{32}");

    public Manifest {
        entries = List.copyOf(entries);
        if (!sortedByPath(entries)) {
            entries = entries.stream().sorted(Comparator.comparing(Entry::path)).toList();
        }
    }

    /** A manifest of {@code byPath}'s entries: sorting their paths as strings takes two thirds of the time of sorting entries by a key. */
    public static Manifest of(Map<String, Entry> byPath) {
        String[] paths = byPath.keySet().toArray(new String[0]);
        Arrays.sort(paths);
        List<Entry> entries = new ArrayList<>(paths.length);
        for (String path : paths) {
            entries.add(byPath.get(path));
        }
        return new Manifest(entries);
    }

    /**
     * The same, in the order of {@code earlier} (the last manifest's entries) when its paths are
     * those of {@code byPath}, as after most edits: sorting eighteen thousand paths again took most
     * of the 30 ms this step took after an edit at 10,000 articles.
     */
    public static Manifest of(Map<String, Entry> byPath, List<Entry> earlier) {
        if (earlier.size() != byPath.size()) {
            return of(byPath);
        }
        List<Entry> entries = new ArrayList<>(earlier.size());
        for (Entry before : earlier) {
            Entry now = byPath.get(before.path());
            if (now == null) {
                return of(byPath);
            }
            entries.add(now);
        }
        return new Manifest(entries);
    }

    private static boolean sortedByPath(List<Entry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).path().compareTo(entries.get(i).path()) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * One output file.
     *
     * @param path        relative to the output folder, with {@code /}, such as {@code 2023/12/x/index.html}
     * @param size        bytes
     * @param checksum    {@link Checksums} of the bytes
     * @param contentType from {@link MediaTypes}
     */
    public record Entry(String path, long size, String checksum, String contentType) {
    }

    /**
     * A new MD5 digest: what S3 names an object's bytes by (its ETag, {@code Content-MD5}), which a
     * deploy records for each object. The entries' checksum, made for every byte a build writes, is
     * the cheaper {@link Checksums}, and the manifest's own digest {@link #digestHex}.
     */
    public static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    /** The lower-case hex MD5 of {@code bytes}, as a deploy records it. */
    public static String md5Hex(byte[] bytes) {
        return HexFormat.of().formatHex(md5().digest(bytes));
    }

    /**
     * What tells one manifest from another between builds ({@link Checksums#wide}). Not MD5, which
     * the quick compiler runs five times slower; the manifest's own file is not deployed by its MD5.
     */
    public static String digestHex(byte[] manifestBytes) {
        return Checksums.wide(manifestBytes);
    }

    /** True when {@code text} is an MD5 as {@link #md5Hex} gives it. */
    public static boolean isMd5(String text) {
        return HEX_MD5.matcher(text).matches();
    }

    /**
     * The manifest as JSON with each file on a line of its own, ending in a newline: a diff of two
     * manifests, or a grep for a path, shows whole entries.
     */
    public String toJson() {
        return new String(toJsonBytes(), StandardCharsets.UTF_8);
    }

    /**
     * {@link #toJson()} in UTF-8, written as bytes: at 10,000 articles the manifest is 3 MB, and
     * making it a string first and encoding that cost a build as much again.
     */
    public byte[] toJsonBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 128 + 64);
        try (JsonGenerator json = JSON.createGenerator(bytes, JsonEncoding.UTF8).setPrettyPrinter(oneFilePerLine())) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeArrayFieldStart("files");
            for (Entry entry : entries) {
                json.writeStartObject();
                json.writeStringField("path", entry.path());
                json.writeNumberField("size", entry.size());
                json.writeStringField("checksum", entry.checksum());
                json.writeStringField("type", entry.contentType());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /**
     * A line for each file, and no spaces: a fifth fewer bytes than Jackson's indented form, which
     * took six lines a file, to write after every build and read before the next.
     */
    private static PrettyPrinter oneFilePerLine() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.NONE))
                .withArrayIndenter(new DefaultIndenter("", "\n"))
                .withObjectIndenter(DefaultPrettyPrinter.NopIndenter.instance);
    }

    /**
     * Reads a manifest written by {@link #toJson()}.
     *
     * @throws IOException when the text is not such a manifest; the message says what is wrong
     */
    public static Manifest parse(String text) throws IOException {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #parse(String)} of UTF-8 bytes, as the file holds them: read without making them a string first. */
    public static Manifest parse(byte[] utf8) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser json = JSON.createParser(utf8)) {
            expect(json, JsonToken.START_OBJECT, "a JSON object");
            String format = "";
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "format" -> {
                        format = json.getValueAsString("");
                        requireFormat(format); // it comes first: an earlier format's entries would not read
                    }
                    case "files" -> {
                        if (json.currentToken() != JsonToken.START_ARRAY) {
                            throw new IOException("\"files\" is not a list");
                        }
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            entries.add(readEntry(json));
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            requireFormat(format);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        return new Manifest(entries);
    }

    private static void requireFormat(String format) throws IOException {
        if (!FORMAT.equals(format)) {
            throw new IOException("the format is \"" + format + "\", not " + FORMAT
                    + (EARLIER_FORMATS.contains(format) ? " (written by an earlier Gazette)" : ""));
        }
    }

    private static Entry readEntry(JsonParser json) throws IOException {
        String path = null;
        String checksum = null;
        String type = null;
        long size = -1;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "path" -> path = json.getValueAsString();
                case "size" -> size = json.getValueAsLong(-1);
                case "checksum" -> checksum = json.getValueAsString();
                case "type" -> type = json.getValueAsString();
                default -> json.skipChildren();
            }
        }
        if (path == null || path.isEmpty() || checksum == null || !Checksums.isChecksum(checksum) || type == null || size < 0) {
            throw new IOException("an entry lacks a path, size, checksum or type (near \"" + path + "\")");
        }
        // A manifest is read from a folder others may write in: a path out of it ("../x", "/etc/x")
        // would have the next build delete a file there.
        if (path.startsWith("/") || path.endsWith("/") || org.gazette.config.PathSegments.problem(path).isPresent()) {
            throw new IOException("an entry's path leaves the folder: " + path);
        }
        // The folder's own records are never the site's: a build would delete its own marker as a page gone.
        if (path.startsWith(".gazette/")) {
            throw new IOException("an entry lies among the folder's own records: " + path);
        }
        return new Entry(path, size, checksum, type);
    }

    private static void expect(JsonParser json, JsonToken token, String what) throws IOException {
        if (json.nextToken() != token) {
            throw new IOException("expected " + what);
        }
    }
}
