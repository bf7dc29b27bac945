/**
 * The machine-readable outputs: Atom feeds (site and columns), sitemaps, {@code robots.txt},
 * and redirect pages plus a {@code _redirects} map for the aliases of moved articles.
 */
package org.gazette.feed;
