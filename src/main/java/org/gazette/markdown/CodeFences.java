package org.gazette.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of a body are inside a fenced code block, its fences included: there text is shown
 * as written, so pasted spaces stay and a line starting with {@code #} is no heading slip.
 * Fences are recognised generously (any indent, after a list marker too): a line taken for a
 * fence that is not one only leaves the lines after it as written.
 *
 * <pre>{@code
 * boolean[] code = CodeFences.of(new String[] {"```", "\u3000\u3000x", "```", "text"});
 * // [true, true, true, false]
 * }</pre>
 */
final class CodeFences {

    private static final Pattern FENCE = Pattern.compile("^\\s*(?:(?:[-+*]|\\d{1,9}[.)])\\s+)?(`{3,}|~{3,})(.*)$");

    private CodeFences() {
    }

    static boolean[] of(String[] lines) {
        boolean[] code = new boolean[lines.length];
        String open = null; // the fence of the block the line is in, if it is in one
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FENCE.matcher(lines[i]);
            boolean fence = m.matches();
            if (open == null) {
                // An info string with a backtick does not open a backtick fence (CommonMark 4.5)
                if (fence && !(m.group(1).charAt(0) == '`' && m.group(2).contains("`"))) {
                    open = m.group(1);
                    code[i] = true;
                }
            } else {
                code[i] = true;
                if (fence && m.group(1).charAt(0) == open.charAt(0) && m.group(1).length() >= open.length()
                        && m.group(2).isBlank()) {
                    open = null;
                }
            }
        }
        return code;
    }
}
