package org.gazette.deploy;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * How an object's bytes are stored: as they are, or pre-compressed with gzip or brotli and
 * served with the matching {@code Content-Encoding}.
 *
 * <pre>{@code
 * byte[] stored = Encoding.GZIP.encode(html);  // Content-Encoding: gzip
 * }</pre>
 */
public enum Encoding {
    IDENTITY("", ""),
    GZIP("gzip", ".gz"),
    BROTLI("br", ".br");

    private final String header;
    private final String suffix;

    Encoding(String header, String suffix) {
        this.header = header;
        this.suffix = suffix;
    }

    /** The {@code Content-Encoding} value; empty for {@link #IDENTITY}. */
    public String header() {
        return header;
    }

    /** Added to the key of a kept copy, whose bytes are the encoded ones. */
    public String suffix() {
        return suffix;
    }

    /** {@code gzip}, {@code brotli} (or {@code br}), {@code none}; the words of site.yaml. */
    public static Encoding named(String word) {
        return switch (word) {
            case "gzip" -> GZIP;
            case "brotli", "br" -> BROTLI;
            case "none", "" -> IDENTITY;
            default -> throw new IllegalArgumentException("unknown compression " + word);
        };
    }

    /** The encoding a stored {@code Content-Encoding} header names. */
    public static Encoding ofHeader(String header) {
        return switch (header == null ? "" : header.strip().toLowerCase(Locale.ROOT)) {
            case "gzip" -> GZIP;
            case "br" -> BROTLI;
            default -> IDENTITY;
        };
    }

    /** The bytes as stored. gzip is written without a file time, so equal input gives equal output. */
    public byte[] encode(byte[] bytes) {
        return switch (this) {
            case IDENTITY -> bytes;
            case GZIP -> gzip(bytes);
            case BROTLI -> brotli(bytes);
        };
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return out.toByteArray();
    }

    private static byte[] brotli(byte[] bytes) {
        if (!Brotli4jLoader.isAvailable()) {
            throw new DeployException("brotli compression is not available on this machine ("
                    + Brotli4jLoader.getUnavailabilityCause().getMessage() + "; use gzip in site.yaml's compress:)");
        }
        try {
            return Encoder.compress(bytes, new Encoder.Parameters().setQuality(11));
        } catch (IOException e) {
            throw new DeployException("brotli compression failed: " + e.getMessage() + " (use gzip in site.yaml's compress:)");
        }
    }
}
