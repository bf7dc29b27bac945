package org.gazette.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.problem.TextLines;

/**
 * Finds the line of a top-level key in an article's front matter, for problems about a value
 * the parsed article keeps without its line (such as {@code draft:} or {@code aliases:}).
 * The file is read again, only for the few articles with a problem.
 *
 * <pre>{@code
 * new FrontMatterLines(root).lineOf(article, "draft"); // 14, or 1 when the key is not found
 * }</pre>
 */
public final class FrontMatterLines {

    private final Path root;

    public FrontMatterLines(Path root) {
        this.root = root;
    }

    public int lineOf(Article article, String key) {
        return lineOf(article, key, "");
    }

    /**
     * The line of {@code value} under a top-level key, such as a role inside {@code authors:}
     * ({@code lineOf(article, "authors", "通讯员")}); the key's own line when it is not found.
     */
    public int lineOf(Article article, String key, String value) {
        try {
            String text = Files.readString(root.resolve(article.source()), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:").matcher(text);
            if (m.find()) {
                int at = value.isEmpty() ? -1 : text.indexOf(value, m.end());
                int line = TextLines.lineAt(text, at >= 0 && TextLines.lineAt(text, at) < article.bodyLine() ? at : m.start());
                return line < article.bodyLine() ? line : 1;
            }
        } catch (IOException | RuntimeException e) {
            // the file changed or went away since it was read: its first line will do
        }
        return 1;
    }
}
