package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.gazette.content.Ideographs;
import org.junit.jupiter.api.Test;

class ReadingTimeTest {

    @Test
    void countsWideCharactersAndWords() {
        assertThat(ReadingTime.minutes("岁月".repeat(400))).isEqualTo(2);
        assertThat(ReadingTime.minutes("word ".repeat(201))).isEqualTo(2);
        assertThat(ReadingTime.minutes("2023年3月")).isEqualTo(1);
        assertThat(ReadingTime.minutes("")).isEqualTo(1);
    }

    @Test
    void everyCharacterCountsAsItsScriptAndKindSay() {
        for (int i = 0; i < 0x10000; i++) {
            char c = (char) i;
            boolean wide = Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || GazetteNodeRenderer.isWide(c) && Character.isLetter(c)
                    || Ideographs.isIdeographic(c); // U+9FFD to U+9FFF too, unassigned in Java 17's Unicode
            // 401 characters apart: 2 minutes if wide, 401 words: 3 minutes, else none: at least 1.
            int expected = wide ? 2 : Character.isLetterOrDigit(c) ? 3 : 1;
            assertThat(ReadingTime.minutes((c + " ").repeat(401))).as("U+%04X", i).isEqualTo(expected);
        }
    }

    /** Extension B and later hold characters of many Chinese names; in Java each is two chars. */
    @Test
    void charactersPastTheFirstPlaneCountWhole() {
        assertThat(ReadingTime.minutes("𠀀".repeat(1200))).isEqualTo(ReadingTime.minutes("中".repeat(1200))).isEqualTo(3);
        assertThat(ReadingTime.minutes("王𠀀明".repeat(267))).isEqualTo(3); // 801 characters
        // Between the letters of a word it ends the word, as 中 does: 201 words and 200 characters.
        assertThat(ReadingTime.minutes("a𠀀".repeat(200) + "a")).isEqualTo(ReadingTime.minutes("a中".repeat(200) + "a")).isEqualTo(2);
    }

    @Test
    void charactersPastTheFirstPlaneCountAsTheirBlockScriptAndKindSay() {
        // 401 apart: 2 minutes if wide, 3 if each is a word, 1 if neither.
        int[][] expected = {
                {0x20000, 2}, {0x2A700, 2}, {0x2F800, 2}, // Extensions B and C, the compatibility supplement
                {0x30000, 2}, {0x3FFFD, 2}, // Extension G and the rest of the plane, by block: unassigned in Java 17
                {0x1B001, 2}, // a hiragana letter of the Kana Supplement
                {0x1D400, 3}, {0x10400, 3}, // mathematical bold A, Deseret: letters of words
                {0x1F600, 1}, {0x1D7CE, 3}, // an emoji; a mathematical digit
        };
        for (int[] pair : expected) {
            String c = Character.toString(pair[0]);
            assertThat(ReadingTime.minutes((c + " ").repeat(401))).as("U+%04X", pair[0]).isEqualTo(pair[1]);
        }
    }
}
