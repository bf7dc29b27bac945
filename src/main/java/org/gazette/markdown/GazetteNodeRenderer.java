package org.gazette.markdown;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Renders Gazette's own nodes (photo blocks) and line breaks inside Chinese text: a line break
 * between two Chinese characters is dropped, since browsers would show it as a space.
 */
final class GazetteNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(FigureNode.class, (node, context, html) -> html.raw(node.figure().html())),
                new NodeRenderingHandler<>(SoftLineBreak.class, (node, context, html) -> {
                    if (joinsChineseText(node.getChars())) {
                        return;
                    }
                    html.raw("\n");
                }));
    }

    private static boolean joinsChineseText(BasedSequence lineBreak) {
        BasedSequence base = lineBreak.getBaseSequence();
        int before = lineBreak.getStartOffset() - 1;
        int after = lineBreak.getEndOffset();
        while (after < base.length() && (base.charAt(after) == ' ' || base.charAt(after) == '\t')) {
            after++;
        }
        return before >= 0 && after < base.length() && isWide(base.charAt(before)) && isWide(base.charAt(after));
    }

    /** Chinese, Japanese and Korean characters and full-width punctuation, which need no spaces between them. */
    static boolean isWide(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF') || c == '\u201C' || c == '\u201D';
    }
}
