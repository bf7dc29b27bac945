package org.gazette.markdown;

import org.gazette.content.Ideographs;

/**
 * About how many minutes reading a text takes: Chinese, Japanese and Korean characters at 400 a
 * minute, other words at 200 a minute, rounded up, at least one. Characters are counted whole,
 * those past the first plane (𠀀, two chars in Java) too.
 *
 * <pre>{@code
 * ReadingTime.minutes("岁月".repeat(400)); // 2
 * }</pre>
 */
public final class ReadingTime {

    static final int CHARACTERS_PER_MINUTE = 400;
    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    private static final byte OTHER = 0;
    private static final byte WIDE = 1;
    private static final byte WORD = 2;

    /**
     * What each character of the first plane is: {@link #WIDE}, read at {@link #CHARACTERS_PER_MINUTE}
     * (Chinese characters, {@link Ideographs} and other Han letters and digits, and letters of the
     * other wide scripts), {@link #WORD}, another letter or digit, part of a word, or {@link #OTHER}.
     * Worked out once, so that counting takes one look-up a character: finding a character's script
     * searches Unicode's table of ranges, which took a tenth of rendering Markdown when asked for
     * every character.
     */
    private static final byte[] KINDS = new byte[0x10000];

    static {
        for (int i = 0; i < 0x10000; i++) {
            char c = (char) i;
            if (Ideographs.isIdeographic(c)) {
                KINDS[i] = WIDE;
            } else if (Character.isLetterOrDigit(c)) {
                KINDS[i] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.isLetter(c) && GazetteNodeRenderer.isWide(c) ? WIDE : WORD;
            }
        }
    }

    public static int minutes(String text) {
        long wide = 0;
        long words = 0;
        boolean inWord = false;
        char[] chars = text.toCharArray(); // an array: charAt on Chinese text is a call under the quick compiler
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // A character past the first plane is two chars: 𠀀 (U+20000), as in many Chinese names.
            byte kind = Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])
                    ? kindBeyondFirstPlane(Character.toCodePoint(c, chars[++i]))
                    : KINDS[c];
            if (kind == WIDE) {
                wide++;
                inWord = false;
            } else if (kind == WORD) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        double minutes = (double) wide / CHARACTERS_PER_MINUTE + (double) words / WORDS_PER_MINUTE;
        return Math.max(1, (int) Math.ceil(minutes));
    }

    /** What {@link #KINDS} says for the first plane, for a character past it; rare, so worked out each time. */
    private static byte kindBeyondFirstPlane(int c) {
        if (Ideographs.isIdeographic(c)) {
            return WIDE;
        }
        if (!Character.isLetterOrDigit(c)) {
            return OTHER;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        boolean wideScript = script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
        return script == Character.UnicodeScript.HAN || Character.isLetter(c) && wideScript ? WIDE : WORD;
    }
}
