package org.gazette.search;

/**
 * The index's term shards: how many, which tokens each holds, and a fingerprint of each one's
 * postings, by which a build cache keeps the shards an edit did not change. Made with the
 * counts, on the thread that counts ahead of the pages: fingerprinting every posting while the
 * pages take both cores slowed them by as much.
 */
final class Shards {

    private final int count;
    private final int[][] tokens;
    private final byte[][] fingerprints;

    private Shards(int count, int[][] tokens, byte[][] fingerprints) {
        this.count = count;
        this.tokens = tokens;
        this.fingerprints = fingerprints;
    }

    /** The shards of {@code postings}, as many as hold about {@code shardBytes} of JSON each. */
    static Shards of(Postings postings, int shardBytes) {
        int count = count(postings.estimatedBytes(), shardBytes);
        int[][] tokens = tokensByShard(postings, count);
        byte[][] fingerprints = new byte[count][];
        for (int shard = 0; shard < count; shard++) {
            fingerprints[shard] = postings.fingerprint(tokens[shard]);
        }
        return new Shards(count, tokens, fingerprints);
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
