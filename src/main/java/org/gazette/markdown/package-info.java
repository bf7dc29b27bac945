/**
 * Renders an article's Markdown body with flexmark-java (CommonMark, tables, footnotes,
 * strikethrough, autolinks, heading ids that work for Chinese) and turns photos into
 * {@code <figure>} caption blocks. The result is a value, {@link org.gazette.markdown.RenderedArticle}.
 * The links and images a body refers to are read with the same parser
 * ({@link org.gazette.markdown.BodyReferences}), for {@code check} and for the files kept back with drafts.
 */
package org.gazette.markdown;
