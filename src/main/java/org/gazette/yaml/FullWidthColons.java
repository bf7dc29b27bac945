package org.gazette.yaml;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the key a Chinese input method wrote with a full-width colon ({@code title：全角冒号}).
 * YAML reads such a line as text, not as a key, and the parser fails on the next key or on the
 * line itself with a message that never mentions the colon.
 *
 * <pre>{@code
 * FullWidthColons.blame(text, YamlMap::failureIndex)   // the key and line to name, if one is to blame
 * }</pre>
 *
 * <p>A full-width colon is blamed only when writing it half-width lets the document parse, or
 * parse further: one inside a value ({@code title: 主题：妇女}) or a block of text is left alone.
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
        for (int tries = 0; tries < MAX_TRIES && m.find(); tries++) {
            String rest = m.group(4);
            // "title:全角冒号" is still not a key: YAML wants a space or tab after the colon, and the
            // full-width space a Chinese input method types after "：" is neither
            String halfWidth = rest.isEmpty() || rest.charAt(0) == ' ' || rest.charAt(0) == '\t' ? ":" : ": ";
            String fixed = text.substring(0, m.start(3)) + halfWidth + text.substring(m.end(3));
            int colonIndex = text.codePointCount(0, m.start(3));
            int fixedAt = failureIndex.apply(fixed);
            int shifted = fixedAt > colonIndex ? fixedAt - (halfWidth.length() - 1) : fixedAt;
            if (fixedAt < 0 || shifted > failedAt) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                int column = m.group(1).codePointCount(0, m.group(1).length())
                        + m.group(2).codePointCount(0, m.group(2).length()) + 1
                        + (m.start(3) - m.end(2));
                return Optional.of(new Colon(line, column, m.group(2), rest.strip()));
            }
        }
        return Optional.empty();
    }
}
