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

    public static String cut(String text, int length) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= length) {
            return clean;
        }
        String head = clean.substring(0, clean.offsetByCodePoints(0, length));
        for (int i = head.length() - 1; i >= head.length() * 6 / 10; i--) {
            if (SENTENCE_ENDS.indexOf(head.charAt(i)) >= 0) {
                return head.substring(0, i + 1);
            }
        }
        return head.strip() + "…";
    }
}
