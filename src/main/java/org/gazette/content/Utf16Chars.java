package org.gazette.content;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.Objects;

/**
 * Chars kept two bytes each, most significant first, as {@code DataOutput.writeChars} writes them
 * (and {@link #bytesOf}), in a buffer that may lie outside the heap: the build cache's segments are mapped from its file, so
 * that a build's first young collections do not copy them (40 MB at 10,000 articles).
 *
 * <pre>{@code
 * Utf16Chars chars = Utf16Chars.of(segment);
 * String title = chars.string(offset, length);
 * }</pre>
 *
 * The buffer must not change while its chars are read.
 */
public final class Utf16Chars {

    private final ByteBuffer bytes;
    /** The chars that start at even offsets, and at odd ones: a string may start at either. */
    private final CharBuffer even;
    private final CharBuffer odd;

    private Utf16Chars(ByteBuffer bytes) {
        this.bytes = bytes;
        this.even = bytes.asCharBuffer();
        this.odd = bytes.capacity() > 0 ? bytes.slice(1, bytes.capacity() - 1).asCharBuffer() : even;
    }

    /** The bytes of {@code buffer} from its position to its limit. */
    public static Utf16Chars of(ByteBuffer buffer) {
        return new Utf16Chars(buffer.slice()); // a slice reads most significant byte first, whatever the buffer's order
    }

    /** The number of bytes. */
    public int size() {
        return bytes.capacity();
    }

    /**
     * The {@code length} chars at byte {@code offset}, char for char, where a charset's decoder
     * would replace a lone surrogate; copied in one go (swapping each char's bytes), not a char at a time.
     */
    public String string(int offset, int length) {
        Objects.checkFromIndexSize(offset, 2 * length, bytes.capacity());
        char[] chars = new char[length];
        (offset % 2 == 0 ? even : odd).get(offset / 2, chars);
        return new String(chars);
    }

    /**
     * The {@code length} chars at {@code offset} of {@code utf16}, as {@link #bytesOf} wrote them:
     * char for char, where a charset's decoder would replace a lone surrogate, and with no decoder
     * and no buffer made for each of the hundreds of thousands of short strings a build reads.
     */
    public static String string(byte[] utf16, int offset, int length) {
        char[] chars = new char[length];
        for (int i = 0, at = offset; i < length; i++, at += 2) {
            chars[i] = (char) ((utf16[at] << 8) | (utf16[at + 1] & 0xff));
        }
        return new String(chars);
    }

    /** The chars of {@code text}, two bytes each, most significant first. */
    public static byte[] bytesOf(String text) {
        ByteBuffer chars = ByteBuffer.allocate(text.length() * 2);
        // From an array: put(String) goes a character at a time, three times as long under the quick compiler.
        chars.asCharBuffer().put(text.toCharArray());
        return chars.array();
    }

    /** Writes the {@code length} chars at byte {@code offset} as they are kept. */
    public void write(DataOutput out, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, 2 * length, bytes.capacity());
        byte[] copy = new byte[2 * length];
        bytes.get(offset, copy);
        out.write(copy);
    }
}
