package org.gazette.content;

import org.gazette.config.SiteConfig;
import org.gazette.config.TermKind;

/**
 * The slug of a column, tag or author: the one mapped in {@code site.yaml}, else the name made
 * safe by {@link Slugs#of}. An empty result means the name cannot be a URL.
 *
 * <pre>{@code
 * TermSlugs.of(config, TermKind.TAG, "妇联");   // "妇联", or "womens-federation" when mapped
 * TermSlugs.of(config, TermKind.TAG, "../");    // "" : reported by the parser
 * }</pre>
 */
public final class TermSlugs {

    private TermSlugs() {
    }

    public static String of(SiteConfig config, TermKind kind, String name) {
        return config.slugs().mapped(kind, name).orElseGet(() -> Slugs.of(name));
    }

    /** The site path of a term's first listing page, such as {@code /tags/妇联/}. */
    public static String url(SiteConfig config, TermKind kind, String name) {
        return "/" + kind.folder() + "/" + of(config, kind, name) + "/";
    }
}
