package org.gazette.importer;

import java.util.regex.Pattern;

/**
 * Escapes plain text so that Markdown shows it as it is: a legacy paragraph starting with
 * {@code 1.} or {@code #}, or holding {@code *} or {@code <}, must not turn into a list, a heading,
 * emphasis or HTML.
 *
 * <pre>{@code
 * MarkdownText.escape("1. 坚持政治铸魂");  // "1\\. 坚持政治铸魂"
 * MarkdownText.escape("a*b*c");           // "a\\*b\\*c"
 * }</pre>
 */
final class MarkdownText {

    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final String INLINE = "\\`*_[]<>&|~";

    private MarkdownText() {
    }

    /** Escapes one line (or a paragraph without line breaks). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0 || (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '[')) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        if (escaped.matches("^[#>+=-].*") || escaped.matches("^[-*_]{3,}\\s*$")) {
            return "\\" + escaped;
        }
        return ORDERED.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
