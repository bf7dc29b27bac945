package org.gazette.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A theme's files (templates, strings, assets) as one build finds them: which there are, and the
 * bytes of each, read once. What the build fingerprints, to know next time whether the theme
 * changed, is then what its pages are made of, even when a template is saved, or comes and goes,
 * while the build runs.
 *
 * <pre>{@code
 * ThemeFiles files = inputs.themeFiles(); // the files the inputs' fingerprint listed, with the bytes it took
 * files.isFile(template);                 // listed there (or, outside the folders listed, on disk now)
 * files.read(template);                   // those bytes, or the file's, read now and kept
 * }</pre>
 */
public final class ThemeFiles {

    private final Map<Path, byte[]> read = new ConcurrentHashMap<>();
    /** The folders listed and the files found in them; empty: the disk as it is. */
    private final Optional<Listing> listing;

    private record Listing(List<Path> folders, Set<Path> files) {
        boolean covers(Path path) {
            return folders.stream().anyMatch(folder -> folder.getFileSystem().equals(path.getFileSystem()) && path.startsWith(folder));
        }
    }

    /** The files on disk as they are when asked for. */
    public ThemeFiles() {
        this.listing = Optional.empty();
    }

    /**
     * The files under {@code folders} as {@code files} lists them, some already read
     * ({@code alreadyRead}, by path); other files as they are on disk.
     */
    public ThemeFiles(List<Path> folders, Set<Path> files, Map<Path, byte[]> alreadyRead) {
        this.listing = Optional.of(new Listing(folders.stream().map(ThemeFiles::key).toList(),
                files.stream().map(ThemeFiles::key).collect(Collectors.toUnmodifiableSet())));
        alreadyRead.forEach((file, bytes) -> read.put(key(file), bytes));
    }

    /** Whether {@code file} is one of the theme's files: as listed, in the folders listed. */
    public boolean isFile(Path file) {
        Path key = key(file);
        return listing.filter(l -> l.covers(key)).map(l -> l.files().contains(key)).orElseGet(() -> Files.isRegularFile(file));
    }

    /** Whether {@code folder} holds files: as listed, in the folders listed. */
    public boolean holdsFiles(Path folder) {
        Path key = key(folder);
        return listing.filter(l -> l.covers(key)).map(l -> l.files().stream().anyMatch(file -> file.startsWith(key)))
                .orElseGet(() -> Files.isDirectory(folder));
    }

    /**
     * The files under {@code folder}, named from it: as listed, in the folders listed (though the
     * folder went away and came back since); else those {@code walk} finds on disk now.
     */
    public List<Path> filesUnder(Path folder, Function<Path, List<Path>> walk) {
        Path key = key(folder);
        return listing.filter(l -> l.covers(key))
                .map(l -> l.files().stream().filter(file -> file.startsWith(key)).sorted().map(file -> folder.resolve(key.relativize(file))).toList())
                .orElseGet(() -> walk.apply(folder));
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
