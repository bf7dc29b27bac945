package org.gazette.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The names in a folder, for an image that is not found: the file whose name differs only in case
 * (phones save IMG_0001.JPG, editors write IMG_0001.jpg; the web server tells them apart) or in
 * Unicode form (macOS writes réunion.jpg decomposed, NFD, when it copies from a zip or a USB
 * stick; typed, the name is composed, NFC), and a digest of all of them, by which the caches know
 * that a message naming one still holds.
 *
 * <pre>{@code
 * FolderNames.otherCase(Path.of("content/2024/images/IMG_0001.jpg")); // Optional[IMG_0001.JPG]
 * }</pre>
 */
final class FolderNames {

    private FolderNames() {
    }

    /** A file beside {@code file} named as it is but for capitals or Unicode form; empty when there is none, or no folder. */
    static Optional<String> otherCase(Path file) {
        String name = file.getFileName().toString();
        return names(file.getParent()).stream().filter(n -> !n.equals(name) && composed(n).equalsIgnoreCase(composed(name))).findFirst();
    }

    /** What to do when the folder holds {@code found} for the name {@code written}, equal but for capitals or Unicode form. */
    static String advice(String found, String written) {
        if (!composed(found).equals(composed(written))) {
            return "the folder has " + found + ": write the name as it is, capitals included";
        }
        return Normalizer.isNormalized(found, Normalizer.Form.NFC)
                ? "the folder has " + found + ", but the article writes the name in decomposed form (NFD): type it again"
                : "the folder has " + found + ", but its name is written in decomposed form (NFD), as macOS does: rename the"
                        + " file by typing the name again";
    }

    private static String composed(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** What {@code folder} holds, as a short digest of its names: the same while no file is added, removed or renamed. */
    static String digest(Path folder) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            names(folder).forEach(name -> digest.update((name + "/").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names {@code folder} holds, exactly as written on the disk; empty when it is no folder. */
    static List<String> names(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of(); // a folder that cannot be listed gives no hint
        }
    }
}
