package org.gazette.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.content.FileStamp;

/**
 * Watches the sources by looking at every file's size and time every few hundred milliseconds:
 * for systems whose file events are slow or limited. Listing ten thousand files takes a few
 * tens of milliseconds.
 *
 * <pre>{@code
 * SourceWatcher watcher = new PollingWatcher(root, 300);
 * }</pre>
 */
final class PollingWatcher implements SourceWatcher {

    static final long INTERVAL_MILLIS = 300;

    /** A file's length and time ({@link FileStamp}: a rewrite that puts the old modification time back is seen). */
    private record Stamp(long size, long changed) {
    }

    private final Path root;
    private final long interval;
    private Map<Path, Stamp> last;
    private volatile boolean closed;

    PollingWatcher(Path root, long interval) {
        this.root = root.toAbsolutePath().normalize();
        this.interval = interval;
        this.last = scan();
    }

    @Override
    public Set<Path> next(long quietMillis) throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        while (!closed) {
            Thread.sleep(changed.isEmpty() ? interval : Math.max(quietMillis, interval));
            Map<Path, Stamp> now = scan();
            Set<Path> differences = differences(last, now);
            last = now;
            if (differences.isEmpty() && !changed.isEmpty()) {
                return changed;
            }
            changed.addAll(differences);
        }
        return Set.of();
    }

    private static Set<Path> differences(Map<Path, Stamp> before, Map<Path, Stamp> after) {
        Set<Path> changed = new HashSet<>();
        after.forEach((path, stamp) -> {
            if (!Objects.equals(before.get(path), stamp)) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(changed::add);
        return changed;
    }

    private Map<Path, Stamp> scan() {
        Map<Path, Stamp> files = new HashMap<>();
        stamp(root.resolve(SITE_YAML), files);
        for (String folder : FOLDERS) {
            Path tree = root.resolve(folder);
            if (!Files.isDirectory(tree) && (Files.exists(tree) || Files.isSymbolicLink(tree))) {
                files.put(root.relativize(tree), new Stamp(-2, -1)); // a file or a link to nothing: the build refuses it
            }
            SourceWatcher.walk(root, tree, dir -> { }, p -> stamp(p, files));
        }
        return files;
    }

    private void stamp(Path file, Map<Path, Stamp> files) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                files.put(root.relativize(file), new Stamp(attributes.size(), FileStamp.changed(file, attributes)));
            }
        } catch (NoSuchFileException e) {
            // not there (site.yaml is optional), or gone since it was listed
        } catch (IOException e) {
            files.put(root.relativize(file), new Stamp(-1, -1));
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
