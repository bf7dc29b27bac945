package org.gazette.importer;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page of an old site that lists other pages (a column's list_1.shtml, the home page) rather
 * than telling a news item: its words are nearly all in links, and no text of its own runs to a
 * sentence. An archive's folder holds hundreds of them among the articles; imported, each would be
 * an undated article holding one link's words.
 */
final class ListPage {

    /** Links a list page holds at least: a page of a column lists 10 to 50. */
    static final int LINKS = 10;
    /**
     * The longest run of words outside links a list page has: its heading, a 当前位置 line. A run goes
     * on through inline elements ({@code <span>}, {@code <font>}, {@code <b>}) and ends at a block or a link.
     */
    static final int OWN_RUN = 40;

    private ListPage() {
    }

    /** The number of links, when the page is a list of them. */
    static Optional<Integer> links(Document page) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        int[] counts = new int[3]; // links, letters in links, letters outside links
        int[] longest = new int[1];
        // One walk, counting the links it is inside: a page nested thousands deep costs its size.
        NodeTraversor.traverse(new NodeVisitor() {
            private int inLink;
            // Letters outside links since the last block, line break or link: a paragraph pasted from
            // Word is many <span>s, one run all the same.
            private int run;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a") && e.hasAttr("href")) {
                    if (inLink == 0 && letters(e.text()) > 0) {
                        counts[0]++;
                    }
                    inLink++;
                    run = 0;
                } else if (node instanceof Element e && endsRun(e)) {
                    run = 0;
                } else if (node instanceof TextNode text && !inScript(text)) {
                    int letters = letters(text.text());
                    if (inLink > 0) {
                        counts[1] += letters;
                    } else {
                        counts[2] += letters;
                        run += letters;
                        longest[0] = Math.max(longest[0], run);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a") && e.hasAttr("href")) {
                    inLink--;
                    run = 0;
                } else if (node instanceof Element e && endsRun(e)) {
                    run = 0;
                }
            }
        }, body);
        // Letters, not characters: the dates beside each item of a list are no text of its own.
        boolean list = counts[0] >= LINKS && longest[0] < OWN_RUN && counts[2] * 4 < counts[1];
        return list ? Optional.of(counts[0]) : Optional.empty();
    }

    /** A block (a paragraph, a list's item, a cell) or a line break, which a run of text does not go past. */
    private static boolean endsRun(Element element) {
        return element.isBlock() || element.normalName().equals("br");
    }

    private static boolean inScript(TextNode text) {
        Element parent = text.parentNode() instanceof Element e ? e : null;
        return parent != null && (parent.normalName().equals("script") || parent.normalName().equals("style"));
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
