package org.gazette.cli;

import java.util.regex.Pattern;

/**
 * Takes out the plain progress lines a command writing to a file prints every 5 s
 * ({@code parsing: 9500/10000 (95%) after 5 s}), which a test of what a command says sees only
 * when the machine is busy enough to make a small build slow.
 */
final class ProgressLines {

    private static final Pattern LINE = Pattern.compile("(?m)^[\\w ]+(?:: \\d+/\\d+ \\(\\d+%\\))? after \\d+ s\\R");

    private ProgressLines() {
    }

    /** {@code err} without its progress lines. */
    static String without(String err) {
        return LINE.matcher(err).replaceAll("");
    }
}
