package org.gazette.config;

/**
 * An old address of the site that leads to another, from {@code redirects:} in {@code site.yaml}:
 * a renamed column's, tag's or author's page, or any page the site no longer makes.
 *
 * <pre>
 * redirects:
 *   /columns/local/: /columns/grassroots/
 * </pre>
 *
 * @param from the old address, a path of this site
 * @param to   the address it leads to, one the site makes
 * @param line the line of {@code from} in {@code site.yaml}
 */
public record SiteRedirect(String from, String to, int line) {
}
