/**
 * The build orchestrator ({@link org.gazette.build.Build}): the pipeline's steps in order, from
 * {@code site.yaml} to a written {@code site/}, with its options, report and progress listener.
 * Beside it: the one list of generators ({@link org.gazette.build.Generators}), the hook around
 * the per-article steps that the build cache, {@code serve} and {@code check} use
 * ({@link org.gazette.build.ArticleSteps}), whether {@code --source} is a site at all
 * ({@link org.gazette.build.SiteFolder}), the site's {@code .gazette/} folder and the lock that
 * keeps two builds apart ({@link org.gazette.build.GazetteFolder}, {@link org.gazette.build.BuildLock}),
 * the outputs' clashes told at their sources ({@link org.gazette.build.OutputClashes}, which
 * {@code check} shares), and the files of {@code content/} kept back with unpublished articles
 * ({@link org.gazette.build.WithheldFiles}, which {@code check} shares too).
 */
package org.gazette.build;
