package org.gazette.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gazette.problem.TextLines;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds the key a Chinese input method wrote with a full-width colon ({@code title：全角冒号}).
 * YAML reads such a line as text, not as a key, and the parser fails on the next key or on the
 * line itself with a message that never mentions the colon.
 *
 * <pre>{@code
 * FullWidthColons.blame(text, YamlMap::failureIndex)   // the key and line to name, if one is to blame
 * FullWidthColons.readAsText(text, scalar, Set.of("name", "role"))   // keys YAML took for text
 * }</pre>
 *
 * <p>A full-width colon is blamed only when writing it half-width lets the document parse, or
 * parse further: one inside a value ({@code title: 主题：妇女}) or a block of text is left alone,
 * and so is one after a Chinese word at a line's start ({@code 与会代表：畅所欲言}), the text of a
 * value going on, not a key.
 *
 * <p>Some such lines parse, as text: under a list item, {@code - name： 伍洁} and an indented
 * {@code role： 记者} below it are the one text "name： 伍洁 role： 记者", and in braces
 * {@code { name： 伍洁 }} is a key "name： 伍洁" without a value. There a full-width colon is
 * blamed when a key expected at that place comes right before it.
 */
final class FullWidthColons {

    /** A key at the start of a line, or of a list item, followed by a full-width colon. */
    private static final Pattern KEY_LINE = Pattern.compile(
            "(?m)^([ \\t]*(?:-[ \\t]+)?)([^\\s:：#'\"\\[\\]{},&*!|>%@`-][^\\s:：#]*)[ \\t]*(：)(.*)$");

    /** Each try parses the document again; a failed document with more such lines is rare. */
    private static final int MAX_TRIES = 20;

    /**
     * A key written with a full-width colon.
     *
     * @param line   0-based line in the YAML text
     * @param column 1-based column of the full-width colon, in characters
     * @param key    the key as written
     * @param rest   what follows the colon on its line, stripped
     */
    record Colon(int line, int column, String key, String rest) {

        /** The line as it should be written, shortened to show the editor what to type. */
        String corrected() {
            String value = rest.codePointCount(0, rest.length()) > 20
                    ? rest.substring(0, rest.offsetByCodePoints(0, 20)) + "…" : rest;
            return key + ":" + (value.isEmpty() ? "" : " " + value);
        }
    }

    private FullWidthColons() {
    }

    /** The pattern of {@link #readAsText} for each set of keys, made once: titles and summaries hold "：" often. */
    private static final Map<Set<String>, Pattern> KEYS_READ_AS_TEXT = new ConcurrentHashMap<>();

    private static Pattern keysReadAsText(Set<String> known) {
        String keys = known.stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<!\\S)(" + keys + ")[ \\t]*(：)[ \\t\u3000]*([^\\n]*)");
    }

    /**
     * Each key of {@code known} followed by a full-width colon in {@code scalar}, a key or value
     * parsed from {@code text}, at its start or after a space or line break. Only text written
     * without quotes is looked at: quotes say the colon is meant.
     */
    static List<Colon> readAsText(String text, ScalarNode scalar, Set<String> known) {
        if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN || scalar.getStartMark() == null
                || scalar.getValue().indexOf('：') < 0 || known.isEmpty()) {
            return List.of();
        }
        // Marks count code points; the scalar's end is where its text ends, comments excluded.
        int from = text.offsetByCodePoints(0, scalar.getStartMark().getIndex());
        int to = text.offsetByCodePoints(from, scalar.getEndMark().getIndex() - scalar.getStartMark().getIndex());
        Matcher m = KEYS_READ_AS_TEXT.computeIfAbsent(known, FullWidthColons::keysReadAsText).matcher(text).region(from, to);
        List<Colon> colons = new ArrayList<>();
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start(2)) + 1;
            int line = TextLines.lineAt(text, lineStart) - 1;
            colons.add(new Colon(line, text.codePointCount(lineStart, m.start(2)) + 1, m.group(1), m.group(3).strip()));
        }
        return colons;
    }

    /**
     * The first key line whose full-width colon, made half-width, lets {@code text} parse or
     * fail further on. {@code failureIndex} gives the character index where a text fails to
     * parse into a mapping, or -1 when it parses.
     */
    static Optional<Colon> blame(String text, Function<String, Integer> failureIndex) {
        int failedAt = failureIndex.apply(text);
        if (failedAt < 0) {
            return Optional.empty();
        }
        Matcher m = KEY_LINE.matcher(text);
        int tries = 0;
        while (tries < MAX_TRIES && m.find()) {
            if (m.group(1).isEmpty() && !m.group(2).chars().allMatch(c -> c < 0x80)) {
                // 与会代表：畅所欲言 at a line's start is text (a summary going on), not a key: the keys
                // are English words; only an indented mapping (site.yaml's slugs:) has Chinese ones
                continue;
            }
            tries++;
            String rest = m.group(4);
            // "title:全角冒号" is still not a key: YAML wants a space or tab after the colon, and the
            // full-width space a Chinese input method types after "：" is neither
            String halfWidth = rest.isEmpty() || rest.charAt(0) == ' ' || rest.charAt(0) == '\t' ? ":" : ": ";
            String fixed = text.substring(0, m.start(3)) + halfWidth + text.substring(m.end(3));
            int colonIndex = text.codePointCount(0, m.start(3));
            int fixedAt = failureIndex.apply(fixed);
            int shifted = fixedAt > colonIndex ? fixedAt - (halfWidth.length() - 1) : fixedAt;
            if (fixedAt < 0 || shifted > failedAt) {
                int line = TextLines.lineAt(text, m.start()) - 1;
                int column = m.group(1).codePointCount(0, m.group(1).length())
                        + m.group(2).codePointCount(0, m.group(2).length()) + 1
                        + (m.start(3) - m.end(2));
                return Optional.of(new Colon(line, column, m.group(2), rest.strip()));
            }
        }
        return Optional.empty();
    }
}
