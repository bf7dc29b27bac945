package org.gazette.markdown;

import java.util.OptionalInt;

/**
 * Finds a body line nested deeper than any article needs: quotes inside quotes ({@code >>>>…})
 * or lists inside lists, hundreds deep. The Markdown parser and renderer descend one call per
 * level, and a line of a thousand {@code >} (1 KB) overflowed their stack, which took the whole
 * build, check or preview down with a Java stack trace naming no file. A line's depth is
 * estimated before parsing, in one pass, from what opens its blocks: each {@code >} and list
 * marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) is a level, and so is every two
 * spaces of indent before one (a list nested in a list is indented under it). The estimate is
 * generous (an ordered list indented by three spaces a level counts half as deep again), but
 * the limit is far above what editors write. Lines of fenced code are not counted.
 *
 * <pre>{@code
 * Nesting.tooDeep("> 引文\n> > 引文中的引文\n");   // empty
 * Nesting.tooDeep("正文\n" + ">".repeat(1000)); // OptionalInt[1], the line's index
 * }</pre>
 */
public final class Nesting {

    /** The deepest a line may be nested; a news article rarely nests three levels. */
    public static final int MAX_DEPTH = 64;

    private Nesting() {
    }

    /** The index (from 0) of the first line of {@code body} nested deeper than {@link #MAX_DEPTH}. */
    public static OptionalInt tooDeep(String body) {
        int line = 0;
        int start = 0;
        boolean[] code = null; // found only for a body with a line too deep: most have none
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            if (depth(body, start, end) > MAX_DEPTH) {
                code = code == null ? CodeFences.of(body.split("\n", -1)) : code;
                if (!code[line]) { // a line of '>' in fenced code (a program's output) nests nothing
                    return OptionalInt.of(line);
                }
            }
            line++;
            start = end + 1;
        }
        return OptionalInt.empty();
    }

    /** The estimated depth of the line {@code body[start, end)}, counted no further than just past the limit. */
    static int depth(String body, int start, int end) {
        int levels = 0;
        int spaces = 0;
        int i = start;
        while (i < end && levels + spaces / 2 <= MAX_DEPTH) {
            char c = body.charAt(i);
            if (c == ' ') {
                spaces++;
                i++;
            } else if (c == '\t') {
                spaces += 4;
                i++;
            } else {
                int after = afterOpener(body, i, end);
                if (after == i) {
                    break;
                }
                levels++;
                // the one space after a marker is its own, not an indent
                i = after < end && (body.charAt(after) == ' ' || body.charAt(after) == '\t') ? after + 1 : after;
            }
        }
        return levels + spaces / 2;
    }

    /** Where a block opener at {@code i} ends ({@code >}, a bullet or a number followed by a space or the line's end); {@code i} when none is there. */
    private static int afterOpener(String body, int i, int end) {
        char c = body.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int after = i;
        if (c == '-' || c == '*' || c == '+') {
            after = i + 1;
        } else {
            while (after < end && after - i < 9 && Character.isDigit(body.charAt(after)) && body.charAt(after) < 128) {
                after++;
            }
            if (after == i || after == end || body.charAt(after) != '.' && body.charAt(after) != ')') {
                return i;
            }
            after++;
        }
        return after == end || body.charAt(after) == ' ' || body.charAt(after) == '\t' ? after : i;
    }
}
