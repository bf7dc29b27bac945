package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import org.gazette.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JPEGs of a news archive read in one pass: from phones, the photo desk (CMYK, progressive), and what is left to ImageIO. */
class JpegHeaderTest {

    @TempDir
    Path folder;

    private Optional<ImageSize> read(byte[] bytes) throws IOException {
        Path file = folder.resolve("photo.jpg");
        Files.write(file, bytes);
        return JpegHeader.read(file);
    }

    @Test
    void phoneDeskAndProgressiveJpegsGiveTheSizeBrowsersShow() throws IOException {
        assertThat(read(TestPhotos.jpeg(0))).contains(new ImageSize(400, 200));
        assertThat(read(TestPhotos.jpeg(6))).as("an upright phone shot").contains(new ImageSize(200, 400));
        assertThat(read(TestPhotos.jpeg(3))).as("half a turn").contains(new ImageSize(400, 200));
        BufferedImage picture = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        assertThat(read(TestPhotos.jpeg(new IIOImage(picture, null, null), true))).as("progressive").contains(new ImageSize(300, 100));
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 120, 80, 4, null);
        assertThat(read(TestPhotos.jpeg(new IIOImage(cmyk, null, null), false))).as("CMYK").contains(new ImageSize(120, 80));
    }

    @Test
    void otherFilesAndOtherKindsOfJpegAreLeftToImageIo() throws IOException {
        byte[] jpeg = TestPhotos.jpeg(0);
        byte[] lossless = jpeg.clone();
        for (int i = 0; i + 1 < lossless.length; i++) {
            if ((lossless[i] & 0xff) == 0xff && (lossless[i + 1] & 0xff) == 0xc0) {
                lossless[i + 1] = (byte) 0xc3; // SOF3: lossless, which neither ImageIO nor browsers draw
                break;
            }
        }
        assertThat(read(lossless)).isEmpty();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", png);
        assertThat(read(png.toByteArray())).as("a PNG named .jpg").isEmpty();
        assertThat(read(java.util.Arrays.copyOf(jpeg, 100))).as("cut short before its frame").isEmpty();
        assertThat(read(new byte[0])).isEmpty();
    }
}
