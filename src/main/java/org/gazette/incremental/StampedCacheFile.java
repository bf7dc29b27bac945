package org.gazette.incremental;

import java.io.ByteArrayInputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

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

    /** Reads a file's body of at most {@code bytes} bytes, throwing on what no {@link Body} wrote. */
    interface Reader<T> {
        T readFrom(DataInputStream in, long bytes) throws IOException;
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

    /**
     * As {@link #write(Path, Body)}, with {@code also} in the stamp. Streamed into the file, the
     * CRC taken on the way: a body of hundreds of megabytes is never held whole.
     */
    static void write(Path file, String also, Body body) throws IOException {
        CacheFiles.replace(file, stream -> {
            CRC32C crc = new CRC32C();
            // Buffered above the CRC, which then takes blocks rather than each number's bytes one by one.
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(stream, crc), 1 << 16));
            out.writeUTF(CodeStamp.current() + also);
            body.writeTo(out);
            out.flush();
            new DataOutputStream(stream).writeInt((int) crc.getValue());
        });
    }

    /**
     * The body of {@code file} read by {@code reader} as it streams in, or empty when the file is
     * missing, damaged (the reader fails, or the CRC differs) or another Gazette's: a body of
     * hundreds of megabytes is never held as bytes beside what is read from it.
     */
    static <T> Optional<T> read(Path file, Reader<T> reader) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long size = Files.size(file);
            CRC32C crc = new CRC32C();
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            String stamp = in.readUTF();
            if (!stamp.equals(CodeStamp.current())) {
                return Optional.empty();
            }
            long body = size - 4 - 2 - stamp.getBytes(StandardCharsets.UTF_8).length;
            T value = reader.readFrom(in, body);
            int expected = (int) crc.getValue();
            int written = new DataInputStream(raw).readInt();
            return written == expected && raw.read() == -1 ? Optional.of(value) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // missing, unreadable or damaged: the build does without
        }
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
