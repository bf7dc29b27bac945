package org.gazette.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.gazette.site.OutputFile;

/**
 * Writes a whole site into a folder beside the output folder, then swaps it in with two renames,
 * so that readers of the output folder (and a failed build) never see a half-written site.
 *
 * <pre>{@code
 * OutputWriter.write(Path.of("site"), files);
 * }</pre>
 */
public final class OutputWriter {

    private OutputWriter() {
    }

    public static void write(Path output, List<OutputFile> files) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        try {
            files.parallelStream().forEach(file -> writeOne(staging, file));
        } catch (UncheckedIOException e) {
            deleteTree(staging);
            throw e.getCause();
        } catch (RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        Path old = parent.resolve("." + target.getFileName() + ".old-" + staging.getFileName().toString().replaceAll(".*-", ""));
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
            deleteTree(old);
        }
    }

    private static void writeOne(Path folder, OutputFile file) {
        Path destination = folder.resolve(file.path()).normalize();
        if (!destination.startsWith(folder)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + file.path());
        }
        try {
            Files.createDirectories(destination.getParent());
            if (file instanceof OutputFile.Generated generated) {
                Files.write(destination, generated.bytes());
            } else if (file instanceof OutputFile.Copied copied) {
                Files.copy(copied.source(), destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
