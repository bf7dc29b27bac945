package org.gazette.yaml;

import java.util.Optional;
import java.util.function.Function;
import org.gazette.problem.TextLines;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Plain words for the YAML failures that typing on a Chinese keyboard, or pasting, brings about,
 * where the parser's own message ("while parsing a flow mapping, expected ',' or '}', but got :")
 * tells an editor nothing: a tab or a full-width space U+3000 used to indent a line, a Chinese
 * comma between the entries inside [ ] or { }, a [ or { never closed.
 *
 * <pre>{@code
 * ParseFailures.explain(text, e, YamlMap::failureIndex)   // the line, column and words, if one of these is the cause
 * }</pre>
 */
final class ParseFailures {

    /**
     * A failure told plainly.
     *
     * @param line    0-based line in the YAML text
     * @param column  1-based column, in characters
     * @param message what is wrong and, in brackets, what to type
     */
    record Explained(int line, int column, String message) {
    }

    /** What is said of a line indented with full-width spaces, a U+3000 typed by a Chinese input method. */
    static final String FULL_WIDTH_INDENT = "this line is indented with full-width spaces (U+3000), which YAML does not"
            + " take for spaces (indent it with half-width spaces, typed with the input method in English mode)";

    private ParseFailures() {
    }

    /**
     * The cause of {@code e}, a failure to parse {@code text}, when it is one of those above.
     * {@code failureIndex} gives the character index where a text fails to parse, or -1.
     */
    static Optional<Explained> explain(String text, MarkedYAMLException e, Function<String, Integer> failureIndex) {
        // The line the parser stopped at, or the one it was reading when it stopped.
        for (Mark failed : new Mark[] {e.getProblemMark(), e.getContextMark()}) {
            if (failed == null) {
                continue;
            }
            String line = lineText(text, failed.getLine());
            String indent = line.substring(0, line.length() - line.replaceFirst("^[ \\t\\u3000]+", "").length());
            if (indent.indexOf('\t') >= 0) {
                return Optional.of(new Explained(failed.getLine(), indent.indexOf('\t') + 1, "this line is indented with a tab,"
                        + " which YAML does not take (replace the tab with spaces: two for each level, as in the lines above)"));
            }
            if (indent.indexOf('\u3000') >= 0) {
                return Optional.of(new Explained(failed.getLine(), indent.indexOf('\u3000') + 1, FULL_WIDTH_INDENT));
            }
        }
        boolean inList = "while parsing a flow sequence".equals(e.getContext());
        if ((inList || "while parsing a flow mapping".equals(e.getContext())) && e.getContextMark() != null) {
            return Optional.ofNullable(chineseComma(text, e, failureIndex, inList ? "[ ]" : "{ }"))
                    .or(() -> notClosed(text, e.getContextMark(), inList));
        }
        return Optional.empty();
    }

    /**
     * A Chinese comma between the entries inside brackets, which YAML takes for part of an entry:
     * blamed when a half-width one in its place lets the text parse, or fail further on.
     */
    private static Explained chineseComma(String text, MarkedYAMLException e, Function<String, Integer> failureIndex, String brackets) {
        int from = text.offsetByCodePoints(0, e.getContextMark().getIndex());
        int to = e.getProblemMark() == null ? text.length() : text.offsetByCodePoints(0, e.getProblemMark().getIndex());
        int comma = text.indexOf('，', from);
        if (comma < 0 || comma >= to) {
            return null;
        }
        String within = text.substring(from, to);
        int fixedAt = failureIndex.apply(text.substring(0, from) + within.replace('，', ',') + text.substring(to));
        if (fixedAt >= 0 && fixedAt <= failureIndex.apply(text)) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', comma) + 1;
        int lineEnd = text.indexOf('\n', comma);
        String corrected = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).replaceAll("\\s*，\\s*", ", ").strip();
        int line = TextLines.lineAt(text, lineStart) - 1;
        return new Explained(line, text.codePointCount(lineStart, comma) + 1, "a Chinese comma \"，\" is between the entries"
                + " inside " + brackets + ", where YAML takes only a half-width one (type a half-width comma and a space: "
                + corrected + ")");
    }

    /** A [ or { whose closing bracket is missing from the line it opens, where it is told. */
    private static Optional<Explained> notClosed(String text, Mark opened, boolean inList) {
        String line = lineText(text, opened.getLine());
        String rest = line.substring(line.offsetByCodePoints(0, Math.min(opened.getColumn(), line.codePointCount(0, line.length()))));
        char open = inList ? '[' : '{';
        char close = inList ? ']' : '}';
        int depth = 0;
        char quote = 0;
        for (char c : rest.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        }
        if (depth <= 0) {
            return Optional.empty();
        }
        String closed = line.strip() + String.valueOf(close).repeat(depth);
        return Optional.of(new Explained(opened.getLine(), opened.getColumn() + 1, "the \"" + open + "\" opened here is never closed"
                + " (end it with \"" + close + "\" on this same line: " + closed + ")"));
    }

    /** Line {@code index} (0-based) of {@code text}, without its line break. */
    private static String lineText(String text, int index) {
        String[] lines = text.split("\n", -1);
        return index < lines.length ? lines[index].replace("\r", "") : "";
    }
}
