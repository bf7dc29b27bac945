package org.gazette.cli;

/**
 * A line of a terminal redrawn in place, for the progress bars of build and deploy. The line is
 * written with the terminal's wrapping turned off: on a terminal narrower than the line its end is
 * cut off, where a wrapped line left its start a row up at every redraw (a 40-column terminal
 * filled with copies of the bar), and the blanks that cleared it wrapped in turn.
 *
 * <pre>{@code
 * out.print(TerminalLine.draw("pages      4,731/10,000  47% [######......]"));
 * out.print(TerminalLine.CLEAR); // the next line starts on a blank row
 * }</pre>
 */
final class TerminalLine {

    /**
     * Windows' console shows escapes as text unless the program turns them on, which Java does not:
     * there the line is drawn as before, a carriage return and the text padded with blanks.
     */
    private static final boolean ESCAPES = !System.getProperty("os.name", "").startsWith("Windows");
    private static final int PLAIN_WIDTH = 70;

    /** Back to the start of the row, and the row blanked. */
    static final String CLEAR = ESCAPES ? "\r\033[2K" : "\r" + " ".repeat(PLAIN_WIDTH) + "\r";

    private static final String WRAP_OFF = "\033[?7l";
    private static final String WRAP_ON = "\033[?7h";

    private TerminalLine() {
    }

    /** {@code text} in place of the row's text; wrapping is on again after it, whatever ends the program. */
    static String draw(String text) {
        return ESCAPES ? CLEAR + WRAP_OFF + text + WRAP_ON : String.format("\r%-" + PLAIN_WIDTH + "s", text);
    }

    /** Whether the terminal moves the cursor: {@code TERM=dumb} (Emacs' shell, some IDEs) shows escapes as text. */
    static boolean movesCursor(String term) {
        return !"dumb".equals(term);
    }
}
