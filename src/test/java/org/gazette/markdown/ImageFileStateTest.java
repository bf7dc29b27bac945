package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a result made with an image file still holds: the caches of build and check ask this. */
class ImageFileStateTest {

    @TempDir
    Path folder;

    private static final FileTime THEN = FileTime.fromMillis(1_700_000_000_000L);

    private Path png(String name, int width, int height) throws IOException {
        Path file = folder.resolve(name);
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        Files.setLastModifiedTime(file, THEN);
        return file;
    }

    private static ImageFileState remembered(Path file) {
        return ImageFileState.of("photo.png", file, ImageResolver::seenAfresh);
    }

    @Test
    void whatIsSeenIsThePixelSizeOrWhyThereIsNone() throws IOException {
        Path file = png("photo.png", 40, 30);
        assertThat(remembered(file).seen()).isEqualTo("40x30");
        assertThat(remembered(folder.resolve("missing.png"))).isEqualTo(new ImageFileState("photo.png", -1, -1, "absent"));
        Files.writeString(file, "不是图片");
        assertThat(remembered(file).seen()).isEqualTo("unreadable");
    }

    @Test
    void anUntouchedFileIsNotReadAgain() throws IOException {
        Path file = png("photo.png", 40, 30);
        ImageFileState before = remembered(file);
        assertThat(before.still(file, unread -> {
            throw new AssertionError("read again");
        })).containsSame(before);
    }

    @Test
    void aNewTimeWithTheSameLengthAndPixelsHoldsAndIsRemembered() throws IOException {
        Path file = png("photo.png", 40, 30);
        ImageFileState before = remembered(file);
        FileTime checkout = FileTime.fromMillis(THEN.toMillis() + 3_600_000);
        Files.setLastModifiedTime(file, checkout);
        assertThat(before.still(file, ImageResolver::seenAfresh))
                .contains(new ImageFileState("photo.png", before.size(), checkout.toMillis(), "40x30"));
    }

    @Test
    void otherPixelsOrAnotherLengthOrNoFileDoNotHold() throws IOException {
        Path file = png("photo.png", 40, 30);
        ImageFileState before = remembered(file);

        Files.write(file, new byte[16], java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, THEN);
        assertThat(remembered(file).seen()).isEqualTo("40x30");
        assertThat(before.still(file, ImageResolver::seenAfresh)).as("another length, the same time and pixels").isEmpty();

        ImageFileState longer = remembered(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(THEN.toMillis() + 1_000));
        assertThat(longer.still(file, unread -> "40x31")).as("a new time, the same length, other pixels").isEmpty();
        assertThat(longer.still(file, ImageResolver::seenAfresh)).as("a new time, the same length and pixels").isPresent();

        Files.delete(file);
        assertThat(longer.still(file, ImageResolver::seenAfresh)).as("gone").isEmpty();
    }
}
