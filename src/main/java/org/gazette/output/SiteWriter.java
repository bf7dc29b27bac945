package org.gazette.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.site.OutputFile;

/**
 * Writes a site as its files are made, into a staging folder beside the output folder, and swaps
 * it in when the build succeeds, so that readers (and a failed build) never see a half-written
 * site. A file whose bytes equal the previous build's is not written: it is hard-linked from the
 * current output folder at the end. When every file is as before, the output folder is not
 * touched at all. Files may be given from several threads at once.
 *
 * <pre>{@code
 * try (SiteWriter writer = SiteWriter.open(Path.of("site"))) {
 *     generator.generate(site, writer::add);
 *     writer.commit();
 * }
 * }</pre>
 */
public final class SiteWriter implements AutoCloseable {

    /** What {@link #commit()} did. */
    public record Result(int files, int written, boolean changed, String manifestSha) {
    }

    private final Path target;
    private final Path staging;
    private final Map<String, Manifest.Entry> previous;
    private final Map<String, Manifest.Entry> entries = new ConcurrentHashMap<>();
    private final List<String> duplicates = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Boolean> kept = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final byte[] previousManifest;
    private boolean committed;

    private SiteWriter(Path target, Path staging, Map<String, Manifest.Entry> previous, byte[] previousManifest) {
        this.target = target;
        this.staging = staging;
        this.previous = previous;
        this.previousManifest = previousManifest;
    }

