package org.gazette.markdown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's pixel size from its header, without decoding the pixels, so that pages can
 * reserve the space and never shift while images load.
 *
 * @param width  pixels across
 * @param height pixels down
 */
public record ImageSize(int width, int height) {

    static {
        ImageIO.setUseCache(false);
    }

    /** The size of a JPEG, PNG, GIF or BMP file; empty for other formats or unreadable files. */
    public static Optional<ImageSize> read(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
