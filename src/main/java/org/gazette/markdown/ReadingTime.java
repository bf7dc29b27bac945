package org.gazette.markdown;

import java.util.BitSet;

/**
 * About how many minutes reading a text takes: Chinese, Japanese and Korean characters at 400 a
 * minute, other words at 200 a minute, rounded up, at least one.
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

    /**
     * The characters read at {@link #CHARACTERS_PER_MINUTE}: Han letters and digits, and letters of
     * the other wide scripts, looked up once: finding a character's script searches Unicode's
     * table of ranges, which took a tenth of rendering Markdown when asked for every character.
     */
    private static final BitSet WIDE = new BitSet(0x10000);

    static {
        for (int i = 0; i < 0x10000; i++) {
            char c = (char) i;
            if (Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || GazetteNodeRenderer.isWide(c) && Character.isLetter(c)) {
                WIDE.set(i);
            }
        }
    }

    public static int minutes(String text) {
        long wide = 0;
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (WIDE.get(c)) {
                wide++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
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
}
