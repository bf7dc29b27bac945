package org.gazette.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;

/** The characters XML 1.0 forbids, as Word and WeChat paste them into articles. */
class ControlCharactersTest {

    private static final Path FILE = Path.of("content/2024/a.md");

    @Test
    void leavesOutWhatXmlForbidsAndKeepsTabsLineBreaksAndEveryOtherCharacter() {
        assertThat(ControlCharacters.without("妇联工作\u0008会议召开\u000B，会议强调。")).isEqualTo("妇联工作会议召开，会议强调。");
        assertThat(ControlCharacters.without("a\u0000b\u001Fc\uFFFEd\uFFFFe\uD800f")).isEqualTo("abcdef");
        String allowed = "\t\n\r 中\uD840\uDC00\u007F\u0085\uFFFD";
        assertThat(ControlCharacters.without(allowed)).isSameAs(allowed);
    }

    @Test
    void warnsOnceForEachLineAtItsFirstControlCharacter() {
        String text = "---\ntitle: 控制\u0008字符\n---\n\n妇联工作\u0008会议召开\u000B，会议强调。\n\n\uD840\uDC00\u000C\n";
        assertThat(ControlCharacters.warnings(text, FILE)).extracting(Problem::formatLocated).containsExactly(
                "content/2024/a.md:2:10: warning: an invisible control character, U+0008, is here, as text pasted from"
                        + " Word or WeChat often brings: feeds and sitemaps may not hold it, so the site leaves it out (delete it)",
                "content/2024/a.md:5:5: warning: 2 invisible control characters (U+0008, U+000B) are in this line from here,"
                        + " as text pasted from Word or WeChat often brings: feeds and sitemaps may not hold them, so the site"
                        + " leaves them out (delete them)",
                // U+20000 is one character of the line, not two.
                "content/2024/a.md:7:2: warning: an invisible control character, U+000C, is here, as text pasted from"
                        + " Word or WeChat often brings: feeds and sitemaps may not hold it, so the site leaves it out (delete it)");
        assertThat(ControlCharacters.warnings("正文。\n", FILE)).isEmpty();
    }

    @Test
    void aFileIsReadWithoutThemAndWarnedOf() {
        var read = Utf8Text.decode("\uFEFFtitle: 会议\u0008召开\n".getBytes(StandardCharsets.UTF_8), Path.of("site.yaml"));
        assertThat(read.value()).contains("title: 会议召开\n");
        assertThat(read.problems()).extracting(Problem::formatLocated).singleElement().asString()
                .startsWith("site.yaml:1:10: warning: an invisible control character, U+0008");
    }
    @Test
    void aFileOfUtf8IsSearchedInOnePassOverItsBytesThatFindsWhatTheTextHolds() {
        // Each character of the text, as it would be written in UTF-8, against the rule for characters.
        String[] pieces = {"妇", "联", "a", " ", "\t", "\n", "\r", "\u0000", "\u0008", "\u001F", "\u007F", "\u0085",
            "\uFFFD", "\uFFFE", "\uFFFF", "\uFFFC", "\uEFBF", "\uD840\uDC00", "\uD83D\uDE00", "▲", "\u00EF", "\u00BF"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            boolean holdsOne = text.codePoints().anyMatch(ControlCharacters::isForbidden);
            assertThat(ControlCharacters.anyIn(text.toString().getBytes(StandardCharsets.UTF_8))).as(text.toString()).isEqualTo(holdsOne);
        }
    }

    @Test
    void findsUnpairedHalvesOfSurrogatePairsWhereverTheyStand() {
        assertThat(ControlCharacters.without("\uDC00妇\uD840")).isEqualTo("妇");
        assertThat(ControlCharacters.without("\uD840\uD840\uDC00")).isEqualTo("\uD840\uDC00");
        assertThat(ControlCharacters.without("\uDC00\uDC00")).isEmpty();
        String pairs = "\uD840\uDC00\uD83D\uDE00";
        assertThat(ControlCharacters.without(pairs)).isSameAs(pairs);
        assertThat(ControlCharacters.warnings("\uD840\uDC00\uD840\n", FILE)).extracting(Problem::formatLocated).singleElement()
                .asString().startsWith("content/2024/a.md:1:2: warning: an invisible control character, U+D840");
    }
}
