package org.gazette.problem;

import java.util.regex.Pattern;

/**
 * Git's conflict markers, left in a file whose merge was committed unresolved, and what to tell
 * the editor of them: the same in an article's body, its front matter, {@code site.yaml} and a
 * theme's strings. Only the opening and closing markers count, which no text writes at the start
 * of a line.
 *
 * <pre>{@code
 * GitConflict.opens("<<<<<<< HEAD");      // true
 * GitConflict.closes(">>>>>>> feature");  // true
 * GitConflict.problem("this line is one of git's conflict markers");
 * }</pre>
 */
public final class GitConflict {

    /** Seven marks, then the end of the line or a space and what git names (HEAD, a branch, a commit). */
    private static final Pattern OPENING = Pattern.compile("^<{7}(?: .*)?\r?$");
    private static final Pattern CLOSING = Pattern.compile("^>{7}(?: .*)?\r?$");

    private GitConflict() {
    }

    /** False for nearly every text: it holds no run of seven marks. */
    public static boolean mayBeIn(String text) {
        return text.contains("<<<<<<<") || text.contains(">>>>>>>");
    }

    public static boolean opens(String line) {
        return OPENING.matcher(line).matches();
    }

    public static boolean closes(String line) {
        return CLOSING.matcher(line).matches();
    }

    /** The message for the marker {@code where} describes ("this line is one of git's conflict markers"). */
    public static String problem(String where) {
        return "an unresolved git merge conflict: " + where
                + " (keep the text meant, delete the marker lines <<<<<<<, ======= and >>>>>>>, and commit again)";
    }
}
