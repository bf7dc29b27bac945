package org.gazette.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.build.BuildOptions;
import org.gazette.build.OutputClashes;
import org.gazette.content.ContentLoader;
import org.gazette.content.CopiedFiles;
import org.gazette.content.LinkGuard;
import org.gazette.problem.FileNameEncoding;
import org.gazette.problem.Problem;

/**
 * The files the build publishes as they are ({@link CopiedFiles}, the build's own rule), by their
 * path in the output folder. Files are listed, not read.
 *
 * <pre>{@code
 * PublishedFiles.of(root).get("2023/five-year-review/photo-1.jpg"); // content/2023/five-year-review/photo-1.jpg
 * }</pre>
 */
final class PublishedFiles {

    private PublishedFiles() {
    }

    /** Output path to the file, relative to the site root; {@code static/} wins over {@code content/}, as files are copied in that order. */
    static Map<String, Path> of(Path root) {
        return listed(root, BuildOptions.of(root).output()).files();
    }

    /**
     * The files published, and the problems of a file under {@code content/} and one under
     * {@code static/} published at the same path, which the build refuses: told at the content file.
     */
    record Listed(Map<String, Path> files, List<Problem> clashes) {
    }

    /** The files a build into {@code output} publishes as they are. */
    static Listed listed(Path root, Path output) {
        // Faults (links to nothing, loops, links out of the site) are left out here: the build's
        // model, which check runs first, reports them.
        List<CopiedFiles.File> copied = CopiedFiles.list(root, ContentLoader.otherFiles(root, output), LinkGuard.of(root, output),
                fault -> { });
        Map<String, Path> files = new TreeMap<>();
        List<Problem> clashes = new ArrayList<>();
        for (CopiedFiles.File file : copied) {
            if (!FileNameEncoding.canHold(file.sitePath())) {
                continue; // a name the build cannot write: told once for the whole check
            }
            Path earlier = files.put(file.sitePath(), file.source());
            if (earlier != null) {
                clashes.add(Problem.error(earlier, 0, OutputClashes.publishedTwice(file.source(), file.sitePath())));
            }
        }
        return new Listed(files, clashes);
    }
}
