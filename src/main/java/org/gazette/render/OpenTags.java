package org.gazette.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.problem.TextLines;

/**
 * Finds a tag a template leaves open, such as a {@code {% macro %}} without its
 * {@code {% endmacro %}}: Pebble fails on that in a file it imports with an index out of bounds,
 * naming neither the file nor the line.
 *
 * <pre>{@code
 * OpenTags.in("{% macro a() %}x{% endmacro %}\n{% macro b() %}\ny\n"); // Optional[Tag[name=macro, line=2]]
 * }</pre>
 */
final class OpenTags {

    /** A tag left open: its name and the line it opens on. */
    record Tag(String name, int line) {
    }

    private static final Set<String> PAIRED = Set.of("macro", "block", "for", "if", "filter", "autoescape", "verbatim",
            "embed", "parallel", "cache");
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)|\\{#.*?#}", Pattern.DOTALL);

    private OpenTags() {
    }

    /** The innermost tag {@code template} leaves open, if any. */
    static Optional<Tag> in(String template) {
        Deque<Tag> open = new ArrayDeque<>();
        Matcher matcher = TAG.matcher(template);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (name == null) {
                continue; // a comment
            }
            if (PAIRED.contains(name)) {
                open.push(new Tag(name, TextLines.lineAt(template, matcher.start())));
            } else if (name.startsWith("end") && !open.isEmpty() && open.peek().name().equals(name.substring(3))) {
                open.pop();
            }
        }
        return Optional.ofNullable(open.peek());
    }
}
