package org.gazette.deploy;

import org.gazette.output.Manifest;

/**
 * The MD5 a deploy sends as {@code Content-MD5}; in hex ({@link Manifest#md5Hex}) it is what the
 * build's manifest records and what S3 calls the ETag of a simple upload.
 *
 * <pre>{@code
 * Base64.getEncoder().encodeToString(Hashes.md5(body));
 * }</pre>
 */
public final class Hashes {

    private Hashes() {
    }

    public static byte[] md5(byte[] bytes) {
        return Manifest.md5().digest(bytes);
    }
}
