package org.gazette.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A file of the site that could not be read or listed, told as a problem an editor can act on
 * rather than as a Java exception.
 *
 * <pre>{@code
 * catch (UncheckedIOException e) { problems.addAll(ReadProblems.of(e, root)); }
 * }</pre>
 */
public final class ReadProblems {

    /** The reason a walk of the sources gives for a link into the output folder. */
    public static final String INTO_OUTPUT = "leads into the output folder";
    /** The reason a walk of the sources gives for a link out of the site's folder; the file it leads to is the exception's other file. */
    public static final String OUT_OF_SITE = "leads out of the site's folder";
    /** The reason a walk of the sources gives for a folder holding names the locale could not decode. */
    public static final String NAMES_UNREADABLE = "holds names this locale cannot read";

    private ReadProblems() {
    }

    /** The problems {@code e} stands for, their files named relative to the site root {@code root} where they lie inside. */
    public static List<Problem> of(UncheckedIOException e, Path root) {
        List<Problem> faults = faults(e, root);
        return faults.isEmpty() ? List.of(failure(e, root)) : faults;
    }

    private static Problem failure(UncheckedIOException e, Path root) {
        IOException cause = e.getCause();
        if (cause instanceof FileSystemException failed && failed.getFile() != null) {
            return Problem.error(inside(root, Path.of(failed.getFile())), 0, "cannot be read: " + IoFailures.reason(cause)
                    + " (check that it exists and that Gazette may read it)");
        }
        String file = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return Problem.error(Path.of("content"), 0, e.getMessage() + file + " (check that the file exists and can be read)");
    }

    /**
     * The problem with the sources that {@code e} stands for, which stays until an editor mends it:
     * a symbolic link (a loop, a link to nothing, a link into the output folder or out of the
     * site's folder) or a file where a
     * source folder belongs; empty for other failures. A walk of the sources finds them all at
     * once: the first is {@code e}'s cause, the others suppressed by it.
     */
    public static List<Problem> faults(UncheckedIOException e, Path root) {
        Optional<Problem> first = fault(e.getCause(), root);
        if (first.isEmpty()) {
            return List.of();
        }
        List<Problem> faults = new ArrayList<>();
        faults.add(first.get());
        for (Throwable other : e.getSuppressed()) {
            fault(other, root).ifPresent(faults::add);
        }
        return faults;
    }

    private static Optional<Problem> fault(Throwable cause, Path root) {
        if (cause instanceof NotDirectoryException file && file.getFile() != null) {
            return Optional.of(Problem.error(inside(root, Path.of(file.getFile())), 0, "this is a file, but Gazette reads"
                    + " a folder of this name (make it a folder, or rename the file)"));
        }
        if (cause instanceof FileSystemLoopException loop) {
            return Optional.of(Problem.error(inside(root, firstLink(Path.of(loop.getFile()))), 0, "this symbolic link leads back"
                    + " to a folder that holds it, a loop (remove the link, or point it elsewhere)"));
        }
        if (cause instanceof FileSystemException into && into.getFile() != null
                && INTO_OUTPUT.equals(into.getReason())) {
            return Optional.of(Problem.error(inside(root, firstLink(Path.of(into.getFile()))), 0, "this symbolic link leads into"
                    + " the output folder, and each build would publish the last one inside itself (remove the link)"));
        }
        if (cause instanceof FileSystemException out && out.getFile() != null && OUT_OF_SITE.equals(out.getReason())) {
            return Optional.of(Problem.error(inside(root, Path.of(out.getFile())), 0, "this symbolic link leads to "
                    + out.getOtherFile() + ", outside the site's folder: the build would publish it, and whatever it holds,"
                    + " for anyone to read (copy what the site needs into the site's folder, and remove the link)"));
        }
        if (cause instanceof FileSystemException names && names.getFile() != null
                && NAMES_UNREADABLE.equals(names.getReason())) {
            return Optional.of(Problem.error(inside(root, Path.of(names.getFile())), 0, "file names in this folder"
                    + " cannot be read: " + FileNameEncoding.advice()));
        }
        if (cause instanceof NoSuchFileException gone && gone.getFile() != null
                && Files.isSymbolicLink(Path.of(gone.getFile()))) {
            return Optional.of(Problem.error(inside(root, Path.of(gone.getFile())), 0, "this symbolic link leads to nothing"
                    + " (correct it, or remove it)"));
        }
        return Optional.empty();
    }

    /** The outermost symbolic link on the way to {@code file}, where the walk found the loop: the link to remove. */
    private static Path firstLink(Path file) {
        Path path = file.getRoot();
        for (Path part : file) {
            path = path == null ? part : path.resolve(part);
            if (Files.isSymbolicLink(path)) {
                return path;
            }
        }
        return file;
    }

    /** {@code file} relative to the site root {@code root} when it lies inside, as problems name files; else as it is. */
    public static Path inside(Path root, Path file) {
        Path absolute = root.toAbsolutePath().normalize();
        Path normalized = file.isAbsolute() ? file.normalize() : file;
        return normalized.startsWith(absolute) ? absolute.relativize(normalized) : normalized;
    }
}
