package org.gazette.incremental;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build cache file as a stream, buffered, from which the segments of articles are taken whole
 * ({@link #segment}): mapped from the file rather than copied onto the heap, where a build's first
 * young collection copied them again (40 MB at 10,000 articles: that collection of an edit paused
 * 150 ms, now 90 ms). On Windows, which cannot rename a file over one still mapped (and Java unmaps a file only
 * when its buffer is collected), and on file systems that cannot map, a segment is read into memory.
 *
 * <pre>{@code
 * try (BuildCacheInput input = BuildCacheInput.open(file)) {
 *     ByteBuffer segment = input.segment(length);
 * }
 * }</pre>
 */
final class BuildCacheInput extends InputStream {

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final SeekableByteChannel channel;
    private final boolean maps;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).limit(0);

    private BuildCacheInput(SeekableByteChannel channel) {
        this.channel = channel;
        this.maps = channel instanceof FileChannel && !WINDOWS;
    }

    static BuildCacheInput open(Path file) throws IOException {
        return new BuildCacheInput(Files.newByteChannel(file));
    }

    @Override
    public int read() throws IOException {
        return buffer.hasRemaining() || fill() ? buffer.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!buffer.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, buffer.remaining());
        buffer.get(into, offset, n);
        return n;
    }

    /**
     * The next {@code length} bytes, passed over: mapped read-only where the file can be, else
     * read into a buffer of their own. A length beyond the file's end (damage) is refused before
     * anything is mapped or made.
     */
    ByteBuffer segment(int length) throws IOException {
        if (length < 0 || length > channel.size() - channel.position() + buffer.remaining()) {
            throw new EOFException();
        }
        if (maps) {
            FileChannel file = (FileChannel) channel;
            long at = file.position() - buffer.remaining();
            ByteBuffer segment = file.map(FileChannel.MapMode.READ_ONLY, at, length);
            file.position(at + length);
            buffer.limit(0);
            return segment;
        }
        ByteBuffer segment = ByteBuffer.allocate(length);
        int buffered = Math.min(length, buffer.remaining());
        segment.put(buffer.slice(buffer.position(), buffered));
        buffer.position(buffer.position() + buffered);
        while (segment.hasRemaining()) { // read on from where the stream is: a zip file's channel cannot be positioned
            if (channel.read(segment) < 0) {
                throw new EOFException();
            }
        }
        return segment.flip();
    }

    private boolean fill() throws IOException {
        buffer.clear();
        int n;
        do {
            n = channel.read(buffer);
        } while (n == 0);
        buffer.flip();
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
