package org.gazette.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes text as a YAML scalar that reads back as the same text: plain when that is safe, as
 * editors write it ({@code title: 跟党奋进新征程 巾帼建功新时代}), else in double quotes with
 * escapes. Text that YAML would read as a number, a flag, a date or nothing is quoted, so that
 * {@code tags: ["2023"]} stays a word.
 *
 * <pre>{@code
 * YamlText.scalar("邵阳日报");     // 邵阳日报
 * YamlText.scalar("a: b");        // "a: b"
 * YamlText.flowScalar("妇联, 儿童"); // "妇联, 儿童"   (inside [ ] or { })
 * }</pre>
 */
public final class YamlText {

    /** What YAML 1.1 (SnakeYAML's resolver) reads as something other than text. */
    private static final Pattern TYPED = Pattern.compile(
            "(?i)(y|yes|n|no|true|false|on|off|null|~)"
                    + "|[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-f_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)"
                    + "|[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
                    + "|[-+]?\\.(inf)|\\.(nan)|[-+]?[0-9]+([eE][-+]?[0-9]+)"
                    + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt\\s].*)?|<<|=");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlText() {
    }

    /** The text as a scalar in block context: a value after {@code key: } or {@code - }. */
    public static String scalar(String text) {
        return plain(text, false) ? text : quoted(text);
    }

    /** The text as a scalar inside a flow collection ({@code [a, b]} or {@code { name: a }}). */
    public static String flowScalar(String text) {
        return plain(text, true) ? text : quoted(text);
    }

    private static boolean plain(String text, boolean flow) {
        if (text.isEmpty() || !text.equals(text.strip()) || TYPED.matcher(text).matches()) {
            return false;
        }
        if (INDICATORS.indexOf(text.charAt(0)) >= 0 || text.endsWith(":")) {
            return false;
        }
        if (text.contains(": ") || text.contains(" #") || text.contains("\t")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || (flow && ",[]{}".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
