package org.gazette.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.gazette.content.Article;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.Generator;
import org.gazette.site.OutputMemo;
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
    public static final int VERSION = 4;
    /**
     * Raised whenever the files made from the same articles change in any byte without the format
     * changing (a fix in how a shard is written): it is part of every file's memo key, so that a
     * build cache does not keep files of the old kind.
     */
    static final int FORMAT_REVISION = 1;
    static final int TITLE_WEIGHT = 3;
    static final int SUMMARY_WEIGHT = 2;
    /** Kicker, subtitle, byline, tags and credits: what the page prints around the title. */
    static final int LABELS_WEIGHT = 3;
    /**
     * Added to the score of a token in the title, above any BM25 score (under 500): the browser
     * ranks articles with the query in their title first, whatever their length, and the others after.
     */
    static final int TITLE_MARK = 1000;
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Postings kept in the shard itself; the rest of a long list goes to chunk files, newest first. */
    static final int INLINE_POSTINGS = 1000;
    static final int CHUNK_POSTINGS = 4000;

    private final int inlinePostings;
    private final int chunkPostings;
    private final int shardBytes;
    private final OutputMemo memo;
    private final CountsStore store;

    public SearchIndex() {
        this(OutputMemo.NONE, CountsStore.NONE);
    }

    /**
     * An index that makes its shards and record files through {@code memo}, keeping those a build
     * cache still has, and counts the words of the articles {@code store} has no counts of.
     */
    public SearchIndex(OutputMemo memo, CountsStore store) {
        this(INLINE_POSTINGS, CHUNK_POSTINGS, SHARD_BYTES, memo, store);
    }

    /** An index that splits posting lists sooner; tests use small numbers to exercise the chunks. */
    public SearchIndex(int inlinePostings, int chunkPostings) {
        this(inlinePostings, chunkPostings, SHARD_BYTES, OutputMemo.NONE, CountsStore.NONE);
    }

    /** An index in pieces of the given sizes; tests use small shards to have many of a small site. */
    SearchIndex(int inlinePostings, int chunkPostings, int shardBytes, OutputMemo memo, CountsStore store) {
        this.inlinePostings = inlinePostings;
        this.chunkPostings = chunkPostings;
        this.shardBytes = shardBytes;
        this.memo = memo;
        this.store = store;
    }
    /** Articles per record file: showing ten results should fetch little. */
    static final int RECORDS_PER_FILE = 8;
    /** About how many bytes of JSON one shard should hold. */
    static final int SHARD_BYTES = 24_000;

    private static final JsonFactory JSON = new JsonFactory();

    /** Made from the site alone: a change of theme does not make it again. */
    @Override
    public boolean usesTheme() {
        return false;
    }

    /** Made from the articles alone (their text, addresses, dates, summaries): a new title or base URL does not make it again. */
    @Override
    public boolean readsSettings() {
        return false;
    }

    /** What the index is made from: the articles newest first, oldest first, their records, the postings of all and their shards. */
    private record Counts(List<RenderedArticle> newestFirst, List<RenderedArticle> articles, List<SearchDocument> docs, Postings postings,
                          Shards shards) {
    }

    private volatile CompletableFuture<Counts> ahead;
    /** Set when the build ends without the count it started ahead: the count then keeps nothing. */
    private volatile boolean aheadDropped;

    /**
     * Starts counting the words of the articles on a thread of its own, the index's costly part,
     * which needs the articles alone: a build starts it as soon as they are rendered, while it
     * makes the site model and opens the output folder and the theme. {@link #generate} then
     * takes the counts, if its site has these very articles in this order
     * ({@link Site#NEWEST_FIRST}).
     */
    public void countAhead(List<RenderedArticle> newestFirst) {
        ahead = CompletableFuture.supplyAsync(() -> count(newestFirst), runnable -> {
            Thread thread = new Thread(runnable, "gazette-search-count");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * Waits for a count started ahead that {@link #generate} did not take (the index was kept as
     * it was), so that it has kept its counts when the build ends. Its failure is not the build's:
     * the index did not need its counts.
     */
    public void awaitCountAhead() {
        CompletableFuture<Counts> started = ahead;
        ahead = null;
        if (started != null) {
            try {
                started.join();
            } catch (CompletionException e) {
                // the next build counts those articles again
            }
        }
    }

    /** Lets a count started ahead and not taken run out without keeping its counts (the build failed). */
    public void dropCountAhead() {
        aheadDropped = true;
        ahead = null;
    }

    /** The counts of {@code site}: those counted ahead when they were of its very articles, else counted now. */
    private Counts counts(Site site) {
        CompletableFuture<Counts> started = ahead;
        ahead = null; // not held past the index: at 100,000 articles the postings take hundreds of megabytes
        if (started != null) {
            Counts counts;
            try {
                counts = started.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
            if (sameArticles(counts.newestFirst(), site.articles())) {
                return counts;
            }
        }
        return count(site.articles());
    }

    /** The same articles, the very objects, in the same order. */
    private static boolean sameArticles(List<RenderedArticle> counted, List<RenderedArticle> articles) {
        if (counted.size() != articles.size()) {
            return false;
        }
        for (int i = 0; i < counted.size(); i++) {
            if (counted.get(i) != articles.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Articles are numbered oldest first, so that a new article, the newest, takes the next number
     * and leaves every other article's number, posting and record file as it was. The words of
     * those the store kept counts of are not counted again; the counts are then kept for the next.
     */
    private Counts count(List<RenderedArticle> newestFirst) {
        List<RenderedArticle> oldestFirst = IntStream.range(0, newestFirst.size())
                .mapToObj(i -> newestFirst.get(newestFirst.size() - 1 - i)).toList();
        List<SearchDocument> docs = new DocumentsOnDemand(oldestFirst);
        List<byte[]> keys = oldestFirst.stream().map(article -> store.keyOf(article).orElse(KeptCounts.UNKNOWN)).toList();
        Counted counted = countWords(docs, keys);
        return new Counts(newestFirst, oldestFirst, docs, counted.postings(), counted.shards());
    }

    /** The postings of the articles counted, and their shards. */
    record Counted(Postings postings, Shards shards) {
    }

    /**
     * The counts of {@code docs}, keyed by {@code keys}: those the store kept taken from it, the
     * others counted; then their postings and shards, and the counts kept for the next with the
     * shards' fingerprints. When more than half the articles are to be counted (a
     * setting every article reads changed, or most articles did), all are, and the kept counts are
     * let go first: held beside each counted article's counts and the new postings, they would make
     * the count's peak half as much again as a count of every article (about 0.4 GB more at 100,000).
     */
    Counted countWords(List<SearchDocument> docs, List<byte[]> keys) {
        KeptCounts before = store.load(KeptCounts::readFrom).orElse(KeptCounts.NONE);
        int[] earlier = before.numbersOf(keys);
        long fresh = Arrays.stream(earlier).filter(number -> number < 0).count();
        TokenCounts kept = before.counts();
        Shards.Before shardsBefore = new Shards.Before(before.shardFingerprints(), Postings.Scale.of(kept.lengths));
        int keptArticles = before.articleKeys().size();
        before = null; // only its counts are needed past here
        if (fresh * 2 > docs.size()) {
            kept = TokenCounts.NONE;
            Arrays.fill(earlier, -1);
        }
        TokenCounts counts = TokenCounts.count(docs, kept, earlier);
        kept = null;
        Postings postings = Postings.of(counts);
        Shards shards = Shards.of(postings, shardBytes, shardsBefore, counts.changed);
        if (!aheadDropped && !(fresh == 0 && keptArticles == keys.size())) { // else the kept counts are these
            KeptCounts keeping = new KeptCounts(keys, counts, shards.fingerprints());
            store.save(keeping.bytes(), keeping::writeTo);
        }
        return new Counted(postings, shards);
    }

    @Override
    public List<OutputFile> generate(Site site) {
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        generate(site, files::add);
        return files.stream().sorted(Comparator.comparing(OutputFile::path)).toList();
    }

    /**
     * Hands each file to {@code out} as soon as it is made, so that the index of a large archive
     * is never held whole. All on the calling thread: a build runs the index beside the pages,
     * which keep both cores busy. Each shard with its chunks, and each record
     * file, goes through the memo with what it is made from: an edit remakes only the shards whose
     * words or scores it changed, and the record file of the article.
     */
    @Override
    public void generate(Site site, Consumer<OutputFile> out) {
        Counts counts = counts(site);
        List<RenderedArticle> articles = counts.articles();
        List<SearchDocument> docs = counts.docs();
        Postings postings = counts.postings();
        Shards shards = counts.shards();
        int shardCount = shards.count();
        for (int shard = 0; shard < shardCount; shard++) {
            int[] tokens = shards.tokens(shard);
            int number = shard;
            memo.files("search/t/" + shard, List.of(shards.fingerprint(shard), parameters(), shardCount),
                    () -> shard(number, postings, tokens), out);
        }
        int recordFiles = (docs.size() + RECORDS_PER_FILE - 1) / RECORDS_PER_FILE;
        for (int file = 0; file < recordFiles; file++) {
            int from = file * RECORDS_PER_FILE;
            int to = Math.min(from + RECORDS_PER_FILE, docs.size());
            String path = "search/r/" + file;
            // The articles themselves: a build cache knows each one's fingerprint without walking its text.
            memo.files(path, List.of(articles.subList(from, to), parameters()),
                    () -> List.of(OutputFile.of(path + ".json", records(docs.subList(from, to)))), out);
        }
        Map<String, List<Integer>> columns = new TreeMap<>();
        Map<Integer, int[]> years = new TreeMap<>();
        for (int id = 0; id < articles.size(); id++) {
            Article article = articles.get(id).article(); // not its document, which only the articles counted or written need
            if (!article.column().isEmpty()) {
                columns.computeIfAbsent(article.column(), c -> new ArrayList<>()).add(id);
            }
            int docId = id;
            years.merge(article.date().getYear(), new int[] {id, id}, (a, b) -> new int[] {Math.min(a[0], docId), Math.max(a[1], docId)});
        }
        List<String> columnNames = new ArrayList<>(columns.keySet());
        for (int c = 0; c < columnNames.size(); c++) {
            List<Integer> ids = columns.get(columnNames.get(c));
            out.accept(OutputFile.of("search/c/" + c + ".json", json(g -> writeDeltas(g, ids))));
        }
        out.accept(OutputFile.of("search/manifest.json", json(g -> {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
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
    }

    /** The format and its parameters: part of every memo key, so that changing any remakes every file. */
    private String parameters() {
        return VERSION + " " + FORMAT_REVISION + " " + inlinePostings + " " + chunkPostings + " " + RECORDS_PER_FILE + " "
                + shardBytes + " " + TITLE_WEIGHT + " " + LABELS_WEIGHT + " " + SUMMARY_WEIGHT + " " + K1 + " " + B + " " + TITLE_MARK;
    }

    /** FNV-1a over the term's UTF-8 bytes, as search.js computes it. */
    static int shardOf(String term, int shardCount) {
        return Integer.remainderUnsigned(Fnv.of(term), shardCount);
    }

    /** A token's text and number, to sort a shard's tokens by text. */
    private record Term(String text, int token) {
    }

    /** One shard's files: the chunk files of its long lists, then the shard itself. */
    private List<OutputFile> shard(int shard, Postings postings, int[] tokens) {
        Term[] terms = new Term[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            terms[i] = new Term(postings.token(tokens[i]), tokens[i]);
        }
        // By String.compareTo (UTF-16 units), the order a TreeMap of the terms had.
        Arrays.sort(terms, Comparator.comparing(Term::text));
        List<OutputFile> files = new ArrayList<>();
        byte[] json = json(g -> {
            g.writeStartObject();
            for (int ordinal = 0; ordinal < terms.length; ordinal++) {
                int t = terms[ordinal].token();
                int start = postings.start(t);
                int end = postings.end(t);
                // The newest postings (the highest numbers) in the shard, the older in chunks, newest first.
                int inline = end - Math.min(end - start, inlinePostings);
                List<String> chunks = new ArrayList<>();
                for (int to = inline, n = 0; to > start; to -= chunkPostings, n++) {
                    int from = Math.max(start, to - chunkPostings);
                    String name = "p/" + shard + "-" + ordinal + "-" + n + ".json";
                    int chunkEnd = to;
                    files.add(OutputFile.of("search/" + name, json(c -> {
                        c.writeStartArray();
                        writeList(c, postings, from, chunkEnd);
                        c.writeEndArray();
                    })));
                    chunks.add(name);
                }
                g.writeArrayFieldStart(terms[ordinal].text());
                g.writeNumber(end - start);
                writeList(g, postings, inline, end);
                g.writeStartArray();
                for (String chunk : chunks) {
                    g.writeString(chunk);
                }
                g.writeEndArray();
                g.writeEndArray();
            }
            g.writeEndObject();
        });
        files.add(OutputFile.of("search/t/" + shard + ".json", json));
        return files;
    }

    /** Postings {@code from} to {@code to}: document ids as differences from the previous one (the first absolute), then scores. */
    private static void writeList(JsonGenerator g, Postings postings, int from, int to) throws IOException {
        int[] docs = postings.docs();
        short[] scores = postings.scores();
        g.writeStartArray();
        int previous = 0;
        for (int i = from; i < to; i++) {
            g.writeNumber(i == from ? docs[i] : docs[i] - previous);
            previous = docs[i];
        }
        g.writeEndArray();
        g.writeStartArray();
        for (int i = from; i < to; i++) {
            g.writeNumber(scores[i]);
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
                g.writeString(doc.body().get());
                g.writeString(doc.labels());
                g.writeEndArray();
            }
            g.writeEndArray();
        });
    }

    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    static byte[] json(JsonBody body) {
        // In blocks, copied once at the end: a ByteArrayOutputStream copies all it has each time it grows.
        ByteArrayBuilder out = new ByteArrayBuilder();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
