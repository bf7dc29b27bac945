package org.gazette.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.gazette.config.SiteConfig;

/**
 * Where a link written in an article's body leads in the site, as a browser reads it from the
 * article's page: a relative link from the page's URL ({@code /2024/05/slug/}), not from the
 * article's source folder, and an absolute URL on the site's own host and base path as the site
 * path it names. {@code gazette check} (its link check) and the files kept back with drafts
 * ({@link org.gazette.build.WithheldFiles}) read links this one way.
 *
 * <pre>{@code
 * SiteLinks.resolve("/2023/12/a/", "../../11/b/?x=1#top");                         // "/2023/11/b/"
 * SiteLinks.sitePathOf(config, "https://news.example.org/2024/files/a.pdf");       // "/2024/files/a.pdf"
 * }</pre>
 */
public final class SiteLinks {

    private SiteLinks() {
    }

    /** The scheme of an absolute address ({@code https}, {@code mailto}, {@code photo}), lower case; empty for a path. */
    public static Optional<String> scheme(String address) {
        int colon = address.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String scheme = address.substring(0, colon);
        return scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") ? Optional.of(scheme.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The address without its query and fragment. */
    public static String withoutQuery(String address) {
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
    public static String resolve(String page, String address) {
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

    /**
     * The part of {@code written} (an address as written, stripped) inside this site: a path, or
     * the path of an absolute URL on the site's own host under its base path. Empty for another
     * site's address, elsewhere on the site's host, or another scheme ({@code mailto:}, {@code photo:}).
     */
    public static Optional<String> sitePathOf(SiteConfig config, String written) {
        Optional<String> scheme = scheme(written);
        if (scheme.isEmpty() && !written.startsWith("//")) {
            return Optional.of(written);
        }
        if (scheme.isPresent() && !scheme.get().equals("http") && !scheme.get().equals("https")) {
            return Optional.empty();
        }
        String host = config.baseUrl().getHost();
        String rest = written.replaceFirst("^(?i)(https?:)?//", "");
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        // Elsewhere on the site's own host (its home page, another section) is outside the site too.
        if (host == null || !authority.equalsIgnoreCase(host) || !(path + "/").startsWith(config.basePath())) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /**
     * The path in the site, from its root, that {@code bare} (a decoded path without query, from
     * {@link #sitePathOf}) leads to from the page at {@code pageUrl}: an absolute path has the base
     * path taken off; a relative one is resolved from the page.
     */
    public static String siteTarget(SiteConfig config, String pageUrl, String bare) {
        String base = config.basePath();
        if (bare.startsWith("/") && !base.equals("/")) {
            return bare.startsWith(base) ? resolve("/", "/" + bare.substring(base.length())) : bare;
        }
        return resolve(pageUrl, bare);
    }

    /** Whether {@code bare}, an absolute path, leaves the site: it does not start with the base path of a site published under one. */
    public static boolean leavesSite(SiteConfig config, String bare) {
        String base = config.basePath();
        return bare.startsWith("/") && !base.equals("/") && !bare.startsWith(base);
    }
}
