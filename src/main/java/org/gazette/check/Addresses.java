package org.gazette.check;

import java.util.Optional;
import org.gazette.content.SiteLinks;

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
        return SiteLinks.scheme(address);
    }

    /** The address without its query and fragment. */
    static String withoutQuery(String address) {
        return SiteLinks.withoutQuery(address);
    }

    /** The site path {@code address} leads to from the page at {@code page}: {@link SiteLinks#resolve}. */
    static String resolve(String page, String address) {
        return SiteLinks.resolve(page, address);
    }
}
