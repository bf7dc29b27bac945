package org.gazette.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * What writing an output folder needs of the file system: the staging folders made beside it (and
 * those killed builds left, dropped once stale), replacing a folder by another with two renames,
 * and deleting a tree quickly. (Whether a name can be written at all under this locale:
 * {@link org.gazette.problem.FileNameEncoding}.)
 *
 * <pre>{@code
 * OutputFolders.deleteTree(Path.of(".site.gazette-building-123"));
 * }</pre>
 */
public final class OutputFolders {

    private OutputFolders() {
    }

    /** Staging folders are named ".site.gazette-building-3kx9…", old sites being replaced ".site.gazette-old-3kx9…". */
    static final String STAGING = ".gazette-building-";
    static final String OLD = ".gazette-old-";

    /** How old a staging folder beside the output must be to be taken for a killed build's rather than a running one's. */
    static final Duration STALE = Duration.ofHours(1);

    /**
     * In a staging folder, locked by the process writing it for as long as it runs: the operating
     * system lets the lock go when the process ends, however it ends (kill -9 included), so a later
     * build can tell a killed build's folder from a running one's at once.
     */
    static final String WRITER_LOCK = ".gazette/writer.lock";

    /** The staging folders this process is writing, never opened by {@link #abandoned}: see there. */
    private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

    /**
     * Deletes the staging and old folders that builds killed halfway left beside the output (a
     * build that fails deletes its own): a staging folder whose writer's lock is free at once,
     * others once an hour old (those made within the last hour may be another build's that is
     * running now).
     */
    static void dropStaleFolders(Path target) {
        String prefix = "." + target.getFileName();
        Instant before = Instant.now().minus(STALE);
        try (Stream<Path> beside = Files.list(target.getParent())) {
            // Only names of Gazette's own making: another program's ".site.old-backup" is left alone.
            for (Path folder : beside.filter(p -> p.getFileName().toString().startsWith(prefix + STAGING)
                    || p.getFileName().toString().startsWith(prefix + OLD)).toList()) {
                if (abandoned(folder) || Files.getLastModifiedTime(folder).toInstant().isBefore(before)) {
                    deleteTree(folder);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // left for the next build: no reason to fail this one
        }
    }

    /** True when {@code folder} holds a writer's lock that no process holds: its build was killed. */
    private static boolean abandoned(Path folder) {
        Path lock = folder.resolve(WRITER_LOCK);
        // Closing any channel to a file drops every lock this process holds on it: a folder of this
        // process's own is not opened at all.
        if (OWN.contains(folder) || !Files.isRegularFile(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            return channel.tryLock() != null;
        } catch (IOException | OverlappingFileLockException e) {
            return false; // cannot tell (a file system without locks): the age decides
        }
    }

    /** How a lock is taken on an open file: {@link FileChannel#lock()}, but for tests. */
    @FunctionalInterface
    interface Locking {
        void lock(FileChannel channel) throws IOException;
    }

    /**
     * Takes the writer's lock of the new staging folder {@code staging} for this process; close the
     * channel with {@link #release} when the folder is put in place or deleted. Empty on a file
     * system without locks (NFS without its lock daemon, some shares), where the build goes on
     * without one: the folder has no lock's file, so the hour decides, as for an older Gazette's.
     */
    static Optional<FileChannel> claim(Path staging) throws IOException {
        return claim(staging, FileChannel::lock);
    }

    static Optional<FileChannel> claim(Path staging, Locking locking) throws IOException {
        OWN.add(staging);
        Path lock = staging.resolve(WRITER_LOCK);
        Path unnamed = lock.resolveSibling("writer.lock.new");
        Files.createDirectories(lock.getParent());
        FileChannel channel = FileChannel.open(unnamed, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            locking.lock(channel);
        } catch (IOException e) {
            channel.close();
            Files.deleteIfExists(unnamed);
            return Optional.empty();
        }
        try {
            // Named only once locked (a lock goes with the file): another build never finds it free.
            Files.move(unnamed, lock, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return Optional.of(channel);
    }

    /** Deletes the writer's lock of {@code staging} (it is no file of the site) and lets it go. */
    static void release(Path staging, Optional<FileChannel> claim) throws IOException {
        try {
            Files.deleteIfExists(staging.resolve(WRITER_LOCK));
        } finally {
            if (claim.isPresent()) {
                claim.get().close();
            }
            OWN.remove(staging);
        }
    }

    /**
     * A new folder beside {@code target}, made with the permissions the user's umask gives (a
     * temporary folder would be readable by its owner alone, and so would the site it becomes).
     */
    static Path stagingFolder(Path target) throws IOException {
        while (true) {
            Path staging = target.resolveSibling("." + target.getFileName() + STAGING
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            try {
                return Files.createDirectory(staging);
            } catch (FileAlreadyExistsException e) {
                // another build's name: draw again
            }
        }
    }

    /** Replaces {@code target} by the finished folder {@code staging} beside it, with two renames. */
    static void swap(Path target, Path staging) throws IOException {
        Path parent = target.getParent();
        Path old = parent.resolve("." + target.getFileName() + OLD + staging.getFileName().toString().replaceAll(".*-", ""));
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.exists(old)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteTree(staging);
            throw e;
        }
        if (Files.exists(old)) {
            try {
                deleteTree(old);
            } catch (IOException e) {
                // The new site is in place: a last build that cannot be deleted (a read-only folder
                // in it) is left beside it, and is no reason to report this build failed.
            }
        }
    }

    /** Deletes a folder and everything in it: the files on every core, then the folders, deepest first. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        try {
            files.parallelStream().forEach(OutputFolders::delete);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path dir : folders) { // post-order: every folder after what it holds
            Files.delete(dir);
        }
    }

    static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
