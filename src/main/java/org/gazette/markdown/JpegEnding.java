package org.gazette.markdown;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a JPEG ends before its picture does: a copy or an upload cut off halfway leaves a file
 * whose header, and so its size, reads well, and browsers draw its top part above a grey band.
 * A whole JPEG ends with the EOI marker, which nearly every camera and editor writes last; a file
 * that does not end with it (a phone's motion photo carries a video after it) is read through its
 * segments and scans to see whether EOI comes at all. (ImageIO tells a cut-off JPEG only by
 * decoding it: 72 MB of pixels for a 6000×4000 photo, in builds that may have 256 MB in all; this
 * reads the file through a small buffer.)
 *
 * <pre>{@code
 * JpegEnding.cutShort(Path.of("content/2024/images/upload-stopped.jpg")); // true
 * }</pre>
 */
final class JpegEnding {

    private static final int MARKER = 0xff;
    private static final int SOI = 0xd8;
    private static final int EOI = 0xd9;
    private static final int SOS = 0xda;

    private JpegEnding() {
    }

    /** True for a JPEG file without its end; false for a whole one, another format, or a file that cannot be read. */
    static boolean cutShort(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate(2);
            ByteBuffer tail = ByteBuffer.allocate(2);
            if (size < 4 || channel.read(head, 0) < 2 || (head.get(0) & 0xff) != MARKER || (head.get(1) & 0xff) != SOI) {
                return false;
            }
            channel.read(tail, size - 2);
            if ((tail.get(0) & 0xff) == MARKER && (tail.get(1) & 0xff) == EOI) {
                return false; // the usual case, told from two bytes
            }
        } catch (IOException e) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return !reachesEnd(new Bytes(in));
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the segments after SOI, and the entropy-coded data after each SOS, up to EOI: false at the file's end first. */
    private static boolean reachesEnd(Bytes in) throws IOException {
        in.next();
        in.next(); // SOI
        int marker = nextMarker(in);
        while (marker >= 0) {
            if (marker == EOI) {
                return true;
            }
            if (marker >= 0xd0 && marker <= 0xd7 || marker == 0x01) {
                marker = nextMarker(in); // restart markers and TEM stand alone
                continue;
            }
            int length = in.next() << 8 | in.next();
            if (length < 2 || !in.skip(length - 2)) {
                return false;
            }
            marker = marker == SOS ? afterScan(in) : nextMarker(in);
        }
        return false;
    }

    /** The marker after a scan's coded data (a byte 0xFF there is followed by 0, or is a restart marker), -1 at the file's end. */
    private static int afterScan(Bytes in) throws IOException {
        for (int b = in.next(); b >= 0; b = in.next()) {
            if (b != MARKER) {
                continue;
            }
            int code = in.next();
            while (code == MARKER) {
                code = in.next();
            }
            if (code != 0 && (code < 0xd0 || code > 0xd7)) {
                return code;
            }
        }
        return -1;
    }

    /** The next marker's code, past any fill bytes; -1 at the file's end or where no marker stands. */
    private static int nextMarker(Bytes in) throws IOException {
        if (in.next() != MARKER) {
            return -1;
        }
        int code = in.next();
        while (code == MARKER) {
            code = in.next();
        }
        return code;
    }

    /** A file's bytes one at a time through a buffer of its own: a JPEG's coded data is scanned byte by byte. */
    private static final class Bytes {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int at;
        private int end;

        Bytes(InputStream in) {
            this.in = in;
        }

        int next() throws IOException {
            if (at == end) {
                end = in.read(buffer);
                at = 0;
                if (end <= 0) {
                    end = 0;
                    return -1;
                }
            }
            return buffer[at++] & 0xff;
        }

        /** Skips {@code count} bytes; false when the file ends first. */
        boolean skip(int count) throws IOException {
            int inBuffer = Math.min(count, end - at);
            at += inBuffer;
            try {
                in.skipNBytes(count - inBuffer);
                return true;
            } catch (EOFException e) {
                return false;
            }
        }
    }
}