    /** Starts writing the site that will replace {@code output}, comparing with the manifest there. */
    public static SiteWriter open(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        byte[] manifestBytes = new byte[0];
        Map<String, Manifest.Entry> previous = Map.of();
        Path manifest = target.resolve(Manifest.PATH);
        if (Files.isRegularFile(manifest)) {
            try {
                manifestBytes = Files.readAllBytes(manifest);
                Map<String, Manifest.Entry> byPath = new ConcurrentHashMap<>();
                Manifest.parse(new String(manifestBytes, StandardCharsets.UTF_8)).entries().forEach(e -> byPath.put(e.path(), e));
                previous = byPath;
            } catch (IOException e) {
                manifestBytes = new byte[0]; // a damaged manifest: every file is written afresh
            }
        }
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".building-");
        return new SiteWriter(target, staging, previous, manifestBytes);
    }

    /** The output folder being replaced. */
    public Path target() {
        return target;
    }

    /** SHA-256 of the manifest in the output folder now, empty when it has none. */
    public String previousManifestSha() {
        return previousManifest.length == 0 ? "" : sha256(previousManifest);
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Manifest.sha256().digest(bytes));
    }

    /** Writes {@code file} into the new site, or notes that the previous one can be kept; gives its manifest entry. */
    public Manifest.Entry add(OutputFile file) {
        if (!staging.resolve(file.path()).normalize().startsWith(staging)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + file.path());
        }
        try {
            Manifest.Entry entry;
            if (file instanceof OutputFile.Generated generated) {
                entry = generated(generated);
            } else if (file instanceof OutputFile.Copied copied) {
                entry = copied(copied);
            } else {
                entry = reused((OutputFile.Reused) file);
            }
            if (entries.putIfAbsent(file.path(), entry) != null) {
                duplicates.add(file.path());
            }
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }

    /** Paths given more than once: two outputs would overwrite each other. */
    public List<String> duplicates() {
        return List.copyOf(duplicates);
    }

    /** Every path given so far. */
    public java.util.Set<String> paths() {
        return entries.keySet();
    }

    private Manifest.Entry generated(OutputFile.Generated file) throws IOException {
        byte[] bytes = file.bytes();
        MessageDigest digest = Manifest.sha256();
        digest.update(bytes);
        Manifest.Entry entry = new Manifest.Entry(file.path(), bytes.length, HexFormat.of().formatHex(digest.digest()),
                MediaTypes.of(file.path()));
        if (!keep(entry)) {
            Path destination = destination(file.path());
            Files.write(destination, bytes);
            written.incrementAndGet();
        }
        return entry;
    }

    private Manifest.Entry copied(OutputFile.Copied file) throws IOException {
        if (held(file.path()).isPresent()) {
            // Read it once to compare: a file touched but not changed is kept, not copied again.
            MessageDigest digest = Manifest.sha256();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file.source()), digest)) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            Manifest.Entry entry = new Manifest.Entry(file.path(), size, HexFormat.of().formatHex(digest.digest()),
                    MediaTypes.of(file.path()));
            if (keep(entry)) {
                return entry;
            }
        }
        Path destination = destination(file.path());
        MessageDigest digest = Manifest.sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.source()), digest);
             OutputStream out = Files.newOutputStream(destination)) {
            size = in.transferTo(out);
        }
        written.incrementAndGet();
        return new Manifest.Entry(file.path(), size, HexFormat.of().formatHex(digest.digest()), MediaTypes.of(file.path()));
    }

    private Manifest.Entry reused(OutputFile.Reused file) throws IOException {
        Manifest.Entry entry = new Manifest.Entry(file.path(), file.size(), file.sha256(), MediaTypes.of(file.path()));
        if (!keep(entry)) {
            throw new IOException("the previous build's " + file.path() + " is gone or changed");
        }
        return entry;
    }

    /**
     * The previous build's file at {@code path} when the output folder still holds it: listed in
     * its manifest and of the size listed (a file changed by hand with its size kept is not noticed;
     * {@code gazette build --no-cache} writes every file afresh).
     */
    public Optional<Manifest.Entry> held(String path) {
        Manifest.Entry before = previous.get(path);
        if (before == null) {
            return Optional.empty();
        }
        try {
            return Files.size(target.resolve(path)) == before.size() ? Optional.of(before) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when the current output folder holds exactly this file, to be linked at the end. */
    private boolean keep(Manifest.Entry entry) {
        boolean same = held(entry.path()).filter(before -> before.sha256().equals(entry.sha256())).isPresent();
        if (same) {
            kept.put(entry.path(), Boolean.TRUE);
        }
        return same;
    }

    private Path destination(String path) throws IOException {
        Path destination = staging.resolve(path).normalize();
        Files.createDirectories(destination.getParent());
        return destination;
    }

    /**
     * Finishes the site: adds the manifest and replaces the output folder with the new site, or
     * leaves the output folder as it is when no file differs from it.
     */
    public Result commit() throws IOException {
        Manifest manifest = new Manifest(new ArrayList<>(entries.values()));
        byte[] manifestBytes = manifest.toJson().getBytes(StandardCharsets.UTF_8);
        committed = true;
        if (written.get() == 0 && java.util.Arrays.equals(manifestBytes, previousManifest)) {
            deleteTree(staging);
            return new Result(entries.size() + 1, 0, false, sha256(manifestBytes));
        }
        List<IOException> failures = kept.keySet().parallelStream()
                .map(this::link)
                .flatMap(Optional::stream)
                .toList();
        if (!failures.isEmpty()) {
            deleteTree(staging);
            throw failures.get(0);
        }
        Files.write(destination(Manifest.PATH), manifestBytes);
        swap(target, staging);
        return new Result(entries.size() + 1, written.get() + 1, true, sha256(manifestBytes));
    }

    private Optional<IOException> link(String path) {
        try {
            Path destination = destination(path);
            Path old = target.resolve(path);
            try {
                Files.createLink(destination, old);
            } catch (UnsupportedOperationException | IOException e) {
                // a file system without hard links: copy instead
                Files.copy(old, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e);
        }
    }

    private static final CharsetEncoder NAMES = Charset.forName(fileNameEncoding()).newEncoder();

    /**
     * Whether this JVM can turn {@code path} into a file name. Java takes the encoding of file
     * names from the locale at start-up ({@code sun.jnu.encoding}): under {@code LANG=C} it is
     * ASCII, and Chinese names such as {@code tags/妇联/} cannot be written.
     */
    public static boolean canWrite(String path) {
        synchronized (NAMES) {
            return NAMES.canEncode(path);
        }
    }

    /** The encoding Java uses for file names on this machine. */
    public static String fileNameEncoding() {
        return System.getProperty("sun.jnu.encoding", "UTF-8");
    }

    /** Replaces {@code target} by the finished folder {@code staging} beside it, with two renames. */
    private static void swap(Path target, Path staging) throws IOException {
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

    /** Drops the staging folder of a build that did not commit. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            committed = true;
            deleteTree(staging);
        }
    }
}
