package org.gazette.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.yaml.Utf8Text;
import org.gazette.yaml.YamlMap;

/**
 * A source file split into its YAML front matter and its Markdown body.
 *
 * <pre>{@code
 * Outcome<FrontMatter> split = FrontMatter.split(source);
 * // "---\ntitle: x\n---\nbody" -> yaml "title: x\n" from line 2, body "body" from line 4
 * }</pre>
 *
 * @param yaml      the text between the two "---" lines
 * @param yamlLine  the file line of the first YAML line
 * @param body      the text after the closing "---"
 * @param bodyLine  the file line of the first body line
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    public static Outcome<FrontMatter> split(SourceFile source) {
        Outcome<String> text = Utf8Text.decode(source.bytes(), source.path());
        if (text.value().isEmpty()) {
            return Outcome.failed(text.problems());
        }
        Outcome<FrontMatter> split = split(text.value().get(), source.path());
        if (text.problems().isEmpty()) {
            return split;
        }
        // The warnings of the text (a control character left out) come first, as their lines do.
        List<Problem> problems = new ArrayList<>(text.problems());
        problems.addAll(split.problems());
        return split.value().map(f -> Outcome.of(f, problems)).orElseGet(() -> Outcome.failed(problems));
    }

    /** Splits decoded text; {@code file} names the file in problems. */
    public static Outcome<FrontMatter> split(String text, Path file) {
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals("---")) {
            if (text.indexOf('\n') < 0 && text.indexOf('\r') >= 0) {
                return Outcome.failed(Problem.error(file, 1, "the file has old Mac line endings (a carriage return alone"
                        + " ends each line), which are read as one line (save it with LF or CRLF line endings)"));
            }
            if (isDashFence(text.substring(0, firstEnd))) {
                return Outcome.failed(Problem.error(file, 1, "the front matter starts with " + text.substring(0, firstEnd).strip()
                        + ", full-width or Chinese dashes (type three half-width hyphens ---, with the input method in English mode)"));
            }
            return Outcome.failed(Problem.error(file, 1, "no front matter found (start the file with a line ---, then"
                    + " title: and date: lines, then another line ---)"));
        }
        int start = next(text, firstEnd);
        int position = start;
        int line = 2;
        int dashLine = 0;
        while (position < text.length()) {
            int end = lineEnd(text, position);
            String current = text.substring(position, end).strip();
            if (dashLine == 0 && isDashFence(current)) {
                dashLine = line;
            }
            if (current.equals("---") || current.equals("...")) {
                String yaml = text.substring(start, position);
                int bodyStart = next(text, end);
                return Outcome.of(new FrontMatter(yaml, 2, text.substring(bodyStart), line + 1), List.of());
            }
            if (position - start > YamlMap.MAX_CHARACTERS) {
                return Outcome.failed(Problem.error(file, 1, "the front matter is longer than "
                        + YamlMap.MAX_CHARACTERS / 1024 + " KB or never closed (end it with a line ---)"));
            }
            position = next(text, end);
            line++;
        }
        if (dashLine > 0) {
            return Outcome.failed(Problem.error(file, dashLine, "this line, meant to end the front matter, is full-width or"
                    + " Chinese dashes (type three half-width hyphens ---, with the input method in English mode)"));
        }
        return Outcome.failed(Problem.error(file, 1, "the front matter starting here never ends"
                + " (add a line --- after the last front matter line)"));
    }

    /** A line of dashes a Chinese input method types for ---: ——— (Shift and -), －－－, –––. */
    private static boolean isDashFence(String line) {
        String stripped = line.strip();
        // Most lines start with a letter: the pattern, tried on every front matter line, was a
        // seventieth of a full build.
        return !stripped.isEmpty() && DASHES.indexOf(stripped.charAt(0)) >= 0 && DASH_FENCE.matcher(stripped).matches();
    }

    private static final String DASHES = "-—－–―";

    private static final Pattern DASH_FENCE = Pattern.compile("(?=.*[—－–―])[-—－–―]{2,}");

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }
}
