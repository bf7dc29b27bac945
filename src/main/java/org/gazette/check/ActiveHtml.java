package org.gazette.check;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.Article;
import org.gazette.markdown.LinearInlineParser;
import org.gazette.markdown.LinkSchemes;
import org.gazette.markdown.Nesting;
import org.gazette.markdown.PastedIndents;
import org.gazette.problem.Problem;

/**
 * Raw HTML in a body that will run in readers' browsers: a {@code <script>}, {@code <iframe>},
 * {@code <object>} or {@code <embed>}, an event attribute ({@code onclick=}, {@code onerror=}), or
 * an address with a {@code javascript:}, {@code vbscript:} or {@code data:} scheme. The build
 * publishes raw HTML as it is written (editors are trusted), so these are warnings of
 * {@code gazette check}, at their line, for whoever commits the article to look at: pasted from
 * another site, they run there as on the federation's own pages. HTML in code is not looked at.
 *
 * <pre>{@code
 * new ActiveHtml().check(article);
 * // content/2024/a.md:8:1: warning: raw HTML <script> will run in readers' browsers: ...
 * }</pre>
 */
final class ActiveHtml {

    /** A quick look at the whole body first: most have no raw HTML, and are not parsed again. */
    private static final Pattern ANY = Pattern.compile("(?i)<(?:script|iframe|object|embed)\\b|\\son[a-z]+\\s*=|<[a-z][^>]*=");
    private static final Pattern ELEMENT = Pattern.compile("(?i)<(script|iframe|object|embed)\\b");
    private static final Pattern EVENT = Pattern.compile("(?i)\\s(on[a-z]+)\\s*=");
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\s(?:href|src|action|formaction|xlink:href|data|poster)\\s*=\\s*"
            + "(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final String AS_WRITTEN = ": Gazette publishes raw HTML as it is written (remove it, unless the site"
            + " means to run it)";

    private final Parser parser = LinearInlineParser.parserBuilder(new MutableDataSet()).build();

    List<Problem> check(Article article) {
        String body = article.body().get();
        if (body.indexOf('<') < 0 || !ANY.matcher(body).find() || Nesting.tooDeep(body).isPresent()) {
            return List.of();
        }
        PastedIndents written = PastedIndents.of(body);
        Document document;
        try {
            document = parser.parse(written.text());
        } catch (StackOverflowError e) {
            return List.of(); // the build's error
        }
        List<Problem> problems = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                String html = node.getChars().toString();
                int at = node.getStartOffset();
                for (Matcher m = ELEMENT.matcher(html); m.find(); ) {
                    problems.add(warning(article, written, at + m.start(), "raw HTML <" + m.group(1).toLowerCase(java.util.Locale.ROOT)
                            + "> will run in readers' browsers" + AS_WRITTEN));
                }
                for (Matcher m = EVENT.matcher(html); m.find(); ) {
                    problems.add(warning(article, written, at + m.start(1), "raw HTML with the event attribute " + m.group(1)
                            + "= will run a script in readers' browsers" + AS_WRITTEN));
                }
                for (Matcher m = ADDRESS.matcher(html); m.find(); ) {
                    int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                    if (LinkSchemes.active(m.group(group)).isPresent()) {
                        problems.add(warning(article, written, at + m.start(group), "raw HTML with the address "
                                + m.group(group) + " will run in readers' browsers" + AS_WRITTEN));
                    }
                }
            }
        }
        return problems;
    }

    private static Problem warning(Article article, PastedIndents written, int offset, String message) {
        String text = written.text();
        int line = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        int column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
        return Problem.warning(article.source(), article.bodyLine() + line, written.columnInFile(line, column), message);
    }
}
