package org.gazette.markdown;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A JPEG's EXIF orientation. Phones store an upright shot as landscape pixels with orientation 6
 * (or 8), and browsers draw it turned: a page reserving the stored size shifted when the photo
 * arrived. Orientations 5 to 8 turn the picture a quarter; 1 to 4 keep its width across.
 *
 * <pre>{@code
 * ExifOrientation.turnsSideways(Path.of("content/2024/images/upright.jpg")); // true
 * }</pre>
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** Whether the JPEG {@code file} is shown turned a quarter; false without EXIF or when it cannot be read. */
    static boolean turnsSideways(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return turnsSideways(JpegMetadataReader.readMetadata(in, List.of(new ExifReader())));
        } catch (IOException | JpegProcessingException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the EXIF block in {@code metadata}, read from a JPEG, turns it a quarter; false without one. */
    static boolean turnsSideways(Metadata metadata) {
        ExifIFD0Directory first = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (first == null || !first.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            return false;
        }
        try {
            int orientation = first.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 5 && orientation <= 8;
        } catch (MetadataException e) {
            return false;
        }
    }
}
