package org.gazette.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * The link from the page at {@code fromPage} (a folder path ending in "/") to {@code target}:
     * up out of the page's folders the two do not share, then down the rest of the target. Empty
     * segments ("//") are skipped. Walked in place, without splitting either path: a build makes
     * a link this way for every URL on every page.
     */
    public static String relative(String fromPage, String target) {
        if (!target.startsWith("/")) {
            return target;
        }
        int fromEnd = fromPage.lastIndexOf('/') + 1;
        boolean folder = target.endsWith("/");
        // A file's own name is never a folder the page is in.
        int shareable = folder ? target.length() : target.lastIndexOf('/') + 1;
        int from = 0;
        int to = 0;
        while (true) {
            from = skipSlashes(fromPage, from, fromEnd);
            to = skipSlashes(target, to, shareable);
            if (from == fromEnd || to == shareable) {
                break;
            }
            int fromSlash = fromPage.indexOf('/', from);
            int toSlash = target.indexOf('/', to);
            if (fromSlash - from != toSlash - to || !fromPage.regionMatches(from, target, to, fromSlash - from)) {
                break;
            }
            from = fromSlash + 1;
            to = toSlash + 1;
        }
        StringBuilder link = new StringBuilder();
        for (from = skipSlashes(fromPage, from, fromEnd); from < fromEnd; from = skipSlashes(fromPage, fromPage.indexOf('/', from) + 1, fromEnd)) {
            link.append("../");
        }
        for (to = skipSlashes(target, to, target.length()); to < target.length(); ) {
            int end = target.indexOf('/', to);
            if (end < 0) {
                end = target.length();
            }
            link.append(encodeSegment(target.substring(to, end)));
            to = skipSlashes(target, end, target.length());
            if (to < target.length() || folder) {
                link.append('/');
            }
        }
        return link.length() == 0 ? "./" : link.toString();
    }

    /** The first index from {@code from} (up to {@code end}) that is not a slash. */
    private static int skipSlashes(String path, int from, int end) {
        while (from < end && path.charAt(from) == '/') {
            from++;
        }
        return from;
    }

    /**
     * The address of an alias's redirect page. An alias without a file extension is a folder's page,
     * as Hugo writes them: written as the file {@code news/12345}, it was served as
     * {@code application/octet-stream} and browsers downloaded it; {@code news/12345/index.html} is
     * served at {@code /news/12345} by static hosts and object stores' website endpoints.
     */
    public static String aliasPage(String alias) {
        String name = alias.substring(alias.lastIndexOf('/') + 1);
        return alias.endsWith("/") || name.contains(".") ? alias : alias + "/";
    }

    /** The output file of an alias's redirect page: "/news/12345" becomes "news/12345/index.html". */
    public static String aliasFile(String alias) {
        return outputFile(aliasPage(alias));
    }

    /** The output file of a site path: "/a/b/" becomes "a/b/index.html". */
    public static String outputFile(String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** The site path of an output file, {@link #outputFile} undone: "a/b/index.html" becomes "/a/b/". */
    public static String sitePath(String outputFile) {
        if (outputFile.equals("index.html")) {
            return "/";
        }
        return "/" + (outputFile.endsWith("/index.html") ? outputFile.substring(0, outputFile.length() - "index.html".length()) : outputFile);
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

    /**
     * The path with its %XX escapes read as UTF-8 ("march%208.jpg" names "march 8.jpg",
     * "/tags/%E5%A6%87%E8%81%94/" is "/tags/妇联/"), as a browser reads a link; a '+' stays a '+',
     * and a malformed escape ("100%-cotton") is kept as written.
     */
    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && Character.digit(path.charAt(i + 1), 16) >= 0 && Character.digit(path.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(path.charAt(i + 1), 16) * 16 + Character.digit(path.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < path.length()) {
                    encoded = path.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Percent-encodes one path segment as UTF-8, keeping the characters RFC 3986 allows there. */
    public static String encodeSegment(String segment) {
        if (allKept(segment)) {
            return segment; // most segments: dates, slugs, file names
        }
        return ENCODED.computeIfAbsent(segment, SitePaths::percentEncode);
    }

    /**
     * The other segments, encoded once: a site has a few hundred (Chinese tag and author names),
     * and the link to each is on thousands of pages.
     */
    private static final Map<String, String> ENCODED = new ConcurrentHashMap<>();

    private static String percentEncode(String segment) {
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
}
