package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The escaping of printed values: Pebble's own, with a quicker look first. */
class HtmlEscapingTest {

    private final HtmlEscaping escaping = new HtmlEscaping();

    @Test
    void escapesWhatPebblesHtmlStrategyEscapesAndNothingElse() {
        assertThat(escaping.escape("妇联 <工作> & \"会议\" '通知'")).isEqualTo("妇联 &lt;工作&gt; &amp; &quot;会议&quot; &#39;通知&#39;");
        String plain = "邵阳日报记者 伍洁 通讯员 杨超 ▲ 2023 ©\u00A0é\uD840\uDC00";
        assertThat(escaping.escape(plain)).isSameAs(plain);
    }

    @Test
    void agreesWithUnbescapeOnRandomText() {
        String pieces = "&<>\"'妇联▲ a1;#\u00A0\u00E9\u2028\u0000\u0008\u007F\uFFFD\uD840\uDC00\uDC00\uD840©™€";
        Random random = new Random(3);
        int escaped = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String value = text.toString();
            assertThat(escaping.escape(value)).as(value).isEqualTo(HtmlEscape.escapeHtml4Xml(value));
            escaped += escaping.escape(value).equals(value) ? 0 : 1;
        }
        assertThat(escaped).as("values escaped").isGreaterThan(5_000);
    }
}
