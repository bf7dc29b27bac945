package org.gazette.yaml;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.problem.TextLines;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Plain words for the YAML failures that typing on a Chinese keyboard, or pasting, brings about,
 * where the parser's own message ("while parsing a flow mapping, expected ',' or '}', but got :")
 * tells an editor nothing: a tab or a full-width space U+3000 used to indent a line, a Chinese
 * comma between the entries inside [ ] or { }, a [ or { never closed, a value starting with a
 * quoted word ({@code title: "三八"国际妇女节座谈会}), a key without a half-width space after its
 * colon ({@code title:市妇联}).
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
        Optional<Explained> noSpace = noSpaceAfterColon(text, failureIndex);
        if (noSpace.isPresent()) {
            return noSpace;
        }
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
            Optional<Explained> quoted = quotedStart(line, failed.getLine());
            if (quoted.isPresent()) {
                return quoted;
            }
        }
        if ("while scanning a simple key".equals(e.getContext()) && e.getContextMark() != null) {
            Optional<Explained> goingOn = valueGoingOn(text, e.getContextMark().getLine());
            if (goingOn.isPresent()) {
                return goingOn;
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

    /** A value starting with a quoted word that text follows: the key or "- " before it, the quote, the quoted word, the text after. */
    private static final Pattern QUOTED_START = Pattern.compile(
            "(?:(?:^|[\\s\\[{,])([\\w-]+):[ \\t]+|(?:^|[\\s\\[{,])-[ \\t]+|[\\[{,][ \\t]*)([\"'])([^\"'\\n]*)\\2([ \\t]*[^\\s,\\]}#][^\\n]*)");

    /**
     * A value starting with a quoted word, as Chinese headlines often do ({@code title: "三八"国际妇女节座谈会}):
     * YAML takes the quoted word alone for the value and fails on the text after it. {@code line}
     * is line {@code lineIndex} (0-based) of the YAML text.
     */
    private static Optional<Explained> quotedStart(String line, int lineIndex) {
        Matcher m = QUOTED_START.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String quote = m.group(2);
        boolean inBrackets = line.substring(0, m.start(2)).matches(".*[\\[{].*");
        String after = inBrackets ? m.group(4).replaceFirst("[,\\]}].*", "") : m.group(4).replaceFirst("[ \\t]+#.*", "");
        String value = quote + m.group(3) + quote + after.stripTrailing();
        String whole = quote.equals("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String chinese = quote.equals("\"") ? "“" + m.group(3) + "”" : "‘" + m.group(3) + "’";
        String key = m.group(1) == null ? "" : m.group(1) + ": ";
        return Optional.of(new Explained(lineIndex, line.codePointCount(0, m.start(2)) + 1, "the value starts with a quote, so"
                + " YAML takes " + quote + m.group(3) + quote + " alone as the " + (key.isEmpty() ? "entry" : m.group(1))
                + " and fails on the text after it (type Chinese quotes, " + chinese + ", or put the whole value in "
                + (quote.equals("\"") ? "single" : "double") + " quotes: " + key + whole + ")"));
    }

    /** A key and a value on one line, the value no block (| or >): the key, in group 1. */
    private static final Pattern KEY_AND_VALUE = Pattern.compile("^[ \\t]*(?:-[ \\t]+)?([A-Za-z_][\\w-]*):[ \\t]+[^\\s|>#].*");

    /**
     * A line with no key under a line with a key and its value: a summary pasted over two lines
     * ({@code summary: 3月8日，……。} then {@code 与会代表畅所欲言。}), which YAML takes as more of the
     * value only when indented.
     */
    private static Optional<Explained> valueGoingOn(String text, int lineIndex) {
        String[] lines = text.split("\n", -1);
        int above = lineIndex - 1;
        while (above >= 0 && lines[above].isBlank()) {
            above--;
        }
        Matcher m = above < 0 ? null : KEY_AND_VALUE.matcher(lines[above].replace("\r", ""));
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Explained(lineIndex, 1, "this line goes on with the " + m.group(1) + " above (keep the "
                + m.group(1) + " on one line, or indent its following lines by two spaces)"));
    }

    /** A key at the start of a line, or of a list item, followed by its colon and no half-width space. */
    private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("(?m)^([ \\t]*(?:-[ \\t]+)?[A-Za-z_][\\w-]*):(\u3000|(?=[^\\s:/]))");

    /** Each try parses the document again; a failed document with more such lines is rare. */
    private static final int MAX_TRIES = 20;

    /**
     * A key with no half-width space after its colon ({@code title:市妇联}), or a full-width one
     * ({@code title:　市妇联}): YAML reads the line as text and fails on the next line. Blamed when
     * a space in its place lets the text parse, or fail further on.
     */
    static Optional<Explained> noSpaceAfterColon(String text, Function<String, Integer> failureIndex) {
        int failedAt = failureIndex.apply(text);
        Matcher m = NO_SPACE_AFTER_COLON.matcher(text);
        for (int tries = 0; failedAt >= 0 && tries < MAX_TRIES && m.find(); tries++) {
            String fixed = text.substring(0, m.end(1)) + ": " + text.substring(m.end());
            int fixedAt = failureIndex.apply(fixed);
            if (fixedAt < 0 || fixedAt > failedAt + 1) {
                int lineStart = text.lastIndexOf('\n', m.start(1)) + 1;
                int lineEnd = fixed.indexOf('\n', lineStart);
                String corrected = fixed.substring(lineStart, lineEnd < 0 ? fixed.length() : lineEnd).strip();
                return Optional.of(new Explained(TextLines.lineAt(text, m.start(1)) - 1, text.codePointCount(lineStart, m.end(1)) + 1,
                        "there is " + (m.group(2).isEmpty() ? "no" : "a full-width") + " space after the colon of "
                                + m.group(1).strip().replaceFirst("^-[ \\t]+", "") + ", so YAML does not read it as a key"
                                + " (put a half-width space after the colon: " + corrected + ")"));
            }
        }
        return Optional.empty();
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
