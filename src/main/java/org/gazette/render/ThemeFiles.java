package org.gazette.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes of a theme's files (templates, strings, assets) as one build reads them: each file
 * once. What the build fingerprints, to know next time whether the theme changed, is then what its
 * pages are made of, even when a template is saved, or saved and put back, while the build runs.
 *
 * <pre>{@code
 * ThemeFiles files = new ThemeFiles(inputs.themeFiles()); // the bytes the inputs' fingerprint took
 * files.read(template);                                   // those, or the file's, read now and kept
 * }</pre>
 */
public final class ThemeFiles {

    private final Map<Path, byte[]> read = new ConcurrentHashMap<>();

    /** Files not read yet. */
    public ThemeFiles() {
    }

    /** Files some of which were read already, by path. */
    public ThemeFiles(Map<Path, byte[]> alreadyRead) {
        alreadyRead.forEach((file, bytes) -> read.put(key(file), bytes));
    }

    /** The bytes of {@code file}: those read before, or read now and kept for every later use. */
    public byte[] read(Path file) throws IOException {
        Path key = key(file);
        byte[] bytes = read.get(key);
        if (bytes != null) {
            return bytes;
        }
        byte[] now = Files.readAllBytes(file);
        byte[] first = read.putIfAbsent(key, now);
        return first != null ? first : now;
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
