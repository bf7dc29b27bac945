package org.gazette.render;

/**
 * What every page's {@code <head>} needs.
 *
 * @param path        the page's site path, such as {@code /2023/12/five-year-review/}
 * @param title       the whole {@code <title>} text
 * @param description the meta description
 * @param canonical   the page's absolute URL
 */
public record PageMeta(String path, String title, String description, String canonical) {
}
