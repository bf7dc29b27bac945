package org.gazette.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLinesTest {

    @Test
    void theFirstCharacterIsOnLineOne() {
        assertThat(TextLines.lineAt("a\nb", 0)).isEqualTo(1);
        assertThat(TextLines.lineAt("", 0)).isEqualTo(1);
    }

    @Test
    void aLineBreakBelongsToTheLineItEnds() {
        assertThat(TextLines.lineAt("a\nb\nc", 1)).isEqualTo(1);
        assertThat(TextLines.lineAt("a\nb\nc", 2)).isEqualTo(2);
        assertThat(TextLines.lineAt("a\nb\nc", 3)).isEqualTo(2);
        assertThat(TextLines.lineAt("a\nb\nc", 4)).isEqualTo(3);
    }

    @Test
    void anIndexPastTheEndIsOnTheLastLine() {
        assertThat(TextLines.lineAt("a\nb", 99)).isEqualTo(2);
        assertThat(TextLines.lineAt("a\n", 99)).isEqualTo(2);
    }

    @Test
    void carriageReturnAndLineFeedAreOneBreak() {
        assertThat(TextLines.lineAt("a\r\nb\r\nc", 1)).isEqualTo(1);
        assertThat(TextLines.lineAt("a\r\nb\r\nc", 2)).isEqualTo(1);
        assertThat(TextLines.lineAt("a\r\nb\r\nc", 3)).isEqualTo(2);
        assertThat(TextLines.lineAt("a\r\nb\r\nc", 6)).isEqualTo(3);
    }

    @Test
    void breaksAreCountedFromWhereCountingStopped() {
        String text = "a\nb\nc\nd";
        assertThat(TextLines.breaks(text, 0, text.length())).isEqualTo(3);
        assertThat(TextLines.breaks(text, 2, 6)).isEqualTo(2);
        assertThat(TextLines.breaks(text, 2, 2)).isZero();
        assertThat(TextLines.breaks(text, 0, 2) + TextLines.breaks(text, 2, text.length())).isEqualTo(3);
    }
}
