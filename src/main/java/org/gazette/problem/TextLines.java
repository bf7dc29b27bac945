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
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
