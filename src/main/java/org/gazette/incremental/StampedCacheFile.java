package org.gazette.incremental;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A cache file framed as this Gazette's stamp, a body, and a CRC-32C of both: a file another
 * Gazette wrote (which may read its body otherwise) or one damaged reads as none.
 *
 * <pre>{@code
 * StampedCacheFile.write(file, out -> out.writeUTF(commit));
 * StampedCacheFile.read(file, (in, bytes) -> in.readUTF()) ...
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
     * The body of {@code file} read by {@code reader}, or empty when the file is missing, damaged
     * or another Gazette's. The CRC is checked first, in a pass of its own, so that the reader
     * never meets damaged sizes; both passes stream the one file opened, so a body of hundreds of
     * megabytes is never held as bytes beside what is read from it.
     */
    static <T> Optional<T> read(Path file, Reader<T> reader) {
        return read(file, "", reader);
    }

    /** As {@link #read(Path, Reader)}, the file written with {@code also} in its stamp (what else its body depends on). */
    static <T> Optional<T> read(Path file, String also, Reader<T> reader) {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size < 4 || !crcHolds(channel, size)) {
                return Optional.empty();
            }
            channel.position(0);
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
            String stamp = in.readUTF();
            if (!stamp.equals(CodeStamp.current() + also)) {
                return Optional.empty();
            }
            return Optional.of(reader.readFrom(in, size - 4 - 2 - stamp.getBytes(StandardCharsets.UTF_8).length));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // missing or unreadable: the build does without
        }
    }

    /** True when the last four bytes of the file are the CRC-32C of the rest, read in blocks. */
    private static boolean crcHolds(FileChannel channel, long size) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer block = ByteBuffer.allocate(1 << 16);
        for (long left = size - 4; left > 0; ) {
            block.clear().limit((int) Math.min(block.capacity(), left));
            int read = channel.read(block);
            if (read < 0) {
                return false;
            }
            crc.update(block.array(), 0, read);
            left -= read;
        }
        ByteBuffer written = ByteBuffer.allocate(4);
        while (written.hasRemaining()) {
            if (channel.read(written) < 0) {
                return false;
            }
        }
        return written.getInt(0) == (int) crc.getValue();
    }
}
