package org.gazette.incremental;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a cache file (the build cache, the record of the last build, {@code gazette check}'s
 * cache) so that a reader finds the old file or the new one, never half of one, and a write that
 * fails leaves nothing behind.
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
}
