package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page written piece by piece has the bytes of the whole page encoded at once. */
class Utf8PageWriterTest {

    private static final String TEMPLATE = "<h1>{{ title }}</h1>{% for n in numbers %}<i>{{ n }}</i>{% endfor %}"
            + "<p>{{ body | raw }}</p>{{ high | raw }}{{ low | raw }}{{ lone | raw }}";

    @Test
    void writesTheBytesOfThePageEncodedAtOnce() throws IOException {
        Map<String, Object> context = Map.of(
                "title", "妇联<五年>回顾 & 展望",
                "numbers", List.of(1, 2L, 3.5, 4.25f, (short) 5, (byte) 6, 'é', new BigDecimal("7.10")),
                "body", "邵阳日报记者 伍洁 ".repeat(200_000), // beyond the writer's first buffer
                "high", "𠀀".substring(0, 1), // one character written in two pieces: its halves
                "low", "𠀀".substring(1) + "𠀀",
                "lone", "end\uD840");
        PebbleTemplate template = new PebbleEngine.Builder().loader(new StringLoader()).build().getTemplate(TEMPLATE);

        StringWriter whole = new StringWriter();
        template.evaluate(whole, context);
        assertThat(whole.toString()).contains("&lt;五年&gt;", "<i>3.5</i>", "<i>7.10</i>", "𠀀𠀀");
        for (int page = 0; page < 2; page++) { // the second with the template's text kept
            Utf8PageWriter pieces = Utf8PageWriter.take();
            template.evaluate(pieces, context);
            byte[] written = pieces.toBytes();
            pieces.release();
            assertThat(written).isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPageAfterAVeryLongOneHasItsOwnBytesOnly() {
        Utf8PageWriter writer = Utf8PageWriter.take();
        writer.write("邵阳日报记者 伍洁 ".repeat(200_000)); // beyond the buffer the writer keeps
        writer.toBytes();
        writer.release();

        assertThat(written(Utf8PageWriter.take(), "下一页")).isEqualTo("下一页");
    }

    @Test
    void writesTextGivenAsTheSameArrayAgainAsItIs() throws IOException {
        char[] tag = "<p>".toCharArray();
        char[] halfPair = "妇联\uD840".toCharArray();
        for (int page = 0; page < 2; page++) {
            Utf8PageWriter writer = Utf8PageWriter.take();
            writer.write(tag);
            writer.write(halfPair);
            writer.write("\uDC00</p>".toCharArray());
            writer.write(tag, 1, 1);
            writer.write(new char[0]);
            assertThat(written(writer, "")).isEqualTo("<p>妇联𠀀</p>p");
        }
    }

    @Test
    void aPageRenderedWhileTheWriterIsTakenGetsItsOwn() {
        Utf8PageWriter outer = Utf8PageWriter.take();
        outer.write("<html>外");
        Utf8PageWriter inner = Utf8PageWriter.take();
        assertThat(written(inner, "<inner/>")).isEqualTo("<inner/>");
        assertThat(written(outer, "页</html>")).isEqualTo("<html>外页</html>");

        Utf8PageWriter next = Utf8PageWriter.take();
        assertThat(next).isSameAs(outer);
        assertThat(written(next, "第二页")).isEqualTo("第二页");
    }

    @Test
    void aReleasedWriterStartsEmpty() {
        Utf8PageWriter first = Utf8PageWriter.take();
        first.write("第一页\uD840");
        first.release();

        assertThat(written(Utf8PageWriter.take(), "第二页")).isEqualTo("第二页");
    }

    @Test
    void isBlankAsAStringIs() {
        // the ideographic space is white space, the no-break space is not; half a pair is not
        for (String text : List.of("", " \n\t ", "\u3000 \n", " x ", "\u3000妇联", " \u3000\u00a0", "\uD840")) {
            assertThat(Utf8PageWriter.isBlank(text.getBytes(StandardCharsets.UTF_8))).as("«%s»", text).isEqualTo(text.isBlank());
        }
    }

    /** {@code text} written last, then the page, given back. */
    private static String written(Utf8PageWriter writer, String text) {
        writer.write(text);
        String page = new String(writer.toBytes(), StandardCharsets.UTF_8);
        writer.release();
        return page;
    }
}
