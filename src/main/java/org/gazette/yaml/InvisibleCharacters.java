package org.gazette.yaml;

import java.util.List;

/**
 * The invisible format characters (Unicode category Cf) that text pasted from WeChat or Word
 * brings: the zero width space U+200B, the joiners U+200C and U+200D, the word joiner U+2060, a
 * byte order mark U+FEFF inside the text. A name holding one looks like the name without it and
 * is another name: a second tag, author or column page that looks the same as the first.
 *
 * <pre>{@code
 * InvisibleCharacters.in("家庭\u200d教育");        // ["U+200D"]
 * InvisibleCharacters.without("家庭\u200d教育");   // "家庭教育"
 * }</pre>
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    /** The invisible characters of {@code text}, each once, as U+XXXX; empty for nearly every text. */
    public static List<String> in(String text) {
        return text.codePoints().filter(c -> Character.getType(c) == Character.FORMAT).distinct()
                .mapToObj(c -> String.format("U+%04X", c)).toList();
    }

    /** {@code text} as it looks: without its invisible characters. */
    public static String without(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
