package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FnvTest {

    /** The hash as it was first written: over the bytes String.getBytes gives. */
    static int overBytes(String text) {
        int hash = 0x811c9dc5;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "g20", "é", "ß", "家", "家风", "乡村振兴", "\uD840\uDC00", "家\uD840\uDC00",
            "\uD800", "a\uDC00b", "\uDBFF\uDFFF", "\u07FF\u0800\uFFFF"})
    void hashesTheUtf8BytesOfTheText(String text) {
        assertThat(Fnv.of(text)).isEqualTo(overBytes(text));
    }

    @Test
    void addsEveryCodePointAsItsUtf8Bytes() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (!Character.isSurrogate((char) c) || c > 0xFFFF) {
                String text = new String(Character.toChars(c));
                if (Fnv.add(Fnv.START, c) != overBytes(text)) {
                    assertThat(Fnv.add(Fnv.START, c)).as("U+%04X", c).isEqualTo(overBytes(text));
                }
            }
        }
        assertThat(Fnv.add(Fnv.add(Fnv.START, '家'), '风')).isEqualTo(overBytes("家风"));
    }
}
