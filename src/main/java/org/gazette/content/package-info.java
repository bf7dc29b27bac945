/**
 * Walks {@code content/}, splits and validates front matter, and produces immutable
 * {@link org.gazette.content.Article}s with their slugs and URLs. Every wrong value becomes a
 * {@link org.gazette.problem.Problem} with its line; nothing here renders Markdown.
 */
package org.gazette.content;
