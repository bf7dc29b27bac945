/**
 * {@code gazette check}: everything the build would report, without writing the site, and more
 * that a build does not look at: links in article bodies that point nowhere, photos too large
 * to publish, drafts whose date has passed, articles with nothing to show in a list. The entry
 * point is {@link org.gazette.check.Check#run}.
 */
package org.gazette.check;
