package org.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One Markdown file under {@code content/}, as bytes: decoding is part of parsing, so that a
 * file that is not UTF-8 is reported like any other problem.
 *
 * <p>A build with a cache may leave a file unread ({@link #unread}): its stamp showed it as the
 * last build read it, and the cache's fingerprint of those bytes stands for them. Its bytes are
 * read only if a step asks for them (a new setting that every article is parsed again under).
 *
 * <pre>{@code
 * new SourceFile(Path.of("content/2023/x.md"), bytes);
 * }</pre>
 */
public final class SourceFile {

    private final Path path;
    private final Path file;
    private final FileStamp stamp;
    private final long lookedAt;
    private final byte[] knownKey;
    private volatile byte[] bytes;

    /**
     * @param path  the file relative to the site root, as shown to editors ({@code content/2023/x.md})
     * @param bytes the file's contents
     */
    public SourceFile(Path path, byte[] bytes) {
        this(path, null, null, 0, null, bytes);
    }

    private SourceFile(Path path, Path file, FileStamp stamp, long lookedAt, byte[] knownKey, byte[] bytes) {
        this.path = path;
        this.file = file;
        this.stamp = stamp;
        this.lookedAt = lookedAt;
        this.knownKey = knownKey;
        this.bytes = bytes;
    }

    /** A file read at {@code file}, its {@code stamp} taken before it was read, the clock read at {@code lookedAt} before that. */
    static SourceFile read(Path path, Path file, FileStamp stamp, long lookedAt, byte[] bytes) {
        return new SourceFile(path, file, stamp, lookedAt, null, bytes);
    }

    /** A file left unread: its {@code stamp} is the one a cache kept with {@code knownKey}, its fingerprint of the bytes then. */
    static SourceFile unread(Path path, Path file, FileStamp stamp, long lookedAt, byte[] knownKey) {
        return new SourceFile(path, file, stamp, lookedAt, knownKey.clone(), null);
    }

    /** The file relative to the site root, as shown to editors ({@code content/2023/x.md}). */
    public Path path() {
        return path;
    }

    /** The file's contents, read now if the file was left unread; throws when it can no longer be read. */
    public byte[] bytes() {
        byte[] read = bytes;
        if (read == null) {
            try {
                read = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            bytes = read;
        }
        return read;
    }

    /**
     * The fingerprint a cache kept for this file's bytes when it was left unread; empty when it
     * was read. Bytes read later may differ from those (the file saved meanwhile).
     */
    public Optional<byte[]> knownKey() {
        return Optional.ofNullable(knownKey).map(byte[]::clone);
    }

    /**
     * The file's stamp as a cache may keep it to know the file unchanged next time
     * ({@link FileStamp#toKeep}); empty when it was not looked at.
     */
    public Optional<FileStamp> stampToKeep() {
        return Optional.ofNullable(stamp).map(taken -> taken.toKeep(lookedAt));
    }

    @Override
    public String toString() {
        return "SourceFile[" + path + "]";
    }
}
