package org.gazette.importer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Makes half-width punctuation in Chinese text full width, as the archive prints it:
 * {@code 岁月,满载玫瑰馨香;时代} becomes {@code 岁月，满载玫瑰馨香；时代}, {@code 严华(右三)} becomes
 * {@code 严华（右三）}, and the space typed after a comma goes ({@code 铸魂, 凝聚} becomes
 * {@code 铸魂，凝聚}). Marks between Latin letters or digits ({@code 1,000}, {@code 12:30},
 * {@code (PDF)}) are left alone. Also drops the spaces a line break leaves between Chinese
 * characters.
 *
 * <pre>{@code
 * Punctuation.fullWidth("岁月,满载玫瑰馨香;时代,成就巾帼梦想。"); // "岁月，满载玫瑰馨香；时代，成就巾帼梦想。"
 * }</pre>
 */
public final class Punctuation {

    private static final String HALF = ",;:?!";
    private static final String FULL = "，；：？！";

    private Punctuation() {
    }

    /** The text with half-width marks next to Chinese made full width. */
    public static String fullWidth(String text) {
        return fullWidth(text, " ");
    }

    /**
     * The same for Markdown: emphasis marks ({@code *}, {@code _}, {@code ~}) between a mark and
     * the Chinese next to it do not hide it ({@code 活动中,**优秀**} becomes {@code 活动中，**优秀**}),
     * and the brackets of a link's address are left alone.
     */
    public static String fullWidthMarkdown(String markdown) {
        return fullWidth(markdown, " *_~");
    }

    private static String fullWidth(String text, String transparent) {
        StringBuilder out = new StringBuilder(text.length());
        Deque<Boolean> brackets = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int kind = HALF.indexOf(c);
            if (kind >= 0) {
                char before = before(out, transparent);
                char after = after(text, i + 1, transparent);
                boolean chinese = (isChinese(before) && (isChinese(after) || Character.isDigit(after) || after == 0))
                        || (Character.isDigit(before) && isChinese(after));
                if (chinese && !(c == ':' && Character.isDigit(before))) {
                    trimSpaces(out);
                    out.append(FULL.charAt(kind));
                    i = skipSpaces(text, i + 1) - 1;
                    continue;
                }
            } else if (c == '(') {
                // The address of a Markdown link, [text](address), is no bracket of the text.
                boolean chinese = (i == 0 || text.charAt(i - 1) != ']')
                        && (isChinese(before(out, transparent)) || isChinese(after(text, i + 1, transparent)));
                brackets.push(chinese);
                if (chinese) {
                    trimSpaces(out);
                    out.append('（');
                    i = skipSpaces(text, i + 1) - 1;
                    continue;
                }
            } else if (c == ')') {
                Boolean opened = brackets.poll();
                if (opened != null ? opened : isChinese(before(out, transparent))) {
                    trimSpaces(out);
                    out.append('）');
                    if (isChinese(after(text, i + 1, transparent))) {
                        i = skipSpaces(text, i + 1) - 1;
                    }
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Chinese characters, full-width punctuation and the curly quotes Chinese text uses. */
    public static boolean isChinese(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2014' || c == '\u2026';
    }

    /**
     * Collapses each run of white space to one space, and removes a run that holds a line break
     * between two Chinese characters (a line break in Chinese text is no space); a space typed
     * between two Chinese words, as in a headline, is kept.
     */
    public static String joinSpaces(String text) {
        String source = text.replace('\u00A0', ' ').strip();
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            boolean lineBreak = false;
            while (end < source.length() && isSpace(source.charAt(end))) {
                lineBreak |= source.charAt(end) == '\n' || source.charAt(end) == '\r';
                end++;
            }
            boolean between = out.length() > 0 && end < source.length()
                    && isChinese(out.charAt(out.length() - 1)) && isChinese(source.charAt(end));
            if (!(between && lineBreak) && !(between && !isHan(out.charAt(out.length() - 1)))
                    && !(between && !isHan(source.charAt(end)))) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static char before(StringBuilder out, String transparent) {
        for (int i = out.length() - 1; i >= 0; i--) {
            if (transparent.indexOf(out.charAt(i)) < 0) {
                return out.charAt(i);
            }
        }
        return 0;
    }

    private static char after(String text, int from, String transparent) {
        for (int i = from; i < text.length(); i++) {
            if (transparent.indexOf(text.charAt(i)) < 0) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static void trimSpaces(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
