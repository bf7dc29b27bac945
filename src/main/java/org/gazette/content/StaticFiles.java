package org.gazette.content;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files of {@code static/} are published. Hidden files and folders (names starting with
 * {@code .}) are left out, as under {@code content/}: a {@code .env}, an {@code .ssh/} or a
 * version control folder ({@code .git/}: the site's whole history) copied in with a folder
 * would be published for anyone to read, and the output's own {@code .gazette/} records could be
 * overwritten. Two are published, for what they are for: {@code static/.well-known/} (it becomes
 * {@code /.well-known/}: {@code security.txt}, domain verification) and {@code .htaccess}, the
 * settings of an Apache server, which that server never serves. Left out too, here and under
 * {@code content/} ({@link #isLeftBySystem}): the files Finder, Explorer and Word leave in folders.
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
    /** Explorer's thumbnail caches and folder settings, in lower case: Windows names them in any case. */
    private static final Set<String> FILES_LEFT_OUT = Set.of("thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini");

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
        return name == null || !isLeftBySystem(name.toString());
    }

    /**
     * Whether a file named {@code name} is one Explorer, Finder or Word leaves in a folder, never
     * meant to be published: {@code Thumbs.db} (thumbnails of every photo the folder held, deleted
     * ones included), {@code ehthumbs.db}, {@code desktop.ini}, Finder's {@code Icon\r}, and Word's
     * temporary files ({@code ~WRL0001.tmp}, {@code ~$稿件.docx}'s kin {@code ~稿件.tmp}).
     */
    public static boolean isLeftBySystem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return FILES_LEFT_OUT.contains(lower) || name.equals("Icon\r") || lower.startsWith("~") && lower.endsWith(".tmp");
    }
}
