package org.gazette.markdown;

/**
 * A section heading of the body, for a table of contents.
 *
 * @param level 2 for {@code ##}, 3 for {@code ###}
 * @param id    the anchor flexmark gave it, such as {@code 坚持政治铸魂-凝聚她共识}
 * @param text  the heading's text
 */
public record Heading(int level, String id, String text) {
}
