package org.gazette.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.content.FileStamp;
import org.gazette.output.Checksums;

/**
 * Watches the sources by looking at every file's size and time every few hundred milliseconds:
 * for systems whose file events are slow or limited. Listing ten thousand files takes a few
 * tens of milliseconds. The files changed in the last two seconds are read as well: on such
 * systems the file clock may tick in seconds.
 *
 * <pre>{@code
 * SourceWatcher watcher = new PollingWatcher(root, 300);
 * }</pre>
 */
final class PollingWatcher implements SourceWatcher {

    static final long INTERVAL_MILLIS = 300;

    /**
     * A file's length and time ({@link FileStamp}: a rewrite that puts the old modification time
     * back is seen), and while it is settling its bytes' {@link Checksums checksum} too (else null).
     */
    private record Stamp(long size, long changed, String content) {

        Stamp(long size, long changed) {
            this(size, changed, null);
        }

        /** The same file as far as both looks can tell: the bytes count only when both looks read them. */
        boolean same(Stamp other) {
            return other != null && size == other.size && changed == other.changed
                    && (content == null || other.content == null || content.equals(other.content));
        }
    }

    /** A file's time of change as a scan reads it: the file system's, or in tests a clock that ticks more coarsely. */
    interface FileClock {
        long changed(Path file, BasicFileAttributes attributes);
    }

    private final Path root;
    private final long interval;
    private final FileClock fileClock;
    private Map<Path, Stamp> last;
    private volatile boolean closed;

    PollingWatcher(Path root, long interval) {
        this(root, interval, FileStamp::changed);
    }

    PollingWatcher(Path root, long interval, FileClock fileClock) {
        this.root = root.toAbsolutePath().normalize();
        this.interval = interval;
        this.fileClock = fileClock;
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
            if (!stamp.same(before.get(path))) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(changed::add);
        return changed;
    }

    private Map<Path, Stamp> scan() {
        // A file that changed within a tick of the file clock (two seconds on FAT) of a look, or an
        // interval before, may be rewritten within that tick with its length kept, and look the same
        // to the next scan: its bytes are read until it has settled.
        long settlingSince = System.currentTimeMillis() - FileStamp.SETTLING_MILLIS - interval;
        Map<Path, Stamp> files = new HashMap<>();
        stamp(root.resolve(SITE_YAML), files, settlingSince);
        for (String folder : FOLDERS) {
            Path tree = root.resolve(folder);
            if (!Files.isDirectory(tree) && (Files.exists(tree) || Files.isSymbolicLink(tree))) {
                files.put(root.relativize(tree), new Stamp(-2, -1)); // a file or a link to nothing: the build refuses it
            }
            SourceWatcher.walk(root, tree, dir -> { }, p -> stamp(p, files, settlingSince));
        }
        return files;
    }

    private void stamp(Path file, Map<Path, Stamp> files, long settlingSince) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                long changed = fileClock.changed(file, attributes);
                files.put(root.relativize(file), changed < settlingSince ? new Stamp(attributes.size(), changed)
                        : new Stamp(attributes.size(), changed, Checksums.of(Files.readAllBytes(file))));
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
