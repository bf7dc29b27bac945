package org.gazette.problem;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The encoding Java uses for file names, which it takes from the locale at start-up
 * ({@code sun.jnu.encoding}). Under {@code LANG=C} it is ASCII: a Chinese name such as
 * {@code tags/妇联/index.html} can be neither written nor found, and one listed from the disk
 * comes back as {@code ���}. Problems about such names end with {@link #advice()}.
 *
 * <pre>{@code
 * FileNameEncoding.canHold("tags/妇联/index.html");   // false under LANG=C
 * FileNameEncoding.advice();   // "Java encodes file names here as ANSI_X3.4-1968 (run Gazette under a UTF-8 locale, ...)"
 * }</pre>
 */
public final class FileNameEncoding {

    private static final CharsetEncoder NAMES = Charset.forName(name()).newEncoder();
    private static final boolean UTF8 = NAMES.charset().equals(StandardCharsets.UTF_8);

    private FileNameEncoding() {
    }

    /** Whether this JVM can turn {@code name} into a file name; a name listed from the disk it could not decode cannot. */
    public static boolean canHold(String name) {
        // UTF-8 holds every character but half of a surrogate pair: a name without surrogates needs
        // no encoder, which made a copy of every name a build's manifest lists.
        if (UTF8 && !hasSurrogate(name)) {
            return true;
        }
        synchronized (NAMES) {
            return NAMES.canEncode(name);
        }
    }

    private static boolean hasSurrogate(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isSurrogate(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The encoding Java uses for file names on this machine. */
    public static String name() {
        return System.getProperty("sun.jnu.encoding", "UTF-8");
    }

    /** Why a name cannot be held, and what to do. */
    public static String advice() {
        return "Java encodes file names here as " + name() + " (run Gazette under a UTF-8 locale, for example: export LANG=C.UTF-8)";
    }
}
