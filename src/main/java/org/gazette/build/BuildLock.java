package org.gazette.build;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.FileLockInterruptionException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.gazette.content.ContentLoader;

/**
 * Keeps two builds of one site from running at once, as Hugo's {@code .hugo_build.lock} does:
 * the second waits. Two builds updating one output folder together each kept the files the
 * other had changed, and left a manifest that did not match the folder, which later builds
 * trusted. The lock is {@code .gazette/build.lock} in the site's folder (a file kept, so that no
 * build can lock a file another has just deleted); builds in one process are kept apart as well,
 * since a process cannot lock a file twice.
 *
 * <pre>{@code
 * try (BuildLock lock = BuildLock.take(root, true, listener)) {
 *     // read the sources, write the site and the cache
 * }
 * }</pre>
 */
final class BuildLock implements AutoCloseable {

    static final String FILE = ".gazette/build.lock";

    private static final Map<Path, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();
    private static final List<FileChannel> KEPT_OPEN = new CopyOnWriteArrayList<>();

    private final ReentrantLock inThisProcess;
    private final FileChannel channel;

    private BuildLock(ReentrantLock inThisProcess, FileChannel channel) {
        this.inThisProcess = inThisProcess;
        this.channel = channel;
    }

    /**
     * Waits until no other build of the site in {@code root} runs, telling {@code listener} when
     * it has to. {@code makeFolder}: whether the build may make {@code .gazette/} (a build with the
     * cache does); a build without the cache locks only a site that has the folder already (any
     * build with the cache made it, and only such a build updates an output folder in place), and
     * leaves a source folder as it found it.
     */
    static BuildLock take(Path root, boolean makeFolder, BuildListener listener) {
        if (!Files.isDirectory(root.resolve(ContentLoader.CONTENT_FOLDER))
                || !makeFolder && !Files.isDirectory(root.resolve(FILE).getParent())) {
            // not a site (the build stops at that), or a build that makes nothing in the source folder
            return new BuildLock(null, null);
        }
        Path site;
        try {
            site = root.toRealPath(); // one site reached through a link is still one site
        } catch (IOException e) {
            site = root;
        }
        Path file = site.resolve(FILE);
        String waiting = "waiting for another build of this site to end (it holds " + FILE + ")";
        ReentrantLock local = IN_THIS_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        if (!local.tryLock()) {
            listener.note(waiting);
            local.lock();
        }
        if (local.getHoldCount() > 1) {
            // A build started inside another on this thread runs in its lock. Opening the file
            // again would not do: closing any channel to it drops all of this process's locks on it.
            return new BuildLock(local, null);
        }
        FileChannel channel = null;
        try {
            GazetteFolder.make(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                listener.note(waiting);
                channel.lock(); // released when the channel is closed
            }
            return new BuildLock(local, channel);
        } catch (ClosedByInterruptException | FileLockInterruptionException e) {
            // Stopped while it waited: building on without the lock would be the very clash it prevents.
            closeQuietly(channel);
            local.unlock();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted while it waited for " + FILE, e);
        } catch (OverlappingFileLockException e) {
            // This process holds it under another name (a folder mounted twice): this channel is
            // kept open till the process ends, since closing it would drop that lock too.
            KEPT_OPEN.add(channel);
            return new BuildLock(local, null);
        } catch (IOException e) {
            // A site folder this build cannot write in (a read-only checkout, built into another
            // folder): no other build can keep its cache there either. Built without the lock.
            closeQuietly(channel);
            return new BuildLock(local, null);
        } catch (RuntimeException | Error e) {
            closeQuietly(channel);
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() {
        closeQuietly(channel);
        if (inThisProcess != null) {
            inThisProcess.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the lock goes with the channel, or with the process
            }
        }
    }
}
