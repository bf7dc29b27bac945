package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSizeTest {

    @TempDir
    Path folder;

    private ImageSize sizeOf(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return ImageSize.read(file).orElseThrow();
    }

    private String svgSize(String svg) throws IOException {
        Path file = folder.resolve("a.svg");
        Files.writeString(file, svg);
        return ImageSize.read(file).map(s -> s.width() + "x" + s.height()).orElse("none");
    }

    /** The first 30 bytes of a WebP file: the RIFF header and the start of its first chunk, {@code fourCc}. */
    private static ByteBuffer webp(String fourCc) {
        ByteBuffer bytes = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(10);
        return bytes;
    }

    /** The header of a lossless WebP (VP8L) of the given size. */
    static byte[] losslessWebp(int width, int height) {
        return webp("VP8L").put(20, (byte) 0x2f).putInt(21, (width - 1) | (height - 1) << 14).array();
    }

    @Test
    void aPhoneShotStoredTurnedHasTheSizeBrowsersShow() throws IOException {
        assertThat(sizeOf("plain.jpg", TestPhotos.jpeg(0))).isEqualTo(new ImageSize(400, 200));
        assertThat(sizeOf("upright.jpg", TestPhotos.jpeg(6))).isEqualTo(new ImageSize(200, 400));
        assertThat(sizeOf("upright-left.jpg", TestPhotos.jpeg(8))).isEqualTo(new ImageSize(200, 400));
        assertThat(sizeOf("upside-down.jpg", TestPhotos.jpeg(3))).isEqualTo(new ImageSize(400, 200)); // half a turn keeps the width
    }

    @Test
    void readsTheThreeKindsOfWebp() throws IOException {
        ByteBuffer lossy = webp("VP8 ").put(23, (byte) 0x9d).put(24, (byte) 0x01).put(25, (byte) 0x2a)
                .putShort(26, (short) 640).putShort(28, (short) 427);
        ByteBuffer extended = webp("VP8X").put(24, (byte) 0x7f).put(25, (byte) 0x0c).put(27, (byte) 0x37).put(28, (byte) 0x09);
        assertThat(sizeOf("a.webp", lossy.array())).isEqualTo(new ImageSize(640, 427));
        assertThat(sizeOf("b.webp", losslessWebp(1600, 1067))).isEqualTo(new ImageSize(1600, 1067));
        assertThat(sizeOf("c.webp", extended.array())).isEqualTo(new ImageSize(3200, 2360));
    }

    @Test
    void readsAnSvgsPixelSizeElseItsViewBox() throws IOException {
        assertThat(svgSize("<svg width=\"120\" height=\"80px\" viewBox=\"0 0 12 8\"/>")).isEqualTo("120x80");
        assertThat(svgSize("<svg width=\"100%\" height=\"100%\" viewBox=\"0,0,640,480\"/>")).isEqualTo("640x480");
        assertThat(svgSize("<!-- 地图 --><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-10 -10 20.6 10\"/>")).isEqualTo("21x10");
        assertThat(svgSize("<svg width=\"10em\" height=\"5em\"/>")).isEqualTo("none");
        assertThat(svgSize("<svg viewBox=\"0 0 0 0\"/>")).isEqualTo("none");
        assertThat(svgSize("not svg at all")).isEqualTo("none");
    }
}
