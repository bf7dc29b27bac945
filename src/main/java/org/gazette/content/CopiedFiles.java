package org.gazette.content;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The files a site publishes as they are, copied into the output: the one rule the build copies
 * by and {@code gazette check} reads. Every file under {@code content/} that is neither an article
 * nor hidden ({@link ContentLoader}), at its path without {@code content/}; then every file under
 * {@code static/} that {@link StaticFiles} publishes, at its path without {@code static/}. A path
 * that both folders hold is listed twice, the content file first: the build refuses it, and check
 * tells it.
 *
 * <pre>{@code
 * List<CopiedFiles.File> files = CopiedFiles.list(root, tree.files(), LinkGuard.of(root, output), fault -> { throw fault; });
 * files.get(0).sitePath(); // "2023/five-year-review/photo-1.jpg"
 * }</pre>
 */
public final class CopiedFiles {

    /** The folder whose files are published as they are, each at its path inside it. */
    public static final String STATIC_FOLDER = "static";

    /** A file published as it is: its path in the output folder, and its source relative to the site root. */
    public record File(String sitePath, Path source) {
    }

    private CopiedFiles() {
    }

    /**
     * The files {@code root} publishes as they are, content's first: {@code contentFiles} are the
     * files of {@code content/} that are not articles ({@link ContentTree#files()}). {@code guard}
     * refuses links out of the site and into the output; {@code faults} hears what is refused under
     * {@code static/} (links to nothing, loops, {@code static} itself a file), whose sound files are
     * listed all the same.
     */
    public static List<File> list(Path root, List<Path> contentFiles, LinkGuard guard, Consumer<UncheckedIOException> faults) {
        List<File> files = new ArrayList<>();
        Path content = Path.of(ContentLoader.CONTENT_FOLDER);
        for (Path file : contentFiles) {
            files.add(new File(sitePath(content.relativize(file)), file));
        }
        Path statics = root.resolve(STATIC_FOLDER);
        List<Path> found;
        try {
            found = SourceWalk.files(statics, guard, path -> StaticFiles.isPublished(statics.relativize(path)), faults);
        } catch (UncheckedIOException e) { // static is a file, or a link to nothing
            faults.accept(e);
            found = List.of();
        }
        for (Path file : found) {
            files.add(new File(sitePath(statics.relativize(file)), root.relativize(file)));
        }
        return files;
    }

    private static String sitePath(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
