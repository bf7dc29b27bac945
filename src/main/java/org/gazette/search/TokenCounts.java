package org.gazette.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For every token, the articles containing it (by number, oldest first) and its weighted
 * frequency in each; for every article, its weighted length: what the index's scores are made
 * from ({@link Postings#of(TokenCounts)}). A build keeps them for the next, which counts only the
 * articles that changed and takes the others' counts from these ({@link #count}).
 *
 * <p>Tokens are counted as numbers, not strings: a Chinese character is its code point, a pair
 * of characters both code points side by side, a word the number of its entry in a shared
 * dictionary. Ten thousand articles make millions of tokens; strings for each would cost the
 * build seconds and hundreds of megabytes. For the same reason the tokens are numbered 0, 1, 2,
 * ... (in no particular order) and all posting lists share flat arrays: no map of tokens, no
 * list object per token. A token becomes a string only when its shard is written.
 */
final class TokenCounts {

    static final long PAIR = 1L << 42;
    static final long WORD = 2L << 42;
    /**
     * The most a token's weighted frequency in one article counts for: BM25's term frequency has
     * long stopped adding to the score by then (k1 = 1.2), and it fits in {@link #frequencies}.
     */
    static final int MOST = 0x7FFF;

    /** No articles. */
    static final TokenCounts NONE = new TokenCounts(new long[0], new String[0], new int[1], new int[0], new char[0], new int[0], null);

    /** Each token's key, by token number. */
    final long[] keys;
    /** The words, by the number a {@link #WORD} key holds. */
    final String[] words;
    /** Token {@code t}'s postings are at {@code starts[t]} up to {@code starts[t + 1]} in {@link #docs} and {@link #frequencies}. */
    final int[] starts;
    /** Article numbers, ascending (oldest first) within each token's postings. */
    final int[] docs;
    /**
     * Each posting's weighted frequency (at most {@link #MOST}) times two, plus one where the
     * token is in the article's title: two bytes, not four, for 100 million postings.
     */
    final char[] frequencies;
    /** Each article's weighted length, by number. */
    final int[] lengths;
    /**
     * Of a count that kept counts, every kept article at its number: the FNV-1a hashes of the
     * tokens whose postings it changed (those of the articles counted, and of those left out),
     * by which the index tells the shards it changed. Null when not known: counts read from a
     * file, or a count that kept none or numbered a kept article anew.
     */
    final int[] changed;

    private TokenCounts(long[] keys, String[] words, int[] starts, int[] docs, char[] frequencies, int[] lengths, int[] changed) {
        this.keys = keys;
        this.words = words;
        this.starts = starts;
        this.docs = docs;
        this.frequencies = frequencies;
        this.lengths = lengths;
        this.changed = changed;
    }

    int articles() {
        return lengths.length;
    }

    /** About how many bytes the counts take, in memory or as {@link #writeTo} writes them (a word's characters as three). */
    long bytes() {
        long bytes = 4L * lengths.length + 8L * keys.length + 4L * starts.length + 6L * docs.length;
        for (String word : words) {
            bytes += 4 + 3L * word.length();
        }
        return bytes;
    }

    /**
     * The counts of {@code docs}, numbered in their order: article {@code i} counted afresh where
     * {@code earlier[i]} is -1, else taken from article {@code earlier[i]} of {@code before}. The
     * numbers taken must ascend with {@code i}, so that each token's kept postings stay in order.
     *
     * <p>Counted on the calling thread: a build makes the index on a thread of its own beside the
     * pages, which keep both cores busy, and parallel streams here only waited, spinning, for the
     * pages' tasks in the shared pool (half the counting thread's samples in a profile).
     */
    static TokenCounts count(List<SearchDocument> docs, TokenCounts before, int[] earlier) {
        int n = docs.size();
        int[] now = new int[before.articles()];
        Arrays.fill(now, -1);
        boolean anyKept = false;
        boolean keptInPlace = true; // every kept article keeps its number
        for (int i = 0, last = -1; i < n; i++) {
            if (earlier[i] >= 0) {
                if (earlier[i] <= last) {
                    throw new IllegalArgumentException("articles kept out of order: " + earlier[i] + " after " + last);
                }
                last = earlier[i];
                now[earlier[i]] = i;
                anyKept = true;
                keptInPlace &= earlier[i] == i;
            }
        }

        // The tokens the last build knew keep their numbers; each token's articles are counted, so
        // that every posting's place in the shared arrays is fixed in advance.
        LongIds tokens = new LongIds(Math.max(1 << 16, before.keys.length));
        for (long key : before.keys) {
            tokens.idOf(key);
        }
        int[] articlesOf = new int[Math.max(1 << 16, before.keys.length)];
        boolean[] changed = new boolean[articlesOf.length]; // by token number, as articlesOf
        for (int t = 0; t < before.keys.length; t++) {
            for (int p = before.starts[t]; p < before.starts[t + 1]; p++) {
                if (now[before.docs[p]] >= 0) {
                    articlesOf[t]++;
                } else {
                    changed[t] = true; // an article left out, or counted again
                }
            }
        }
        Counter counter = new Counter(before.words);
        int[] lengths = new int[n];
        int[][] tokensOf = new int[n][];
        char[][] frequenciesOf = new char[n][];
        for (int i = 0; i < n; i++) {
            if (earlier[i] >= 0) {
                lengths[i] = before.lengths[earlier[i]];
                continue;
            }
            Counted c = counter.count(docs.get(i));
            int[] its = new int[c.keys.length];
            char[] frequencies = new char[its.length];
            for (int j = 0; j < its.length; j++) {
                int t = tokens.idOf(c.keys[j]);
                if (t == articlesOf.length) {
                    articlesOf = Arrays.copyOf(articlesOf, t * 2);
                    changed = Arrays.copyOf(changed, t * 2);
                }
                articlesOf[t]++;
                changed[t] = true;
                its[j] = t;
                frequencies[j] = (char) (Math.min(c.frequencies[j], MOST) * 2 + (j < c.titled ? 1 : 0));
            }
            tokensOf[i] = its;
            frequenciesOf[i] = frequencies;
            lengths[i] = c.length;
        }

        // Tokens in no article now (the words of an article deleted, or edited away) are dropped.
        int tokenCount = tokens.size();
        int[] renumbered = new int[tokenCount];
        int live = 0;
        for (int t = 0; t < tokenCount; t++) {
            renumbered[t] = articlesOf[t] > 0 ? live++ : -1;
        }
        int[] starts = new int[live + 1];
        for (int t = 0; t < tokenCount; t++) {
            if (renumbered[t] >= 0) {
                starts[renumbered[t] + 1] = articlesOf[t];
            }
        }
        for (int t = 0; t < live; t++) {
            starts[t + 1] += starts[t];
        }
        int[] postingDocs = new int[starts[live]];
        char[] postingFrequencies = new char[starts[live]];
        int[] next = Arrays.copyOf(starts, live);
        // The kept postings first, in their order; then those counted, article after article, so
        // that each part is in ascending order; then the two parts of each token merged.
        for (int t = 0; t < before.keys.length; t++) {
            int to = renumbered[t];
            for (int p = before.starts[t]; p < before.starts[t + 1]; p++) {
                int doc = now[before.docs[p]];
                if (doc >= 0) {
                    int at = next[to]++;
                    postingDocs[at] = doc;
                    postingFrequencies[at] = before.frequencies[p];
                }
            }
        }
        int[] counted = Arrays.copyOf(next, live);
        for (int i = 0; i < n; i++) {
            int[] its = tokensOf[i];
            if (its != null) {
                for (int j = 0; j < its.length; j++) {
                    int at = next[renumbered[its[j]]]++;
                    postingDocs[at] = i;
                    postingFrequencies[at] = frequenciesOf[i][j];
                }
                tokensOf[i] = null; // let each article's counts go as soon as they are in the postings
                frequenciesOf[i] = null;
            }
        }
        for (int t = 0; t < live; t++) {
            if (counted[t] > starts[t] && counted[t] < starts[t + 1]) {
                merge(postingDocs, postingFrequencies, starts[t], counted[t], starts[t + 1]);
            }
        }

        // The dictionary keeps only the words still in use, numbered again.
        long[] keys = new long[live];
        String[] dictionary = counter.words();
        int[] changedHashes = null;
        if (anyKept && keptInPlace) {
            int count = 0;
            changedHashes = new int[64];
            for (int t = 0; t < tokenCount; t++) {
                if (changed[t]) {
                    if (count == changedHashes.length) {
                        changedHashes = Arrays.copyOf(changedHashes, count * 2);
                    }
                    changedHashes[count++] = Postings.hashOf(tokens.key(t), dictionary); // a token gone too: its shard loses it
                }
            }
            changedHashes = Arrays.copyOf(changedHashes, count);
        }
        int[] wordNumber = new int[dictionary.length];
        Arrays.fill(wordNumber, -1);
        String[] words = new String[dictionary.length];
        int wordCount = 0;
        for (int t = 0; t < tokenCount; t++) {
            if (renumbered[t] >= 0) {
                long key = tokens.key(t);
                if (isWord(key)) {
                    int w = (int) (key & ~WORD);
                    if (wordNumber[w] < 0) {
                        wordNumber[w] = wordCount;
                        words[wordCount++] = dictionary[w];
                    }
                    key = WORD | wordNumber[w];
                }
                keys[renumbered[t]] = key;
            }
        }
        return new TokenCounts(keys, Arrays.copyOf(words, wordCount), starts, postingDocs, postingFrequencies, lengths, changedHashes);
    }

    /**
     * Merges the ascending runs {@code from} to {@code middle} and {@code middle} to {@code to}
     * (no article in both), from the end: the second run, an edit's few articles, is the short one.
     */
    private static void merge(int[] docs, char[] frequencies, int from, int middle, int to) {
        int[] laterDocs = Arrays.copyOfRange(docs, middle, to);
        char[] laterFrequencies = Arrays.copyOfRange(frequencies, middle, to);
        int i = middle - 1;
        int j = laterDocs.length - 1;
        for (int k = to - 1; j >= 0; k--) {
            if (i >= from && docs[i] > laterDocs[j]) {
                docs[k] = docs[i];
                frequencies[k] = frequencies[i--];
            } else {
                docs[k] = laterDocs[j];
                frequencies[k] = laterFrequencies[j--];
            }
        }
    }

    static boolean isWord(long key) {
        return (key & WORD) == WORD && (key & PAIR) == 0;
    }

    static boolean isPair(long key) {
        return (key & PAIR) != 0;
    }

    /** The counts as {@link #readFrom} reads them: arrays in blocks, not number by number. */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(lengths.length);
        writeInts(out, lengths);
        out.writeInt(words.length);
        for (String word : words) {
            byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        out.writeInt(keys.length);
        writeBlocks(out, keys.length, 8, (block, i, count) -> block.asLongBuffer().put(keys, i, count));
        writeInts(out, starts);
        out.writeInt(docs.length);
        writeInts(out, docs);
        writeBlocks(out, frequencies.length, 2, (block, i, count) -> block.asCharBuffer().put(frequencies, i, count));
    }

    /**
     * Counts {@link #writeTo} wrote, in at most {@code bytes} bytes: a size beyond them is a damaged
     * file's, refused before anything so large is made.
     */
    static TokenCounts readFrom(DataInputStream in, long bytes) throws IOException {
        int[] lengths = readInts(in, size(in, bytes, 4));
        String[] words = new String[size(in, bytes, 4)];
        for (int w = 0; w < words.length; w++) {
            byte[] word = new byte[size(in, bytes, 1)];
            in.readFully(word);
            words[w] = new String(word, StandardCharsets.UTF_8);
        }
        long[] keys = new long[size(in, bytes, 8)];
        readBlocks(in, keys.length, 8, (block, i, count) -> block.asLongBuffer().get(keys, i, count));
        int[] starts = readInts(in, keys.length + 1);
        int postings = size(in, bytes, 6);
        int[] docs = readInts(in, postings);
        char[] frequencies = new char[postings];
        readBlocks(in, postings, 2, (block, i, count) -> block.asCharBuffer().get(frequencies, i, count));
        if (starts[0] != 0 || starts[keys.length] != postings) {
            throw new IOException("the postings' bounds do not match their count");
        }
        return new TokenCounts(keys, words, starts, docs, frequencies, lengths, null);
    }

    private static final int BLOCK = 1 << 16;

    private static int size(DataInputStream in, long bytes, int each) throws IOException {
        int size = in.readInt();
        if (size < 0 || (long) size * each > bytes) {
            throw new IOException("a size of " + size + " in a file of " + bytes + " bytes");
        }
        return size;
    }

    /** Puts or gets {@code count} values, from the {@code i}-th, into or out of a block of bytes. */
    private interface BlockMove {
        void move(ByteBuffer block, int i, int count);
    }

    /** Writes {@code length} values of {@code width} bytes a block at a time, not number by number. */
    private static void writeBlocks(DataOutputStream out, int length, int width, BlockMove put) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        for (int i = 0; i < length; i += BLOCK / width) {
            int count = Math.min(BLOCK / width, length - i);
            block.clear();
            put.move(block, i, count);
            out.write(block.array(), 0, count * width);
        }
    }

    /** Reads what {@link #writeBlocks} wrote. */
    private static void readBlocks(DataInputStream in, int length, int width, BlockMove get) throws IOException {
        byte[] block = new byte[BLOCK];
        for (int i = 0; i < length; i += BLOCK / width) {
            int count = Math.min(BLOCK / width, length - i);
            in.readFully(block, 0, count * width);
            get.move(ByteBuffer.wrap(block, 0, count * width), i, count);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        writeBlocks(out, values.length, 4, (block, i, count) -> block.asIntBuffer().put(values, i, count));
    }

    private static int[] readInts(DataInputStream in, int size) throws IOException {
        int[] values = new int[size];
        readBlocks(in, size, 4, (block, i, count) -> block.asIntBuffer().get(values, i, count));
        return values;
    }

    /**
     * One article's distinct tokens (as keys), their weighted frequencies, and the article's
     * weighted length.
     */
    private record Counted(long[] keys, int[] frequencies, int length, int titled) {
    }

    /**
     * Counts the tokens of one article after another on one thread. Its tables are cleared,
     * not made anew, for each article: a fresh table per article spent much of its time growing.
     * A token in the title counts three times, and the order of an article's tokens does not
     * matter to the postings, so they are counted in a table rather than listed and sorted.
     */
    private static final class Counter implements Tokenizer.Sink {
        private final Map<String, Integer> wordIds = new HashMap<>();
        private final LongIds ids = new LongIds(1024);
        private int[] frequencies = new int[1024];
        private int length;
        private int weight;
        /** What a token adds to the article's length: its weight, but in the labels. */
        private int lengthWeight;

        /** A counter whose dictionary starts with {@code words}, numbered as they are. */
        Counter(String[] words) {
            for (int w = 0; w < words.length; w++) {
                wordIds.put(words[w], w);
            }
        }

        /** The words met, by number. */
        String[] words() {
            String[] words = new String[wordIds.size()];
            wordIds.forEach((word, id) -> words[id] = word);
            return words;
        }

        Counted count(SearchDocument doc) {
            ids.clear();
            length = 0;
            weight = SearchIndex.TITLE_WEIGHT;
            lengthWeight = weight;
            Tokenizer.scan(doc.title(), this);
            int titled = ids.size();
            // The labels weigh their words but add nothing to the article's length: a byline, tags
            // and credits do not make an article longer to read, nor should they mark its words down.
            // The column's line weighs nothing: every article of a column has its name, and the
            // column filter finds them; it is indexed only so that the text check's candidates hold it.
            lengthWeight = 0;
            String[] labels = doc.labels().split("\n");
            for (int line = 0; line < labels.length; line++) {
                weight = line == SearchDocument.COLUMN_LINE ? 0 : SearchIndex.LABELS_WEIGHT;
                Tokenizer.scan(labels[line], this);
            }
            weight = SearchIndex.SUMMARY_WEIGHT;
            lengthWeight = weight;
            Tokenizer.scan(doc.summary(), this);
            weight = 1;
            lengthWeight = 1;
            Tokenizer.scan(doc.body().get(), this);
            int size = ids.size();
            Counted counted = new Counted(ids.keys(), Arrays.copyOf(frequencies, size), length, titled);
            Arrays.fill(frequencies, 0, size, 0);
            return counted;
        }

        @Override
        public void character(int c) {
            add(c);
        }

        @Override
        public void pair(int first, int second) {
            add(PAIR | ((long) first << 21) | second);
        }

        @Override
        public void word(String word) {
            Integer id = wordIds.get(word);
            if (id == null) {
                id = wordIds.size();
                wordIds.put(word, id);
            }
            add(WORD | id);
        }

        private void add(long key) {
            int id = ids.idOf(key);
            if (id == frequencies.length) {
                frequencies = Arrays.copyOf(frequencies, id * 2);
            }
            frequencies[id] += weight;
            length += lengthWeight;
        }
    }
}
