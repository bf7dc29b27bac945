package org.gazette.markdown;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The running text, section headings and paragraphs' texts of a body, read from flexmark's tree
 * for the common body: paragraphs, headings, emphasis, links, line breaks and placed photos.
 * They are what jsoup reads from the rendered HTML ({@code Element.text()}: the same whitespace
 * rules, through jsoup's own {@link StringUtil#appendNormalisedWhitespace}), without parsing the
 * HTML again, which was a third of rendering a body. For any other body (raw HTML, lists, quotes,
 * tables, footnotes, code, text with escapes or entities) the HTML is read with jsoup
 * ({@link #fromHtml}), as before. {@code BodyTextTest} holds the two readings to each other.
 *
 * <pre>{@code
 * String html = renderer.render(document); // which gives the headings their ids
 * BodyText body = BodyText.of(document, html);
 * }</pre>
 *
 * @param text       the running text, photo captions left out
 * @param headings   the level 2 and 3 headings with their ids
 * @param paragraphs each paragraph's text, in order
 */
record BodyText(String text, List<Heading> headings, List<String> paragraphs) {

    // Selectors parsed once: parsing them for every article was a fifteenth of rendering it.
    private static final Evaluator HEADINGS = QueryParser.parse("h2[id], h3[id]");
    /** Photo captions, footnote markers and struck-out text are not part of the running text. */
    private static final Evaluator NOT_RUNNING_TEXT = QueryParser.parse("figure, sup[id^=fnref], a.footnote-ref, div.footnotes, del");
    private static final Evaluator PARAGRAPHS = QueryParser.parse("p");

    /** The body rendered as {@code html} from {@code document}, read from the tree when it can be, else from the HTML. */
    static BodyText of(Document document, String html) {
        return fromTree(document).orElseGet(() -> fromHtml(html));
    }

    /** The body's text read from its HTML with jsoup. */
    static BodyText fromHtml(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<Heading> headings = body.select(HEADINGS).stream()
                .map(h -> new Heading(h.tagName().equals("h2") ? 2 : 3, h.id(), h.text()))
                .toList();
        body.select(NOT_RUNNING_TEXT).remove();
        List<String> paragraphs = body.select(PARAGRAPHS).stream().map(Element::text).toList();
        // jsoup's text() with a mark at each block's edges, each run of marks and the space around them then a line break.
        // The marks go just inside the block, not before and after it: an insertion among its siblings makes jsoup
        // number them all again, so a table of 5,000 rows took 25 million steps. Only white space lies between the
        // two places, and it is taken with the marks.
        for (Element element : body.getAllElements()) {
            if (element != body && element.isBlock() && !element.nameIs("br")) { // a <br> is a space, as it was
                element.prependChild(new TextNode(BLOCK_EDGE));
                element.appendChild(new TextNode(BLOCK_EDGE));
            }
        }
        return new BodyText(BLOCK_EDGES.matcher(body.text()).replaceAll("\n").trim(), headings, paragraphs);
    }

    /** A character of the Private Use Area that marks where a block begins or ends, gone from the text read. */
    private static final String BLOCK_EDGE = "\uE000";
    private static final Pattern BLOCK_EDGES = Pattern.compile("\\s*\uE000[\\s\uE000]*");

    /**
     * The body's text read from flexmark's tree; nothing unless the body has only paragraphs,
     * headings and placed photos of plain text. Call it after the renderer has written the
     * document, which gives the headings their ids (called before, it would list no heading).
     */
    static Optional<BodyText> fromTree(Document document) {
        Reader reader = new Reader();
        return reader.blocks(document) ? Optional.of(new BodyText(reader.text.toString().trim(), reader.headings, reader.paragraphs))
                : Optional.empty();
    }

    private static final class Reader {
        final StringBuilder text = new StringBuilder();
        final List<Heading> headings = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();

        boolean blocks(Document document) {
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof FigureNode) {
                    continue; // photo captions are not running text
                }
                breakUnlessAtStart();
                int start = text.length();
                if (!inline(block)) {
                    return false;
                }
                // The block's own text, as jsoup's text() of it alone: the running text before it is
                // empty or ends in a space, so the two differ at most by a leading space, trimmed.
                String own = text.substring(start).trim();
                if (block instanceof Paragraph) {
                    paragraphs.add(own);
                } else if (block instanceof com.vladsch.flexmark.ast.Heading heading) { // not Gazette's Heading
                    String id = heading.getAnchorRefId();
                    // The renderer leaves out an empty id, and jsoup finds headings by theirs (h2[id])
                    boolean hasId = id != null && !id.isEmpty();
                    if (hasId && (heading.getLevel() == 2 || heading.getLevel() == 3)) {
                        headings.add(new Heading(heading.getLevel(), id, own));
                    }
                } else {
                    return false; // lists, quotes, code, raw HTML, tables: read from the HTML
                }
            }
            return true;
        }

        /** Appends the text of {@code parent}'s inline children; false at a node this reader does not know. */
        private boolean inline(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text textNode) {
                    String chars = GazetteNodeRenderer.renderedText(textNode);
                    switch (Kind.of(chars)) {
                        case NOT_PLAIN -> {
                            return false;
                        }
                        case UNSPACED -> text.append(chars); // what jsoup's normalising gives for it, a character at a time
                        case SPACED -> append(chars);
                    }
                } else if (node instanceof SoftLineBreak) {
                    if (!GazetteNodeRenderer.joinsChineseText(node.getChars())) {
                        append("\n");
                    }
                } else if (node instanceof HardLineBreak) {
                    spaceUnlessAtStart(); // <br>, as jsoup reads it
                    append("\n");
                } else if (node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link) {
                    if (!inline(node)) {
                        return false;
                    }
                } else {
                    return false;
                }
            }
            return true;
        }

        /** A line break between two blocks: a search does not join their words (a heading and the paragraph under it). */
        private void breakUnlessAtStart() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            text.setLength(end);
            if (end > 0 && text.charAt(end - 1) != '\n') { // an empty block before this one left its break
                text.append('\n');
            }
        }

        /** A space, unless the text is empty or ends in one: what jsoup puts at a {@code <br>}. */
        private void spaceUnlessAtStart() {
            if (text.length() > 0 && !endsInSpace()) {
                text.append(' ');
            }
        }

        private void append(String chars) {
            StringUtil.appendNormalisedWhitespace(text, chars, endsInSpace());
        }

        /** Whether the text ends in a space or a block's line break: white space after it is left out. */
        private boolean endsInSpace() {
            return text.length() > 0 && (text.charAt(text.length() - 1) == ' ' || text.charAt(text.length() - 1) == '\n');
        }
    }

    /** What a text node's characters are to this reader. */
    private enum Kind {
        /** Not written as they are by the renderer ({@link GazetteNodeRenderer}), or not read back as they are by jsoup. */
        NOT_PLAIN,
        /** Plain, and nothing in them that jsoup's normalising changes: appended as they are. */
        UNSPACED,
        /** Plain, with white space or an invisible character: normalised as jsoup does. */
        SPACED;

        /**
         * The kind of {@code chars}: not plain with an escape or entity, a character escaped in
         * HTML or a control character; spaced with a character jsoup's
         * {@code StringUtil.isActuallyWhitespace} or {@code isInvisibleChar} names (space, tab,
         * line feed, no-break space; soft hyphen, zero-width space; form feed and carriage
         * return are control characters). {@code BodyTextTest} writes the invisible characters
         * jsoup does not drop, should a later jsoup drop more.
         */
        static Kind of(String chars) {
            Kind kind = UNSPACED;
            for (char c : chars.toCharArray()) { // an array: on Chinese text each charAt is a call under the quick compiler
                switch (c) {
                    case '\\', '&', '<', '>', '"' -> {
                        return NOT_PLAIN;
                    }
                    case ' ', '\t', '\n', '\u00a0', '\u00ad', '\u200b' -> kind = SPACED;
                    default -> {
                        if (c < ' ') {
                            return NOT_PLAIN;
                        }
                    }
                }
            }
            return kind;
        }
    }
}
