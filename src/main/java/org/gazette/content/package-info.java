/**
 * Walks {@code content/}, splits and validates front matter, and produces immutable
 * {@link org.gazette.content.Article}s with their slugs and URLs; and says which files are
 * published as they are ({@link org.gazette.content.CopiedFiles}). Every wrong value becomes a
 * {@link org.gazette.problem.Problem} with its line; nothing here renders Markdown.
 */
package org.gazette.content;
