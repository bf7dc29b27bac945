package org.gazette.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * Writes the search index under {@code search/}: a small manifest, term shards chosen by a hash
 * of the term, chunks of long posting lists, per-column document lists, and article records in
 * small groups. The format is described in the README ("The search index").
 *
 * <pre>{@code
 * List<OutputFile> files = new SearchIndex().generate(site);
 * }</pre>
 */
public final class SearchIndex implements Generator {

    /** The format's version, in the manifest; the browser refuses other versions. */
    public static final int VERSION = 1;
    static final int TITLE_WEIGHT = 3;
    static final int SUMMARY_WEIGHT = 2;
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Postings kept in the shard itself; the rest of a long list goes to chunk files, newest first. */
    static final int INLINE_POSTINGS = 1000;
    static final int CHUNK_POSTINGS = 4000;

    private final int inlinePostings;
    private final int chunkPostings;

    public SearchIndex() {
        this(INLINE_POSTINGS, CHUNK_POSTINGS);
    }

    /** An index that splits posting lists sooner; tests use small numbers to exercise the chunks. */
    public SearchIndex(int inlinePostings, int chunkPostings) {
        this.inlinePostings = inlinePostings;
        this.chunkPostings = chunkPostings;
    }
    /** Articles per record file: showing ten results should fetch little. */
    static final int RECORDS_PER_FILE = 8;
    /** About how many bytes of JSON one shard should hold. */
    static final int SHARD_BYTES = 24_000;

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public List<OutputFile> generate(Site site) {
        List<SearchDocument> docs = site.articles().parallelStream().map(SearchDocument::of).toList();
        Postings postings = Postings.of(docs);
        int shardCount = shardCount(postings.estimatedBytes());

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Map<String, Postings.Entry>> shards = new ArrayList<>();
        for (int i = 0; i < shardCount; i++) {
            shards.add(new TreeMap<>());
        }
        postings.terms().forEach((term, entry) -> shards.get(shardOf(term, shardCount)).put(term, entry));
        for (int shard = 0; shard < shardCount; shard++) {
            files.put("t/" + shard + ".json", shard(shard, shards.get(shard), files));
        }
        for (int first = 0, file = 0; first < docs.size(); first += RECORDS_PER_FILE, file++) {
            files.put("r/" + file + ".json", records(docs.subList(first, Math.min(first + RECORDS_PER_FILE, docs.size()))));
        }
        Map<String, List<Integer>> columns = new TreeMap<>();
        Map<Integer, int[]> years = new TreeMap<>();
        for (int id = 0; id < docs.size(); id++) {
            SearchDocument doc = docs.get(id);
            if (!doc.column().isEmpty()) {
                columns.computeIfAbsent(doc.column(), c -> new ArrayList<>()).add(id);
            }
            int docId = id;
            years.merge(doc.year(), new int[] {id, id}, (a, b) -> new int[] {Math.min(a[0], docId), Math.max(a[1], docId)});
        }
        List<String> columnNames = new ArrayList<>(columns.keySet());
        for (int c = 0; c < columnNames.size(); c++) {
            List<Integer> ids = columns.get(columnNames.get(c));
            files.put("c/" + c + ".json", json(g -> writeDeltas(g, ids)));
        }

        String version = hash(files);
        List<OutputFile> outputs = new ArrayList<>();
        files.forEach((path, bytes) -> outputs.add(OutputFile.of("search/" + version + "/" + path, bytes)));
        outputs.add(OutputFile.of("search/manifest.json", json(g -> {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeStringField("index", version);
            g.writeNumberField("documents", docs.size());
            g.writeNumberField("shards", shardCount);
            g.writeNumberField("recordsPerFile", RECORDS_PER_FILE);
            g.writeArrayFieldStart("columns");
            for (String column : columnNames) {
                g.writeString(column);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("years");
            for (var year : years.entrySet()) {
                g.writeArrayFieldStart(String.valueOf(year.getKey()));
                g.writeNumber(year.getValue()[0]);
                g.writeNumber(year.getValue()[1]);
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        })));
        return outputs;
    }

    /** FNV-1a over the term's UTF-8 bytes, as search.js computes it. */
    static int shardOf(String term, int shardCount) {
        int hash = 0x811c9dc5;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shardCount);
    }

    /** A power of two, so that shards hold about {@link #SHARD_BYTES} each. */
    static int shardCount(long estimatedBytes) {
        int count = 16;
        while (count < 65536 && estimatedBytes / count > SHARD_BYTES) {
            count *= 2;
        }
        return count;
    }

    private byte[] shard(int shard, Map<String, Postings.Entry> terms, Map<String, byte[]> files) {
        return json(g -> {
            g.writeStartObject();
            int ordinal = 0;
            for (var term : terms.entrySet()) {
                Postings.Entry entry = term.getValue();
                int[] docs = entry.docs();
                int inline = Math.min(docs.length, inlinePostings);
                List<String> chunks = new ArrayList<>();
                for (int from = inline, n = 0; from < docs.length; from += chunkPostings, n++) {
                    int to = Math.min(from + chunkPostings, docs.length);
                    String name = "p/" + shard + "-" + ordinal + "-" + n + ".json";
                    int start = from;
                    files.put(name, json(c -> {
                        c.writeStartArray();
                        writeList(c, entry, start, to);
                        c.writeEndArray();
                    }));
                    chunks.add(name);
                }
                g.writeArrayFieldStart(term.getKey());
                g.writeNumber(docs.length);
                writeList(g, entry, 0, inline);
                g.writeStartArray();
                for (String chunk : chunks) {
                    g.writeString(chunk);
                }
                g.writeEndArray();
                g.writeEndArray();
                ordinal++;
            }
            g.writeEndObject();
        });
    }

    /** Postings {@code from} to {@code to}: document ids as differences from the previous one (the first absolute), then scores. */
    private static void writeList(JsonGenerator g, Postings.Entry entry, int from, int to) throws IOException {
        g.writeStartArray();
        int previous = 0;
        for (int i = from; i < to; i++) {
            g.writeNumber(i == from ? entry.docs()[i] : entry.docs()[i] - previous);
            previous = entry.docs()[i];
        }
        g.writeEndArray();
        g.writeStartArray();
        for (int i = from; i < to; i++) {
            g.writeNumber(entry.scores()[i]);
        }
        g.writeEndArray();
    }

    private static void writeDeltas(JsonGenerator g, List<Integer> ids) throws IOException {
        g.writeStartArray();
        int previous = 0;
        for (int i = 0; i < ids.size(); i++) {
            g.writeNumber(i == 0 ? ids.get(i) : ids.get(i) - previous);
            previous = ids.get(i);
        }
        g.writeEndArray();
    }

    private static byte[] records(List<SearchDocument> docs) {
        return json(g -> {
            g.writeStartArray();
            for (SearchDocument doc : docs) {
                g.writeStartArray();
                g.writeString(doc.title());
                g.writeString(doc.url());
                g.writeString(doc.date());
                g.writeString(doc.column());
                g.writeString(doc.authors());
                g.writeString(doc.summary());
                g.writeString(doc.body());
                g.writeEndArray();
            }
            g.writeEndArray();
        });
    }

    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    static byte[] json(JsonBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A name for this index's files that changes with their content, so that they can be cached forever. */
    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (var file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
