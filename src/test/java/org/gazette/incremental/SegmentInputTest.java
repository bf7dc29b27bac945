package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build cache's strings, decoded from the segment where they lie, as they were written. */
class SegmentInputTest {

    private static final List<String> STRINGS = List.of("", "content/2023/五年回顾/index.md", "2023-12-26T08:00+08:00[Asia/Shanghai]",
            "邵阳日报记者 伍洁 通讯员 杨超", "𠀀𪚥 beyond the first plane", "\0", "é ÿ Ā ‐ \uFFFF");

    @Test
    void stringsReadBackAsWrittenAmongTexts() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String text : STRINGS) {
                CacheData.writeString(out, text);
                CacheData.writeString(out, "正文" + text); // a text between, read as one
            }
        }
        try (SegmentInput in = new SegmentInput(bytes.toByteArray())) {
            for (String text : STRINGS) {
                assertThat(CacheData.readString(in)).isEqualTo(text);
                assertThat(in.readText().get()).isEqualTo("正文" + text);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void aStringCutShortIsDamage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CacheData.writeString(out, "妇联新闻");
        }
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 1);
        try (SegmentInput in = new SegmentInput(cut)) {
            assertThatThrownBy(() -> CacheData.readString(in)).isInstanceOf(IOException.class).hasMessageContaining("ends inside a string");
        }
    }
}
