package org.gazette.search;

import java.util.Arrays;
import java.util.List;

/**
 * The index's term shards: how many, which tokens each holds, and a fingerprint of each one's
 * postings, by which a build cache keeps the shards an edit did not change. Made with the
 * counts, on the thread that counts ahead of the pages, beside the site model. A shard none of
 * whose tokens' postings changed since the counts kept, at the same scale and number of shards,
 * has the fingerprint it had: an edit fingerprints the shards of its words alone.
 */
final class Shards {

    /**
     * The shards of the counts a count kept: their fingerprints (none when not known), and the
     * scale their scores took.
     */
    record Before(List<byte[]> fingerprints, Postings.Scale scale) {

        static final Before NONE = new Before(List.of(), null);
    }

    private final int count;
    private final int[][] tokens;
    private final byte[][] fingerprints;
    private final int fingerprinted;

    private Shards(int count, int[][] tokens, byte[][] fingerprints, int fingerprinted) {
        this.count = count;
        this.tokens = tokens;
        this.fingerprints = fingerprints;
        this.fingerprinted = fingerprinted;
    }

    /** The shards of {@code postings}, as many as hold about {@code shardBytes} of JSON each, each fingerprinted. */
    static Shards of(Postings postings, int shardBytes) {
        return of(postings, shardBytes, Before.NONE, null);
    }

    /**
     * The same, taking from {@code before} the fingerprints of the shards that hold none of the
     * tokens of the hashes {@code changed} ({@link TokenCounts#changed}; null when not known),
     * when the postings have the same scale and number of shards as before.
     */
    static Shards of(Postings postings, int shardBytes, Before before, int[] changed) {
        int count = count(postings.estimatedBytes(), shardBytes);
        int[][] tokens = tokensByShard(postings, count);
        boolean[] unchanged = new boolean[count];
        if (changed != null && before.fingerprints().size() == count && postings.scale().equals(before.scale())) {
            Arrays.fill(unchanged, true);
            for (int hash : changed) {
                unchanged[Integer.remainderUnsigned(hash, count)] = false;
            }
        }
        byte[][] fingerprints = new byte[count][];
        int fingerprinted = 0;
        for (int shard = 0; shard < count; shard++) {
            if (unchanged[shard]) {
                fingerprints[shard] = before.fingerprints().get(shard);
            } else {
                fingerprints[shard] = postings.fingerprint(tokens[shard]);
                fingerprinted++;
            }
        }
        return new Shards(count, tokens, fingerprints, fingerprinted);
    }

    /** A power of two, so that shards hold about {@code shardBytes} each. */
    static int count(long estimatedBytes, int shardBytes) {
        int count = 16;
        while (count < 65536 && estimatedBytes / count > shardBytes) {
            count *= 2;
        }
        return count;
    }

    int count() {
        return count;
    }

    /** Shard {@code shard}'s tokens (by number), in no particular order. */
    int[] tokens(int shard) {
        return tokens[shard];
    }

    /** 128 bits that change whenever the postings of shard {@code shard}'s tokens change ({@link Postings#fingerprint}). */
    byte[] fingerprint(int shard) {
        return fingerprints[shard];
    }

    /** Every shard's fingerprint, in order: what the next count takes those of the shards it did not change from. */
    List<byte[]> fingerprints() {
        return List.of(fingerprints);
    }

    /** How many shards were fingerprinted, not taken from before. */
    int fingerprinted() {
        return fingerprinted;
    }

    private static int[][] tokensByShard(Postings postings, int count) {
        int[] shardOf = new int[postings.size()];
        int[] sizes = new int[count];
        for (int t = 0; t < postings.size(); t++) {
            shardOf[t] = postings.shardOf(t, count);
            sizes[shardOf[t]]++;
        }
        int[][] shards = new int[count][];
        for (int shard = 0; shard < count; shard++) {
            shards[shard] = new int[sizes[shard]];
            sizes[shard] = 0;
        }
        for (int t = 0; t < postings.size(); t++) {
            shards[shardOf[t]][sizes[shardOf[t]]++] = t;
        }
        return shards;
    }
}
