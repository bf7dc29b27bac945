package org.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.gazette.problem.FileNameEncoding;
import org.gazette.problem.ReadProblems;

/**
 * The files of a source folder ({@code content/}, {@code static/}, a theme, {@code templates/}),
 * symbolic links followed to files and folders alike. A link to nothing is refused, not skipped:
 * the file it stood for would be missing from the site without a word (except the lock files
 * Emacs leaves beside the file it edits, {@code .#name}), and so is a folder that is one, a source
 * folder that is a file, a loop of links, and a name the locale could not decode (a Chinese name
 * under {@code LANG=C}), told at its folder; so is a link out of the site's folder, or a folder
 * linked into the output, as the caller's {@link LinkGuard} says. The refusal is an {@link UncheckedIOException} that
 * {@link org.gazette.problem.ReadProblems} names as the link, every such link at once. What the
 * build does not read (a hidden folder, as the caller's {@code counts} says) is not walked at all.
 *
 * <pre>{@code
 * List<Path> files = SourceWalk.files(root.resolve("static"), LinkGuard.within(root), path -> true);
 * }</pre>
 */
public final class SourceWalk {

    private SourceWalk() {
    }

    /**
     * The regular files under {@code folder}, sorted; {@code counts} says which paths the build
     * reads (a hidden folder it does not is not entered). {@code guard} refuses links out of the
     * site and into the output folder. Nothing when the folder is not there.
     */
    public static List<Path> files(Path folder, LinkGuard guard, Predicate<Path> counts) {
        return files(folder, guard, counts, refusal -> {
            throw refusal;
        });
    }

    /**
     * The same, but the refusal of the walk's faults (links to nothing, loops, links into the
     * output or out of the site) goes to {@code faults} and the files that are sound are given: for {@code content/},
     * whose faults are told beside the articles' and the other folders' problems.
     */
    public static List<Path> files(Path folder, LinkGuard guard, Predicate<Path> counts, Consumer<UncheckedIOException> faults) {
        refuseUnlessFolder(folder);
        Found found = walk(folder, guard, counts, false);
        // Every fault at once, in the order of their paths: an editor mends them in one go.
        Map<Path, IOException> refused = new TreeMap<>();
        found.loops.forEach(loop -> refused.put(loop, new FileSystemLoopException(loop.toString())));
        refused.putAll(found.guarded);
        found.linksToNothing.stream().filter(link -> !isEditorsLock(link))
                .forEach(link -> refused.put(link, new NoSuchFileException(link.toString())));
        found.unreadableNames.forEach(parent -> refused.putIfAbsent(parent,
                new FileSystemException(parent.toString(), null, ReadProblems.NAMES_UNREADABLE)));
        if (!refused.isEmpty()) {
            faults.accept(refusal(List.copyOf(refused.values())));
        }
        return found.files.stream().sorted().toList();
    }

    /**
     * What is under a source folder, none of it refused: its regular files, and apart the paths
     * the build would refuse (links to nothing, loops of links, folders that cannot be listed, the
     * folder itself when it is a file or a link to nothing).
     *
     * @param files  the regular files, sorted
     * @param faults the refused paths, sorted
     */
    public record Survey(List<Path> files, List<Path> faults) {
    }

    /**
     * The whole of {@code folder} as a {@link Survey}, hidden paths included: for fingerprints of
     * the sources, which must change when a fault comes or goes whether or not the build reads it.
     * Empty when the folder is not there.
     */
    public static Survey survey(Path folder) {
        if (Files.exists(folder) ? !Files.isDirectory(folder) : Files.isSymbolicLink(folder)) {
            return new Survey(List.of(), List.of(folder));
        }
        Found found = walk(folder, LinkGuard.NONE, path -> true, true);
        List<Path> faults = new ArrayList<>(found.linksToNothing);
        faults.addAll(found.loops);
        return new Survey(found.files.stream().sorted().toList(), faults.stream().sorted().toList());
    }

