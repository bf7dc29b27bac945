package org.gazette.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gazette.content.LinkGuard;
import org.gazette.content.SourceWalk;
import org.gazette.problem.Problem;

/**
 * The templates of a site or theme that nothing uses: not a page's template, and named by no
 * other template. Such a file is most often a page template misnamed ({@code Article.html},
 * {@code hom.html}), which the build would otherwise pass over without a word, rendering the
 * inherited template instead.
 *
 * <pre>{@code
 * UnusedTemplates.warnings(folders, references.names(), theme::describe);
 * // templates/hom.html: warning: no page uses this template and no template names it (... did you mean home.html?)
 * }</pre>
 */
final class UnusedTemplates {

    /** The templates the build renders pages with, and the layout they extend. */
    static final List<String> PAGES = List.of("base", "article", "home", "list", "archives", "topics", "search", "404");

    private UnusedTemplates() {
    }

    /**
     * A warning for each template in {@code folders} that is no page's and that {@code named}
     * (every template named by another, once all are parsed) does not hold.
     */
    static List<Problem> warnings(List<Path> folders, Set<String> named, Function<Path, String> describe) {
        List<Problem> warnings = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> files = SourceWalk.files(folder, LinkGuard.NONE,
                    p -> !SourceWalk.hasHiddenPart(folder.relativize(p)) && p.getFileName().toString().endsWith(Templates.SUFFIX));
            for (Path file : files.stream().sorted(Comparator.comparing(Path::toString)).toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - Templates.SUFFIX.length());
                if (!PAGES.contains(name) && !named.contains(name)) {
                    warnings.add(Problem.warning(Path.of(describe.apply(file)), 0, "no page uses this template and no"
                            + " template names it (the pages' templates are " + String.join(", ", PAGES.stream()
                            .map(page -> page + Templates.SUFFIX).toList()) + ", in lower case"
                            + meant(name).map(page -> "; did you mean " + page + Templates.SUFFIX + "?").orElse("")
                            + "; rename it, name it in include, import, from, embed or extends, or remove it)"));
                }
            }
        }
        return warnings;
    }

    /** The page template {@code name} is probably a slip for: the same but for case, or one or two letters. */
    private static Optional<String> meant(String name) {
        return PAGES.stream().filter(page -> page.equalsIgnoreCase(name) || distance(page, name.toLowerCase()) <= 2)
                .findFirst();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
