package org.gazette.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.Article;

/**
 * Finds every link and image an article's body refers to, with its line and column in the
 * article's file: Markdown links (autolinks too), images and reference definitions, and {@code href}/{@code src}
 * attributes in raw HTML. The Markdown is parsed with the build's extensions, so that text the
 * build does not take as a link is not taken as one here. Safe for use from several threads.
 *
 * <pre>{@code
 * List<BodyReference> refs = new BodyReferences().of(article);
 * refs.get(0); // BodyReference[kind=LINK, target=../x/, line=12, column=9]
 * }</pre>
 */
public final class BodyReferences {

    /** An href or src on any tag: a video's subtitles ({@code <track>}) and an image map's areas use files too. */
    private static final Pattern HTML_ATTRIBUTE = Pattern.compile(
            "(?i)<[a-z][a-z0-9-]*\\b[^>]*?\\s(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

    private final Parser parser;

    public BodyReferences() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        options.set(Parser.SPACE_IN_LINK_URLS, true); // as the build reads links: "![](<march 8.jpg>)"
        this.parser = LinearInlineParser.parserBuilder(options).build();
    }

    public List<BodyReference> of(Article article) {
        String markdown = article.body().get(); // once: a body from the build cache is decoded at each read
        if (Nesting.tooDeep(markdown).isPresent()) {
            return List.of(); // its render is the error; parsed, it would overflow the stack
        }
        try {
            return parsed(article, markdown);
        } catch (StackOverflowError e) {
            return List.of(); // nested deeper than Nesting sees: the render says so
        }
    }

    private List<BodyReference> parsed(Article article, String markdown) {
        // Read as the build reads it, the indents pasted from Word left out; columns are the file's.
        PastedIndents body = PastedIndents.of(markdown);
        Document document = parser.parse(body.text());
        Positions positions = new Positions(body, article.bodyLine());
        List<BodyReference> references = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                // ！[现场](p.jpg): a photo typed with a full-width ！, which the build names as such; no link to check
                boolean mistypedPhoto = link.getPrevious() instanceof Text before && before.getChars().endsWith("！")
                        && ImageResolver.namesPicture(link.getUrl().toString());
                if (!mistypedPhoto) {
                    references.add(positions.reference(BodyReference.Kind.LINK, link.getUrl()));
                }
            } else if (node instanceof Image image) {
                references.add(positions.reference(BodyReference.Kind.IMAGE, image.getUrl()));
            } else if (node instanceof AutoLink autoLink) {
                // A bare www.example.com/a/ is rendered as http://www.example.com/a/: another site's, not a relative address.
                BasedSequence url = autoLink.getUrl();
                String target = url.startsWith("www.") ? "http://" + url : url.toString();
                references.add(positions.at(BodyReference.Kind.LINK, target, url.getStartOffset()));
            } else if (node instanceof Reference reference) {
                references.add(positions.reference(BodyReference.Kind.DEFINITION, reference.getUrl()));
            } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                BasedSequence html = node.getChars();
                Matcher m = HTML_ATTRIBUTE.matcher(html);
                while (m.find()) {
                    int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                    references.add(positions.at(BodyReference.Kind.HTML, m.group(group), html.getStartOffset() + m.start(group)));
                }
            }
        }
        return references;
    }

    /** Turns offsets in the body into lines and columns of the file. */
    private static final class Positions {
        private final int[] lineStarts;
        private final int firstLine;
        private final PastedIndents indents;

        Positions(PastedIndents indents, int firstLine) {
            this.firstLine = firstLine;
            this.indents = indents;
            String body = indents.text();
            int[] starts = new int[16];
            int count = 1;
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            this.lineStarts = Arrays.copyOf(starts, count);
        }

        BodyReference reference(BodyReference.Kind kind, BasedSequence url) {
            return at(kind, url.toString(), url.getStartOffset());
        }

        BodyReference at(BodyReference.Kind kind, String target, int offset) {
            int index = Arrays.binarySearch(lineStarts, offset);
            int line = index >= 0 ? index : -index - 2;
            return new BodyReference(kind, target, firstLine + line, indents.columnInFile(line, offset - lineStarts[line] + 1));
        }
    }
}
