/**
 * Incremental builds: what one build keeps in {@code .gazette/cache/} so that the next reads,
 * renders and writes only what changed, and gives the same bytes as a clean build.
 * Every cache (this one and {@code check}'s) is stamped with the code that made it
 * ({@link org.gazette.incremental.CodeStamp}), written field by field
 * ({@link org.gazette.incremental.CacheData}) and replaced whole
 * ({@link org.gazette.incremental.CacheFiles}).
 *
 * <p>This is the build's helper, and the one package that looks back at {@code build}: it depends
 * on {@code build.ArticleSteps} (the per-article steps it answers from the cache) and
 * {@code build.BuildOptions} (the settings its inputs are fingerprinted from), deliberately.
 */
package org.gazette.incremental;
