package org.gazette.content;

import java.nio.file.Path;
import java.util.Set;

/**
 * Which files of {@code static/} are published. Hidden files and folders (names starting with
 * {@code .}) are left out, as under {@code content/}: a {@code .env}, an {@code .ssh/} or a
 * version control folder ({@code .git/}: the site's whole history) copied in with a folder
 * would be published for anyone to read, and the output's own {@code .gazette/} records could be
 * overwritten. Two are published, for what they are for: {@code static/.well-known/} (it becomes
 * {@code /.well-known/}: {@code security.txt}, domain verification) and {@code .htaccess}, the
 * settings of an Apache server, which that server never serves. Left out too: the files Finder
 * and Explorer leave in every folder they show.
 *
 * <pre>{@code
 * StaticFiles.isPublished(Path.of(".well-known/security.txt")); // true
 * StaticFiles.isPublished(Path.of("h/.ssh/id_rsa"));            // false
 * StaticFiles.isPublished(Path.of("css/Thumbs.db"));            // false
 * }</pre>
 */
public final class StaticFiles {

    /** The hidden folder published, at the top of {@code static/} only. */
    private static final String WELL_KNOWN = ".well-known";
    /** The hidden file published, in any folder. */
    private static final String HTACCESS = ".htaccess";
    private static final Set<String> FILES_LEFT_OUT = Set.of("Thumbs.db", "desktop.ini");

    private StaticFiles() {
    }

    /** Whether the file or folder at {@code relative}, a path inside {@code static/}, is published. */
    public static boolean isPublished(Path relative) {
        int count = relative.getNameCount();
        for (int i = 0; i < count; i++) {
            String name = relative.getName(i).toString();
            boolean hidden = name.startsWith(".") && !name.isEmpty();
            if (hidden && !(i == 0 && name.equals(WELL_KNOWN)) && !(i == count - 1 && name.equals(HTACCESS))) {
                return false;
            }
        }
        Path name = relative.getFileName();
        return name == null || !FILES_LEFT_OUT.contains(name.toString());
    }
}
