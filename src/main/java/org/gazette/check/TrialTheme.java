package org.gazette.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.content.SourceWalk;
import org.gazette.render.Theme;
import org.gazette.render.ThemeFiles;

/**
 * The files of the site's {@code themes/} and {@code templates/}, each read once for the theme's
 * trial: the trial's key is taken of these bytes and its pages are made of them, so that a
 * template saved and put back while a check runs cannot leave a trial of other bytes under this key.
 *
 * @param files  what the trial's theme is found and read through
 * @param digest a digest of every file listed, and of the faults found, by name
 */
record TrialTheme(ThemeFiles files, String digest) {

    static TrialTheme read(Path root) {
        List<Path> folders = List.of(root.resolve("themes"), root.resolve(Theme.TEMPLATES));
        StringBuilder key = new StringBuilder();
        Set<Path> listed = new HashSet<>();
        Map<Path, byte[]> bytes = new HashMap<>();
        try {
            for (Path folder : folders) {
                SourceWalk.Survey survey = SourceWalk.survey(folder);
                for (Path fault : survey.faults()) {
                    key.append(root.relativize(fault)).append("=a fault\n");
                }
                for (Path file : survey.files()) {
                    byte[] read = Files.readAllBytes(file);
                    listed.add(file);
                    bytes.put(file, read);
                    key.append(root.relativize(file)).append('=').append(CheckCache.digest(read)).append('\n');
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return new TrialTheme(new ThemeFiles(), "unreadable-" + System.nanoTime()); // never matches: the trial runs
        }
        return new TrialTheme(new ThemeFiles(folders, listed, bytes), CheckCache.digest(key.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
