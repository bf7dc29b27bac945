package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SummariesTest {

    /** The summary as first defined: the whole text cleaned, then cut. */
    private static String wholeTextCut(String text, int length) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= length) {
            return clean;
        }
        String head = clean.substring(0, clean.offsetByCodePoints(0, length));
        for (int i = head.length() - 1; i >= head.length() * 6 / 10; i--) {
            if ("。！？!?".indexOf(head.charAt(i)) >= 0) {
                return head.substring(0, i + 1);
            }
        }
        return head.strip() + "…";
    }

    @Test
    void endsAtAFullStopInTheLastPartElseWithAnEllipsis() {
        assertThat(Summaries.cut("岁月，满载玫瑰馨香。时代，成就巾帼梦想。", 12)).isEqualTo("岁月，满载玫瑰馨香。");
        assertThat(Summaries.cut("一二三四五六七八九十", 5)).isEqualTo("一二三四五…");
        assertThat(Summaries.cut("一二三四 五六", 5)).isEqualTo("一二三四…");
        assertThat(Summaries.cut("一二三四五", 5)).isEqualTo("一二三四五");
    }

    @Test
    void stripsAllWhiteSpaceAtTheEndsButJoinsOnlyRegexSpacesInside() {
        assertThat(Summaries.cut("\u3000\u001C 岁月\t\r\n\u000B\f时代 \u3000", 20)).isEqualTo("岁月 时代");
        assertThat(Summaries.cut("岁月\u3000\u3000时代\u001C巾帼", 20)).isEqualTo("岁月\u3000\u3000时代\u001C巾帼");
        assertThat(Summaries.cut("\u00A0岁月\u00A0", 20)).isEqualTo("\u00A0岁月\u00A0");
        assertThat(Summaries.cut("一二三四五   \n", 5)).isEqualTo("一二三四五");
        assertThat(Summaries.cut("一二三四五   六", 5)).isEqualTo("一二三四五…");
        assertThat(Summaries.cut(" \n ", 5)).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertThat(Summaries.cut("𠀀".repeat(6), 5)).isEqualTo("𠀀".repeat(5) + "…");
        assertThat(Summaries.cut("𠀀".repeat(5), 5)).isEqualTo("𠀀".repeat(5));
    }

    @Test
    void agreesWithCleaningTheWholeTextFirst() {
        String[] pieces = {" ", "\t", "\n", "\r\n", "\u000B", "\f", "\u3000", "\u001C", "\u00A0", "\u2028", "\u0085",
            "a", "岁", "。", "！", "?", "𠀀", "\uD800", "\uDC00"};
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int length = random.nextInt(25);
            assertThat(Summaries.cut(text.toString(), length)).as("%s, %d", text, length)
                    .isEqualTo(wholeTextCut(text.toString(), length));
        }
    }
}
