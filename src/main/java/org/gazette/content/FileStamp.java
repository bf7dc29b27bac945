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
     * The length, the time of change and the inode of {@code file} (through links), from one look
     * at it: where the system keeps a change time, its Unix attributes hold all of them.
     */
    public static FileStamp of(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
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
        if (!file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return modified; // Windows keeps no change time that Java can read
        }
        try {
            return Math.max(modified, ((FileTime) Files.getAttribute(file, "unix:ctime")).toMillis());
        } catch (IOException | RuntimeException e) {
            return modified;
        }
    }
}
