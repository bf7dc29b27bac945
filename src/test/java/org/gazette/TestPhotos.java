package org.gazette;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Photos as cameras write them, for tests. */
public final class TestPhotos {

    private TestPhotos() {
    }

    /**
     * A 400×200 JPEG, with an EXIF block giving {@code orientation} when it is above 0, as a phone's
     * camera writes it: the same length whatever the orientation, as when a tool turns it upright.
     */
    public static byte[] jpeg(int orientation) throws IOException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB), "jpg", encoded);
        byte[] plain = encoded.toByteArray();
        if (orientation == 0) {
            return plain;
        }
        // APP1: "Exif\0\0", then a little-endian TIFF header and IFD0 holding one entry, Orientation (0x0112, SHORT).
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8)
                .putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(plain, 0, 2); // SOI
        int length = 2 + exif.length + tiff.capacity();
        withExif.write(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length});
        withExif.write(exif);
        withExif.write(tiff.array());
        withExif.write(plain, 2, plain.length - 2);
        return withExif.toByteArray();
    }

    /** {@code image} as a JPEG, baseline or progressive, written by Java's own encoder. */
    public static byte[] jpeg(IIOImage image, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, image, param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
