package org.gazette.deploy;

import java.util.regex.Pattern;

/**
 * Paths named by their content: a fingerprinted file ({@code assets/style.3f2a1b9c0d.css}). New
 * content gets a new path, so such objects can be cached for ever, and deleting the old ones is
 * routine: they do not count against {@code --max-deletes}. A folder is never taken for a hash,
 * whatever its name: an article whose slug is an old system's hex id ({@code 5f2b8c9e1a}) would
 * have been cached for a year, its corrections unseen, and deleted without being counted.
 *
 * <pre>{@code
 * ContentNames.isContentNamed("assets/style.3f2a1b9c0d.css");  // true
 * ContentNames.isContentNamed("2024/03/5f2b8c9e1a/index.html"); // false: an article's folder
 * ContentNames.isContentNamed("news/2023/1234567890.html");    // false: digits alone are an id, not a hash
 * }</pre>
 */
public final class ContentNames {

    /** 10 to 64 hex digits with at least one letter among them. */
    private static final String HASH = "(?=[0-9]*[a-f])[0-9a-f]{10,64}";
    private static final Pattern HASH_NAME = Pattern.compile("(?:.*/)?[^/]+\\." + HASH + "\\.[A-Za-z0-9]+");

    private ContentNames() {
    }

    public static boolean isContentNamed(String path) {
        return HASH_NAME.matcher(path).matches();
    }
}
