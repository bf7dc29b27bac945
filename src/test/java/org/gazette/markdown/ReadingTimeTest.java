package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

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
                    || GazetteNodeRenderer.isWide(c) && Character.isLetter(c);
            // 401 characters apart: 2 minutes if wide, 401 words: 3 minutes, else none: at least 1.
            int expected = wide ? 2 : Character.isLetterOrDigit(c) ? 3 : 1;
            assertThat(ReadingTime.minutes((c + " ").repeat(401))).as("U+%04X", i).isEqualTo(expected);
        }
    }
}
