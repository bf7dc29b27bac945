package org.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    static final String TEXT = "热烈庆祝邵阳市第十六次妇女代表大会胜利召开\n岁月，满载玫瑰馨香。";

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), false).text()).contains(TEXT);
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        Decoded decoded = TextDecoder.decode(bom, false);
        assertThat(decoded.text()).contains(TEXT);
        assertThat(decoded.converted()).isFalse();
    }

    @Test
    void convertsGbkAndSaysSo() {
        Decoded decoded = TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK")), false);
        assertThat(decoded.text()).contains(TEXT);
        assertThat(decoded.converted()).isTrue();
        assertThat(decoded.encoding()).isEqualTo("GB18030");
    }

    @Test
    void honoursAnHtmlPagesCharset() {
        String html = "<html><head><meta charset=\"gb2312\"></head><body>" + TEXT + "</body></html>";
        assertThat(TextDecoder.decode(html.getBytes(Charset.forName("GBK")), true).text()).contains(html);
    }

    @Test
    void readsUtf16WithItsByteOrderMark() {
        assertThat(TextDecoder.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE), false).text()).contains(TEXT);
    }

    @Test
    void refusesEmptyBinaryAndUnknownTextWithTheReason() {
        assertThat(TextDecoder.decode(new byte[0], false).failure()).contains("the file is empty");
        assertThat(TextDecoder.decode(" \n\n".getBytes(StandardCharsets.UTF_8), false).failure()).contains("the file is empty");
        assertThat(TextDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, false).failure().orElseThrow())
                .startsWith("the file is not text");
        // Latin-1 accented text is neither UTF-8 nor Chinese
        byte[] latin1 = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, d\u00e9j\u00e0 vu".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode(latin1, false).failure().orElseThrow()).startsWith("the file is neither UTF-8 nor GBK");
    }
}
