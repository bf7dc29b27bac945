package org.gazette.markdown;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Article;
import org.gazette.problem.GitConflict;
import org.gazette.problem.Problem;

/**
 * Refuses a body that still holds git's conflict markers: a merge whose conflict was staged and
 * committed without being resolved. Markdown reads them as text (the {@code =======} line even
 * turns the line above it into a heading), so the site would publish both versions between
 * {@code <<<<<<< HEAD} and {@code >>>>>>> branch}, and the pre-commit hook let the commit through.
 * Only the opening and closing markers count, which no article writes at the start of a line;
 * fenced code is shown as written and left alone.
 *
 * <pre>{@code
 * ConflictMarkers.of(article, article.body().get());
 * // content/2024/a.md:9:1: error: an unresolved git merge conflict: this line and the one at line 13 are ...
 * }</pre>
 */
final class ConflictMarkers {

    private ConflictMarkers() {
    }

    /** The conflicts in {@code body}, the Markdown of {@code article}. */
    static List<Problem> of(Article article, String body) {
        if (!GitConflict.mayBeIn(body)) {
            return List.of(); // most bodies
        }
        String[] lines = body.split("\n", -1);
        boolean[] code = CodeFences.of(lines);
        List<Problem> problems = new ArrayList<>();
        int opened = -1;
        for (int i = 0; i < lines.length; i++) {
            if (code[i]) {
                continue;
            }
            if (GitConflict.opens(lines[i])) {
                if (opened >= 0) {
                    problems.add(unresolved(article, opened, -1));
                }
                opened = i;
            } else if (GitConflict.closes(lines[i])) {
                problems.add(unresolved(article, opened >= 0 ? opened : i, opened >= 0 ? i : -1));
                opened = -1;
            }
        }
        if (opened >= 0) {
            problems.add(unresolved(article, opened, -1));
        }
        return problems;
    }

    private static Problem unresolved(Article article, int line, int closing) {
        String lines = closing < 0 ? "this line is one of git's conflict markers"
                : "this line and the one at line " + (article.bodyLine() + closing) + " are git's conflict markers,"
                        + " around both versions of the text";
        return Problem.error(article.source(), article.bodyLine() + line, 1, GitConflict.problem(lines));
    }
}
