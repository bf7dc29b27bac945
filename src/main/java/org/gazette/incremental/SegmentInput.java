package org.gazette.incremental;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import org.gazette.content.LazyText;

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

    SegmentInput(byte[] segment) {
        this(new Bytes(segment));
    }

    private SegmentInput(Bytes bytes) {
        super(bytes);
        this.bytes = bytes;
    }

    /** A text {@link CacheData#writeString} or {@link CacheData#writeText} wrote, refused as {@link CacheData#readString} refuses one. */
    LazyText readText() throws IOException {
        int length = CacheData.stringLength(this);
        return LazyText.ofUtf16(bytes.array(), skipChars(length), length);
    }

    /**
     * A string {@link CacheData#writeString} wrote, decoded from the segment where it lies: not
     * copied out first, as a string of another stream is, for each of the 270,000 strings an
     * edit at 10,000 articles decodes.
     */
    String readString() throws IOException {
        int length = CacheData.stringLength(this);
        return LazyText.stringOf(bytes.array(), skipChars(length), length);
    }

    /** Passes over {@code length} chars of a string, giving where they start; a string the segment cuts short is damage. */
    private int skipChars(int length) throws IOException {
        if (2 * length > bytes.remaining()) {
            throw new IOException("the file ends inside a string");
        }
        int offset = bytes.position();
        skipNBytes(2L * length);
        return offset;
    }

    /** The segment as a stream that tells where it is. */
    private static final class Bytes extends ByteArrayInputStream {
        Bytes(byte[] segment) {
            super(segment);
        }

        int position() {
            return pos;
        }

        int remaining() {
            return count - pos;
        }

        byte[] array() {
            return buf;
        }
    }
}
