package org.gazette.markdown;

/**
 * Cuts a body's text into a summary of about {@code length} characters, ending at a full stop
 * when one falls in the last part, else with an ellipsis.
 *
 * <pre>{@code
 * Summaries.cut("岁月，满载玫瑰馨香。时代，成就巾帼梦想。", 12); // "岁月，满载玫瑰馨香。"
 * }</pre>
 */
public final class Summaries {

    private static final String SENTENCE_ENDS = "。！？!?";

    private Summaries() {
    }

    /**
     * The text stripped of white space at both ends ({@link Character#isWhitespace}), each run of
     * spaces, tabs and line breaks inside it made one space, cut as the class says. Only the first
     * {@code length} characters of that are made: the text may be a whole article.
     */
    public static String cut(String text, int length) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        int i = 0;
        while (i < end && Character.isWhitespace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        StringBuilder head = new StringBuilder();
        for (int n = 0; n < length && i < end; n++) {
            if (isSpace(text.charAt(i))) {
                head.append(' ');
                while (i < end && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                int c = text.codePointAt(i);
                head.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        if (i == end) {
            return head.toString();
        }
        for (int j = head.length() - 1; j >= head.length() * 6 / 10; j--) {
            if (SENTENCE_ENDS.indexOf(head.charAt(j)) >= 0) {
                return head.substring(0, j + 1);
            }
        }
        return head.toString().strip() + "…";
    }

    /** What {@code \s} matches in a regular expression; {@code \u3000} and others are not among them. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
