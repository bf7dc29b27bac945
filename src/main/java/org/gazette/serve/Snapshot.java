package org.gazette.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gazette.content.FileStamp;
import org.gazette.content.SitePaths;
import org.gazette.output.Checksums;
import org.gazette.problem.Problem;
import org.gazette.site.OutputFile;

/**
 * What the preview serves: the files of the last build that succeeded (in memory; copied files
 * are read from their source when asked for), and the errors of the latest build, which the
 * pages show over themselves until a build succeeds again.
 *
 * <pre>{@code
 * Snapshot s = Snapshot.built("a1-3", outputs);
 * s.find("/2023/12/five-year-review/"); // Found[path=2023/12/five-year-review/index.html, ...]
 * }</pre>
 *
 * @param id       names this version of the files: pages carry it, so that a page from an earlier version reloads
 * @param files    the output files by their path in the site
 * @param problems the errors of the latest build; empty when it succeeded
 * @param built    whether any build has succeeded yet
 * @param stamps   the size and time of change of each copied file when this version was made: a
 *                 photo saved again over itself is the same {@link OutputFile.Copied} in the next
 *                 version, and only these tell that what the pages show changed
 */
record Snapshot(String id, Map<String, OutputFile> files, List<Problem> problems, boolean built, Map<String, String> stamps) {

    /** Where a request leads. */
    sealed interface Lookup permits Found, Redirect, NotFound {
    }

    /** A file at its output path. */
    record Found(String path, OutputFile file) implements Lookup {
    }

    /** A folder asked for without its slash: {@code /2023} leads to {@code /2023/}. */
    record Redirect(String sitePath) implements Lookup {
    }

    /** Nothing there: the site's 404 page is served. */
    record NotFound() implements Lookup {
    }

    private static final Set<String> ASSETS = Set.of("css", "js", "mjs", "png", "jpg", "jpeg", "gif", "webp", "avif", "svg",
            "ico", "woff", "woff2", "ttf", "otf", "bmp");

    Snapshot {
        files = Map.copyOf(files);
        problems = List.copyOf(problems);
        stamps = Map.copyOf(stamps);
    }

    static Snapshot empty(String id) {
        return new Snapshot(id, Map.of(), List.of(), false, Map.of());
    }

    static Snapshot built(String id, List<OutputFile> outputs) {
        Map<String, OutputFile> files = new HashMap<>();
        outputs.forEach(file -> files.put(file.path(), file));
        return new Snapshot(id, files, List.of(), true, stampsOf(files));
    }

    /** A new version with some files replaced (the pages of edited articles) and no errors. */
    Snapshot with(String newId, List<OutputFile> replaced) {
        Map<String, OutputFile> updated = new HashMap<>(files);
        replaced.forEach(file -> updated.put(file.path(), file));
        // The files kept are those of the build that made them: a photo deleted since is still
        // as that build found it, until the next whole build drops it.
        Map<String, String> stamped = new HashMap<>(stamps);
        stamped.putAll(stampsOf(replaced.stream().collect(Collectors.toMap(OutputFile::path, file -> file, (a, b) -> b))));
        return new Snapshot(newId, updated, List.of(), built, stamped);
    }

    /** The same files without errors: the sources are back as they were when these files were built. */
    Snapshot mended() {
        return failed(List.of());
    }

    /** The same files with the errors of a build that failed. */
    Snapshot failed(List<Problem> errors) {
        return new Snapshot(id, files, errors, built, stamps);
    }

    /** Where the decoded site path {@code sitePath} leads; it can only lead to one of the built files. */
    Lookup find(String sitePath) {
        if (!sitePath.startsWith("/") || sitePath.contains("\0") || sitePath.contains("\\")
                || Arrays.asList(sitePath.split("/")).contains("..")) {
            return new NotFound();
        }
        String path = SitePaths.outputFile(sitePath);
        OutputFile file = files.get(path);
        if (file != null) {
            return new Found(path, file);
        }
        if (!sitePath.endsWith("/") && files.containsKey(path + "/index.html")) {
            return new Redirect(sitePath + "/");
        }
        return new NotFound();
    }

    /** The site's own 404 page, when it has one. */
    Optional<OutputFile> notFoundPage() {
        return Optional.ofNullable(files.get("404.html"));
    }

    /** Changes exactly when what {@code sitePath} shows changes: its bytes, or the 404 page it falls back to. */
    String fingerprint(String sitePath) {
        Lookup lookup = find(sitePath);
        if (lookup instanceof Found found) {
            return found.path() + ":" + fingerprint(found.file());
        }
        if (lookup instanceof Redirect redirect) {
            return "redirect:" + redirect.sitePath();
        }
        return "404:" + notFoundPage().map(this::fingerprint).orElse("none") + ":" + built;
    }

    /**
     * Whether a stylesheet, script, image or font that both versions have changed: every page may
     * show it. One added or removed changes only the pages that link to it, whose own bytes tell:
     * a photo copied beside an article must not reload every open page.
     */
    boolean assetsChangedSince(Snapshot before) {
        for (Map.Entry<String, OutputFile> entry : files.entrySet()) {
            String name = entry.getKey();
            OutputFile earlier = before.files().get(name);
            if (earlier != null && ASSETS.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT))
                    && !same(before.fingerprint(earlier), fingerprint(entry.getValue()))) {
                return true;
            }
        }
        return false;
    }

    private String fingerprint(OutputFile file) {
        if (file instanceof OutputFile.Generated generated) {
            return generated.bytes().length + "-" + Integer.toHexString(Arrays.hashCode(generated.bytes()));
        }
        return stamps.getOrDefault(file.path(), "missing");
    }

    private static Map<String, String> stampsOf(Map<String, OutputFile> files) {
        Map<String, String> stamps = new HashMap<>();
        files.values().forEach(file -> {
            if (file instanceof OutputFile.Copied copied) {
                stamps.put(copied.path(), stamp(copied.source()));
            }
        });
        return stamps;
    }

    private static String stamp(Path source) {
        try {
            long lookedAt = System.currentTimeMillis();
            // The time the caches and the watcher compare: a photo rewritten with its time put back is a change.
            FileStamp stamp = FileStamp.of(source);
            String sizeAndTime = stamp.size() + "-" + stamp.changed();
            if (stamp.settled(lookedAt)) {
                return sizeAndTime;
            }
            // Saved again within the tick of the file clock its time was taken in, its length kept, it
            // would look the same to the next version: until it settles, its bytes tell.
            return sizeAndTime + BYTES + Checksums.of(Files.readAllBytes(source)) + BYTES;
        } catch (IOException e) {
            return "missing";
        }
    }

    /** Around the bytes' checksum in a stamp: no path holds it. */
    private static final String BYTES = "\0";
    private static final Pattern HASHED = Pattern.compile("\0[0-9a-f]*\0");

    /**
     * Whether two fingerprints ({@link #fingerprint(String)}) tell the same content: the bytes'
     * hashes count when both were taken, that is while the file was settling in both versions.
     */
    static boolean same(String before, String after) {
        if (before.equals(after)) {
            return true;
        }
        boolean hashed = before.contains(BYTES);
        if (hashed == after.contains(BYTES)) {
            return false; // both with their bytes' hashes, or both without, and different
        }
        return HASHED.matcher(before).replaceAll("").equals(HASHED.matcher(after).replaceAll(""));
    }
}
