/**
 * Renders an article's Markdown body with flexmark-java (CommonMark, tables, footnotes,
 * strikethrough, autolinks, heading ids that work for Chinese) and turns photos into
 * {@code <figure>} caption blocks. The result is a value, {@link org.gazette.markdown.RenderedArticle}.
 */
package org.gazette.markdown;
