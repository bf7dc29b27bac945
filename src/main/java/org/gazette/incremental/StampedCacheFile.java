package org.gazette.incremental;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A cache file framed as this Gazette's stamp, a body, and a CRC-32C of both: a file another
 * Gazette wrote (which may read its body otherwise) or one damaged reads as none.
 *
 * <pre>{@code
 * StampedCacheFile.write(file, out -> out.writeUTF(commit));
 * StampedCacheFile.open(file).map(in -> in.readUTF()) ...
 * }</pre>
 */
final class StampedCacheFile {

    /** Writes a file's body. */
    interface Body {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private StampedCacheFile() {
    }

    /** The body of {@code file}, or empty when it is damaged or another Gazette's; throws when it cannot be read. */
    static Optional<DataInputStream> open(Path file) throws IOException {
        return open(file, "");
    }

    /** As {@link #open(Path)}, the file written with {@code also} in its stamp (what else its body depends on). */
    static Optional<DataInputStream> open(Path file, String also) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 4 || crc(bytes, bytes.length - 4) != readInt(bytes, bytes.length - 4)) {
            return Optional.empty();
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4));
        return in.readUTF().equals(CodeStamp.current() + also) ? Optional.of(in) : Optional.empty();
    }

    /** Replaces {@code file} with this Gazette's stamp, {@code body} and their CRC ({@link CacheFiles#replace}). */
    static void write(Path file, Body body) throws IOException {
        write(file, "", body);
    }

    /** As {@link #write(Path, Body)}, with {@code also} in the stamp. */
    static void write(Path file, String also, Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(CodeStamp.current() + also);
        body.writeTo(out);
        out.writeInt(crc(bytes.toByteArray(), bytes.size()));
        CacheFiles.replace(file, stream -> bytes.writeTo(stream));
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
    }
}
