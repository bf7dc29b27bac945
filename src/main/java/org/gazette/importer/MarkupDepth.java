package org.gazette.importer;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Keeps a legacy page's markup at most {@link #DEEPEST} elements deep: an element nested deeper
 * is replaced by its text. Real pages nest a few dozen elements deep; one nested thousands deep
 * (by a broken editor, or on purpose) would overflow the reader's stack, and make each selector
 * that looks at an element's ancestors ({@code article .content}) take time by the square of its
 * depth. Browsers too stop nesting at a depth: Chromium at 512.
 *
 * <pre>{@code
 * Document page = Jsoup.parse(html);
 * boolean flattened = MarkupDepth.limit(page);  // true when markup deeper than 256 was kept as its text
 * }</pre>
 */
final class MarkupDepth {

    static final int DEEPEST = 256;

    private MarkupDepth() {
    }

    /**
     * Replaces each element deeper than {@link #DEEPEST} below {@code root} by its text, without
     * recursion (jsoup's traversals are loops), in time linear in the size of the page.
     *
     * @return whether any was replaced
     */
    static boolean limit(Element root) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > DEEPEST && node instanceof Element element) {
                    tooDeep.add(element);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element element : tooDeep) {
            element.replaceWith(new TextNode(element.text()));
        }
        return !tooDeep.isEmpty();
    }
}
