package org.gazette.search;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For every token, the articles containing it (by number, oldest first) with a BM25 score in
 * which title and summary count above the body, and {@link SearchIndex#TITLE_MARK} added where
 * the token is in the title.
 *
 * <p>Tokens are counted as numbers, not strings: a Chinese character is its code point, a pair
 * of characters both code points side by side, a word the number of its entry in a shared
 * dictionary. Ten thousand articles make millions of tokens; strings for each would cost the
 * build seconds and hundreds of megabytes. For the same reason the tokens are numbered 0, 1, 2,
 * ... (in no particular order) and all posting lists share two flat arrays: no map of tokens, no
 * list object per token. A token becomes a string only when its shard is written.
 */
final class Postings {

    private static final long PAIR = 1L << 42;
    private static final long WORD = 2L << 42;

    /** Each token's key, by token number. */
    private final long[] keys;
    /** The words, by the number a {@link #WORD} key holds. */
    private final String[] words;
    /** Token {@code t}'s postings are at {@code starts[t]} up to {@code starts[t + 1]} in {@link #docs} and {@link #scores}. */
    private final int[] starts;
    /** Article numbers, ascending (oldest first) within each token's postings. */
    private final int[] docs;
    /**
     * BM25 scores times ten, rounded, one for each posting: at most 10 × ln(N) × (k1 + 1), under
     * 500 for any number of articles an int can count, plus {@link SearchIndex#TITLE_MARK} for a
     * token in the title, so they fit in a short (100,000 articles make 100 million postings:
     * 200 MB less than ints).
     */
    private final short[] scores;
    /** About how large the postings are as JSON, to size the shards. */
    private final long estimatedBytes;

    private Postings(long[] keys, String[] words, int[] starts, int[] docs, short[] scores) {
        this.keys = keys;
        this.words = words;
        this.starts = starts;
        this.docs = docs;
        this.scores = scores;
        long bytes = 0;
        for (int t = 0; t < keys.length; t++) {
            bytes += tokenLength(t) * 3L + 8 + (starts[t + 1] - starts[t]) * 6L;
        }
        this.estimatedBytes = bytes;
    }

    /**
     * One article's distinct tokens, their weighted frequencies, and the article's weighted
     * length. The tokens are keys until they are numbered, then numbers: the keys, twice the
     * size, are let go as soon as they are not needed.
     */
    private static final class Counted {
        long[] keys;
        int[] tokens;
        int[] frequencies;
        final int length;
        /** The tokens of the title: the first ones, since the title is counted first. */
        final int titled;

        Counted(long[] keys, int[] frequencies, int length, int titled) {
            this.keys = keys;
            this.frequencies = frequencies;
            this.length = length;
            this.titled = titled;
        }
    }

    /**
     * Counted on the calling thread: a build makes the index on a thread of its own beside the
     * pages, which keep both cores busy, and parallel streams here only waited, spinning, for the
     * pages' tasks in the shared pool (half the counting thread's samples in a profile).
     */
    static Postings of(List<SearchDocument> docs) {
        Counter counter = new Counter();
        List<Counted> counted = new ArrayList<>(docs.size());
        for (SearchDocument doc : docs) {
            counted.add(counter.count(doc));
        }
        String[] words = counter.words();

        // Number the tokens, turn each article's keys into token numbers, and count each token's
        // articles: from the counts, every posting has its place in the shared arrays fixed in
        // advance, and each token's articles come out in ascending order.
        LongIds tokens = new LongIds(1 << 16);
        int[] articlesOf = new int[1 << 16];
        long total = 0;
        for (Counted c : counted) {
            c.tokens = new int[c.keys.length];
            for (int i = 0; i < c.keys.length; i++) {
                int t = tokens.idOf(c.keys[i]);
                if (t == articlesOf.length) {
                    articlesOf = Arrays.copyOf(articlesOf, t * 2);
                }
                articlesOf[t]++;
                c.tokens[i] = t;
            }
            c.keys = null;
            total += c.length;
        }
        int n = docs.size();
        int tokenCount = tokens.size();
        int[] starts = new int[tokenCount + 1];
        for (int t = 0; t < tokenCount; t++) {
            starts[t + 1] = starts[t] + articlesOf[t];
        }

        // BM25 with the number of articles and their average length rounded to three significant
        // digits: an edit or a new article then leaves them as they were (but for about one time
        // in a hundred), and with them the scores of every article it does not contain, so that
        // only the shards of its words change. A term is never counted in more articles than there
        // are. Scores are positive, so adding a half and truncating rounds as Math.round does,
        // without its slower path under the quick compiler.
        double averageLength = n == 0 ? 1 : Math.max(1.0, threeDigits((double) total / n));
        double articles = threeDigits(n);
        double[] idf = new double[tokenCount];
        for (int t = 0; t < tokenCount; t++) {
            int df = starts[t + 1] - starts[t];
            idf[t] = Math.log(1 + (Math.max(articles, df) - df + 0.5) / (df + 0.5));
        }
        int[] postingDocs = new int[starts[tokenCount]];
        short[] postingScores = new short[starts[tokenCount]];
        int[] next = Arrays.copyOf(starts, tokenCount);
        for (int id = 0; id < n; id++) {
            Counted c = counted.get(id);
            double lengthNorm = SearchIndex.K1 * (1 - SearchIndex.B + SearchIndex.B * c.length / averageLength);
            for (int i = 0; i < c.tokens.length; i++) {
                int t = c.tokens[i];
                int tf = c.frequencies[i];
                double norm = tf + lengthNorm;
                int at = next[t]++;
                postingDocs[at] = id;
                int score = Math.max(1, (int) (10 * idf[t] * tf * (SearchIndex.K1 + 1) / norm + 0.5));
                postingScores[at] = (short) (i < c.titled ? score + SearchIndex.TITLE_MARK : score);
            }
            counted.set(id, null); // let each article's counts go as soon as they are in the postings
        }
        return new Postings(tokens.keys(), words, starts, postingDocs, postingScores);
    }

    /**
     * {@code x} rounded to three significant digits, halves up (10,049 becomes 10,000, 10,050
     * becomes 10,100, 2,987.3 becomes 2,990): a round number of articles stays as it is when one
     * is added. StrictMath: the same on every machine.
     */
    static double threeDigits(double x) {
        if (x <= 0) {
            return x;
        }
        double step = StrictMath.pow(10, StrictMath.floor(StrictMath.log10(x)) - 2);
        return StrictMath.floor(x / step + 0.5) * step;
    }

    /** How many distinct tokens. */
    int size() {
        return keys.length;
    }

    long estimatedBytes() {
        return estimatedBytes;
    }

    /** Where token {@code t}'s postings start in {@link #docs()} and {@link #scores()}. */
    int start(int t) {
        return starts[t];
    }

    /** Where token {@code t}'s postings end (exclusive). */
    int end(int t) {
        return starts[t + 1];
    }

    /** Every token's article numbers, token after token. */
    int[] docs() {
        return docs;
    }

    /** Every token's scores, beside {@link #docs()}. */
    short[] scores() {
        return scores;
    }

    /**
     * 128 bits that change whenever the postings of {@code tokens} change: a token's text, its
     * articles or their scores, in whatever order the tokens come. A shard is a function of its
     * tokens' postings, so this is what a build cache keys the shard by. Each token's postings go
     * in order into two 64-bit lanes seeded by its text (one mixed at every posting, one a
     * polynomial mixed at the end), and the tokens' lanes are summed.
     */
    byte[] fingerprint(int[] tokens) {
        long a = 0;
        long b = 0;
        for (int t : tokens) {
            long text = stableKey(t);
            long x = mix(text ^ 0x9E3779B97F4A7C15L);
            long y = mix(text + 0xC2B2AE3D27D4EB4FL);
            for (int i = starts[t]; i < starts[t + 1]; i++) {
                long posting = ((long) docs[i] << 32) | (scores[i] & 0xFFFFL);
                x = mix(x ^ posting);
                y = y * 0x9E3779B97F4A7C15L + posting;
            }
            a += x;
            b += mix(y);
        }
        return ByteBuffer.allocate(16).putLong(a).putLong(b).array();
    }

    /** The token's key with a word's number (which an edit of an older article can change) replaced by hashes of its text. */
    private long stableKey(int t) {
        long key = keys[t];
        if (!isWord(key)) {
            return key;
        }
        String word = words[(int) (key & ~WORD)];
        return ((long) Fnv.of(word) << 32) ^ (word.hashCode() & 0xFFFFFFFFL) ^ WORD;
    }

    /** MurmurHash3's 64-bit finaliser: every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    /** Token {@code t} as text. */
    String token(int t) {
        long key = keys[t];
        if (isWord(key)) {
            return words[(int) (key & ~WORD)];
        }
        if (isPair(key)) {
            return new StringBuilder(4).appendCodePoint(first(key)).appendCodePoint(second(key)).toString();
        }
        return new String(Character.toChars((int) key));
    }

    /** The shard of token {@code t}, as {@link SearchIndex#shardOf} finds it from the text, without making the text. */
    int shardOf(int t, int shardCount) {
        long key = keys[t];
        int hash;
        if (isWord(key)) {
            hash = Fnv.of(words[(int) (key & ~WORD)]);
        } else if (isPair(key)) {
            hash = Fnv.add(Fnv.add(Fnv.START, first(key)), second(key));
        } else {
            hash = Fnv.add(Fnv.START, (int) key);
        }
        return Integer.remainderUnsigned(hash, shardCount);
    }

    /** The token's length in UTF-16 units, as {@code token(t).length()}. */
    private int tokenLength(int t) {
        long key = keys[t];
        if (isWord(key)) {
            return words[(int) (key & ~WORD)].length();
        }
        if (isPair(key)) {
            return Character.charCount(first(key)) + Character.charCount(second(key));
        }
        return Character.charCount((int) key);
    }

    private static boolean isWord(long key) {
        return (key & WORD) == WORD && (key & PAIR) == 0;
    }

    private static boolean isPair(long key) {
        return (key & PAIR) != 0;
    }

    private static int first(long key) {
        return (int) ((key >>> 21) & 0x1FFFFF);
    }

    private static int second(long key) {
        return (int) (key & 0x1FFFFF);
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
            Tokenizer.scan(doc.body(), this);
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
