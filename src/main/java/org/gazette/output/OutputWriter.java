package org.gazette.output;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
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

    /**
     * The first output path this JVM cannot turn into a file name, when there is one. Java takes
     * the encoding of file names from the locale at start-up ({@code sun.jnu.encoding}): under
     * {@code LANG=C} it is ASCII, and Chinese names such as {@code tags/妇联/} cannot be written.
     */
    public static Optional<String> unwritableName(List<OutputFile> files) {
        Charset names = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        CharsetEncoder encoder = names.newEncoder();
        return files.stream().map(OutputFile::path).filter(path -> !encoder.canEncode(path)).findFirst();
    }

    private static final CharsetEncoder NAMES = Charset.forName(fileNameEncoding()).newEncoder();

    /** Whether this JVM can turn {@code path} into a file name (see {@link #unwritableName}). */
    public static boolean canWrite(String path) {
        synchronized (NAMES) {
            return NAMES.canEncode(path);
        }
    }

    /** The encoding Java uses for file names on this machine. */
    public static String fileNameEncoding() {
        return System.getProperty("sun.jnu.encoding", "UTF-8");
    }

    public static void write(Path output, List<OutputFile> files) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        for (OutputFile file : files) {
            if (!target.resolve(file.path()).normalize().startsWith(target)) {
                throw new IllegalArgumentException("output path leaves the output folder: " + file.path());
            }
        }
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        // Every write finishes (or fails) before the staging folder is judged, so that no
        // writer is still busy in it when it is deleted.
        List<IOException> failures = files.parallelStream()
                .map(file -> writeOne(staging, file))
                .flatMap(Optional::stream)
                .toList();
        if (!failures.isEmpty()) {
            deleteTree(staging);
            throw failures.get(0);
        }
        swap(target, staging);
    }

    /** Replaces {@code target} by the finished folder {@code staging} beside it, with two renames. */
    static void swap(Path target, Path staging) throws IOException {
        Path parent = target.getParent();
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

    private static Optional<IOException> writeOne(Path folder, OutputFile file) {
        Path destination = folder.resolve(file.path()).normalize();
        try {
            Files.createDirectories(destination.getParent());
            if (file instanceof OutputFile.Generated generated) {
                Files.write(destination, generated.bytes());
            } else if (file instanceof OutputFile.Copied copied) {
                Files.copy(copied.source(), destination, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e);
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
