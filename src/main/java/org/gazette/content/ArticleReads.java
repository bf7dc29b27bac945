package org.gazette.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Articles read as the walk of {@code content/} finds them: a second thread reads each one found
 * while the walk, which runs on one core, goes on, and the walking thread reads beside it those
 * left when the walk ends. Read after the walk, ten thousand articles kept one core idle for a
 * quarter of a second and then took both.
 *
 * <pre>{@code
 * ArticleReads reads = new ArticleReads(path -> Files.readAllBytes(root.resolve(path)));
 * walk(reads::found);
 * List<SourceFile> articles = reads.finish(paths);
 * }</pre>
 */
final class ArticleReads {

    /** Put after the last path found: the second thread stops when it takes it. */
    private static final Path END = Path.of("");

    private final Function<Path, byte[]> reader;
    private final BlockingQueue<Path> waiting = new LinkedBlockingQueue<>();
    private final Map<Path, Read> done = new ConcurrentHashMap<>();
    private final Thread second;

    ArticleReads(Function<Path, byte[]> reader) {
        this.reader = reader;
        second = new Thread(this::readUntilEnd, "gazette-read");
        second.setDaemon(true);
        second.start();
    }

    /** Reads {@code path} (as the reader takes it) on one thread or the other. */
    void found(Path path) {
        waiting.add(path);
    }

    /**
     * The articles at {@code paths}, in their order, once all are read. Of several that cannot
     * be read, the first in order is thrown, as a read one by one would throw it, not the one
     * that failed first in time: the same site fails with the same message on every run.
     */
    List<SourceFile> finish(List<Path> paths) {
        waiting.add(END);
        for (Path path = waiting.poll(); path != null; path = waiting.poll()) {
            if (path == END) {
                waiting.add(END); // the second thread is reading its last one, or waiting for this
                break;
            }
            done.put(path, Read.of(path, reader));
        }
        try {
            second.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while articles were read", e);
        }
        List<SourceFile> sources = new ArrayList<>(paths.size());
        for (Path path : paths) {
            Read read = done.get(path);
            if (read == null) { // the second thread stopped short of it (out of memory even to record why): read here
                read = Read.of(path, reader);
            }
            read.rethrow();
            sources.add(read.source());
        }
        return sources;
    }

    /** Stops the second thread when the walk failed: what it has not read is not needed. */
    void cancel() {
        waiting.clear();
        waiting.add(END);
    }

    private void readUntilEnd() {
        try {
            for (Path path = waiting.take(); path != END; path = waiting.take()) {
                done.put(path, Read.of(path, reader));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * An article read, or why it could not be: a file that cannot be read, or anything else the
     * reader threw on the second thread (running out of memory), thrown again on the walking one
     * as a parallel stream throws its workers' failures.
     */
    private record Read(SourceFile source, Throwable failure) {
        static Read of(Path path, Function<Path, byte[]> reader) {
            try {
                return new Read(new SourceFile(path, reader.apply(path)), null);
            } catch (RuntimeException | Error e) {
                return new Read(null, e);
            }
        }

        void rethrow() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }
}
