package org.gazette.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an image's pixel size from its header, without decoding the pixels, so that pages can
 * reserve the space and never shift while images load: the size as browsers show it, so a JPEG
 * whose EXIF orientation turns it a quarter has its width and height swapped.
 *
 * <pre>{@code
 * ImageSize.read(Path.of("content/2023/images/visit.jpg")); // Optional[ImageSize[width=800, height=533]]
 * ImageSize.read(Path.of("notes.txt.jpg"));                 // Optional.empty
 * }</pre>
 *
 * @param width  pixels across
 * @param height pixels down
 */
public record ImageSize(int width, int height) {

    /** The formats {@link #read} knows, as editors know them: for messages. */
    public static final String FORMATS = "JPEG, PNG, GIF, WebP or SVG";

    private static final Pattern PIXELS = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(px)?\\s*");

    /**
     * The size of a JPEG, PNG, GIF, BMP or WebP file, or of an SVG file that gives one (its width
     * and height in pixels, else its viewBox); empty for other formats and unreadable files.
     */
    public static Optional<ImageSize> read(Path file) {
        if (isSvg(file)) {
            return readSvg(file);
        }
        // The usual JPEG first, in one pass; then ImageIO for the other formats (and JPEGs of other
        // kinds, as before); WebP last: ImageIO finds no reader for it.
        return JpegHeader.read(file).or(() -> readWithImageIo(file)).or(() -> readWebp(file));
    }

    /** The size shown when the pixels are drawn a quarter turn round. */
    ImageSize turned() {
        return new ImageSize(height, width);
    }

    /** Whether {@code file} is named as an SVG drawing, whose size is read from its text. */
    public static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /**
     * ImageIO, told at its first use to read without temporary files: a size made of what a build
     * before read, or of the usual JPEG's header, needs none of its classes.
     */
    private static final class ImageIoSetUp {
        static {
            ImageIO.setUseCache(false);
        }

        static ImageInputStream open(Path file) throws IOException {
            return ImageIO.createImageInputStream(file.toFile());
        }
    }

    private static Optional<ImageSize> readWithImageIo(Path file) {
        try (ImageInputStream in = ImageIoSetUp.open(file)) {
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
                Optional<ImageSize> stored = positive(reader.getWidth(0), reader.getHeight(0));
                boolean jpeg = reader.getFormatName().equalsIgnoreCase("jpeg");
                return jpeg && ExifOrientation.turnsSideways(file) ? stored.map(ImageSize::turned) : stored;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The canvas of a WebP file, which Java's ImageIO cannot read, from the first chunk after the
     * RIFF header: lossy (VP8), lossless (VP8L) or extended (VP8X), as the WebP container specifies.
     */
    private static Optional<ImageSize> readWebp(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(30);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (head.length < 30 || !ascii(head, 0, "RIFF") || !ascii(head, 8, "WEBP")) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (ascii(head, 12, "VP8 ") && (head[23] & 0xff) == 0x9d && (head[24] & 0xff) == 0x01 && (head[25] & 0xff) == 0x2a) {
            return positive(bytes.getShort(26) & 0x3fff, bytes.getShort(28) & 0x3fff);
        }
        if (ascii(head, 12, "VP8L") && (head[20] & 0xff) == 0x2f) {
            int bits = bytes.getInt(21);
            return positive((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
        }
        if (ascii(head, 12, "VP8X")) {
            return positive(uint24(head, 24) + 1, uint24(head, 27) + 1);
        }
        return Optional.empty();
    }

    /** An SVG's width and height when given in pixels (or without a unit), else the last two numbers of its viewBox. */
    private static Optional<ImageSize> readSvg(Path file) {
        Element svg;
        try (InputStream in = Files.newInputStream(file)) {
            svg = Jsoup.parse(in, StandardCharsets.UTF_8.name(), "", Parser.xmlParser()).selectFirst("svg");
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (svg == null) {
            return Optional.empty();
        }
        Matcher width = PIXELS.matcher(svg.attr("width"));
        Matcher height = PIXELS.matcher(svg.attr("height"));
        if (width.matches() && height.matches()) {
            return positive(round(width.group(1)), round(height.group(1)));
        }
        String[] box = svg.attr("viewBox").strip().split("[\\s,]+");
        try {
            return box.length == 4 ? positive(round(box[2]), round(box[3])) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageSize> positive(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static int round(String number) {
        return (int) Math.round(Double.parseDouble(number));
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        return Arrays.equals(bytes, at, at + text.length(), text.getBytes(StandardCharsets.US_ASCII), 0, text.length());
    }

    private static int uint24(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16;
    }
}
