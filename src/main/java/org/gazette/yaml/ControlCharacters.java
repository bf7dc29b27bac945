package org.gazette.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.problem.Problem;
import org.gazette.problem.TextLines;

/**
 * The characters XML 1.0 forbids: the control characters below U+0020 other than tab, line feed
 * and carriage return (text pasted from Word or WeChat brings U+0008 and U+000B), U+FFFE, U+FFFF
 * and unpaired surrogates. A single one makes a whole feed or sitemap unreadable, so the text of
 * the files editors write is read without them, each line holding one told with a warning.
 *
 * <pre>{@code
 * ControlCharacters.without("会议\u0008召开");   // "会议召开"
 * ControlCharacters.warnings("会议\u0008召开", Path.of("content/x.md"));
 * // content/x.md:1:3: an invisible control character, U+0008, ... (delete it)
 * }</pre>
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether XML 1.0's production for a character leaves {@code c} out. */
    public static boolean isForbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
                || c == 0xFFFE || c == 0xFFFF;
    }

    /** {@code text} without the characters XML forbids; {@code text} itself when it holds none, as it nearly always does. */
    public static String without(String text) {
        if (firstIn(text, 0, text.length()) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isForbidden(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * A warning for each line of {@code text} that holds characters XML forbids, placed at the
     * first of them and naming them all; {@code file} names the file in the warnings.
     */
    public static List<Problem> warnings(String text, Path file) {
        List<Problem> warnings = new ArrayList<>();
        int line = 1;
        int counted = 0;
        int at = firstIn(text, 0, text.length());
        while (at >= 0) {
            int lineStart = text.lastIndexOf('\n', at) + 1;
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            List<String> found = new ArrayList<>();
            for (int i = at; i >= 0 && i < lineEnd; i = firstIn(text, i + Character.charCount(text.codePointAt(i)), lineEnd)) {
                found.add(String.format("U+%04X", text.codePointAt(i)));
            }
            line += TextLines.breaks(text, counted, lineStart);
            counted = lineStart;
            int column = text.codePointCount(lineStart, at) + 1;
            warnings.add(Problem.warning(file, line, column, message(found)));
            at = firstIn(text, lineEnd, text.length());
        }
        return warnings;
    }

    private static String message(List<String> found) {
        if (found.size() == 1) {
            return "an invisible control character, " + found.get(0) + ", is here, as text pasted from Word or WeChat"
                    + " often brings: feeds and sitemaps may not hold it, so the site leaves it out (delete it)";
        }
        return found.size() + " invisible control characters (" + String.join(", ", found.stream().distinct().toList())
                + ") are in this line from here, as text pasted from Word or WeChat often brings: feeds and sitemaps"
                + " may not hold them, so the site leaves them out (delete them)";
    }

    /**
     * Whether the characters of valid UTF-8 {@code bytes} hold one XML forbids: a control byte, or
     * U+FFFE or U+FFFF (surrogates are not valid UTF-8). One pass over the bytes, where the text's
     * two passes ({@link #without}, {@link #warnings}) would each look at every character: nearly
     * every file holds none.
     */
    public static boolean anyIn(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r'
                    || b == (byte) 0xEF && i + 2 < bytes.length && bytes[i + 1] == (byte) 0xBF && (bytes[i + 2] & 0xFE) == 0xBE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the first forbidden character of {@code text} from {@code from} and before
     * {@code to}, or -1. Read from an array: {@code codePointAt} on Chinese text is a call per
     * character under the quick compiler, and every article was searched twice that way.
     */
    private static int firstIn(String text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return from + i;
                }
            } else if (c >= 0xFFFE) {
                return from + i;
            } else if (Character.isSurrogate(c)) {
                int next = from + i + 1;
                if (!Character.isHighSurrogate(c) || next >= text.length() || !Character.isLowSurrogate(text.charAt(next))) {
                    return from + i;
                }
                i++; // the pair's second half
            }
        }
        return -1;
    }
}
