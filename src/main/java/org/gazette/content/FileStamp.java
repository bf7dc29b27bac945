package org.gazette.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * When a file last changed, as the caches compare it with its length: its modification time, or
 * the time its inode last changed (ctime) where the system keeps one and it is later. A photo
 * replaced by another of the same length with the old time put back ({@code cp -p} or
 * {@code touch -r} after a copy, {@code exiftool -P} turning it upright) keeps its modification
 * time; its change time, which no program can set, moves on. The inode tells which file a
 * symbolic link leads to: a link pointed at another file of the same length and time (two
 * versions of a photo written by one checkout, within a millisecond) leads to another inode.
 *
 * <pre>{@code
 * FileStamp.of(photo);   // FileStamp[size=233036, changed=1732950000123, inode=5137]
 * }</pre>
 *
 * @param inode the file's inode number where the system keeps one, else 0
 */
public record FileStamp(long size, long changed, long inode) {

    /**
     * How long after a file changed its stamp is trusted to tell the next change: a rewrite of the
     * same length within one tick of the file system's clock keeps the time (a few milliseconds on
     * Linux, a second on ext3 and HFS+, two on FAT).
     */
    public static final long SETTLING_MILLIS = 2_000;

    /** The time of a stamp kept while its file was settling ({@link #toKeep}): never taken as a match. */
    public static final long UNSETTLED = -2;

    /**
     * This stamp as a cache keeps it to tell next time that the file did not change: as it is, or
     * with {@link #UNSETTLED} for its time when the file changed less than {@link #SETTLING_MILLIS}
     * before {@code lookedAt} (the clock read before the file was looked at), or has a time after
     * it (a file system whose clock runs ahead). Such a file may be rewritten within the tick its
     * time was taken in, its length kept: the next run looks at it again, as git does such a file.
     *
     * <pre>{@code
     * long lookedAt = System.currentTimeMillis();
     * FileStamp kept = FileStamp.of(photo).toKeep(lookedAt);
     * }</pre>
     */
    public FileStamp toKeep(long lookedAt) {
        return settled(lookedAt) ? this : new FileStamp(size, UNSETTLED, inode);
    }

    /** True when the file had changed at least {@link #SETTLING_MILLIS} before {@code lookedAt}: its stamp may be kept as it is. */
    public boolean settled(long lookedAt) {
        return changed <= lookedAt - SETTLING_MILLIS;
    }

    /**
     * Whether the file system of {@code file} keeps a change time and an inode Java can read (its
     * Unix attributes: Linux, macOS); not Windows, where a stamp is the length and modification time.
     */
    public static boolean keepsChangeTimes(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("unix");
    }

    /**
     * The length, the time of change and the inode of {@code file} (through links), from one look
     * at it: where the system keeps a change time, its Unix attributes hold all of them.
     */
    public static FileStamp of(Path file) throws IOException {
        if (!keepsChangeTimes(file)) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            // Windows keeps no change time nor inode Java can read
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis(), 0);
        }
        Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
        return new FileStamp((Long) unix.get("size"), Math.max(((FileTime) unix.get("lastModifiedTime")).toMillis(),
                ((FileTime) unix.get("ctime")).toMillis()), (Long) unix.get("ino"));
    }

    /**
     * In milliseconds: the later of {@code attributes}' modification time and {@code file}'s change
     * time, for a file whose basic attributes a walk of its folder has read already.
     */
    public static long changed(Path file, BasicFileAttributes attributes) {
        long modified = attributes.lastModifiedTime().toMillis();
        if (!keepsChangeTimes(file)) {
            return modified; // Windows keeps no change time that Java can read
        }
        try {
            return Math.max(modified, ((FileTime) Files.getAttribute(file, "unix:ctime")).toMillis());
        } catch (IOException | RuntimeException e) {
            return modified;
        }
    }
}
