package org.gazette.deploy;

import java.util.HexFormat;
import org.gazette.output.Manifest;

/**
 * The digest a deploy compares: MD5, what the build's manifest records and what S3 calls the ETag
 * of a simple upload and Content-MD5.
 *
 * <pre>{@code
 * Hashes.md5Hex(bytes);    // "764efa883dda1e11db47671c4a3bbd9e"
 * }</pre>
 */
public final class Hashes {

    private Hashes() {
    }

    public static byte[] md5(byte[] bytes) {
        return Manifest.md5().digest(bytes);
    }

    public static String md5Hex(byte[] bytes) {
        return HexFormat.of().formatHex(md5(bytes));
    }
}
