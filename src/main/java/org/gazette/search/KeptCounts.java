package org.gazette.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a build's articles with each article's key ({@link CountsStore#keyOf}), by
 * article number, and the fingerprints of the shards made of them: what the next build takes the
 * counts of its unchanged articles, and the fingerprints of the shards it did not change, from.
 *
 * @param shardFingerprints each shard's {@link Shards#fingerprint}, one for each shard; none when not known
 */
record KeptCounts(List<byte[]> articleKeys, TokenCounts counts, List<byte[]> shardFingerprints) {

    /** Nothing kept. */
    static final KeptCounts NONE = new KeptCounts(List.of(), TokenCounts.NONE);

    /** Counts without their shards' fingerprints. */
    KeptCounts(List<byte[]> articleKeys, TokenCounts counts) {
        this(articleKeys, counts, List.of());
    }

    /** The key of an article the store does not know: never the same as another's. */
    static final byte[] UNKNOWN = new byte[0];

    /**
     * For each of {@code keys}, the number of the kept article with that key, or -1 to count it.
     * The numbers taken ascend, as {@link TokenCounts#count} needs: of the articles found, the
     * most that keep their order (a longest increasing run of their numbers) are taken, and an
     * article moved out of that order (its date changed, or its date from git) is counted again.
     */
    int[] numbersOf(List<byte[]> keys) {
        Map<ByteBuffer, Integer> numbers = new HashMap<>();
        for (int i = 0; i < articleKeys.size(); i++) {
            if (articleKeys.get(i).length > 0) {
                numbers.merge(ByteBuffer.wrap(articleKeys.get(i)), i, (a, b) -> -1); // a key twice: neither is taken
            }
        }
        int[] found = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            Integer number = keys.get(i).length == 0 ? null : numbers.get(ByteBuffer.wrap(keys.get(i)));
            found[i] = number == null ? -1 : number;
        }
        return longestAscending(found);
    }

    /**
     * {@code found} with -1 in place of every number outside one longest strictly ascending run
     * of its numbers (the -1s are not in any): patience sorting, in n log n.
     */
    static int[] longestAscending(int[] found) {
        int[] ends = new int[found.length]; // ends[k]: the index of the least last number of the runs of k + 1 found so far
        int[] before = new int[found.length]; // before[i]: the index before i in its run, or -1
        int longest = 0;
        for (int i = 0; i < found.length; i++) {
            if (found[i] < 0) {
                continue;
            }
            int low = 0;
            int high = longest;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (found[ends[middle]] < found[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            before[i] = low > 0 ? ends[low - 1] : -1;
            ends[low] = i;
            longest = Math.max(longest, low + 1);
        }
        int[] taken = new int[found.length];
        Arrays.fill(taken, -1);
        for (int i = longest > 0 ? ends[longest - 1] : -1; i >= 0; i = before[i]) {
            taken[i] = found[i];
        }
        return taken;
    }

    /** About how many bytes {@link #writeTo} writes, and the counts take in memory. */
    long bytes() {
        return articleKeys.stream().mapToLong(key -> key.length + 2L).sum() + counts.bytes() + 4 + 16L * shardFingerprints.size();
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(articleKeys.size());
        for (byte[] key : articleKeys) {
            out.writeShort(key.length);
            out.write(key);
        }
        counts.writeTo(out);
        out.writeInt(shardFingerprints.size());
        for (byte[] fingerprint : shardFingerprints) {
            out.write(fingerprint);
        }
    }

    static KeptCounts readFrom(DataInputStream in, long bytes) throws IOException {
        int articles = in.readInt();
        if (articles < 0 || articles * 2L > bytes) {
            throw new IOException(articles + " articles in a file of " + bytes + " bytes");
        }
        byte[][] keys = new byte[articles][];
        for (int i = 0; i < articles; i++) {
            keys[i] = new byte[in.readUnsignedShort()];
            in.readFully(keys[i]);
        }
        TokenCounts counts = TokenCounts.readFrom(in, bytes);
        if (counts.articles() != articles) {
            throw new IOException(articles + " keys for the counts of " + counts.articles() + " articles");
        }
        int shards = in.readInt();
        if (shards < 0 || shards * 16L > bytes) {
            throw new IOException(shards + " shards in a file of " + bytes + " bytes");
        }
        byte[][] fingerprints = new byte[shards][16];
        for (byte[] fingerprint : fingerprints) {
            in.readFully(fingerprint);
        }
        return new KeptCounts(List.of(keys), counts, List.of(fingerprints));
    }
}
