package org.gazette.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.SiteLinks;
import org.gazette.problem.Problem;
import org.gazette.problem.TextLines;

/**
 * Rewrites the references a theme stylesheet makes to other files of the theme's assets
 * ({@code url("fonts/heading.woff2")}, {@code @import "print.css"}) to the names those files are
 * published under, which carry a hash of their content: copied unchanged, the stylesheet would
 * ask for names the site does not have. Absolute URLs, paths from the site root, {@code data:}
 * URIs, fragments alone and references leading out of {@code assets/} are left as written, and so
 * are comments; a reference to an asset the theme lacks is a problem at its line.
 *
 * <pre>{@code
 * // in css/style.css, with img/logo.png published as img/logo.8114d1fc74.png
 * StylesheetReferences.rewrite("a{background:url(../img/logo.png)}", "css/style.css", names, file, problems);
 * // "a{background:url(../img/logo.8114d1fc74.png)}"
 * }</pre>
 */
final class StylesheetReferences {

    /** url(x), url("x"), url('x'), and @import "x" or 'x'; one of groups 1 to 5 holds the reference. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s\"']*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?(?:\\*/|$)", Pattern.DOTALL);
    /** A scheme (https:, data:), a host (//cdn), the site root (/x), a fragment alone (#x), or nothing. */
    private static final Pattern LEFT_ALONE = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/|#|$)");

    private StylesheetReferences() {
    }

    /**
     * The text of the stylesheet {@code name} (its path inside {@code assets/}) with each reference
     * to an asset replaced by {@code published} of the asset's name, which gives the file name it
     * is published under, or empty for a name the theme lacks: a problem at {@code file}.
     */
    static String rewrite(String css, String name, Function<String, Optional<String>> published, Path file,
                          List<Problem> problems) {
        boolean[] inComment = comments(css);
        Matcher matcher = REFERENCE.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        int copied = 0;
        while (matcher.find()) {
            if (inComment[matcher.start()]) {
                continue;
            }
            int group = 1;
            while (matcher.group(group) == null) {
                group++;
            }
            String reference = matcher.group(group);
            Optional<String> target = target(name, reference);
            if (target.isEmpty()) {
                continue;
            }
            Optional<String> fileName = published.apply(target.get());
            if (fileName.isEmpty()) {
                problems.add(Problem.error(file, TextLines.lineAt(css, matcher.start()), "\"" + reference
                        + "\" names no file of the theme's assets (add " + target.get()
                        + " to the theme's assets/ folder, or correct the name)"));
                continue;
            }
            int path = pathLength(reference);
            int slash = reference.lastIndexOf('/', path - 1);
            out.append(css, copied, matcher.start(group)).append(reference, 0, slash + 1).append(fileName.get())
                    .append(reference, path, reference.length());
            copied = matcher.end(group);
        }
        return out.append(css, copied, css.length()).toString();
    }

    /** The asset a reference from stylesheet {@code name} leads to ("fonts/a.woff2"), unless it is to be left alone. */
    private static Optional<String> target(String name, String reference) {
        if (LEFT_ALONE.matcher(reference).find()) {
            return Optional.empty();
        }
        Path folder = Optional.ofNullable(Path.of(name).getParent()).orElse(Path.of(""));
        Path target = folder.resolve(reference.substring(0, pathLength(reference))).normalize();
        if (target.toString().isEmpty() || target.startsWith("..")) {
            return Optional.empty(); // out of assets/: a file the theme does not publish
        }
        return Optional.of(target.toString().replace('\\', '/'));
    }

    /** Where the path ends, before a query or fragment ("a.woff?#iefix", "icons.svg#home"). */
    private static int pathLength(String reference) {
        return SiteLinks.withoutQuery(reference).length();
    }

    private static boolean[] comments(String css) {
        boolean[] inComment = new boolean[css.length() + 1];
        Matcher comment = COMMENT.matcher(css);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                inComment[i] = true;
            }
        }
        return inComment;
    }
}
