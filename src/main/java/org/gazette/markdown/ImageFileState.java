package org.gazette.markdown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gazette.content.FileStamp;

/**
 * A place an article looked for an image, as the caches of build and check remember it: what the
 * article took from the file ({@code seen}: whether it is there, and its pixel size), and the
 * file's length, time and inode, which tell quickly that nothing changed. A fresh clone gives every
 * file a new time; the file is then read again, and a result made with it still holds while
 * what is seen there is the same.
 *
 * @param path     where it was looked for, as the cache names it
 * @param size     its length in bytes, -1 when it is not there
 * @param modified when it last changed, in milliseconds, -1 when it is not there, {@link FileStamp#UNSETTLED}
 *                 when it had changed just before it was looked at (never taken as unchanged)
 * @param inode    which file it is ({@link FileStamp}: a link may be pointed at another), -1 when it is not there
 * @param seen     "absent", its pixel size ("800x533"), or "unreadable:" and why (empty, damaged, ...);
 *                 for the folder of an image not found, "folder:" and a digest of its names
 */
public record ImageFileState(String path, long size, long modified, long inode, String seen) {

    /**
     * {@code file} as it is now, named {@code path}: its length and time, then what {@code seen}
     * finds there. In that order: a change after the length and time are read is one the next
     * run sees.
     */
    static ImageFileState of(String path, Path file, Function<Path, String> seen) {
        long lookedAt = System.currentTimeMillis();
        // A file that changed just now may change again within the tick of its time: kept unsettled.
        Optional<FileStamp> stamp = stampOf(file).map(now -> now.toKeep(lookedAt));
        return state(path, stamp, seen.apply(file));
    }

    /** The file's stamp, or none when it is not there (seen as absent). */
    private static Optional<FileStamp> stampOf(Path file) {
        try {
            return Optional.of(FileStamp.of(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static ImageFileState state(String path, Optional<FileStamp> stamp, String seen) {
        return stamp.map(s -> new ImageFileState(path, s.size(), s.changed(), s.inode(), seen))
                .orElseGet(() -> new ImageFileState(path, -1, -1, -1, seen));
    }

    /** The same state under another name (a cache that names files relative to the site). */
    public ImageFileState named(String name) {
        return new ImageFileState(name, size, modified, inode, seen);
    }

    /**
     * This place as it is now ({@code file}), when a result made with it still holds: its length
     * and time are the same, or else what is seen there is; empty when that changed. {@code look}
     * reads the file's state afresh ({@link ImageResolver#state}); it is called only when the
     * length or time changed.
     */
    public Optional<ImageFileState> still(Path file, Function<Path, ImageFileState> look) {
        if (untouched(file)) {
            return Optional.of(this);
        }
        ImageFileState now = look.apply(file);
        return now.seen.equals(seen) ? Optional.of(now.named(path)) : Optional.empty();
    }

    /** Whether {@code file} still has this state's length, time and inode: what was seen there holds without reading it. */
    boolean untouched(Path file) {
        // An unsettled state matches no file's time: the file is looked at again.
        return modified != FileStamp.UNSETTLED && state(path, stampOf(file), seen).equals(this);
    }

    /**
     * {@code states} as they are now, when a result made with them all still holds (see
     * {@link #still}); {@code where} finds the file a state names.
     */
    public static Optional<List<ImageFileState>> allStill(List<ImageFileState> states, Function<String, Path> where,
                                                          Function<Path, ImageFileState> look) {
        List<ImageFileState> now = new ArrayList<>(states.size());
        for (ImageFileState state : states) {
            Optional<ImageFileState> still = state.still(where.apply(state.path), look);
            if (still.isEmpty()) {
                return Optional.empty();
            }
            now.add(still.get());
        }
        return Optional.of(now);
    }
}
