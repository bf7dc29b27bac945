package org.gazette.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.gazette.content.SourceWalk;

/**
 * Waits for the site's sources to change: {@code site.yaml} and everything under
 * {@code content/}, {@code static/}, {@code themes/} and {@code templates/}, hidden files aside.
 *
 * <pre>{@code
 * try (SourceWatcher watcher = SourceWatcher.of(root, log)) {
 *     Set<Path> changed = watcher.next(100); // blocks; then waits until nothing changed for 100 ms
 * }
 * }</pre>
 */
interface SourceWatcher extends AutoCloseable {

    /** The folders under the site root that are watched, whole. */
    List<String> FOLDERS = List.of("content", "static", "themes", "templates");
    String SITE_YAML = "site.yaml";
    /** Stands for "anything may have changed", when the system lost track of events. */
    Path EVERYTHING = Path.of(".");

    /**
     * Blocks until some source changes, then until none has changed for {@code quietMillis}
     * (at most a couple of seconds), and returns the changed paths relative to the site root.
     * Returns an empty set once the watcher is closed.
     */
    Set<Path> next(long quietMillis) throws InterruptedException;

    @Override
    void close();

    /** Whether a path (relative to the site root) is one of the site's sources. */
    static boolean isSource(Path relative) {
        if (relative.getNameCount() == 0 || relative.toString().isEmpty()) {
            return false;
        }
        if (SourceWalk.hasHiddenPart(relative)) {
            return false;
        }
        String first = relative.getName(0).toString();
        return relative.getNameCount() == 1 ? first.equals(SITE_YAML) || FOLDERS.contains(first) : FOLDERS.contains(first);
    }

    /**
     * Walks {@code tree} under {@code root}, links followed, handing over each source folder and
     * file. Hidden folders are not entered (a theme's .git holds thousands of files), and the walk
     * goes on past a loop of links or a folder it cannot open: one such place must not leave every
     * folder after it unwatched. The build tells the editor about the loop itself.
     */
    static void walk(Path root, Path tree, Consumer<Path> folder, Consumer<Path> file) {
        if (!Files.isDirectory(tree)) {
            return;
        }
        try {
            Files.walkFileTree(tree, EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                    Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir,
                                BasicFileAttributes attributes) {
                            if (!isSource(root.relativize(dir))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            folder.accept(dir);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                            if (isSource(root.relativize(path))) {
                                file.accept(path);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path path, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // the tree went away while it was walked: the next look sees the rest
        }
    }

    /**
     * The system's file events where they are immediate (Linux, Windows); polling every 300 ms
     * where the JDK itself only polls, slowly (macOS), or where the system cannot watch every
     * folder (Linux's limit on inotify watches).
     */
    static SourceWatcher of(Path root, PrintWriter log) throws IOException {
        if (NativeWatcher.isPolling(root)) {
            return new PollingWatcher(root, PollingWatcher.INTERVAL_MILLIS);
        }
        try {
            return new NativeWatcher(root);
        } catch (NativeWatcher.LimitReached e) {
            log.println("The system cannot watch all " + e.folders() + " folders of the site (" + e.getMessage()
                    + "); looking for changes every " + PollingWatcher.INTERVAL_MILLIS + " ms instead."
                    + " On Linux, sudo sysctl fs.inotify.max_user_watches=524288 raises the limit.");
            log.flush();
            return new PollingWatcher(root, PollingWatcher.INTERVAL_MILLIS);
        }
    }
}
