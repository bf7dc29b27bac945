package org.gazette.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Paths of the output folder ("2023/12/x/index.html") as the folders they lie in: one path cannot
 * be a file for one output and a folder for others.
 *
 * <pre>{@code
 * OutputPaths.folders("2023/12/x/index.html");             // [2023, 2023/12, 2023/12/x]
 * OutputPaths.folderClashes(Set.of("a", "a/index.html")); // [a]
 * OutputPaths.caseClashes(Set.of("News.html", "news.html")); // [[News.html, news.html]]
 * OutputPaths.caseClashes(Set.of("March-8", "march-8/index.html")); // [[March-8, march-8/]]
 * }</pre>
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /** The folders {@code path} lies in, outermost first. */
    public static List<String> folders(String path) {
        List<String> folders = new ArrayList<>();
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            folders.add(path.substring(0, slash));
        }
        return folders;
    }

    /**
     * The paths among {@code paths} that a disk ignoring case takes for one, in groups: files that
     * differ only in case ("News.html", "news.html"), and a file with a folder of others that
     * differs from it only in case, the folder written with a final "/" ("March-8" and "march-8/",
     * for "march-8/index.html"). Each group is sorted, the groups by their first path.
     */
    public static List<List<String>> caseClashes(Collection<String> paths) {
        // Nearly every site's paths are all lower case already: then no two can meet (a quick
        // look, where grouping the folders of 18,000 paths takes the build tens of milliseconds).
        if (paths.stream().allMatch(path -> foldCase(path).equals(path))) {
            return List.of();
        }
        Map<String, String> fileByFolded = new HashMap<>();
        Map<String, String> folderByFolded = new HashMap<>();
        Map<String, TreeSet<String>> groups = new TreeMap<>();
        for (String path : paths) {
            String folded = foldCase(path);
            String first = fileByFolded.putIfAbsent(folded, path);
            if (first != null && !first.equals(path)) {
                groups.computeIfAbsent(folded, f -> new TreeSet<>(List.of(first))).add(path);
            }
            folders(path).forEach(folder -> folderByFolded.putIfAbsent(foldCase(folder), folder));
        }
        fileByFolded.forEach((folded, path) -> {
            String folder = folderByFolded.get(folded);
            if (folder != null && !folder.equals(path)) {
                groups.computeIfAbsent(folded + "/", f -> new TreeSet<>()).addAll(List.of(path, folder + "/"));
            }
        });
        return groups.values().stream().<List<String>>map(List::copyOf).sorted(Comparator.comparing(group -> group.get(0))).toList();
    }

    /**
     * {@code path} in lower case, as {@link String#toLowerCase(Locale)} has it in {@link Locale#ROOT},
     * close to what disks that ignore case do; and with the final sigma, which such disks take for
     * σ, made σ.
     */
    private static String foldCase(String path) {
        return path.toLowerCase(Locale.ROOT).replace('\u03c2', '\u03c3');
    }

    /** The paths among {@code paths} that others lie in, as in a folder, sorted. */
    public static List<String> folderClashes(Collection<String> paths) {
        Set<String> all = Set.copyOf(paths);
        Set<String> clashes = new TreeSet<>();
        for (String path : all) {
            for (String folder : folders(path)) {
                if (all.contains(folder)) {
                    clashes.add(folder);
                }
            }
        }
        return List.copyOf(clashes);
    }
}
