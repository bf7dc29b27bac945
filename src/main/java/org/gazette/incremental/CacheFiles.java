package org.gazette.incremental;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a cache file (the build cache, the record of the last build, {@code gazette check}'s
 * cache) so that a reader finds the old file or the new one, never half of one, and a write that
 * fails leaves nothing behind. A write cut off by a kill (kill -9, a CI job's timeout, a machine
 * stopped) leaves its temporary file, which {@link #dropLeftovers} deletes later.
 *
 * <pre>{@code
 * CacheFiles.replace(folder.resolve("last-build.bin"), out -> out.write(bytes));
 * }</pre>
 */
public final class CacheFiles {

    private CacheFiles() {
    }

    /** What writes a cache file's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} anew: {@code body} writes a temporary file beside it, which then replaces
     * it in one rename (a plain move where the file system has no atomic one, as some network
     * shares). The temporary file is deleted whatever fails, so failed writes do not pile up.
     */
    public static void replace(Path file, Body body) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Deletes the temporary files of writes of {@code file} cut off by a kill before their rename:
     * nothing else would, and each can be as large as the file. Only for a file no other process
     * may be writing now (the build cache, while the build holds the site's lock).
     */
    public static void dropLeftovers(Path file) {
        drop(file, leftover -> true);
    }

    /**
     * As {@link #dropLeftovers(Path)}, for a file another process may be writing now ({@code gazette
     * check}'s cache: check takes no lock): only temporary files left untouched for {@code age},
     * far longer than any write takes.
     */
    public static void dropLeftoversOlderThan(Path file, Duration age) {
        Instant before = Instant.now().minus(age);
        drop(file, leftover -> {
            try {
                return Files.getLastModifiedTime(leftover).toInstant().isBefore(before);
            } catch (IOException e) {
                return false; // gone already, or unreadable: left
            }
        });
    }

    private static void drop(Path file, Predicate<Path> stale) {
        // Files.createTempFile's names: the prefix, a number, the suffix.
        Pattern temporary = Pattern.compile(Pattern.quote(file.getFileName().toString()) + "\\d+\\.tmp");
        try (Stream<Path> beside = Files.list(file.getParent())) {
            for (Path leftover : beside.filter(p -> temporary.matcher(p.getFileName().toString()).matches()).toList()) {
                if (stale.test(leftover)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no folder yet, or one that cannot be read: left for a later run
        }
    }
}
