package org.gazette.render;

import java.util.Optional;
import java.util.SortedSet;

/**
 * The template a page is rendered from, with the templates it is made of: itself, those it names
 * in {@code extends}, {@code include}, {@code import}, {@code from} or {@code embed}, and theirs.
 * A build keeps a page while these are unchanged, so that editing the article template leaves the
 * listings as they were. Empty when one of them names a template by a value computed while
 * rendering, or could not be read: the page is then made of every template.
 *
 * @param name   the page's template, such as "article"
 * @param madeOf every template it may read, by name without the suffix ("article", "base")
 */
public record PageTemplate(String name, Optional<SortedSet<String>> madeOf) {
}
