package org.gazette.content;

import java.nio.file.Path;
import java.util.List;
import org.gazette.problem.Problem;

/**
 * What {@code content/} holds: Markdown sources and the other files (images, attachments) that
 * are copied to the site beside the pages, and the faults of the folder (links to nothing, loops)
 * that fail the build, told with the rest of its problems.
 *
 * @param sources Markdown files, sorted by path
 * @param files   other files, relative to the site root, sorted
 * @param faults  errors naming each faulty path
 */
public record ContentTree(List<SourceFile> sources, List<Path> files, List<Problem> faults) {

    public ContentTree {
        sources = List.copyOf(sources);
        files = List.copyOf(files);
        faults = List.copyOf(faults);
    }
}
