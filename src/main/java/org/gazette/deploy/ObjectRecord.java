package org.gazette.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One object as a deploy wants it, or as a deploy left it: the file's path, size, MD5 and
 * checksum and the headers the object is served with. Two equal records mean nothing to upload.
 *
 * <pre>{@code
 * ObjectRecord page = new ObjectRecord("index.html", 5120, md5, checksum, "text/html; charset=utf-8",
 *         HeaderRules.REVALIDATE, Encoding.GZIP);
 * page.differences(previous); // Optional["bytes"], ["Cache-Control"], ...
 * }</pre>
 *
 * @param path         relative to the output folder (and to the target's prefix)
 * @param size         bytes of the file before any compression
 * @param md5          hex MD5 of those bytes; empty when not known (an object found by listing)
 * @param checksum     the build manifest's {@link org.gazette.output.Checksums} of those bytes; empty when not
 *                     known (an object found by listing, or recorded by an earlier Gazette)
 * @param contentType  {@code Content-Type}
 * @param cacheControl {@code Cache-Control}
 * @param encoding     pre-compression, giving {@code Content-Encoding}
 */
public record ObjectRecord(String path, long size, String md5, String checksum, String contentType, String cacheControl,
                           Encoding encoding) {

    /** An object whose bytes and headers are not known: one found by listing whose ETag differs. */
    static ObjectRecord unknown(String path, long size) {
        return new ObjectRecord(path, size, "", "", "", "", Encoding.IDENTITY);
    }

    /** What differs from {@code previous}, for the plan's reasons; empty when nothing does. */
    public Optional<String> differences(ObjectRecord previous) {
        if (!previous.hashKnown()) {
            return Optional.of("bytes"); // a listed object whose ETag differs: its headers were not asked for
        }
        List<String> changed = new ArrayList<>();
        if (!md5.equals(previous.md5) || size != previous.size) {
            changed.add("bytes");
        }
        if (!sameType(contentType, previous.contentType)) {
            changed.add("Content-Type " + previous.contentType + " -> " + contentType);
        }
        if (!cacheControl.equals(previous.cacheControl)) {
            changed.add("Cache-Control " + quote(previous.cacheControl) + " -> " + quote(cacheControl));
        }
        if (encoding != previous.encoding) {
            changed.add("Content-Encoding " + quote(previous.encoding.header()) + " -> " + quote(encoding.header()));
        }
        return changed.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", changed));
    }

    /** Whether the bytes are known: records read back from a listing may not be. */
    public boolean hashKnown() {
        return !md5.isEmpty();
    }

    /** Servers rewrite {@code text/html; charset=utf-8} as {@code text/html;charset=UTF-8}; both are the same type. */
    static boolean sameType(String a, String b) {
        return normalizeType(a).equals(normalizeType(b));
    }

    static String normalizeType(String type) {
        return type.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String quote(String value) {
        return value.isEmpty() ? "none" : "\"" + value + "\"";
    }
}
