package org.gazette.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * What writing an output folder needs of the file system: replacing a folder by another with two
 * renames, and deleting a tree quickly. (Whether a name can be written at all under this locale:
 * {@link org.gazette.problem.FileNameEncoding}.)
 *
 * <pre>{@code
 * OutputFolders.deleteTree(Path.of(".site.gazette-building-123"));
 * }</pre>
 */
public final class OutputFolders {

    private OutputFolders() {
    }

    /** Replaces {@code target} by the finished folder {@code staging} beside it, with two renames. */
    static void swap(Path target, Path staging) throws IOException {
        Path parent = target.getParent();
        Path old = parent.resolve("." + target.getFileName() + SiteWriter.OLD + staging.getFileName().toString().replaceAll(".*-", ""));
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
