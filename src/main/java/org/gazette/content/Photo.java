package org.gazette.content;

/**
 * A photo listed in front matter, to be placed in the body by its id, used as the lead photo,
 * or shown after the body.
 *
 * @param id      how the body refers to it: {@code ![](photo:visit)}
 * @param src     the image, relative to the article or absolute in the site
 * @param caption the caption text
 * @param credit  the photographer, rendered as （杨超 摄）
 * @param alt     text for readers who cannot see the image (the caption when empty)
 * @param line    the line of the photo's {@code src} in the file, for problems
 */
public record Photo(String id, String src, String caption, String credit, String alt, int line) {
}
