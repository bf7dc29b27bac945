package org.gazette.incremental;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which Gazette made a cache: results made by other code may differ, so a cache stamped
 * otherwise is ignored. From a jar: checksums of its entries' names, lengths and CRC-32s, read from
 * its directory, so that the same code rebuilt (a CI job packages the jar afresh on every run)
 * keeps the caches, and any change of a class, a bundled theme file or a library drops them.
 * From a classes folder (a developer's checkout, the tests): its files' names, lengths and times.
 * The Java runtime is part of the stamp too: its locale data formats the dates and its Unicode
 * tables cut the search words, so a CI image with another Java update rebuilds from scratch.
 */
public final class CodeStamp {

    private static final String CURRENT = runtime() + " " + compute();

    private CodeStamp() {
    }

    public static String current() {
        return CURRENT;
    }

    /** The Java that runs Gazette: vendor and full version, such as "Debian 17.0.15+6-Debian-1deb12u1". */
    static String runtime() {
        return System.getProperty("java.vendor", "") + " " + Runtime.version();
    }

    private static String compute() {
        try {
            Path code = Path.of(CodeStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return "jar " + ofJar(code);
            }
            if (Files.isDirectory(code)) {
                return "classes " + ofFolder(code);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // fall through: an unknown origin is treated as code that may change
        }
        ProcessHandle self = ProcessHandle.current();
        return "process " + self.pid() + " " + self.info().startInstant().map(Object::toString).orElse("");
    }

    /** The jar's entries in its own order, each by name, lengths and CRC-32: what it holds, not when it was made. */
    static String ofJar(Path jar) throws IOException {
        byte[] directory = centralDirectory(jar);
        if (directory == null) { // a jar too large for the plain format (ZIP64): its entries one by one, slower
            MessageDigest digest = md5();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    digest.update((entry.getName() + " " + entry.getSize() + " " + entry.getCrc() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        // Read from the directory's own bytes, not through ZipFile: ten thousand ZipEntry objects
        // took a no-change build of 10,000 articles from 0.55 to 0.67 s. Each record's time (its
        // bytes 12 to 15) is blanked; the rest (lengths, CRC-32, name) is digested as it is.
        for (int at = 0; at + 46 <= directory.length; ) {
            if (directory[at] != 0x50 || directory[at + 1] != 0x4b || directory[at + 2] != 1 || directory[at + 3] != 2) {
                throw new IOException("not a jar's central directory");
            }
            directory[at + 12] = 0;
            directory[at + 13] = 0;
            directory[at + 14] = 0;
            directory[at + 15] = 0;
            at += 46 + unsignedShort(directory, at + 28) + unsignedShort(directory, at + 30) + unsignedShort(directory, at + 32);
        }
        // CRC-32 and Adler-32, which the JDK computes natively: MD5 over the megabyte of ten
        // thousand records cost a cold JVM 15 ms before its code was compiled.
        CRC32 crc = new CRC32();
        crc.update(directory);
        Adler32 adler = new Adler32();
        adler.update(directory);
        return Long.toHexString(crc.getValue()) + "-" + Long.toHexString(adler.getValue()) + "-" + directory.length;
    }

    private static int unsignedShort(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    /** The jar's central directory, from the offset its end record gives; null for a ZIP64 jar. */
    private static byte[] centralDirectory(Path jar) throws IOException {
        try (FileChannel channel = FileChannel.open(jar)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 0xFFFF); // the end record, after which a comment of up to 64 KB
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, end, size - tail);
            int record = tail - 22;
            while (record >= 0 && end.getInt(record) != 0x06054b50) {
                record--;
            }
            if (record < 0) {
                throw new IOException("no end of central directory");
            }
            long directorySize = end.getInt(record + 12) & 0xFFFFFFFFL;
            long offset = end.getInt(record + 16) & 0xFFFFFFFFL;
            if (offset == 0xFFFFFFFFL || directorySize == 0xFFFFFFFFL || (end.getShort(record + 10) & 0xFFFF) == 0xFFFF) {
                return null;
            }
            ByteBuffer directory = ByteBuffer.allocate((int) directorySize);
            readFully(channel, directory, offset);
            return directory.array();
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the jar ends early");
            }
        }
    }

    private static String ofFolder(Path folder) throws IOException {
        MessageDigest digest = md5();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(longBytes(attributes.size()));
                digest.update(longBytes(attributes.lastModifiedTime().toMillis()));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (56 - 8 * i));
        }
        return bytes;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }
}
