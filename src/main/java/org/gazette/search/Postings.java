package org.gazette.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For every token, the articles containing it (by number, newest first) with a BM25 score in
 * which title and summary count above the body.
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
    /** Article numbers, ascending (newest first) within each token's postings. */
    private final int[] docs;
    /** BM25 scores times ten, rounded, one for each posting. */
    private final int[] scores;
    /** About how large the postings are as JSON, to size the shards. */
    private final long estimatedBytes;

    private Postings(long[] keys, String[] words, int[] starts, int[] docs, int[] scores) {
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

    /** One article's distinct tokens (keys), their weighted frequencies, and the article's weighted length. */
    private record Counted(long[] keys, int[] frequencies, int length) {
    }

    static Postings of(List<SearchDocument> docs) {
        Map<String, Integer> wordIds = new ConcurrentHashMap<>();
        AtomicInteger nextWord = new AtomicInteger();
        List<Counted> counted = docs.parallelStream().map(doc -> count(doc, wordIds, nextWord)).toList();
        String[] words = new String[nextWord.get()];
        wordIds.forEach((word, id) -> words[id] = word);

        // Number the tokens, and turn each article's keys into token numbers.
        LongIds tokens = new LongIds(1 << 16);
        int[][] tokensOf = new int[counted.size()][];
        long total = 0;
        for (int id = 0; id < counted.size(); id++) {
            long[] keys = counted.get(id).keys();
            int[] numbers = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                numbers[i] = tokens.idOf(keys[i]);
            }
            tokensOf[id] = numbers;
            total += counted.get(id).length();
        }

        // How many articles have each token: where its postings start in the shared arrays.
        int tokenCount = tokens.size();
        int[] starts = new int[tokenCount + 1];
        for (int[] numbers : tokensOf) {
            for (int t : numbers) {
                starts[t + 1]++;
            }
        }
        for (int t = 0; t < tokenCount; t++) {
            starts[t + 1] += starts[t];
        }

        // BM25, computed as it always was (same operations in the same order), so the scores keep every bit.
        int n = docs.size();
        double averageLength = n == 0 ? 1 : Math.max(1.0, (double) total / n);
        double[] idf = new double[tokenCount];
        for (int t = 0; t < tokenCount; t++) {
            int df = starts[t + 1] - starts[t];
            idf[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        }
        int postingCount = starts[tokenCount];
        int[] postingDocs = new int[postingCount];
        int[] postingScores = new int[postingCount];
        int[] next = Arrays.copyOf(starts, tokenCount);
        // Articles in order, so that each token's articles come out ascending.
        for (int id = 0; id < n; id++) {
            Counted c = counted.get(id);
            double lengthNorm = SearchIndex.K1 * (1 - SearchIndex.B + SearchIndex.B * c.length() / averageLength);
            int[] numbers = tokensOf[id];
            for (int i = 0; i < numbers.length; i++) {
                int t = numbers[i];
                int tf = c.frequencies()[i];
                double norm = tf + lengthNorm;
                int at = next[t]++;
                postingDocs[at] = id;
                postingScores[at] = Math.max(1, (int) Math.round(10 * idf[t] * tf * (SearchIndex.K1 + 1) / norm));
            }
            tokensOf[id] = null;
        }
        return new Postings(tokens.keys(), words, starts, postingDocs, postingScores);
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
    int[] scores() {
        return scores;
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

    private static Counted count(SearchDocument doc, Map<String, Integer> wordIds, AtomicInteger nextWord) {
        // Counted in a table rather than listed and sorted: a token in the title counts three
        // times, and the article's order of tokens does not matter to the postings.
        LongIds ids = new LongIds(256);
        int[][] frequencies = {new int[256]};
        int[] length = {0};
        int[] weight = {SearchIndex.TITLE_WEIGHT};
        Tokenizer.Sink sink = new Tokenizer.Sink() {
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
                // get first: computeIfAbsent may lock even when the word is there.
                Integer id = wordIds.get(word);
                add(WORD | (id != null ? id : wordIds.computeIfAbsent(word, w -> nextWord.getAndIncrement())));
            }

            private void add(long key) {
                int id = ids.idOf(key);
                if (id == frequencies[0].length) {
                    frequencies[0] = Arrays.copyOf(frequencies[0], id * 2);
                }
                frequencies[0][id] += weight[0];
                length[0] += weight[0];
            }
        };
        Tokenizer.scan(doc.title(), sink);
        weight[0] = SearchIndex.SUMMARY_WEIGHT;
        Tokenizer.scan(doc.summary(), sink);
        weight[0] = 1;
        Tokenizer.scan(doc.body(), sink);
        return new Counted(ids.keys(), Arrays.copyOf(frequencies[0], ids.size()), length[0]);
    }
}
