/**
 * Full-text search that works for Chinese: the {@link org.gazette.search.Tokenizer} (mirrored by
 * the theme's {@code search.js}, the two held together by shared test vectors) and the sharded
 * JSON index the build writes under {@code search/}, which the browser reads with no server.
 */
package org.gazette.search;
