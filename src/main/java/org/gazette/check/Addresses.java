package org.gazette.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the addresses written in articles: which are outside the site, and where a relative one
 * leads from a page.
 *
 * <pre>{@code
 * Addresses.resolve("/2023/12/a/", "../../11/b/?x=1#top"); // "/2023/11/b/"
 * }</pre>
 */
final class Addresses {

    private Addresses() {
    }

    /** The scheme of an absolute address ({@code https}, {@code mailto}, {@code photo}), lower case; empty for a path. */
    static Optional<String> scheme(String address) {
        int colon = address.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String scheme = address.substring(0, colon);
        return scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") ? Optional.of(scheme.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The address without its query and fragment. */
    static String withoutQuery(String address) {
        int end = address.length();
        for (char c : new char[] {'?', '#'}) {
            int at = address.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return address.substring(0, end);
    }

    /**
     * The site path {@code address} leads to from the page at {@code page} (a folder path such as
     * {@code /2023/12/a/}): "." and ".." segments resolved, query and fragment dropped. Going above
     * the root stays at the root, as browsers do.
     */
    static String resolve(String page, String address) {
        String path = withoutQuery(address);
        String joined = path.startsWith("/") ? path : page.substring(0, page.lastIndexOf('/') + 1) + path;
        Deque<String> parts = new ArrayDeque<>();
        String[] segments = joined.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..")) {
                parts.pollLast();
                if (last) {
                    parts.addLast("");
                }
            } else if (segment.equals(".")) {
                if (last) {
                    parts.addLast("");
                }
            } else if (!segment.isEmpty() || last) {
                parts.addLast(segment);
            }
        }
        return "/" + String.join("/", parts);
    }
}
