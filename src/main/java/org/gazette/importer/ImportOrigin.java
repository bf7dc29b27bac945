package org.gazette.importer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The legacy file an article was imported from, written as a comment at the end of its front
 * matter ({@code # imported from news/2012/0305/1234.shtml}), so that an import run again knows
 * its own articles by where they came from: an archive holds many articles of one title (会议通知)
 * and many pages of one name (index.html), whose places ({@code 5}, {@code 5-2}, …) depend on
 * which of them were imported before.
 *
 * @param path the file's path from the folder imported, that folder's name included, with {@code /}
 *             ({@code old/news/2012/0305/1234.shtml}); for a file imported by itself, its folder's name and
 *             its own ({@code 0305/1234.shtml})
 */
record ImportOrigin(String path) {

    static final String PREFIX = "# imported from ";

    static ImportOrigin of(Path file, Optional<Path> folder) {
        // With the name of the folder it was found in: old/a/1.html and old/b/1.html, imported one
        // folder or one file at a time, are two articles, not one imported before.
        Path named = folder.map(f -> {
            Path name = f.toAbsolutePath().normalize().getFileName();
            return name == null ? f.relativize(file) : name.resolve(f.relativize(file));
        }).orElseGet(() -> {
            Path name = file.getFileName();
            Path parent = file.toAbsolutePath().normalize().getParent();
            return parent == null || parent.getFileName() == null ? name : parent.getFileName().resolve(name);
        });
        // A line break in a file's name must not end the comment and become front matter: YAML
        // breaks lines at U+0085, U+2028 and U+2029 too, and refuses the other controls (C0 and C1),
        // lone surrogates (a Windows name may hold one), U+FFFE and U+FFFF.
        return new ImportOrigin(named.toString().replace('\\', '/')
                .replaceAll("[\\p{Cc}\\p{Cs}\\u2028\\u2029\\uFFFE\\uFFFF]", "?"));
    }

    /** The comment, as the last line of the front matter. */
    String line() {
        return PREFIX + path;
    }

    /** The origin an article's front matter names, if it was imported by a Gazette that writes it. */
    static Optional<ImportOrigin> in(String markdown) {
        return markdown.lines().skip(1).takeWhile(line -> !line.equals("---")).filter(line -> line.startsWith(PREFIX))
                .map(line -> new ImportOrigin(line.substring(PREFIX.length()).strip())).findFirst();
    }

    /**
     * Whether both name the same file: the same path, or one ending as the other, so that the
     * folder {@code old/news/} imported after {@code old/}, or a page imported by itself after its
     * folder, finds its article again.
     */
    boolean sameFileAs(ImportOrigin other) {
        List<String> mine = parts(path);
        List<String> theirs = parts(other.path);
        List<String> shorter = mine.size() <= theirs.size() ? mine : theirs;
        List<String> longer = shorter == mine ? theirs : mine;
        return !shorter.isEmpty() && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    private static List<String> parts(String path) {
        return Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toList();
    }
}