    /**
     * Refuses {@code folder} when it is there but is no folder: a symbolic link to nothing, or a
     * file (a site's {@code static} or {@code templates} saved as a file); its files would be
     * missing without a word.
     */
    public static void refuseUnlessFolder(Path folder) {
        if (Files.isSymbolicLink(folder) && !Files.exists(folder)) {
            refuse(folder);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UncheckedIOException("a file where a folder belongs", new NotDirectoryException(folder.toString()));
        }
    }

    /** {@code unreadableNames}: the folders holding a name the locale could not decode (LANG=C and 中文名.md). */
    private record Found(List<Path> files, List<Path> linksToNothing, List<Path> loops, Map<Path, IOException> guarded,
                         Set<Path> unreadableNames) {
    }

    /** {@code tolerant}: a folder that cannot be listed is noted among the loops, not thrown. */
    private static Found walk(Path folder, LinkGuard guard, Predicate<Path> counts, boolean tolerant) {
        Found found = new Found(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new TreeMap<>(), new TreeSet<>());
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try {
            // walkFileTree, not Files.walk: it hands over the attributes it read (ten thousand files
            // are not looked at twice), and goes on past a loop. Following links, only a link whose
            // target is gone has a link's attributes.
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(folder) && unread(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(folder) && !tolerant && undecoded(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    try {
                        guard.check(dir, attributes);
                    } catch (UncheckedIOException into) { // told with the walk's other faults, not instead of them; not entered
                        found.guarded.put(dir, into.getCause());
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                /**
                 * A hidden folder the build does not read. Only names starting with "." keep a walk
                 * out: a folder named like an editor's backup ("#五年回顾#", "2024~") holds articles.
                 */
                private boolean unread(Path path) {
                    return path.getFileName().toString().startsWith(".") && !counts.test(path);
                }

                /**
                 * A name Java could not decode under this locale, noted at its folder: read as
                 * "���.md", it would be an article without a slug, or a file published under a
                 * name that cannot be written.
                 */
                private boolean undecoded(Path path) {
                    if (FileNameEncoding.canHold(path.getFileName().toString())) {
                        return false;
                    }
                    found.unreadableNames.add(path.getParent());
                    return true;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // A link to nothing may have stood for a folder: named like a backup ("图库~"), it is still refused.
                    if (attributes.isSymbolicLink() && !unread(file)) {
                        found.linksToNothing.add(file);
                    } else if (attributes.isRegularFile() && counts.test(file) && (tolerant || !undecoded(file))) {
                        try {
                            guard.check(file, attributes);
                            found.files.add(file);
                        } catch (UncheckedIOException outside) {
                            found.guarded.put(file, outside.getCause());
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (unread(file)) { // a hidden folder that is a loop, or cannot be opened: not read anyway
                        return FileVisitResult.CONTINUE;
                    }
                    if (tolerant || e instanceof FileSystemLoopException) {
                        found.loops.add(file);
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return found;
    }

    /** Whether a folder or file name of {@code relative} starts with ".": a hidden path, which a theme neither reads nor publishes. */
    public static boolean hasHiddenPart(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Emacs's lock file, a link to nothing named .#article.md beside the file it edits: not a lost file. */
    private static boolean isEditorsLock(Path link) {
        return link.getFileName().toString().startsWith(".#");
    }

    private static void refuse(Path link) {
        throw refusal(List.of(new NoSuchFileException(link.toString())));
    }

    /** The faults of a walk as one exception: the first its cause, the others suppressed by it, all for {@link org.gazette.problem.ReadProblems}. */
    private static UncheckedIOException refusal(List<IOException> faults) {
        UncheckedIOException refusal = new UncheckedIOException(faults.size() == 1 ? "a fault in the sources"
                : faults.size() + " faults in the sources", faults.get(0));
        faults.subList(1, faults.size()).forEach(refusal::addSuppressed);
        return refusal;
    }
}
