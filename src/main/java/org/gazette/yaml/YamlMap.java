package org.gazette.yaml;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.gazette.problem.Outcome;
import org.gazette.problem.GitConflict;
import org.gazette.problem.Problem;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A YAML mapping read field by field, each wrong value reported with its file and line.
 *
 * <pre>{@code
 * List<Problem> problems = new ArrayList<>();
 * YamlMap map = YamlMap.parse(text, Path.of("site.yaml"), 1, problems).orElseThrow();
 * String title = map.text("title").orElse("");
 * }</pre>
 *
 * <p>Problems go to the list given at parse time, shared by nested maps, so that one pass over a
 * document reports every wrong field at once.
 */
public final class YamlMap {

    /** Larger documents are refused before parsing. */
    public static final int MAX_CHARACTERS = 256 * 1024;

    private final Path file;
    /** The YAML text parsed, to find what YAML read from a line as written. */
    private final String text;
    private final int firstLine;
    private final Node node;
    private final Map<String, NodeTuple> entries;
    private final List<Problem> problems;

    private YamlMap(Path file, String text, int firstLine, MappingNode node, List<Problem> problems) {
        this.file = file;
        this.text = text;
        this.firstLine = firstLine;
        this.node = node;
        this.problems = problems;
        this.entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                report(tuple.getKeyNode(), "a key must be a plain word");
                continue;
            }
            if (key.getValue().startsWith("\u3000")) { // YAML takes a full-width space for text, not indentation
                report(key, ParseFailures.FULL_WIDTH_INDENT);
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                report(key, "\"" + key.getValue() + "\" is given twice (keep one)");
                continue;
            }
            entries.put(key.getValue(), tuple);
        }
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code file}. An empty
     * document is an empty map; anything but a mapping is a problem.
     */
    public static Optional<YamlMap> parse(String text, Path file, int firstLine, List<Problem> problems) {
        if (text.length() > MAX_CHARACTERS) {
            problems.add(Problem.error(file, firstLine, "the YAML block is " + text.length()
                    + " characters long, more than the " + MAX_CHARACTERS + " allowed (move long text into the body)"));
            return Optional.empty();
        }
        OptionalInt conflict = conflictMarker(text);
        if (conflict.isPresent()) {
            // YAML would blame the line after the marker, and its indentation.
            problems.add(Problem.error(file, firstLine + conflict.getAsInt(), 1,
                    GitConflict.problem("this line is one of git's conflict markers")));
            return Optional.empty();
        }
        Node root;
        try {
            root = YAML.get().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            if (reportFullWidthColon(text, file, firstLine, problems)) {
                return Optional.empty();
            }
            Optional<ParseFailures.Explained> explained = ParseFailures.explain(text, e, YamlMap::failureIndex);
            if (explained.isPresent()) {
                ParseFailures.Explained x = explained.get();
                problems.add(Problem.error(file, firstLine + x.line(), x.column(), "this is not valid YAML: " + x.message()));
                return Optional.empty();
            }
            // For an unclosed construct (a [ list, a quote) the context mark is where it starts and
            // the problem mark far below, at the end of the front matter; for a block the parser
            // was in, the context mark is the block's first line and the problem mark the line
            // that does not fit in it, which is what the editor must correct.
            boolean inBlock = e.getContext() != null && e.getContext().startsWith("while parsing a block");
            var mark = e.getContextMark() != null && !(inBlock && e.getProblemMark() != null) ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String context = e.getContext() == null ? "" : e.getContext() + ", ";
            String plainly = inBlock && e.getProblem() != null && e.getProblem().startsWith("expected <block end>")
                    ? "this line is indented differently from the lines before it (" + context + e.getProblem()
                            + "): line up each key with the others, and list items under their key"
                    : context + e.getProblem() + " (check the indentation, and put values containing \": \" or \"#\" in quotes)";
            problems.add(Problem.error(file, line, column, "this is not valid YAML: " + plainly));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(Problem.error(file, firstLine, "YAML refused: " + e.getMessage()
                    + " (remove the anchors and aliases: & and *)"));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new YamlMap(file, text, firstLine, new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK), problems));
        }
        if (!(root instanceof MappingNode mapping)) {
            if (reportFullWidthColon(text, file, firstLine, problems)) {
                return Optional.empty();
            }
            Optional<ParseFailures.Explained> noSpace = ParseFailures.noSpaceAfterColon(text, YamlMap::failureIndex);
            if (noSpace.isPresent()) {
                problems.add(Problem.error(file, firstLine + noSpace.get().line(), noSpace.get().column(),
                        "this is not valid YAML: " + noSpace.get().message()));
                return Optional.empty();
            }
            problems.add(Problem.error(file, firstLine + root.getStartMark().getLine(),
                    "expected lines of the form key: value"));
            return Optional.empty();
        }
        warnEscapedControlCharacters(mapping, file, firstLine, problems);
        return Optional.of(new YamlMap(file, text, firstLine, mapping, problems));
    }

    /**
     * A control character written as an escape in a quoted value ({@code "书香\x08润家庭"}), which
     * the file's text does not hold as such: the values leave it out as the text leaves out one
     * typed ({@link #valueOf}), and the editor is told where.
     */
    private static void warnEscapedControlCharacters(Node node, Path file, int firstLine, List<Problem> problems) {
        if (node instanceof ScalarNode scalar && !ControlCharacters.without(scalar.getValue()).equals(scalar.getValue())) {
            String found = scalar.getValue().codePoints().filter(ControlCharacters::isForbidden).distinct()
                    .mapToObj(c -> String.format("U+%04X", c)).reduce((a, b) -> a + ", " + b).orElse("");
            problems.add(Problem.warning(file, firstLine + scalar.getStartMark().getLine(), scalar.getStartMark().getColumn() + 1,
                    "this value holds an invisible control character (" + found + ") written as an escape such as \\x08:"
                            + " feeds and sitemaps may not hold it, so the site leaves it out (delete the escape)"));
        } else if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                warnEscapedControlCharacters(tuple.getValueNode(), file, firstLine, problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                warnEscapedControlCharacters(item, file, firstLine, problems);
            }
        }
    }

    /**
     * {@code text} without the white space at its ends, no-break spaces (U+00A0, U+2007, U+202F)
     * included, which {@link String#strip} keeps: WeChat and Word paste them after a word, where
     * they would make "妇联\u00a0" a second tag that looks like 妇联.
     */
    private static String stripped(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    /** A scalar's value without the control characters an escape can bring in. */
    private static String valueOf(ScalarNode scalar) {
        return ControlCharacters.without(scalar.getValue());
    }

    /** The index of the first line of {@code text} that is a conflict marker, if one is. */
    private static OptionalInt conflictMarker(String text) {
        if (!GitConflict.mayBeIn(text)) {
            return OptionalInt.empty(); // nearly every text
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (GitConflict.opens(lines[i]) || GitConflict.closes(lines[i])) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Reports the key written with a full-width colon that made {@code text} fail to parse, if
     * one did: the parser's own message names another line or never mentions the colon.
     */
    private static boolean reportFullWidthColon(String text, Path file, int firstLine, List<Problem> problems) {
        Optional<FullWidthColons.Colon> colon = FullWidthColons.blame(text, YamlMap::failureIndex);
        colon.ifPresent(c -> problems.add(Problem.error(file, firstLine + c.line(), c.column(),
                "this is not valid YAML: the colon after " + c.key() + " is a full-width \"：\", which YAML does not take"
                        + " for one (type a half-width colon and a space: " + c.corrected() + ")")));
        return colon.isPresent();
    }

    /** Where {@code text} fails to parse into a mapping, as a character index, or -1 when it parses. */
    private static int failureIndex(String text) {
        try {
            Node root = YAML.get().compose(new StringReader(text));
            return root == null || root instanceof MappingNode ? -1 : root.getStartMark().getIndex();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return mark == null ? 0 : mark.getIndex();
        } catch (YAMLException e) {
            return 0;
        }
    }

    /** Parses a document on its own, for callers that want an {@link Outcome}. */
    public static Outcome<YamlMap> parse(String text, Path file, int firstLine) {
        List<Problem> problems = new ArrayList<>();
        Optional<YamlMap> map = parse(text, file, firstLine, problems);
        return map.map(m -> Outcome.of(m, problems)).orElseGet(() -> Outcome.failed(problems));
    }

    /**
     * One parser for each thread, reused: making one builds its resolver, constructor and
     * representer, once per article otherwise. Each {@code compose} call reads afresh.
     */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(YamlMap::newYaml);

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CHARACTERS + 1);
        options.setAllowDuplicateKeys(true); // duplicates are reported by YamlMap with their line
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    public Path file() {
        return file;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return value(key).isPresent();
    }

    /** True when {@code key} holds a list or a mapping, where a single value belongs ({@link #text} reports it). */
    public boolean holdsCollection(String key) {
        return value(key).filter(value -> !(value instanceof ScalarNode)).isPresent();
    }

    /** The line of {@code key}, or of this map when the key is absent. */
    public int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? lineOf(node) : lineOf(tuple.getKeyNode());
    }

    /** The line where this map starts. */
    public int line() {
        return lineOf(node);
    }

    /** A scalar as text; numbers and dates are taken as written. Absent or empty gives empty. */
    public Optional<String> text(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar) {
            String text = stripped(valueOf(scalar));
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        report(value.get(), key + " must be a single value, not a list or a mapping (write it on one line: " + key + ": ...)");
        return Optional.empty();
    }

    /** A yes/no value. */
    public Optional<Boolean> flag(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(scalar.getValue().toLowerCase(Locale.ROOT).matches("true|yes|on|y"));
        }
        String typed = value.get() instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        boolean no = typed.matches("否|不|不是|假|错|非|无|关|false|no|off|n");
        report(value.get(), key + " must be true or false (write " + key + ": " + (no ? "false" : "true") + ", or " + key + ": "
                + (no ? "true" : "false") + ")");
        return Optional.empty();
    }

    /** A whole number. */
    public OptionalInt number(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (value.get() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return OptionalInt.of(Integer.parseInt(scalar.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // falls through to the report below
            }
        }
        report(value.get(), key + " must be a whole number");
        return OptionalInt.empty();
    }

    /** A whole number from {@code min} to {@code max}; any other value is reported with the range. */
    public OptionalInt number(String key, int min, int max) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (value.get() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                int number = Integer.parseInt(scalar.getValue().replace("_", ""));
                if (number >= min && number <= max) {
                    return OptionalInt.of(number);
                }
            } catch (NumberFormatException e) {
                // too large for an int: out of the range too
            }
        }
        report(value.get(), key + " must be a whole number from " + min + " to " + max);
        return OptionalInt.empty();
    }

    /**
     * A list of words, such as tags: {@code [妇联, 妇女代表大会]}. A single word is taken as a
     * list of one; numbers, flags and mappings are reported.
     */
    public List<String> words(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        String hint = " (write a list such as " + key + ": [妇联, 妇女代表大会])";
        if (value.get() instanceof ScalarNode scalar) {
            if (!scalar.getTag().equals(Tag.STR)) {
                report(scalar, key + " must be a list of words, not the " + describe(scalar) + " " + scalar.getValue() + hint);
                return List.of();
            }
            if (startsWithDashAndNoSpace(valueOf(scalar))) {
                report(scalar, key + " must be a list of words" + DASH_HINT);
                return List.of();
            }
            return stripped(valueOf(scalar)).isEmpty() ? List.of() : List.of(stripped(valueOf(scalar)));
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            report(value.get(), key + " must be a list of words" + hint);
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !stripped(valueOf(scalar)).isEmpty() && !scalar.getTag().equals(Tag.NULL)) {
                words.add(stripped(valueOf(scalar)));
            } else {
                report(item, "each entry of " + key + " must be a word" + hint);
            }
        }
        return List.copyOf(words);
    }

    /**
     * A list of mappings, such as authors or photos. An entry written as a single word becomes
     * a map whose {@code wordField} is that word ({@code authors: [伍洁]}); pass {@code null} to refuse words.
     * {@code example} shows an entry of this list, for the problem of one that is not a mapping.
     * An entry holding one of {@code entryKeys} typed with a full-width colon, which YAML read as
     * text, is reported as such and left out, not blamed for a missing name or src.
     */
    public List<YamlMap> maps(String key, Set<String> entryKeys, String wordField, String example) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            String written = value.get() instanceof ScalarNode scalar ? valueOf(scalar).strip() : "";
            String hint = startsWithDashAndNoSpace(written) ? DASH_HINT : wordField != null && !written.isEmpty()
                    ? " (such as " + key + ": [" + String.join(", ", entriesOf(written)) + "])" : "";
            report(value.get(), key + " must be a list, one entry a line starting with \"- \"" + hint);
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                YamlMap entry = new YamlMap(file, text, firstLine, mapping, problems);
                if (!entry.refuseFullWidthColons(entryKeys)) {
                    maps.add(entry);
                }
            } else if (item instanceof ScalarNode scalar && reportFullWidthColons(scalar, entryKeys)) {
                continue;
            } else if (item instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR) && wordField != null) {
                NodeTuple tuple = new NodeTuple(new ScalarNode(Tag.STR, wordField, scalar.getStartMark(),
                        scalar.getEndMark(), DumperOptions.ScalarStyle.PLAIN), scalar);
                maps.add(new YamlMap(file, text, firstLine, new MappingNode(Tag.MAP, List.of(tuple),
                        DumperOptions.FlowStyle.FLOW), problems));
            } else {
                report(item, "each entry of " + key + " must be a mapping such as " + example);
            }
        }
        return List.copyOf(maps);
    }

    private static final String DASH_HINT = ": its lines start with a - and a full-width space, or no space, which YAML"
            + " reads as text (put a half-width space after each -, as in - 伍洁)";

    /** A list item typed {@code -　伍洁} or {@code -伍洁}, which YAML reads as the text "-　伍洁". */
    private static boolean startsWithDashAndNoSpace(String written) {
        return written.startsWith("-\u3000") || written.length() > 1 && written.charAt(0) == '-' && Character.isIdeographic(written.codePointAt(1));
    }

    /**
     * The entries an editor meant by a list written as one text: parted by commas and {@code 、},
     * and by spaces between Chinese names ({@code 伍洁 杨超}); a Latin name keeps its spaces
     * ({@code Sammy Davis}).
     */
    private static List<String> entriesOf(String written) {
        List<String> entries = new ArrayList<>();
        for (String part : written.split("\\s*[,，、]\\s*")) {
            if (part.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c))) {
                entries.add(part);
            } else {
                entries.addAll(List.of(part.split("[\\s\\u3000]+")));
            }
        }
        entries.removeIf(String::isBlank);
        return entries;
    }

    /** A nested mapping, such as {@code deploy:} or {@code slugs:}. */
    public Optional<YamlMap> map(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, text, firstLine, mapping, problems));
        }
        report(value.get(), key + " must be a mapping of key: value lines");
        return Optional.empty();
    }

    /**
     * Reports every key not in {@code known}, as a typo should not pass silently: a known key typed
     * with a full-width colon, which YAML read as text, is an error ({@link #refuseFullWidthColons});
     * any other a warning, as it is ignored.
     */
    public void checkKeys(Set<String> known) {
        refuseFullWidthColons(known);
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!known.contains(key) && FullWidthColons.readAsText(text, (ScalarNode) tuple.getKeyNode(), known).isEmpty()) {
                problems.add(Problem.warning(file, lineOf(tuple.getKeyNode()), columnOf(tuple.getKeyNode()), "unknown key \"" + key
                        + "\" is ignored (known keys: " + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
        }
    }

    /**
     * Reports each of {@code known} typed with a full-width colon in a key of this map
     * ({@code { name： 伍洁 }}) or in a value written without quotes ({@code - name： 伍洁} over an
     * indented {@code role： 记者}, read as the one text "name： 伍洁 role： 记者"); true when there was one.
     */
    public boolean refuseFullWidthColons(Set<String> known) {
        boolean found = false;
        for (NodeTuple tuple : entries.values()) {
            found |= reportFullWidthColons(tuple.getKeyNode(), known);
            found |= reportFullWidthColons(tuple.getValueNode(), known);
        }
        return found;
    }

    /** Reports each key of {@code known} that {@code at}, if a text, holds with a full-width colon; true when it holds one. */
    private boolean reportFullWidthColons(Node at, Set<String> known) {
        if (!(at instanceof ScalarNode scalar)) {
            return false;
        }
        List<FullWidthColons.Colon> colons = FullWidthColons.readAsText(text, scalar, known);
        colons.forEach(c -> problems.add(Problem.error(file, firstLine + c.line(), c.column(), "the colon after " + c.key()
                + " is a full-width \"：\", which YAML does not take for one, so " + c.key() + " was read as text"
                + " (type a half-width colon and a space: " + c.corrected() + ")")));
        return !colons.isEmpty();
    }

    /**
     * Reports each name under {@code key}, one or a list of them, that holds an invisible
     * character ({@link InvisibleCharacters}), at its own line: it would make another {@code what}
     * (tag, author, column) than the one it looks like.
     */
    public void refuseInvisibleCharacters(String key, String what) {
        Optional<Node> value = value(key);
        List<Node> names = value.filter(SequenceNode.class::isInstance).map(v -> ((SequenceNode) v).getValue())
                .orElse(value.stream().toList());
        for (Node name : names) {
            if (name instanceof ScalarNode scalar && !InvisibleCharacters.in(scalar.getValue()).isEmpty()) {
                List<String> found = InvisibleCharacters.in(scalar.getValue());
                report(scalar, what + " \"" + InvisibleCharacters.without(scalar.getValue().strip()) + "\" holds "
                        + (found.size() == 1 ? "an invisible character (" : "invisible characters (") + String.join(", ", found)
                        + "), which makes it another " + what + " than the one it looks like (delete "
                        + (found.size() == 1 ? "it" : "them") + ": type the " + what + " again)");
            }
        }
    }

    /**
     * Warns about each of {@code keys} whose text holds invisible format characters (a zero width
     * space pasted from WeChat): the title, subtitle or summary would show them, in pages, feeds
     * and search, where they split words and look like nothing.
     */
    public void warnInvisibleCharacters(List<String> keys) {
        for (String key : keys) {
            NodeTuple tuple = entries.get(key);
            if (tuple != null && tuple.getValueNode() instanceof ScalarNode scalar && !InvisibleCharacters.in(scalar.getValue()).isEmpty()) {
                List<String> found = InvisibleCharacters.in(scalar.getValue());
                problems.add(Problem.warning(file, lineOf(scalar), columnOf(scalar), key + " \""
                        + InvisibleCharacters.without(stripped(scalar.getValue())) + "\" holds "
                        + (found.size() == 1 ? "an invisible character (" : "invisible characters (") + String.join(", ", found)
                        + "), which pages, feeds and search would keep (delete " + (found.size() == 1 ? "it" : "them")
                        + ": type the " + key + " again)"));
            }
        }
    }

    /**
     * Warns about each of {@code keys} whose value, written without quotes, is followed on its
     * line by a {@code #} that starts a word: {@code title: 第 #1期} is the title 第, the rest a
     * comment to YAML. A comment set apart as such ({@code title: 标题   # required}) is left alone.
     */
    public void warnTextCutByComment(List<String> keys) {
        for (String key : keys) {
            NodeTuple tuple = entries.get(key);
            if (tuple != null && tuple.getValueNode() instanceof ScalarNode scalar
                    && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && wordCommentFollows(scalar.getEndMark())) {
                String read = scalar.getTag().equals(Tag.NULL) ? "empty" : "\"" + scalar.getValue() + "\"";
                problems.add(Problem.warning(file, lineOf(scalar), columnOf(scalar), "the text after \" #\" was read as a comment,"
                        + " so " + key + " is " + read + " (put the whole " + key + " in quotes: " + key + ": \""
                        + (scalar.getValue().isEmpty() ? "" : scalar.getValue() + " ") + "#…\")"));
            }
        }
    }

    /**
     * True when spaces, a {@code #} and then no space follow {@code end} on its line. The mark's
     * buffer holds what the scanner had read by then, which takes in the " #" that ended a plain
     * value; when it stops before the next character, nothing is said.
     */
    private static boolean wordCommentFollows(Mark end) {
        int[] text = end == null ? null : end.getBuffer();
        if (text == null) {
            return false;
        }
        int i = end.getPointer();
        while (i < text.length && (text[i] == ' ' || text[i] == '\t')) {
            i++;
        }
        return i > end.getPointer() && i + 1 < text.length && text[i] == '#' && !Character.isWhitespace(text[i + 1]);
    }

    /** Reports a problem with the value of {@code key}, at its line. */
    public void reportError(String key, String message) {
        NodeTuple tuple = entries.get(key);
        Node at = tuple == null ? node : tuple.getValueNode();
        problems.add(Problem.error(file, lineOf(at), columnOf(at), message));
    }

    /** Warns about the value of {@code key}, at its line. */
    public void reportWarning(String key, String message) {
        NodeTuple tuple = entries.get(key);
        Node at = tuple == null ? node : tuple.getValueNode();
        problems.add(Problem.warning(file, lineOf(at), columnOf(at), message));
    }

    /** Reports a problem at the line where this map starts. */
    public void reportError(String message) {
        problems.add(Problem.error(file, lineOf(node), columnOf(node), message));
    }

    private Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private void report(Node at, String message) {
        problems.add(Problem.error(file, lineOf(at), columnOf(at), message));
    }

    /** The file line of a node; the map of an empty document has no position, and is placed at the document's first line. */
    private int lineOf(Node at) {
        return at.getStartMark() == null ? firstLine : firstLine + at.getStartMark().getLine();
    }

    /** The 1-based column of a node; YAML blocks start at the first column of their file. */
    private static int columnOf(Node at) {
        return at.getStartMark() == null ? 1 : at.getStartMark().getColumn() + 1;
    }

    private static String describe(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "number";
        }
        if (tag.equals(Tag.BOOL)) {
            return "flag";
        }
        if (tag.equals(Tag.TIMESTAMP)) {
            return "date";
        }
        return "value";
    }
}
