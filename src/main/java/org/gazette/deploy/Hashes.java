package org.gazette.deploy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digests a deploy compares: MD5 (what S3 calls the ETag of a simple upload, and
 * Content-MD5) and SHA-256 (what the build's manifest records).
 *
 * <pre>{@code
 * Hashes.md5Hex(bytes);    // "764efa883dda1e11db47671c4a3bbd9e"
 * Hashes.sha256Hex(bytes);
 * }</pre>
 */
public final class Hashes {

    private Hashes() {
    }

    public static byte[] md5(byte[] bytes) {
        return digest("MD5", bytes);
    }

    public static String md5Hex(byte[] bytes) {
        return HexFormat.of().formatHex(md5(bytes));
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256", bytes));
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JVM", e);
        }
    }
}
