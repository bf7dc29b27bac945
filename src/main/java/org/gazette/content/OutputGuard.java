package org.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.gazette.problem.ReadProblems;

/**
 * Keeps a walk of the sources that follows symbolic links out of the folder the build writes: a
 * folder of {@code content/} or {@code static/} linked into it would have each build publish the
 * last one inside itself, and adopt files that live only there.
 *
 * <pre>{@code
 * OutputGuard guard = OutputGuard.of(output);
 * Files.find(content, MAX, (path, attributes) -> { guard.check(path, attributes); ... }, FOLLOW_LINKS);
 * }</pre>
 */
public final class OutputGuard {

    /** A guard that lets everything through, for walks with no output folder in view. */
    public static final OutputGuard NONE = new OutputGuard(null);

    private final Path output;

    private OutputGuard(Path output) {
        this.output = output;
    }

    /** A guard for the output folder {@code output} (its real path is taken when it exists). */
    public static OutputGuard of(Path output) {
        if (output == null) {
            return NONE;
        }
        try {
            return new OutputGuard(output.toRealPath());
        } catch (IOException e) {
            return new OutputGuard(output.toAbsolutePath().normalize());
        }
    }

    /**
     * Throws when {@code path}, a folder met in a walk, is a symbolic link into the output. Only
     * folders are looked at, each with one more look at the disk, not the files in them.
     */
    public void check(Path path, BasicFileAttributes attributes) {
        if (output == null || !attributes.isDirectory() || !Files.isSymbolicLink(path)) {
            return;
        }
        try {
            Path real = path.toRealPath();
            if (real.startsWith(output) || output.startsWith(real)) { // into the output, or into a folder holding it
                throw new UncheckedIOException("a symbolic link leads into the output folder",
                        new FileSystemException(path.toString(), null, ReadProblems.INTO_OUTPUT));
            }
        } catch (IOException e) {
            // a link that went away during the walk: the walk reports what it finds
        }
    }
}
