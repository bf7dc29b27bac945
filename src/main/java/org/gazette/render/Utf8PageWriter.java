package org.gazette.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where Pebble writes a page: its UTF-8 bytes, encoded piece by piece as Pebble writes them.
 * Writing into a StringBuilder and encoding the page at the end was a tenth of a full build's
 * samples: one Chinese character makes the whole builder two bytes a character, so every tag of
 * the template was widened, copied into a String and encoded a character at a time. Here the
 * template's own text, nearly all ASCII, is copied as it is; only the pieces with other
 * characters are encoded. The bytes are those of the whole page encoded at once: a surrogate
 * pair split between two pieces is kept together.
 *
 * <p>One writer per thread, handed out by {@link #pooled()} and reused: a thread renders one page
 * at a time, and no template calls back into {@link Templates}.
 */
final class Utf8PageWriter extends Writer implements SpecializedWriter {

    private static final ThreadLocal<Utf8PageWriter> POOL = ThreadLocal.withInitial(Utf8PageWriter::new);

    private byte[] bytes = new byte[64 * 1024];
    private int length;
    /** The first half of a surrogate pair that ended the last piece: encoded with the next one. */
    private String pendingHigh = "";

    private Utf8PageWriter() {
    }

    /** This thread's writer, emptied. */
    static Utf8PageWriter pooled() {
        Utf8PageWriter writer = POOL.get();
        writer.length = 0;
        writer.pendingHigh = "";
        return writer;
    }

    @Override
    public void write(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!pendingHigh.isEmpty()) {
            text = pendingHigh + text;
            pendingHigh = "";
        }
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            pendingHigh = text.substring(text.length() - 1);
            text = text.substring(0, text.length() - 1);
        }
        append(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String text, int offset, int count) {
        write(text.substring(offset, offset + count));
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        write(new String(chars, offset, count));
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public void writeSpecialized(int i) {
        write(Integer.toString(i));
    }

    @Override
    public void writeSpecialized(long l) {
        write(Long.toString(l));
    }

    @Override
    public void writeSpecialized(double d) {
        write(Double.toString(d));
    }

    @Override
    public void writeSpecialized(float f) {
        write(Float.toString(f));
    }

    @Override
    public void writeSpecialized(short s) {
        write(Short.toString(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        write(Byte.toString(b));
    }

    @Override
    public void writeSpecialized(char c) {
        write(String.valueOf(c));
    }

    @Override
    public void writeSpecialized(String s) {
        write(s);
    }

    private void append(byte[] piece) {
        if (length + piece.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + piece.length));
        }
        System.arraycopy(piece, 0, bytes, length, piece.length);
        length += piece.length;
    }

    /** The page's bytes: what was written, with a surrogate left without its pair written as {@code ?}, as Java encodes it. */
    byte[] toBytes() {
        if (!pendingHigh.isEmpty()) {
            append(pendingHigh.getBytes(StandardCharsets.UTF_8));
            pendingHigh = "";
        }
        return Arrays.copyOf(bytes, length);
    }

    /** Whether the page is nothing but white space, as {@link String#isBlank()} has it. */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b < 0) { // a character beyond ASCII: some are white space, rare enough to decode
                return new String(bytes, 0, length, StandardCharsets.UTF_8).isBlank() && pendingHigh.isEmpty();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return pendingHigh.isEmpty();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
