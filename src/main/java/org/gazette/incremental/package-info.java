/**
 * Incremental builds: what one build keeps in {@code .gazette/cache/} so that the next reads,
 * renders and writes only what changed, and gives the same bytes as a clean build.
 */
package org.gazette.incremental;
