package org.gazette.content;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Which files of {@code static/} are published. The folder is published whole, hidden files
 * included ({@code static/.well-known/} becomes {@code /.well-known/}), except what no site means
 * to publish: a version control folder ({@code .git/}: the site's whole history), the placeholders
 * git needs for empty folders, and the files Finder and Explorer leave in every folder they show.
 *
 * <pre>{@code
 * StaticFiles.isPublished(Path.of(".well-known/security.txt")); // true
 * StaticFiles.isPublished(Path.of("css/.DS_Store"));            // false
 * }</pre>
 */
public final class StaticFiles {

    private static final Set<String> FOLDERS_LEFT_OUT = Set.of(".git", ".hg", ".svn");
    private static final Set<String> FILES_LEFT_OUT = Set.of(".gitkeep", ".gitignore", ".gitattributes", ".DS_Store",
            "Thumbs.db", "desktop.ini");

    private StaticFiles() {
    }

    /**
     * What is wrong with publishing the file at {@code relative}, a path inside {@code static/}: a
     * file under {@code static/.gazette/}, or named so, would land among (or as) the output folder's
     * own records (its manifest, its update marker) and be taken for one of them.
     */
    public static Optional<String> refused(Path relative) {
        if (relative.getName(0).toString().equals(".gazette")) {
            return Optional.of("this file would be published in the output's .gazette/ folder, or as it, where the build"
                    + " keeps its own records (its manifest, its update marker) and would take it for one of them"
                    + " (move it out of static/.gazette, or rename it)");
        }
        return Optional.empty();
    }

    /** Whether the file or folder at {@code relative}, a path inside {@code static/}, is published. */
    public static boolean isPublished(Path relative) {
        for (Path part : relative) {
            if (FOLDERS_LEFT_OUT.contains(part.toString())) {
                return false;
            }
        }
        Path name = relative.getFileName();
        return name == null || !FILES_LEFT_OUT.contains(name.toString());
    }
}
