package org.gazette.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A body without the indent that text pasted from Word or WeChat brings: ideographic spaces
 * (U+3000, the Chinese paragraph indent) and no-break spaces (U+00A0) at the start of a line,
 * and any spaces mixed in with them. Markdown takes neither for white space, so the theme's own
 * indent would come on top of them, a line of them alone would be a blank paragraph, and an
 * indented {@code ## 标题} no heading. Left out, the text renders as if typed. Lines stay where
 * they were (a line of such spaces alone becomes empty), so problems keep their line numbers;
 * {@link #columnInFile} gives back the columns. Fenced code and lines indented by four spaces
 * or more (code, or text inside a list) are left as written.
 *
 * <p>Word's, WPS's and WeChat's plain text separates paragraphs by a single line break, each
 * paragraph starting with the indent; to Markdown the lines would be one paragraph.
 * {@link #breakParagraphs} therefore starts a new paragraph at each line whose indent was left
 * out and that continues a paragraph, as the editor meant it.
 *
 * <pre>{@code
 * PastedIndents body = PastedIndents.of("\u3000\u3000正文。\n\u00a0\n");
 * body.text();              // "正文。\n\n"
 * body.columnInFile(0, 1);  // 3
 * }</pre>
 */
public final class PastedIndents {

    private final String text;
    /** For each line of the body, how many characters were left out at its start. */
    private final int[] removed;

    private PastedIndents(String text, int[] removed) {
        this.text = text;
        this.removed = removed;
    }

    public static PastedIndents of(String body) {
        if (body.indexOf('\u3000') < 0 && body.indexOf('\u00a0') < 0) {
            return new PastedIndents(body, new int[0]); // most bodies: nothing to look at
        }
        String[] lines = body.split("\n", -1);
        boolean[] code = CodeFences.of(lines);
        int[] removed = new int[lines.length];
        StringBuilder text = new StringBuilder(body.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!code[i]) {
                int start = 0;
                while (start < line.length() && start < 3 && line.charAt(start) == ' ') {
                    start++; // kept: up to three spaces change nothing, and may place the line in a list
                }
                int end = start;
                if (end < line.length() && isPasted(line.charAt(end))) {
                    while (end < line.length() && (isPasted(line.charAt(end)) || line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
                        end++;
                    }
                }
                String rest = line.substring(end);
                if (end > start && (rest.isEmpty() || rest.equals("\r"))) {
                    start = 0; // a line of these spaces alone: a blank line, as Word meant it
                }
                removed[i] = end - start;
                line = line.substring(0, start) + rest;
            }
            if (i > 0) {
                text.append('\n');
            }
            text.append(line);
        }
        return new PastedIndents(text.toString(), removed);
    }

    private static boolean isPasted(char c) {
        return c == '\u3000' || c == '\u00a0';
    }

    /** The body as the renderer reads it. */
    public String text() {
        return text;
    }

    /**
     * Splits each paragraph of {@code document} (parsed from {@link #text}) before each of its
     * lines whose pasted indent was left out: {@code 　　第一段。\n　　第二段。} is two paragraphs.
     * The nodes keep their places in the text, so problems keep their lines. Only a paragraph of
     * the body or of a block quote is split: in a list item ({@code 1. 第一项，\n　　续行。}) the
     * indented line continues the item's text, as Word's wrapped numbered lines do.
     */
    public void breakParagraphs(Document document) {
        if (removed.length == 0) {
            return;
        }
        List<SoftLineBreak> breaks = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof SoftLineBreak lineBreak && lineBreak.getParent() instanceof Paragraph paragraph
                    && (paragraph.getParent() instanceof Document || paragraph.getParent() instanceof BlockQuote)
                    && removed[document.getLineNumber(lineBreak.getEndOffset())] > 0) {
                breaks.add(lineBreak);
            }
        }
        for (SoftLineBreak lineBreak : breaks) {
            Paragraph paragraph = (Paragraph) lineBreak.getParent();
            Paragraph next = new Paragraph();
            while (lineBreak.getNext() != null) {
                next.appendChild(lineBreak.getNext());
            }
            lineBreak.unlink();
            next.setCharsFromContent();
            paragraph.setCharsFromContent();
            paragraph.insertAfter(next);
        }
    }

    /** The column in the written body of {@code column} (from 1) on body line {@code line} (from 0) of {@link #text}. */
    public int columnInFile(int line, int column) {
        return line < removed.length ? column + removed[line] : column;
    }

    @Override
    public String toString() {
        return "PastedIndents[" + text + ", removed=" + Arrays.toString(removed) + "]";
    }
}
