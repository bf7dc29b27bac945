package org.gazette.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

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

    private static final Pattern LIST_PAGE = Pattern.compile("(?:^|/)page/[0-9]+/index\\.html$");

    private OutputPaths() {
    }

    /**
     * Whether {@code path} is a page or feed that readers reach by its address and keep links to:
     * not a list's later page ({@code page/3/index.html}, which holds other articles as the list
     * grows), the 404 page, a sitemap or any other file.
     */
    public static boolean isReaderAddress(String path) {
        if (path.endsWith(".html")) {
            return !LIST_PAGE.matcher(path).find() && !path.equals("404.html");
        }
        return path.equals("feed.xml") || path.endsWith("/feed.xml");
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
        // Two paths (or a path and a folder) can meet only if one of them changes when folded:
        // the folded forms of those are the only places a clash can be. Nearly every site has
        // none (all lower case); a site with a camera's IMG_0001.JPG has a few, and then only
        // folders ending where such a form ends are looked up, instead of folding every folder of
        // every path (100 to 250 ms at 143,000 paths).
        String[] all = paths.toArray(String[]::new);
        String[] foldedAll = new String[all.length];
        Set<String> places = new HashSet<>();
        for (int i = 0; i < all.length; i++) {
            String path = all[i];
            String folded = foldCase(path);
            foldedAll[i] = folded;
            if (!folded.equals(path)) {
                places.add(folded);
                for (String folder : folders(path)) {
                    String foldedFolder = foldCase(folder);
                    if (!foldedFolder.equals(folder)) {
                        places.add(foldedFolder);
                    }
                }
            }
        }
        if (places.isEmpty()) {
            return List.of();
        }
        boolean[] placeLengths = new boolean[places.stream().mapToInt(String::length).max().orElseThrow() + 1];
        places.forEach(place -> placeLengths[place.length()] = true);
        Map<String, TreeSet<String>> files = new HashMap<>();
        Map<String, TreeSet<String>> folders = new HashMap<>();
        for (int i = 0; i < all.length; i++) {
            String path = all[i];
            String folded = foldedAll[i];
            if (places.contains(folded)) {
                files.computeIfAbsent(folded, f -> new TreeSet<>()).add(path);
            }
            boolean lowerCase = folded.equals(path);
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                if (lowerCase && (slash >= placeLengths.length || !placeLengths[slash])) {
                    continue; // a folder already folded, of a length no place has
                }
                String folder = path.substring(0, slash);
                String foldedFolder = lowerCase ? folder : foldCase(folder);
                if (places.contains(foldedFolder)) {
                    folders.computeIfAbsent(foldedFolder, f -> new TreeSet<>()).add(folder);
                }
            }
        }
        List<List<String>> groups = new ArrayList<>();
        files.forEach((folded, sameFiles) -> {
            TreeSet<String> group = new TreeSet<>(sameFiles);
            TreeSet<String> sameFolders = folders.getOrDefault(folded, new TreeSet<>());
            // a file and a folder of one name are not a case clash but a folder clash, told apart
            boolean folderDiffers = sameFolders.stream().anyMatch(folder -> sameFiles.stream().anyMatch(file -> !file.equals(folder)));
            if (sameFiles.size() > 1 || folderDiffers) {
                if (folderDiffers) {
                    sameFolders.forEach(folder -> group.add(folder + "/"));
                }
                groups.add(List.copyOf(group));
            }
        });
        groups.sort(Comparator.comparing(group -> group.get(0)));
        return groups;
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
