package org.gazette.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For every token, the articles containing it (by number, newest first) with a BM25 score in
 * which title and summary count above the body.
 *
 * @param terms          each token's postings
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

    static Postings of(List<SearchDocument> docs) {
        List<Map<String, Integer>> frequencies = docs.parallelStream().map(Postings::weightedFrequencies).toList();
        int[] lengths = new int[docs.size()];
        Map<String, List<Integer>> byTerm = new HashMap<>();
        long total = 0;
        for (int id = 0; id < docs.size(); id++) {
            int length = 0;
            for (var tf : frequencies.get(id).entrySet()) {
                byTerm.computeIfAbsent(tf.getKey(), t -> new ArrayList<>()).add(id);
                length += tf.getValue();
            }
            lengths[id] = length;
            total += length;
        }
        double averageLength = docs.isEmpty() ? 1 : Math.max(1.0, (double) total / docs.size());
        Map<String, Entry> terms = new HashMap<>(byTerm.size() * 2);
        long bytes = 0;
        int n = docs.size();
        for (var term : byTerm.entrySet()) {
            List<Integer> ids = term.getValue();
            int df = ids.size();
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            int[] docIds = new int[df];
            int[] scores = new int[df];
            for (int i = 0; i < df; i++) {
                int id = ids.get(i);
                int tf = frequencies.get(id).get(term.getKey());
                double norm = tf + SearchIndex.K1 * (1 - SearchIndex.B + SearchIndex.B * lengths[id] / averageLength);
                docIds[i] = id;
                scores[i] = Math.max(1, (int) Math.round(10 * idf * tf * (SearchIndex.K1 + 1) / norm));
            }
            terms.put(term.getKey(), new Entry(docIds, scores));
            bytes += term.getKey().length() * 3L + 8 + df * 6L;
        }
        return new Postings(terms, bytes);
    }

    private static Map<String, Integer> weightedFrequencies(SearchDocument doc) {
        Map<String, Integer> tf = new HashMap<>();
        Tokenizer.tokens(doc.title()).forEach(t -> tf.merge(t, SearchIndex.TITLE_WEIGHT, Integer::sum));
        Tokenizer.tokens(doc.summary()).forEach(t -> tf.merge(t, SearchIndex.SUMMARY_WEIGHT, Integer::sum));
        Tokenizer.tokens(doc.body()).forEach(t -> tf.merge(t, 1, Integer::sum));
        return tf;
    }
}
