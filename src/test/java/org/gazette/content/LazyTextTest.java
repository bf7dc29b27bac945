package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LazyTextTest {

    /** Chinese text with a character outside the basic plane (𠀀, a surrogate pair) and an emoji. */
    private static final String TEXT = "记者王𠀀报道：三八节座谈会😀。";

    @Test
    void aTextKeptAsBytesReadsAsTheStringItStandsFor() {
        byte[] padded = withPadding(TEXT.getBytes(StandardCharsets.UTF_16BE));
        LazyText kept = LazyText.ofUtf16(padded, 3, TEXT.length());

        assertThat(kept.isRead()).isFalse();
        assertThat(kept.length()).isEqualTo(TEXT.length());
        assertThat(kept.isRead()).as("its length is known without reading it").isFalse();
        assertThat(kept.get()).isEqualTo(TEXT);
        assertThat(kept.isRead()).isTrue();
        assertThat(kept.toString()).isEqualTo(TEXT);
    }

    @Test
    void aTextKeptAsBytesIsNotHeldDecodedAsWell() {
        LazyText kept = LazyText.ofUtf16(TEXT.getBytes(StandardCharsets.UTF_16BE), 0, TEXT.length());
        // Each read decodes afresh: a build reading every text once holds each once, as bytes.
        assertThat(kept.get()).isEqualTo(kept.get()).isNotSameAs(kept.get());
        LazyText given = LazyText.of(TEXT);
        assertThat(given.get()).isSameAs(TEXT);
    }

    @Test
    void keptAndGivenTextsAreEqualByTheirText() {
        LazyText kept = LazyText.ofUtf16(TEXT.getBytes(StandardCharsets.UTF_16BE), 0, TEXT.length());
        LazyText given = LazyText.of(TEXT);

        assertThat(kept).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(given).isEqualTo(kept);
        assertThat(kept).isNotEqualTo(LazyText.of(TEXT + "。")).isNotEqualTo(LazyText.EMPTY).isNotEqualTo(TEXT);
        assertThat(LazyText.of("").isRead()).isTrue();
    }

    @Test
    void writtenAsTheSameBytesWhetherKeptOrGiven() throws IOException {
        byte[] expected = LazyText.utf16Of(TEXT);
        assertThat(expected).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_16BE));
        LazyText kept = LazyText.ofUtf16(withPadding(expected), 3, TEXT.length());

        assertThat(written(kept)).isEqualTo(expected);
        assertThat(kept.isRead()).as("written without being read").isFalse();
        assertThat(written(LazyText.of(TEXT))).isEqualTo(expected);
    }

    @Test
    void aSliceBeyondItsBytesIsRefused() {
        byte[] bytes = new byte[10];
        assertThatThrownBy(() -> LazyText.ofUtf16(bytes, 4, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> LazyText.ofUtf16(bytes, -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(LazyText.ofUtf16(bytes, 4, 3).length()).isEqualTo(3);
    }

    private static byte[] withPadding(byte[] utf16) {
        byte[] padded = new byte[utf16.length + 5];
        System.arraycopy(utf16, 0, padded, 3, utf16.length);
        return padded;
    }

    private static byte[] written(LazyText text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text.writeUtf16(out);
        }
        return bytes.toByteArray();
    }
}
