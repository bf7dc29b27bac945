package org.gazette.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the body's headings ids unique on the whole page: flexmark's id of the heading's text,
 * with {@code -1}, {@code -2}, … added when it is taken by an earlier heading, by the default
 * theme's own elements ({@link #PAGE_IDS}) or by the body's footnotes ({@code fn-1},
 * {@code fnref-1}, {@code fnref-1-1}). Headings whose ids nothing else takes keep flexmark's ids;
 * one of punctuation alone, to which flexmark gives none, gets {@code section-N}, N its place
 * among the body's headings.
 *
 * <pre>{@code
 * HtmlRenderer.builder(options).htmlIdGeneratorFactory(HeadingIds.FACTORY)
 * // "## main" gets id="main-1": "main" is the theme's <main id="main">, the skip link's target
 * }</pre>
 */
final class HeadingIds implements HtmlIdGenerator {

    /**
     * The ids the default theme's templates give their own elements; a heading with one of them
     * would break the skip link or point the related articles' aria-labelledby at the body.
     * HeadingIdsTest holds this list to the templates.
     */
    static final Set<String> PAGE_IDS = Set.of("main", "related-heading", "site-search-q", "search-app", "search-q",
            "search-column", "search-year", "search-sort", "topics-columns", "topics-tags", "topics-authors", "notfound-q");

    static final HeaderIdGeneratorFactory FACTORY = new HeaderIdGeneratorFactory() {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new HeadingIds();
        }

        @Override
        public HtmlIdGenerator create() {
            return new HeadingIds();
        }
    };

    /** flexmark's footnote ids: {@code fn-N} on a note, {@code fnref-N} and {@code fnref-N-M} on the references to it. */
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn-([0-9]{1,9})|fnref-([0-9]{1,9})(?:-([0-9]{1,9}))?");

    private final Set<String> given = new HashSet<>();
    /**
     * For each id a heading had to be given a suffix for, the next suffix to try: ids only get
     * taken, so the ones tried before stay taken. Trying from -1 each time made n headings of the
     * same text cost n² lookups (16,000 "## 小标题": 12 s).
     */
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private long lookups;
    /** Headings given an id so far, this one included while its id is made. */
    private int headings;
    private Document document;
    /** References to footnotes in the document, counted when a heading first looks like a footnote's id; -1 before. */
    private int footnoteReferences = -1;
    private String toDash = HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(null);
    private String nonDash = HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(null);
    private boolean noDupedDashes = HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(null);
    private boolean nonAsciiToLowercase = HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(null);

    @Override
    public void generateIds(Document document) {
        this.document = document;
        given.clear();
        nextSuffix.clear();
        headings = 0;
        footnoteReferences = -1;
        toDash = HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(document);
        nonDash = HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(document);
        noDupedDashes = HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(document);
        nonAsciiToLowercase = HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(document);
        new AnchorRefTargetBlockVisitor() {
            @Override
            protected void visit(AnchorRefTarget heading) {
                String text = heading.getAnchorRefText();
                if (heading.getAnchorRefId().isEmpty() && !text.isEmpty()) {
                    heading.setAnchorRefId(idOf(text));
                }
            }
        }.visit(document);
    }

    /**
     * flexmark's id of {@code text} made unique on the page; {@code section-N} for the body's Nth
     * heading with text when flexmark's is empty, the text being punctuation alone ({@code ## ★★★}):
     * an empty id would give the first such heading none, the next ones "-1", "-2", ….
     */
    private String idOf(CharSequence text) {
        headings++;
        String id = HeaderIdGenerator.generateId(text, toDash, nonDash, noDupedDashes, nonAsciiToLowercase);
        return unique(id.isEmpty() ? "section-" + headings : id);
    }

    /** {@code base}, or the first of {@code base-1}, {@code base-2}, … that nothing on the page has. */
    private String unique(String base) {
        String id = base;
        if (isTaken(base)) {
            int n = nextSuffix.getOrDefault(base, 1);
            for (id = base + "-" + n; isTaken(id); id = base + "-" + n) {
                n++;
            }
            nextSuffix.put(base, n + 1);
        }
        given.add(id);
        return id;
    }

    /** How many ids were looked up so far: for tests. */
    long lookups() {
        return lookups;
    }

    private boolean isTaken(String id) {
        lookups++;
        return given.contains(id) || PAGE_IDS.contains(id) || isFootnoteId(id);
    }

    /**
     * Whether a footnote of this body may have {@code id}: with R references to footnotes, notes
     * are numbered up to R and a note's references up to R - 1, so that {@code fnref-1-R} is free
     * and the suffixes of {@link #unique} come to an end.
     */
    private boolean isFootnoteId(String id) {
        Matcher footnote = FOOTNOTE_ID.matcher(id);
        if (!footnote.matches()) {
            return false;
        }
        if (footnoteReferences < 0) {
            footnoteReferences = countFootnoteReferences();
        }
        String note = footnote.group(1) != null ? footnote.group(1) : footnote.group(2);
        String reference = footnote.group(3);
        return Integer.parseInt(note) <= footnoteReferences
                && (reference == null || Integer.parseInt(reference) < footnoteReferences);
    }

    private int countFootnoteReferences() {
        int count = 0;
        if (document != null) {
            for (Node node : document.getDescendants()) {
                if (node instanceof Footnote) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The heading's id; null, flexmark's "no id", for any other node. */
    @Override
    public String getId(Node node) {
        return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return idOf(text);
    }
}
