package org.gazette.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.build.OutputClashes;
import org.gazette.content.ContentLoader;
import org.gazette.content.SourceWalk;
import org.gazette.content.StaticFiles;
import org.gazette.markdown.ImageResolver;
import org.gazette.problem.FileNameEncoding;
import org.gazette.problem.Problem;

/**
 * The files the build publishes as they are, by their path in the output folder: every file
 * under {@code content/} that is not Markdown (at its path without {@code content/}) and every
 * file under {@code static/} (at its path without {@code static/}). As in the build, hidden files
 * are skipped, but for {@code static/.well-known/} and {@code .htaccess} ({@link StaticFiles}). Files are listed, not read.
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
        return listed(root).files();
    }

    /**
     * The files published, and the problems of a file under {@code content/} and one under
     * {@code static/} published at the same path, which the build refuses: told at the content file.
     */
    record Listed(Map<String, Path> files, List<Problem> clashes) {
    }

    static Listed listed(Path root) {
        Map<String, Path> files = new TreeMap<>();
        list(root, root.resolve(ContentLoader.CONTENT_FOLDER), true, files);
        Map<String, Path> statics = new TreeMap<>();
        list(root, root.resolve(ImageResolver.STATIC_FOLDER), false, statics);
        List<Problem> clashes = new ArrayList<>(statics.entrySet().stream().filter(e -> files.containsKey(e.getKey()))
                .map(e -> Problem.error(files.get(e.getKey()), 0, OutputClashes.publishedTwice(e.getValue(), e.getKey())))
                .toList());
        files.putAll(statics);
        return new Listed(files, clashes);
    }

    /** {@code content}: the content folder, whose Markdown and hidden files are not published as they are. */
    private static void list(Path root, Path folder, boolean content, Map<String, Path> files) {
        // Faults (links to nothing, loops, names the locale cannot read) are left out here: the build's
        // model, which check runs first, reports them.
        SourceWalk.survey(folder).files().stream()
                .filter(p -> FileNameEncoding.canHold(folder.relativize(p).toString()))
                .filter(p -> content
                        ? ContentLoader.hiddenPart(folder.relativize(p)).isEmpty() && !p.getFileName().toString().endsWith(".md")
                        : StaticFiles.isPublished(folder.relativize(p)))
                .forEach(p -> files.put(folder.relativize(p).toString().replace('\\', '/'), root.relativize(p)));
    }
}
