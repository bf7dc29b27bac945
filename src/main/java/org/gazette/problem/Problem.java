package org.gazette.problem;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * Something wrong with the user's input, located in a file and line.
 *
 * <pre>{@code
 * Problem p = Problem.error(Path.of("content/x.md"), 3, "title is missing (add title: ...)");
 * p.format(); // "content/x.md:3: title is missing (add title: ...)"
 * }</pre>
 *
 * @param file    the file, relative to the site root where possible
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param severity error or warning
 * @param message what is wrong and, in brackets, how to fix it
 */
public record Problem(Path file, int line, Severity severity, String message) {

    /** Orders problems by file, then line, so reports read top to bottom. */
    public static final Comparator<Problem> BY_POSITION =
            Comparator.comparing((Problem p) -> p.file().toString().replace('\\', '/'))
                    .thenComparingInt(Problem::line)
                    .thenComparing(Problem::message);

    public static Problem error(Path file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public static Problem warning(Path file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The line printed for editors: {@code file:line: message}, warnings marked as such. */
    public String format() {
        String where = file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return where + ": " + prefix + message;
    }
}
