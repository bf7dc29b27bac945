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
 * Its line in {@code site.yaml} is not part of it ({@link SiteConfigLoader#redirectLine}): the
 * settings are part of the key of every page and article a build cache keeps, and a comment added
 * above {@code redirects:} made the next build parse and render everything again.
 *
 * @param from the old address, a path of this site
 * @param to   the address it leads to, one the site makes
 */
public record SiteRedirect(String from, String to) {
}
