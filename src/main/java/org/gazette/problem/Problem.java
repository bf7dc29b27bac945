package org.gazette.problem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/**
 * Something wrong with the user's input, located in a file, line and (when known) column.
 *
 * <pre>{@code
 * Problem p = Problem.error(Path.of("content/x.md"), 3, "title is missing (add title: ...)");
 * p.format();           // "content/x.md:3: title is missing (add title: ...)"
 * p.formatLocated();    // "content/x.md:3:1: error: title is missing (add title: ...)"
 * }</pre>
 *
 * @param file     the file, relative to the site root where possible
 * @param line     1-based line number, or 0 when the problem concerns the whole file
 * @param column   1-based column (in characters), or 0 when unknown or the whole line
 * @param severity error or warning
 * @param message  what is wrong and, in brackets, how to fix it
 */
public record Problem(Path file, int line, int column, Severity severity, String message) {

    /** Orders problems by file, then line and column, so reports read top to bottom. */
    public static final Comparator<Problem> BY_POSITION =
            Comparator.comparing((Problem p) -> p.file().toString().replace('\\', '/'))
                    .thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column)
                    .thenComparing(Problem::message);

    /** A problem without a known column. */
    public Problem(Path file, int line, Severity severity, String message) {
        this(file, line, 0, severity, message);
    }

    public static Problem error(Path file, int line, String message) {
        return new Problem(file, line, 0, Severity.ERROR, message);
    }

    public static Problem error(Path file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(Path file, int line, String message) {
        return new Problem(file, line, 0, Severity.WARNING, message);
    }

    public static Problem warning(Path file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem as an error, for {@code gazette check --strict}. */
    public Problem asError() {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    /** The file as shown to editors, with forward slashes on every platform. */
    public String fileName() {
        return file.toString().replace('\\', '/');
    }

    /** The line printed for editors: {@code file:line: message}, warnings marked as such. */
    public String format() {
        String where = fileName() + (line > 0 ? ":" + line : "");
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return where + ": " + prefix + message;
    }

    /**
     * The line printed by {@code gazette check}, in the form compilers use and editors and CI
     * tools recognise: {@code file:LINE:COL: error|warning: message}. A problem about a whole
     * file is placed at 1:1, one about a whole line at column 1.
     */
    public String formatLocated() {
        return fileName() + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": "
                + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
    }
}
