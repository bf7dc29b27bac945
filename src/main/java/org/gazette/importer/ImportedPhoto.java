package org.gazette.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A photo of an imported article: a ▲ caption of a plain-text article, or an image of an HTML page.
 *
 * @param id      its id in the front matter: photo-1, photo-2, ...
 * @param src     its file beside the article ({@code photo-1.jpg}), or an address on the old site
 * @param caption the caption, without the ▲ and the credit
 * @param credit  the photographer, from a trailing （杨超 摄）
 * @param alt     the old page's text alternative, when it said more than the file name
 * @param taken   the date the caption begins with, such as 2023年3月7日
 * @param origin  where the image is in the legacy files, when it is there to copy
 * @param line    where the caption or image is in the legacy file
 */
record ImportedPhoto(String id, String src, String caption, String credit, String alt, Optional<LocalDate> taken,
                     Optional<Path> origin, int line) {
}
