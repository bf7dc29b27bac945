package org.gazette.incremental;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.gazette.content.LazyText;
import org.gazette.content.Utf16Chars;

/**
 * One segment of the build cache's articles, read field by field, whose long texts (bodies, their
 * HTML and plain text) are kept as slices of the segment ({@link LazyText}) rather than decoded: the
 * segment stays in memory as long as one of its texts does.
 *
 * <pre>{@code
 * SegmentInput in = new SegmentInput(segment);
 * LazyText body = in.readText();
 * }</pre>
 */
final class SegmentInput extends DataInputStream {

    private final Bytes bytes;
    private final Utf16Chars chars;

    /** The segment's bytes from {@code segment}'s position to its limit, which must not change while its texts are kept. */
    SegmentInput(ByteBuffer segment) {
        this(new Bytes(segment.slice()));
    }

    private SegmentInput(Bytes bytes) {
        super(bytes);
        this.bytes = bytes;
        this.chars = Utf16Chars.of(bytes.buffer);
    }

    /** A text {@link CacheData#writeString} or {@link CacheData#writeText} wrote, refused as {@link CacheData#readString} refuses one. */
    LazyText readText() throws IOException {
        int length = CacheData.stringLength(this);
        return LazyText.ofUtf16(chars, skipChars(length), length);
    }

    /**
     * A string {@link CacheData#writeString} wrote, decoded from the segment where it lies: not
     * copied out first, as a string of another stream is, for each of the 270,000 strings an
     * edit at 10,000 articles decodes.
     */
    String readString() throws IOException {
        int length = CacheData.stringLength(this);
        return chars.string(skipChars(length), length);
    }

    /** Passes over {@code length} chars of a string, giving where they start; a string the segment cuts short is damage. */
    private int skipChars(int length) throws IOException {
        if (2 * length > bytes.buffer.remaining()) {
            throw new IOException("the file ends inside a string");
        }
        int offset = bytes.buffer.position();
        bytes.buffer.position(offset + 2 * length);
        return offset;
    }

    /** The segment as a stream, read from its buffer's position. */
    private static final class Bytes extends InputStream {
        final ByteBuffer buffer;

        Bytes(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public int read() {
            return buffer.hasRemaining() ? buffer.get() & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!buffer.hasRemaining()) {
                return -1;
            }
            int n = Math.min(length, buffer.remaining());
            buffer.get(into, offset, n);
            return n;
        }

        @Override
        public int available() {
            return buffer.remaining();
        }
    }
}
