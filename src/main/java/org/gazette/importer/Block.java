package org.gazette.importer;

import java.util.Optional;

/**
 * One paragraph-level piece of a legacy article, as a reader found it, before it is known to be
 * the headline, a caption or body text.
 *
 * @param kind      what the reader could tell by itself
 * @param text      the plain text, punctuation already normalised (empty for an image)
 * @param markdown  the text as Markdown, escaped, with links and emphasis kept
 * @param line      where it starts in the legacy file, for the import report (0 when unknown)
 * @param gapBefore blank lines before it (plain text), or 1
 * @param gapAfter  blank lines after it, or 1; at the end of the file, {@link Integer#MAX_VALUE}
 * @param image     an image's address as written in the legacy file
 * @param centered  whether the page centred it, as old pages centre photos and their captions
 */
record Block(Kind kind, String text, String markdown, int line, int gapBefore, int gapAfter, Optional<String> image,
             boolean centered) {

    enum Kind {
        /** Text that may be anything: a headline, a byline, a caption, a paragraph. */
        TEXT,
        /** A heading the legacy page marked as one. */
        HEADING,
        /** An image, with any caption in {@code text}. */
        IMAGE,
        /** Body content kept as it was converted (a table, a list), never taken for anything else. */
        VERBATIM
    }

    static Block text(String text, String markdown, int line, int gapBefore, int gapAfter) {
        return new Block(Kind.TEXT, text, markdown, line, gapBefore, gapAfter, Optional.empty(), false);
    }
}
