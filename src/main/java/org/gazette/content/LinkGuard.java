package org.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.gazette.problem.ReadProblems;

/**
 * Keeps a walk of the sources that follows symbolic links inside the site's folder and out of the
 * folder the build writes. A link out of the site ({@code static/passwd.txt -> /etc/passwd}, a
 * folder linked to a home folder holding {@code .ssh/}) would publish files from anywhere on the
 * build machine for anyone to read, and a link committed to the site's repository is followed on
 * every machine that builds it; a folder of {@code content/} or {@code static/} linked into the
 * output would have each build publish the last one inside itself, and adopt files that live only
 * there. Links that stay inside the site ({@code content/2024/logo.png -> ../../static/logo.png})
 * are let be.
 *
 * <pre>{@code
 * LinkGuard guard = LinkGuard.of(root, output);
 * Files.find(content, MAX, (path, attributes) -> { guard.check(path, attributes); ... }, FOLLOW_LINKS);
 * }</pre>
 */
public final class LinkGuard {

    /** A guard that lets everything through, for walks with no site or output folder in view. */
    public static final LinkGuard NONE = new LinkGuard(null, null);

    private final Path site;
    private final Path output;

    private LinkGuard(Path site, Path output) {
        this.site = site;
        this.output = output;
    }

    /** A guard for the site root {@code root} and the output folder {@code output} (may be null); their real paths are taken when they exist. */
    public static LinkGuard of(Path root, Path output) {
        return new LinkGuard(root == null ? null : real(root), output == null ? null : real(output));
    }

    /** A guard for the site root {@code root}, with no output folder in view (a theme's or the templates' walk). */
    public static LinkGuard within(Path root) {
        return of(root, null);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * Throws when {@code path}, a file or folder met in a walk that follows links, is a symbolic
     * link out of the site's folder, or a folder linked into the output. A folder that is no link
     * is inside when the folders above it are (the walk checked them first); a file costs one more
     * look at the disk, to tell whether it is a link, and a link one more, to find where it leads.
     */
    public void check(Path path, BasicFileAttributes attributes) {
        if (site == null && output == null || !attributes.isDirectory() && site == null || !Files.isSymbolicLink(path)) {
            return;
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            return; // a link that went away during the walk: the walk reports what it finds
        }
        if (output != null && attributes.isDirectory() && (real.startsWith(output) || output.startsWith(real))) {
            // into the output, or into a folder holding it
            throw new UncheckedIOException("a symbolic link leads into the output folder",
                    new FileSystemException(path.toString(), null, ReadProblems.INTO_OUTPUT));
        }
        if (site != null && !real.startsWith(site)) {
            throw new UncheckedIOException("a symbolic link leads out of the site's folder",
                    new FileSystemException(path.toString(), real.toString(), ReadProblems.OUT_OF_SITE));
        }
    }
}
