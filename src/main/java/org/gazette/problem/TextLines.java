package org.gazette.problem;

/**
 * The line of a place in a text, for problems told at their line.
 *
 * <pre>{@code
 * TextLines.lineAt("a\nb\nc", 2); // 2
 * }</pre>
 */
public final class TextLines {

    private TextLines() {
    }

    /** The line, counted from 1, that holds the character at {@code index}. */
    public static int lineAt(String text, int index) {
        return 1 + breaks(text, 0, index);
    }

    /**
     * How many line breaks ("\n", so "\r\n" counts once) {@code text} has from {@code from} and
     * before {@code to}: for counting lines on from a place already counted.
     */
    public static int breaks(String text, int from, int to) {
        int breaks = 0;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
            breaks++;
        }
        return breaks;
    }
}
