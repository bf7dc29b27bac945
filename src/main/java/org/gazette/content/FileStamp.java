package org.gazette.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * When a file last changed, as the caches compare it with its length: its modification time, or
 * the time its inode last changed (ctime) where the system keeps one and it is later. A photo
 * replaced by another of the same length with the old time put back ({@code cp -p} or
 * {@code touch -r} after a copy, {@code exiftool -P} turning it upright) keeps its modification
 * time; its change time, which no program can set, moves on.
 *
 * <pre>{@code
 * FileStamp.changed(photo, Files.readAttributes(photo, BasicFileAttributes.class)); // 1732950000123
 * }</pre>
 */
public final class FileStamp {

    private FileStamp() {
    }

    /** In milliseconds: the later of {@code attributes}' modification time and {@code file}'s change time. */
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
