package org.gazette.incremental;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gazette.content.FileStamp;
import org.gazette.content.KnownSources;

/**
 * Each article file's stamp and the fingerprint of its bytes ({@link Inputs#sourceKey}) as the
 * last build read them, kept in the cache folder ({@code sources.bin}): an article whose stamp
 * is unchanged is not read again, as git does not read a file its index shows unchanged. A stamp
 * holds the file's change time, which no program can set back, and one taken while the file was
 * still settling is kept as never matching ({@link FileStamp#toKeep}). A damaged or foreign file
 * knows nothing, and every article is read.
 *
 * <pre>{@code
 * ContentTree tree = ContentLoader.load(root, output, SourceStamps.read(folder));
 * Inputs inputs = Inputs.of(options, root, tree.sources(), tree.files());
 * SourceStamps.keep(folder, inputs);
 * }</pre>
 */
final class SourceStamps implements KnownSources {

    static final String FILE = "sources.bin";

    /** One article's stamp and fingerprint. */
    private record Known(FileStamp stamp, byte[] key) {
    }

    /** By path as a string: a path kept under a UTF-8 locale may not be one Java can make under another (LANG=C). */
    private final Map<String, Known> known;

    private SourceStamps(Map<String, Known> known) {
        this.known = known;
    }

    @Override
    public Optional<byte[]> keyOf(Path path, FileStamp stamp) {
        Known kept = known.get(path.toString());
        return kept != null && kept.stamp().equals(stamp) ? Optional.of(kept.key()) : Optional.empty();
    }

    /** What the last build kept in {@code folder}: nothing when it kept none, or a file it cannot read. */
    static SourceStamps read(Path folder) {
        return new SourceStamps(StampedCacheFile.read(folder.resolve(FILE), (in, bytes) -> readFrom(in)).orElse(Map.of()));
    }

    private static Map<String, Known> readFrom(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("not a count of articles: " + count);
        }
        Map<String, Known> known = new HashMap<>(Math.min(count, 1 << 20) * 2);
        for (int i = 0; i < count; i++) {
            String path = in.readUTF();
            FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong());
            byte[] key = new byte[in.readUnsignedByte()];
            in.readFully(key);
            known.put(path, new Known(stamp, key));
        }
        return known;
    }

    /**
     * Keeps the stamps {@code inputs} took with their fingerprints in {@code folder} when an
     * article read has a settled stamp: else the kept ones tell the next build as much (the
     * stamp of an article saved just now, the one an edit reads, matches nothing yet).
     */
    static void keep(Path folder, Inputs inputs) {
        if (inputs.newlySettled() == 0) {
            return;
        }
        try {
            StampedCacheFile.write(folder.resolve(FILE), out -> {
                out.writeInt(inputs.stamps().size());
                for (Map.Entry<Path, FileStamp> entry : inputs.stamps().entrySet()) {
                    FileStamp stamp = entry.getValue();
                    byte[] key = inputs.sources().get(entry.getKey());
                    out.writeUTF(entry.getKey().toString());
                    out.writeLong(stamp.size());
                    out.writeLong(stamp.changed());
                    out.writeLong(stamp.inode());
                    out.writeByte(key.length);
                    out.write(key);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // The stamps kept before still hold for the files they match: the next build reads the rest again.
        }
    }
}
