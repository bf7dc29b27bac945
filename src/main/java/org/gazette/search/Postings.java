package org.gazette.search;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * For every token, the articles containing it (by number, oldest first) with a BM25 score in
 * which title and summary count above the body, and {@link SearchIndex#TITLE_MARK} added where
 * the token is in the title: made from the {@link TokenCounts}, whose flat arrays and token
 * numbers it shares. Scores fit in a short: at most 10 × ln(N) × (k1 + 1), under 500 for any
 * number of articles an int can count, plus the mark (100,000 articles make 100 million
 * postings: 200 MB less than ints).
 */
final class Postings {

    /**
     * The number of articles and their average length, both rounded to three significant digits,
     * as the scores take them: while they stay the same, so do the scores of every token whose
     * articles and counts do.
     */
    record Scale(double articles, double averageLength) {

        static Scale of(int[] lengths) {
            int n = lengths.length;
            long total = 0;
            for (int length : lengths) {
                total += length;
            }
            return new Scale(threeDigits(n), n == 0 ? 1 : Math.max(1.0, threeDigits((double) total / n)));
        }
    }

    private final long[] keys;
    private final String[] words;
    private final int[] starts;
    private final int[] docs;
    private final Scale scale;
    /** BM25 scores times ten, rounded, one for each posting, plus {@link SearchIndex#TITLE_MARK} for a token in the title. */
    private final short[] scores;
    /** About how large the postings are as JSON, to size the shards. */
    private final long estimatedBytes;

    private Postings(TokenCounts counts, Scale scale, short[] scores) {
        this.keys = counts.keys;
        this.words = counts.words;
        this.starts = counts.starts;
        this.docs = counts.docs;
        this.scale = scale;
        this.scores = scores;
        long bytes = 0;
        for (int t = 0; t < keys.length; t++) {
            bytes += tokenLength(t) * 3L + 8 + (starts[t + 1] - starts[t]) * 6L;
        }
        this.estimatedBytes = bytes;
    }

    /** The postings of {@code docs}, each counted. */
    static Postings of(List<SearchDocument> docs) {
        int[] none = new int[docs.size()];
        Arrays.fill(none, -1);
        return of(TokenCounts.count(docs, TokenCounts.NONE, none));
    }

    /**
     * The scores of {@code counts}. BM25 with the number of articles and their average length
     * rounded to three significant digits ({@link Scale}): an edit or a new article then leaves
     * them as they were (but for about one time in a hundred), and with them the scores of every
     * article it does not contain, so that only the shards of its words change. A term is never
     * counted in more articles than there are. Scores are positive, so adding a half and
     * truncating rounds as Math.round does, without its slower path under the quick compiler.
     * All are scored at once: the counts' frequencies, as large as the scores, are then let go.
     */
    static Postings of(TokenCounts counts) {
        Scale scale = Scale.of(counts.lengths);
        double[] lengthNorms = new double[counts.articles()];
        for (int id = 0; id < lengthNorms.length; id++) {
            lengthNorms[id] = SearchIndex.K1 * (1 - SearchIndex.B + SearchIndex.B * counts.lengths[id] / scale.averageLength());
        }
        int[] starts = counts.starts;
        short[] scores = new short[counts.docs.length];
        for (int t = 0; t < counts.keys.length; t++) {
            int df = starts[t + 1] - starts[t];
            double idf = Math.log(1 + (Math.max(scale.articles(), df) - df + 0.5) / (df + 0.5));
            for (int at = starts[t]; at < starts[t + 1]; at++) {
                int frequency = counts.frequencies[at];
                int tf = frequency >> 1;
                double norm = tf + lengthNorms[counts.docs[at]];
                int score = Math.max(1, (int) (10 * idf * tf * (SearchIndex.K1 + 1) / norm + 0.5));
                scores[at] = (short) ((frequency & 1) != 0 ? score + SearchIndex.TITLE_MARK : score);
            }
        }
        return new Postings(counts, scale, scores);
    }

    /** The number of articles and their average length as the scores took them. */
    Scale scale() {
        return scale;
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
        if (!TokenCounts.isWord(key)) {
            return key;
        }
        String word = words[(int) (key & ~TokenCounts.WORD)];
        return ((long) Fnv.of(word) << 32) ^ (word.hashCode() & 0xFFFFFFFFL) ^ TokenCounts.WORD;
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
        if (TokenCounts.isWord(key)) {
            return words[(int) (key & ~TokenCounts.WORD)];
        }
        if (TokenCounts.isPair(key)) {
            return new StringBuilder(4).appendCodePoint(first(key)).appendCodePoint(second(key)).toString();
        }
        return new String(Character.toChars((int) key));
    }

    /** The shard of token {@code t}, as {@link SearchIndex#shardOf} finds it from the text, without making the text. */
    int shardOf(int t, int shardCount) {
        return Integer.remainderUnsigned(hashOf(keys[t], words), shardCount);
    }

    /** FNV-1a of the text of the token {@code key}, whose word (if it is one) is in {@code words}, without making the text. */
    static int hashOf(long key, String[] words) {
        if (TokenCounts.isWord(key)) {
            return Fnv.of(words[(int) (key & ~TokenCounts.WORD)]);
        }
        if (TokenCounts.isPair(key)) {
            return Fnv.add(Fnv.add(Fnv.START, first(key)), second(key));
        }
        return Fnv.add(Fnv.START, (int) key);
    }

    /** The token's length in UTF-16 units, as {@code token(t).length()}. */
    private int tokenLength(int t) {
        long key = keys[t];
        if (TokenCounts.isWord(key)) {
            return words[(int) (key & ~TokenCounts.WORD)].length();
        }
        if (TokenCounts.isPair(key)) {
            return Character.charCount(first(key)) + Character.charCount(second(key));
        }
        return Character.charCount((int) key);
    }

    private static int first(long key) {
        return (int) ((key >>> 21) & 0x1FFFFF);
    }

    private static int second(long key) {
        return (int) (key & 0x1FFFFF);
    }
}
