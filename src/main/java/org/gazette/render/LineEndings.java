package org.gazette.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The theme's text with LF line endings. Git for Windows checks text files out with CRLF
 * (its installer sets {@code core.autocrlf}), so a site built from such a checkout had a CR in
 * every line of every page and other bytes, and other names, for its stylesheet and scripts:
 * a deploy from there uploaded the whole site. Browsers read both endings alike in HTML, CSS,
 * JavaScript (a template literal's CRLF is LF to it) and SVG.
 *
 * <pre>{@code
 * LineEndings.unix("<p>\r\n</p>");                    // "<p>\n</p>"
 * LineEndings.unix("style.css", bytes);               // the same array when it holds no CRLF
 * }</pre>
 */
final class LineEndings {

    /** The assets whose readers take CRLF as LF; other files (fonts, images, a PDF) keep their bytes. */
    private static final Set<String> TEXT = Set.of("css", "js", "mjs", "svg", "json", "map", "txt", "html", "htm", "xml",
            "webmanifest");

    private LineEndings() {
    }

    static String unix(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
    }

    /** {@code bytes} of asset {@code name} with LF line endings, or {@code bytes} itself when there is nothing to change. */
    static byte[] unix(String name, byte[] bytes) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!TEXT.contains(extension) || !holdsCrLf(bytes)) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
            return bytes; // not UTF-8: copied as it is
        }
        return unix(text).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean holdsCrLf(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return true;
            }
        }
        return false;
    }
}
