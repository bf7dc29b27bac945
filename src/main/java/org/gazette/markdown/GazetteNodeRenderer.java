package org.gazette.markdown;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;
import org.gazette.content.Ideographs;

/**
 * Renders Gazette's own nodes (photo blocks) and line breaks inside Chinese text: a line break
 * between two Chinese characters is dropped, with the spaces or tab that end its line, since
 * browsers would show them as a space. Plain text
 * is written as it is, without the three passes that find nothing to unescape, normalise or escape.
 */
final class GazetteNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(FigureNode.class, (node, context, html) -> html.raw(node.figure().html())),
                new NodeRenderingHandler<>(Text.class, (node, context, html) -> {
                    String text = renderedText(node);
                    if (isPlain(text)) {
                        html.raw(text);
                    } else {
                        // What flexmark's own renderer does with every text.
                        html.text(Escaping.normalizeEOL(Escaping.unescapeString(text)));
                    }
                }),
                new NodeRenderingHandler<>(SoftLineBreak.class, (node, context, html) -> {
                    if (joinsChineseText(node.getChars())) {
                        return;
                    }
                    html.raw("\n");
                }));
    }

    /**
     * The text of a node as the renderer writes it (before escaping): its characters, less the
     * spaces and tabs that end its line when the line break after it is dropped (they would show
     * as a space inside Chinese text).
     */
    static String renderedText(Text node) {
        String text = textOf(node.getChars());
        if (!(node.getNext() instanceof SoftLineBreak lineBreak) || !joinsChineseText(lineBreak.getChars())) {
            return text;
        }
        int end = text.length();
        while (end > 0 && isSpaceOrTab(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * The characters of {@code chars}: cut from the article's text when they are a plain stretch
     * of it, as a text node's nearly always are. Flexmark's {@code toString} appends them one by
     * one, a fortieth of a full build under the quick compiler. It reads U+0000 as U+FFFD; the
     * article's text holds none ({@code ControlCharacters}), but a stretch with one is left to it.
     */
    static String textOf(BasedSequence chars) {
        if (chars instanceof SubSequence stretch && stretch.getBase() instanceof String whole) {
            String text = whole.substring(stretch.getStartOffset(), stretch.getEndOffset());
            if (text.indexOf('\0') < 0) {
                return text;
            }
        }
        return chars.toString();
    }

    /** True if {@code text} has no backslash or entity to unescape, no carriage return and nothing to escape in HTML. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /**
     * True if the line break lies between two Chinese characters, white space at the line's end
     * or the next line's start aside: it is dropped.
     */
    static boolean joinsChineseText(BasedSequence lineBreak) {
        BasedSequence base = lineBreak.getBaseSequence();
        int before = lineBreak.getStartOffset() - 1;
        while (before >= 0 && isSpaceOrTab(base.charAt(before))) {
            before--;
        }
        int after = lineBreak.getEndOffset();
        while (after < base.length() && isSpaceOrTab(base.charAt(after))) {
            after++;
        }
        // By code point: a character of the ideographic planes (𠀀, Extension B and later, in names)
        // is two chars, neither of which is Han.
        return before >= 0 && after < base.length() && isWide(Character.codePointBefore(base, before + 1))
                && isWide(Character.codePointAt(base, after));
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Chinese, Japanese and Korean characters and full-width punctuation, which need no spaces
     * between them; Chinese characters by block ({@link Ideographs}), so that Java 17, which does
     * not know U+9FFD to U+9FFF or Extensions H and I as Han, joins them as a later Java does.
     */
    static boolean isWide(int c) {
        if (Ideographs.isIdeographic(c)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF') || c == '\u201C' || c == '\u201D';
    }
}
