package org.gazette.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;

/**
 * The text of a file people write, {@code site.yaml} or an article, which must be UTF-8; one
 * saved by an old Chinese editor is often GBK, and is told so with the line of its first such byte;
 * one saved by Notepad as "Unicode" is UTF-16, which its byte order mark tells.
 *
 * <pre>{@code
 * Outcome<String> text = Utf8Text.decode(bytes, Path.of("site.yaml"));
 * // not UTF-8: "site.yaml:3: the file is not UTF-8 (byte 41 cannot be read; ... save it as UTF-8)"
 * }</pre>
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * The text of {@code bytes} without a leading byte order mark, and without the control
     * characters XML forbids, each line holding one warned of ({@link ControlCharacters});
     * {@code shown} names the file in the problems.
     */
    public static Outcome<String> decode(byte[] bytes, Path shown) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            // Notepad's "Unicode" and "Unicode big endian": the byte order mark says so
            return Outcome.failed(Problem.error(shown, 1, "the file is saved as UTF-16 (\"Unicode\" in Notepad's Save as), not"
                    + " UTF-8 (save it as UTF-8)"));
        }
        // Decoded leniently, the fast way: bytes that are not UTF-8 become U+FFFD, so only a text
        // with one needs the strict decoder, to tell them from a U+FFFD written in the file.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
            if (result.isError()) {
                return Outcome.failed(Problem.error(shown, lineAt(bytes, in.position()), "the file is not UTF-8 (byte "
                        + (in.position() + 1) + " cannot be read; if it came from an old system it may be GBK: save it as UTF-8)"));
            }
        }
        String read = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!ControlCharacters.anyIn(bytes)) {
            return Outcome.of(read, List.of());
        }
        return Outcome.of(ControlCharacters.without(read), ControlCharacters.warnings(read, shown));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
