package org.gazette.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where Pebble writes a page: its UTF-8 bytes, each piece encoded as it arrives. Writing into a
 * StringBuilder and encoding the page at the end was a tenth of a full build's samples: one
 * Chinese character makes the whole builder two bytes a character, so every tag of the template
 * was widened, copied into a String and encoded a character at a time. Here the template's own
 * text is encoded once and its bytes copied into every page, and a value of ASCII alone takes
 * the JDK's quick path for such strings (a scan and a copy). The bytes are those of the whole
 * page encoded at once: a surrogate pair split between two pieces is kept together.
 *
 * <pre>{@code
 * Utf8PageWriter out = Utf8PageWriter.take();
 * try {
 *     template.evaluate(out, variables);
 *     return out.toBytes();
 * } finally {
 *     out.release();
 * }
 * }</pre>
 *
 * <p>Each thread keeps one writer and its buffer for the next page; a page rendered while its
 * thread's writer is taken (nothing does so today) gets a writer of its own.
 */
final class Utf8PageWriter extends Writer implements SpecializedWriter {

    private static final ThreadLocal<Utf8PageWriter> POOL = ThreadLocal.withInitial(Utf8PageWriter::new);
    private static final int BUFFER = 64 * 1024;
    /** A buffer grown beyond this for a very long page is not kept for the next one. */
    private static final int KEPT_BUFFER = 1024 * 1024;
    /** A theme has a few hundred pieces of text; templates compiled again replace theirs. */
    private static final int KEPT_TEXTS = 4096;

    private byte[] bytes = new byte[BUFFER];
    private int length;
    /** The first half of a surrogate pair that ended the last piece: encoded with the next one. */
    private String pendingHigh = "";
    private boolean taken;
    /** The bytes of the template text written as {@code char[]}, by the array (see {@link #write(char[], int, int)}). */
    private final Map<char[], byte[]> textBytes = new IdentityHashMap<>();

    private Utf8PageWriter() {
    }

    /** This thread's writer, empty, or a new one if it is taken. Give it back with {@link #release()}. */
    static Utf8PageWriter take() {
        Utf8PageWriter writer = POOL.get();
        if (writer.taken) {
            writer = new Utf8PageWriter();
        }
        writer.taken = true; // empty: new, or emptied by release()
        return writer;
    }

    /** Lets this thread's next page use the writer; what was written is forgotten. */
    void release() {
        taken = false;
        length = 0;
        pendingHigh = "";
        if (bytes.length > KEPT_BUFFER) {
            bytes = new byte[BUFFER];
        }
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

    /**
     * Pebble writes the template's own text (its {@code TextNode}s) as the same final arrays
     * page after page: their bytes are kept, by array, and copied. Making a String of each and
     * encoding it again was most of the writing's cost under the quick compiler.
     */
    @Override
    public void write(char[] chars, int offset, int count) {
        if (count == 0) {
            return;
        }
        if (offset != 0 || count != chars.length || !pendingHigh.isEmpty()) {
            write(new String(chars, offset, count));
            return;
        }
        byte[] encoded = textBytes.get(chars);
        if (encoded == null) {
            String text = new String(chars);
            if (Character.isHighSurrogate(chars[count - 1])) {
                write(text); // its last half waits for the next piece: not kept
                return;
            }
            encoded = text.getBytes(StandardCharsets.UTF_8);
            if (textBytes.size() == KEPT_TEXTS) { // templates read again and again by serve
                textBytes.clear();
            }
            textBytes.put(chars, encoded);
        }
        append(encoded);
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

    /** Whether {@code page} (UTF-8) is nothing but white space, as {@link String#isBlank()} has it. */
    static boolean isBlank(byte[] page) {
        for (int i = 0; i < page.length; i++) {
            byte b = page[i];
            if (b < 0) {
                // A character beyond ASCII, some of which are white space: the rest is decoded.
                // Pages start with '<': this is for the rare page of spaces alone.
                return new String(page, i, page.length - i, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
