package org.gazette.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches the sources with the JDK's {@link WatchService} (inotify on Linux): every folder of the
 * watched trees is registered, and folders created later are registered as they appear, their
 * files counted as changed.
 *
 * <pre>{@code
 * SourceWatcher watcher = new NativeWatcher(root);
 * }</pre>
 */
final class NativeWatcher implements SourceWatcher {

    /** However busy the sources, a rebuild starts at the latest this long after the first change. */
    static final long LONGEST_WAIT_MILLIS = 2000;

    /** The system refused to watch another folder. */
    static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;
        private final int folders;

        LimitReached(int folders, IOException cause) {
            super(cause.getMessage(), cause);
            this.folders = folders;
        }

        int folders() {
            return folders;
        }
    }

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    NativeWatcher(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = this.root.getFileSystem().newWatchService();
        register(this.root);
        for (String folder : FOLDERS) {
            Path tree = this.root.resolve(folder);
            if (Files.isDirectory(tree)) {
                registerTree(tree, new TreeSet<>());
            }
        }
    }

    /** Whether the JDK only polls here (as on macOS, every few seconds): then {@link PollingWatcher} is quicker. */
    static boolean isPolling(Path root) throws IOException {
        try (WatchService probe = root.getFileSystem().newWatchService()) {
            return probe.getClass().getName().contains("Polling");
        }
    }

    @Override
    public Set<Path> next(long quietMillis) throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        try {
            while (changed.isEmpty()) {
                drain(service.take(), changed);
            }
            long deadline = System.currentTimeMillis() + LONGEST_WAIT_MILLIS;
            WatchKey key;
            while (System.currentTimeMillis() < deadline && (key = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                drain(key, changed);
            }
        } catch (ClosedWatchServiceException e) {
            return Set.of();
        }
        return changed;
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.add(EVERYTHING);
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            Path relative = root.relativize(child);
            if (!SourceWatcher.isSource(relative)) {
                continue;
            }
            changed.add(relative);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child, changed);
                } catch (IOException e) {
                    changed.add(EVERYTHING);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Registers a folder and those under it; their files count as changed (a folder moved in brings its files). */
    private void registerTree(Path tree, Set<Path> changed) throws IOException {
        try {
            SourceWatcher.walk(root, tree, folder -> {
                try {
                    register(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, file -> changed.add(root.relativize(file)));
        } catch (UncheckedIOException e) {
            throw e.getCause(); // LimitReached: too many folders for the system to watch
        }
    }

    private void register(Path folder) throws IOException {
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("limit")) {
                throw new LimitReached(folders.size(), e);
            }
            if (Files.isDirectory(folder)) {
                throw e;
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing: nothing more to watch
        }
    }
}
