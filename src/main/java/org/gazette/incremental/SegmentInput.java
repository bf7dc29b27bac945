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
        if (2 * length > bytes.remaining()) {
            throw new IOException("the file ends inside a string");
        }
        int offset = bytes.position();
        skipNBytes(2L * length);
        return LazyText.ofUtf16(bytes.array(), offset, length);
    }

    /**
     * A string {@link CacheData#writeString} wrote, decoded from the segment where it lies: not
     * copied out first and read through a buffer's view, which made two arrays and two buffers of
     * each of the 270,000 strings an edit at 10,000 articles decodes.
     */
    String readString() throws IOException {
        int length = CacheData.stringLength(this);
        if (2 * length > bytes.remaining()) {
            throw new IOException("the file ends inside a string");
        }
        byte[] segment = bytes.array();
        int at = bytes.position();
        char[] chars = new char[length];
        for (int i = 0; i < length; i++, at += 2) {
            chars[i] = (char) ((segment[at] << 8) | (segment[at + 1] & 0xff));
        }
        skipNBytes(2L * length);
        return new String(chars);
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
