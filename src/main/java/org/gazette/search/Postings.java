package org.gazette.search;

import java.util.Arrays;
import java.util.HashMap;
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
 * build seconds and hundreds of megabytes.
 *
 * @param terms          each token's postings, by token
 * @param estimatedBytes about how large the postings are as JSON, to size the shards
 */
record Postings(Map<String, Entry> terms, long estimatedBytes) {

    /**
     * One token's postings.
     *
     * @param docs   article numbers, ascending (newest first)
     * @param scores BM25 scores times ten, rounded, one for each article
     */
    record Entry(int[] docs, int[] scores) {
    }

    private static final long PAIR = 1L << 42;
    private static final long WORD = 2L << 42;

    /** One article's distinct tokens, sorted, with their weighted frequencies and the article's length. */
    private record Counted(long[] keys, int[] frequencies, int length) {
    }

    /** A growing list of (article, frequency) for one token. */
    private static final class Builder {
        int[] docs = new int[4];
        int[] frequencies = new int[4];
        int size;

        void add(int doc, int frequency) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                frequencies = Arrays.copyOf(frequencies, size * 2);
            }
            docs[size] = doc;
            frequencies[size++] = frequency;
        }
    }

    static Postings of(List<SearchDocument> docs) {
        Map<String, Integer> wordIds = new ConcurrentHashMap<>();
        AtomicInteger nextWord = new AtomicInteger();
        List<Counted> counted = docs.parallelStream().map(doc -> count(doc, wordIds, nextWord)).toList();
        String[] words = new String[nextWord.get()];
        wordIds.forEach((word, id) -> words[id] = word);

        Map<Long, Builder> byKey = new HashMap<>();
        long total = 0;
        for (int id = 0; id < counted.size(); id++) {
            Counted c = counted.get(id);
            for (int i = 0; i < c.keys().length; i++) {
                byKey.computeIfAbsent(c.keys()[i], k -> new Builder()).add(id, c.frequencies()[i]);
            }
            total += c.length();
        }
        int n = docs.size();
        double averageLength = n == 0 ? 1 : Math.max(1.0, (double) total / n);
        Map<String, Entry> terms = new HashMap<>(byKey.size() * 2);
        long bytes = 0;
        for (var term : byKey.entrySet()) {
            Builder b = term.getValue();
            double idf = Math.log(1 + (n - b.size + 0.5) / (b.size + 0.5));
            int[] scores = new int[b.size];
            for (int i = 0; i < b.size; i++) {
                int tf = b.frequencies[i];
                double norm = tf + SearchIndex.K1 * (1 - SearchIndex.B + SearchIndex.B * counted.get(b.docs[i]).length() / averageLength);
                scores[i] = Math.max(1, (int) Math.round(10 * idf * tf * (SearchIndex.K1 + 1) / norm));
            }
            String token = token(term.getKey(), words);
            terms.put(token, new Entry(Arrays.copyOf(b.docs, b.size), scores));
            bytes += token.length() * 3L + 8 + b.size * 6L;
        }
        return new Postings(terms, bytes);
    }

    private static Counted count(SearchDocument doc, Map<String, Integer> wordIds, AtomicInteger nextWord) {
        long[][] keys = {new long[256]};
        int[] size = {0};
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
                add(WORD | wordIds.computeIfAbsent(word, w -> nextWord.getAndIncrement()));
            }

            private void add(long key) {
                for (int i = 0; i < weight[0]; i++) {
                    if (size[0] == keys[0].length) {
                        keys[0] = Arrays.copyOf(keys[0], size[0] * 2);
                    }
                    keys[0][size[0]++] = key;
                }
            }
        };
        Tokenizer.scan(doc.title(), sink);
        weight[0] = SearchIndex.SUMMARY_WEIGHT;
        Tokenizer.scan(doc.summary(), sink);
        weight[0] = 1;
        Tokenizer.scan(doc.body(), sink);

        long[] all = Arrays.copyOf(keys[0], size[0]);
        Arrays.sort(all);
        long[] distinct = new long[all.length];
        int[] frequencies = new int[all.length];
        int count = 0;
        for (int i = 0; i < all.length; i++) {
            if (count > 0 && distinct[count - 1] == all[i]) {
                frequencies[count - 1]++;
            } else {
                distinct[count] = all[i];
                frequencies[count++] = 1;
            }
        }
        return new Counted(Arrays.copyOf(distinct, count), Arrays.copyOf(frequencies, count), all.length);
    }

    private static String token(long key, String[] words) {
        if ((key & WORD) == WORD && (key & PAIR) == 0) {
            return words[(int) (key & ~WORD)];
        }
        if ((key & PAIR) != 0) {
            int first = (int) ((key >>> 21) & 0x1FFFFF);
            int second = (int) (key & 0x1FFFFF);
            return new StringBuilder(2).appendCodePoint(first).appendCodePoint(second).toString();
        }
        return new String(Character.toChars((int) key));
    }
}
