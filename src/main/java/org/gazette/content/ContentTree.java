package org.gazette.content;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code content/} holds: Markdown sources and the other files (images, attachments) that
 * are copied to the site beside the pages.
 *
 * @param sources Markdown files, sorted by path
 * @param files   other files, relative to the site root, sorted
 */
public record ContentTree(List<SourceFile> sources, List<Path> files) {

    public ContentTree {
        sources = List.copyOf(sources);
        files = List.copyOf(files);
    }
}
