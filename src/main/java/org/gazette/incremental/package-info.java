/**
 * Incremental builds: what one build keeps in {@code .gazette/cache/} so that the next reads,
 * renders and writes only what changed, and gives the same bytes as a clean build.
 * {@link org.gazette.incremental.CodeStamp} stamps every cache (this one and {@code check}'s) with
 * the code that made it.
 *
 * <p>This is the build's helper, and the one package that looks back at {@code build}: it depends
 * on {@code build.ArticleSteps} (the per-article steps it answers from the cache) and
 * {@code build.BuildOptions} (the settings its inputs are fingerprinted from), deliberately.
 */
package org.gazette.incremental;
