package org.gazette.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gazette.content.LazyText;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.Photo;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.yaml.ControlCharacters;

/**
 * Renders an article's body to HTML and gathers what pages need from it. One instance serves
 * every article and may be used from several threads.
 *
 * <pre>{@code
 * MarkdownRenderer markdown = new MarkdownRenderer(config, new ImageResolver(root));
 * Outcome<RenderedArticle> rendered = markdown.render(article);
 * }</pre>
 */
public final class MarkdownRenderer {

    /** Read for {@link org.gazette.config.ArticleSettings} alone: the build cache keeps bodies while those are unchanged. */
    private final SiteConfig config;
    private final ImageResolver images;
    /**
     * Parsers with and without the autolink and table extensions, indexed by {@link #parserFor}:
     * for a body in which they can find nothing, their set-up and their scan of every paragraph
     * and text are pure cost (half of parsing in a full build).
     */
    private final Parser[] parsers = new Parser[4];
    private final HtmlRenderer renderer;

    public MarkdownRenderer(SiteConfig config, ImageResolver images) {
        this.config = config;
        this.images = images;
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HTML_BLOCK_OPEN_TAG_EOL, false);
        options.set(TablesExtension.CLASS_NAME, "table");
        // Photos keep the names cameras and editors give them, spaces included: "![](<march 8.jpg>)"
        // (CommonMark since 0.28), which flexmark's older link syntax reads only with this.
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        for (int i = 0; i < parsers.length; i++) {
            parsers[i] = LinearInlineParser.parserBuilder(
                    new MutableDataSet(options).set(Parser.EXTENSIONS, extensions((i & 1) != 0, (i & 2) != 0))).build();
        }
        options.set(Parser.EXTENSIONS, extensions(true, true));
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(data -> new GazetteNodeRenderer())
                .htmlIdGeneratorFactory(HeadingIds.FACTORY).build();
    }

    /** Footnotes and strikethrough always; tables and autolinks when asked for. */
    private static List<Extension> extensions(boolean tables, boolean links) {
        List<Extension> extensions = new ArrayList<>();
        if (tables) {
            extensions.add(TablesExtension.create());
        }
        extensions.add(FootnoteExtension.create());
        extensions.add(StrikethroughExtension.create());
        if (links) {
            extensions.add(AutolinkExtension.create());
        }
        return extensions;
    }

    /**
     * The parser for {@code body}: with tables only if it has a '|' (every line of a table up to
     * its separator row needs one), with autolinks only if it has a character that starts a link
     * (':' for a URL, '@' for an e-mail address, 'w' for www.) or an '&' that could spell one.
     */
    private Parser parserFor(String body) {
        boolean tables = false;
        boolean links = false;
        // An array, not charAt: on Chinese text each charAt is a call under the quick compiler.
        for (char c : body.toCharArray()) {
            switch (c) {
                case '|' -> tables = true;
                case ':', '@', 'w', '&' -> links = true;
                default -> {
                }
            }
        }
        return parsers[(links ? 2 : 0) | (tables ? 1 : 0)];
    }

    /** The Markdown tree of {@code body}, photos not yet placed. */
    Document parse(String body) {
        return parse(PastedIndents.of(body));
    }

    /**
     * The Markdown tree of {@code body}, the indents pasted from Word or WeChat left out, and a
     * line that had one starting a paragraph.
     */
    private Document parse(PastedIndents body) {
        Document document = parserFor(body.text()).parse(body.text());
        body.breakParagraphs(document);
        return document;
    }

    /** The HTML of {@code document}; gives its headings their ids. */
    String html(Document document) {
        return renderer.render(document);
    }

    /**
     * The article's body rendered, with its problems; a body nested too deep to render (a line of
     * a thousand {@code >}, see {@link Nesting}) is an error at its line, and the build, check and
     * preview go on to the other articles.
     */
    public Outcome<RenderedArticle> render(Article article) {
        String markdown = article.body().get(); // once: a body from the build cache is decoded at each read
        OptionalInt deep = Nesting.tooDeep(markdown);
        if (deep.isPresent()) {
            return Outcome.failed(Problem.error(article.source(), article.bodyLine() + deep.getAsInt(), 1, TOO_DEEP));
        }
        try {
            return renderNested(article, markdown);
        } catch (StackOverflowError e) {
            // Nesting the estimate missed (inline, say): the one article fails, not the thread that renders it.
            return Outcome.failed(Problem.error(article.source(), article.bodyLine(), 1, TOO_DEEP));
        }
    }

    static final String TOO_DEEP = "this text is nested too deep to render (quotes or lists more than " + Nesting.MAX_DEPTH
            + " levels inside each other, as a line of many '>' makes them): write it with fewer levels";

    private Outcome<RenderedArticle> renderNested(Article article, String markdown) {
        List<Problem> problems = new ArrayList<>();
        PastedIndents written = PastedIndents.of(markdown);
        Document document = parse(written);
        problems.addAll(ConflictMarkers.of(article, markdown));
        problems.addAll(HeadingSlips.of(article, written));
        problems.addAll(PastedLayout.of(article, written));
        problems.addAll(LinkSchemes.of(article, document, written));
        PhotoBlocks blocks = new PhotoBlocks(article, images, problems);
        List<String> placed = blocks.place(document);
        // A control character written as a reference (&#8;) comes out of flexmark as the character:
        // left out like one typed in the file, and so out of the headings, text and summary read from here.
        // Only a reference brings one (the file's own were left out as it was read): other bodies are not scanned.
        String html = markdown.contains("&#") ? ControlCharacters.without(html(document)) : html(document);

        Optional<Figure> lead = article.lead()
                .filter(id -> !placed.contains(id))
                .flatMap(article::photo)
                .flatMap(photo -> blocks.figureOf(photo, false));
        List<Figure> unplaced = new ArrayList<>();
        for (Photo photo : article.photos()) {
            boolean shown = placed.contains(photo.id()) || article.lead().filter(photo.id()::equals).isPresent();
            if (!shown) {
                blocks.figureOf(photo, true).ifPresent(unplaced::add);
            }
        }

        BodyText body = BodyText.of(document, html);
        String summary = article.summary().isEmpty()
                ? Summaries.cut(firstParagraphs(body.paragraphs(), config.summaryLength()), config.summaryLength())
                : article.summary();
        return Outcome.of(new RenderedArticle(article, LazyText.of(html), summary, LazyText.of(body.text()), body.headings(), blocks.figures(), lead, unplaced,
                ReadingTime.minutes(body.text())), problems);
    }

    /**
     * The paragraphs' text joined with a space, except after Chinese text, which needs none, up to
     * the one that makes more than {@code length} characters other than white space: a summary of
     * {@code length} characters is the same with or without the paragraphs after it.
     */
    private static String firstParagraphs(List<String> paragraphs, int length) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (String read : paragraphs) {
            String paragraph = read.strip();
            if (text.length() > 0 && !GazetteNodeRenderer.isWide(Character.codePointBefore(text, text.length()))) {
                text.append(' ');
            }
            text.append(paragraph);
            for (int i = 0; i < paragraph.length() && shown <= length; ) {
                int c = paragraph.codePointAt(i);
                if (!Character.isWhitespace(c)) {
                    shown++;
                }
                i += Character.charCount(c);
            }
            if (shown > length) {
                break;
            }
        }
        return text.toString();
    }
}
