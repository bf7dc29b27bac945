package org.gazette.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
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
    static void walk(Path root, Path tree, java.util.function.Consumer<Path> folder, java.util.function.Consumer<Path> file) {
        if (!java.nio.file.Files.isDirectory(tree)) {
            return;
        }
        try {
            java.nio.file.Files.walkFileTree(tree, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
                    Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                                java.nio.file.attribute.BasicFileAttributes attributes) {
                            if (!isSource(root.relativize(dir))) {
                                return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                            }
                            folder.accept(dir);
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path path, java.nio.file.attribute.BasicFileAttributes attributes) {
                            if (isSource(root.relativize(path))) {
                                file.accept(path);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path path, IOException e) {
                            return java.nio.file.FileVisitResult.CONTINUE;
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
    static SourceWatcher of(Path root, java.io.PrintWriter log) throws IOException {
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
