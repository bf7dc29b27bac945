package org.gazette.content;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A long text of an article (its Markdown body, its HTML, its plain text) that may stay as the
 * build cache's bytes until something reads it. A build after one edit reads the texts of a few
 * articles of thousands: at 10,000 articles, decoding them all was about 120 MB of an edit's
 * allocations and a young collection more, for texts no page needed. Kept as bytes, a text is
 * decoded each time it is read, and the String is not kept: a build that reads every text once
 * (a changed template, every article counted again for search) would otherwise hold each text
 * twice, and at 100,000 articles that ran a build under {@code -Xmx2g} out of memory.
 *
 * <pre>{@code
 * LazyText body = LazyText.of("正文。");
 * body.get();   // "正文。"
 * }</pre>
 *
 * Equal when their texts are; comparing or hashing one reads it.
 */
public final class LazyText {

    public static final LazyText EMPTY = of("");

    /** The text's chars, two bytes each, most significant first, from {@code offset}; null when it was given as a String. */
    private final byte[] utf16;
    private final int offset;
    private final int length;
    /** The text given as a String; null when it is kept as bytes. */
    private final String text;
    private volatile boolean read;

    private LazyText(byte[] utf16, int offset, int length, String text) {
        this.utf16 = utf16;
        this.offset = offset;
        this.length = length;
        this.text = text;
        this.read = text != null;
    }

    public static LazyText of(String text) {
        return new LazyText(null, 0, text.length(), Objects.requireNonNull(text));
    }

    /**
     * The {@code length} chars at {@code offset} of {@code utf16}, two bytes each, most significant
     * first, as {@code DataOutput.writeChars} writes them: kept, not copied, so the array must not change.
     */
    public static LazyText ofUtf16(byte[] utf16, int offset, int length) {
        Objects.checkFromIndexSize(offset, 2 * length, utf16.length);
        return new LazyText(utf16, offset, length, null);
    }

    /** The text: decoded now when it is kept as bytes. */
    public String get() {
        if (text != null) {
            return text;
        }
        read = true;
        return stringOf(utf16, offset, length);
    }

    /** Whether the text was given as a String or has been decoded: what a build read of the cache's texts. */
    public boolean isRead() {
        return read;
    }

    /** The number of chars, without reading the text. */
    public int length() {
        return length;
    }

    /**
     * Writes the text as {@code DataOutput.writeChars} would: a text kept as bytes as those bytes,
     * so that a cache written again decodes none of the texts it carries over.
     */
    public void writeUtf16(DataOutput out) throws IOException {
        if (utf16 != null) {
            out.write(utf16, offset, 2 * length);
        } else {
            out.write(utf16Of(text));
        }
    }

    /**
     * The {@code length} chars at {@code offset} of {@code utf16}, as {@link #utf16Of} wrote them:
     * char for char, where a charset's decoder would replace a lone surrogate, and with no decoder
     * and no buffer made for each of the hundreds of thousands of short strings a build reads.
     */
    public static String stringOf(byte[] utf16, int offset, int length) {
        char[] chars = new char[length];
        for (int i = 0, at = offset; i < length; i++, at += 2) {
            chars[i] = (char) ((utf16[at] << 8) | (utf16[at + 1] & 0xff));
        }
        return new String(chars);
    }

    /** The chars of {@code text}, two bytes each, most significant first. */
    public static byte[] utf16Of(String text) {
        ByteBuffer chars = ByteBuffer.allocate(text.length() * 2);
        // From an array: put(String) goes a character at a time, three times as long under the quick compiler.
        chars.asCharBuffer().put(text.toCharArray());
        return chars.array();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LazyText that && length == that.length && get().equals(that.get());
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }

    @Override
    public String toString() {
        return get();
    }
}
