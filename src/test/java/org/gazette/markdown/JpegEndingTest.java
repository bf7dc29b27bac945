package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import org.gazette.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpegEndingTest {

    @TempDir
    Path folder;

    private boolean cutShort(byte[] bytes) throws IOException {
        Path file = folder.resolve("photo.jpg");
        Files.write(file, bytes);
        return JpegEnding.cutShort(file);
    }

    /** A noisy picture, as a photo is, so that its coded data holds 0xFF bytes (written FF 00) and restart-free scans. */
    private static byte[] jpeg(boolean progressive) throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return TestPhotos.jpeg(new IIOImage(image, null, null), progressive);
    }

    @Test
    void aWholeJpegIsNotCutShortWhateverFollowsItsEnd() throws IOException {
        for (boolean progressive : new boolean[] {false, true}) {
            byte[] whole = jpeg(progressive);
            assertThat(cutShort(whole)).isFalse();
            byte[] motionPhoto = Arrays.copyOf(whole, whole.length + 4096); // a phone's video after the picture
            Arrays.fill(motionPhoto, whole.length, motionPhoto.length, (byte) 0x5a);
            assertThat(cutShort(motionPhoto)).as("a trailer after EOI").isFalse();
        }
        assertThat(cutShort(TestPhotos.jpeg(6))).as("with EXIF").isFalse();
    }

    @Test
    void aJpegEndingBeforeItsPictureIsCutShort() throws IOException {
        for (boolean progressive : new boolean[] {false, true}) {
            byte[] whole = jpeg(progressive);
            for (int length : new int[] {whole.length / 2, whole.length - 2, whole.length - 1, 700}) {
                assertThat(cutShort(Arrays.copyOf(whole, length))).as("%s, %d of %d bytes", progressive, length, whole.length).isTrue();
            }
        }
    }

    @Test
    void otherFilesAreNotJpegsCutShort() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", png);
        assertThat(cutShort(Arrays.copyOf(png.toByteArray(), 40))).isFalse();
        assertThat(cutShort(new byte[0])).isFalse();
        assertThat(JpegEnding.cutShort(folder.resolve("missing.jpg"))).isFalse();
    }
}
