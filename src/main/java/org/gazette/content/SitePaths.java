package org.gazette.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Site paths ("/2023/12/five-year-review/", "/assets/style.css") and the relative, percent-encoded
 * links between them. Pages link relatively so that the site works under any base path and when
 * opened from disk.
 *
 * <pre>{@code
 * SitePaths.relative("/2023/12/x/", "/assets/style.css"); // "../../../assets/style.css"
 * SitePaths.relative("/", "/");                            // "./"
 * }</pre>
 */
public final class SitePaths {

    private SitePaths() {
    }

    /** The link from the page at {@code fromPage} (a folder path ending in "/") to {@code target}. */
    public static String relative(String fromPage, String target) {
        if (!target.startsWith("/")) {
            return target;
        }
        List<String> from = segments(fromPage.substring(0, fromPage.lastIndexOf('/') + 1));
        List<String> to = segments(target);
        boolean folder = target.endsWith("/");
        int common = 0;
        while (common < from.size() && common < to.size() - (folder ? 0 : 1)
                && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        link.append("../".repeat(from.size() - common));
        for (int i = common; i < to.size(); i++) {
            link.append(encodeSegment(to.get(i)));
            if (i < to.size() - 1 || folder) {
                link.append('/');
            }
        }
        return link.length() == 0 ? "./" : link.toString();
    }

    /** The output file of a site path: "/a/b/" becomes "a/b/index.html". */
    public static String outputFile(String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** A site path with every segment percent-encoded, for absolute URLs. */
    public static String encode(String sitePath) {
        StringBuilder encoded = new StringBuilder();
        for (String part : sitePath.split("/", -1)) {
            if (encoded.length() > 0 || sitePath.startsWith("/")) {
                encoded.append('/');
            }
            encoded.append(encodeSegment(part));
        }
        String result = encoded.toString();
        return result.startsWith("//") ? result.substring(1) : result;
    }

    /** Percent-encodes one path segment as UTF-8, keeping the characters RFC 3986 allows there. */
    public static String encodeSegment(String segment) {
        if (allKept(segment)) {
            return segment; // most segments: dates, slugs, file names
        }
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isKept(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** A plain loop, not a stream: it runs for every segment of every link a build writes. */
    private static boolean allKept(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (!isKept(segment.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The characters RFC 3986 allows in a path segment as they are. */
    private static boolean isKept(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
    }

    /** The non-empty segments between slashes. */
    private static List<String> segments(String path) {
        List<String> parts = new ArrayList<>(8);
        int start = 0;
        while (start < path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (end > start) {
                parts.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return parts;
    }
}
