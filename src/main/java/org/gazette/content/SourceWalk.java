package org.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files of a source folder ({@code content/}, {@code static/}, a theme, {@code templates/}),
 * symbolic links followed to files and folders alike. A link to nothing is refused, not skipped:
 * the file it stood for would be missing from the site without a word (except the lock files
 * Emacs leaves beside the file it edits, {@code .#name}), and so is a folder that is one. The refusal is an
 * {@link UncheckedIOException} that {@link org.gazette.problem.ReadProblems} names as the link.
 *
 * <pre>{@code
 * List<Path> files = SourceWalk.files(root.resolve("static"), OutputGuard.NONE, path -> true);
 * }</pre>
 */
public final class SourceWalk {

    private SourceWalk() {
    }

    /**
     * Every regular file under {@code folder} and every link to nothing, sorted, none refused: for
     * fingerprints of the sources, which must change when such a link comes or goes (tell them
     * apart with {@link Files#isRegularFile}). Nothing when the folder is not there.
     */
    public static List<Path> filesAndLinksToNothing(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.find(folder, Integer.MAX_VALUE,
                (path, attributes) -> attributes.isRegularFile() || attributes.isSymbolicLink(), FileVisitOption.FOLLOW_LINKS)) {
            return walk.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * The regular files under {@code folder}, sorted; {@code counts} says which paths matter (a
     * hidden file does not, nor a link to nothing in a hidden folder). {@code guard} refuses
     * links into the output folder. Nothing when the folder is not there.
     */
    public static List<Path> files(Path folder, OutputGuard guard, Predicate<Path> counts) {
        refuseIfLinkToNothing(folder);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        // find, not walk: it hands over the attributes it read, where isRegularFile would read them
        // again for each of ten thousand files. Following links, only a link whose target is gone
        // has a link's attributes.
        List<Path> dangling = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.find(folder, Integer.MAX_VALUE, (path, attributes) -> {
            if (attributes.isSymbolicLink()) {
                dangling.add(path);
            }
            guard.check(path, attributes);
            return attributes.isRegularFile();
        }, FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(counts).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        dangling.stream().filter(counts).filter(link -> !isEditorsLock(link)).sorted().findFirst().ifPresent(SourceWalk::refuse);
        return files;
    }

    /** Refuses {@code folder} when it is itself a symbolic link to nothing: its files would be missing without a word. */
    public static void refuseIfLinkToNothing(Path folder) {
        if (Files.isSymbolicLink(folder) && !Files.exists(folder)) {
            refuse(folder);
        }
    }

    /** Emacs's lock file, a link to nothing named .#article.md beside the file it edits: not a lost file. */
    private static boolean isEditorsLock(Path link) {
        return link.getFileName().toString().startsWith(".#");
    }

    private static void refuse(Path link) {
        throw new UncheckedIOException("a symbolic link leads to nothing", new NoSuchFileException(link.toString()));
    }
}
