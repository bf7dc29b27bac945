package org.gazette.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazette.content.Author;
import org.gazette.problem.Problem;

/**
 * A legacy article as a reader found it: its blocks in order, and what the page said about
 * itself outside them (an HTML page's title and date).
 *
 * @param blocks  the article's paragraphs, images and headings
 * @param title   the headline, when the page marked it
 * @param date    the date, when the page gave one
 * @param authors the authors, when the page named them apart from the text
 * @param images  local image files by their address in the page, to copy beside the article
 * @param notes   what the reader could not recognise or had to guess
 */
record LegacyArticle(List<Block> blocks, Optional<String> title, Optional<ImportDate> date, List<Author> authors,
                     Map<String, Path> images, List<Problem> notes) {

    LegacyArticle {
        blocks = List.copyOf(blocks);
        authors = List.copyOf(authors);
        images = Map.copyOf(images);
        notes = List.copyOf(notes);
    }

    static LegacyArticle of(List<Block> blocks) {
        return new LegacyArticle(blocks, Optional.empty(), Optional.empty(), List.of(), Map.of(), List.of());
    }
}
