package org.gazette.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Function;

/**
 * A place an article looked for an image, as its caches remember it: what the article took from
 * the file (whether it is there, its pixel size: {@code seen}, see {@link ImageResolver#seen}),
 * its length, which the photo size check reads, and its time, which tells quickly that nothing
 * changed. A fresh clone gives every file a new time; the file is then read again, and a result
 * made with it still holds while its length and what was seen are the same.
 *
 * @param path     where it was looked for, as the cache names it
 * @param size     its length in bytes, -1 when it is not there
 * @param modified when it last changed, in milliseconds, -1 when it is not there
 * @param seen     "absent", "unreadable" or its pixel size ("800x533")
 */
public record ImageFileState(String path, long size, long modified, String seen) {

    /** {@code file} as it is now, remembered as {@code path}. */
    public static ImageFileState of(String path, Path file, Function<Path, String> seen) {
        // Length and time first: a change after they are read is a change the next run sees.
        long size = -1;
        long modified = -1;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            size = attributes.size();
            modified = attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            // not there: seen as absent
        }
        return new ImageFileState(path, size, modified, seen.apply(file));
    }

    /**
     * This place as it is now ({@code file}), when a result made with it still holds: its length
     * and time are the same, or else its length and what is seen there are; empty when it changed.
     */
    public Optional<ImageFileState> still(Path file, Function<Path, String> seen) {
        ImageFileState now = of(path, file, unread -> this.seen);
        if (now.equals(this)) {
            return Optional.of(this);
        }
        ImageFileState read = of(path, file, seen);
        return read.size == size && read.seen.equals(this.seen) ? Optional.of(read) : Optional.empty();
    }
}
