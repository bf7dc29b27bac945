package org.gazette.markdown;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gazette.content.Article;
import org.gazette.problem.Problem;
import org.gazette.problem.TextLines;

/**
 * Markdown links and images whose address would run in the reader's browser rather than lead
 * anywhere: {@code javascript:}, {@code vbscript:} and {@code data:} addresses. flexmark leaves
 * out only a {@code javascript:} written in lower case and without entities:
 * {@code [x](JaVaScRiPt:alert(1))} and {@code [x](jav&#x61;script:alert(1))} (published as
 * {@code href="javascript:alert(1)"}) were live links. The address is read as a browser reads it:
 * entities and escapes decoded, tabs and line breaks left out, spaces and control characters
 * trimmed, the scheme in any case. Raw HTML is not looked at here (see README: editors are
 * trusted; {@code gazette check} warns of it).
 *
 * <pre>{@code
 * LinkSchemes.of(article, document, written);
 * // content/a.md:9:3: error: the address of this link, javascript:alert(16), would run a script ...
 * }</pre>
 */
public final class LinkSchemes {

    private static final List<String> ACTIVE = List.of("javascript:", "vbscript:", "data:");

    private LinkSchemes() {
    }

    /** An error at each link, image or reference definition of {@code document} whose address is active. */
    static List<Problem> of(Article article, Document document, PastedIndents written) {
        List<Problem> problems = new ArrayList<>();
        String text = written.text();
        for (Node node : document.getDescendants()) {
            if (node instanceof LinkNodeBase link) {
                active(link.getUrl().toString()).ifPresent(scheme -> {
                    int offset = node.getStartOffset();
                    int line = TextLines.lineAt(text, offset) - 1; // lines before the link's, in the body
                    int column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
                    problems.add(Problem.error(article.source(), article.bodyLine() + line, written.columnInFile(line, column),
                            "the address of this link, " + link.getUrl() + ", would " + (scheme.equals("data:")
                                    ? "open a page made of the address itself" : "run a script") + " in readers' browsers,"
                                    + " not lead to a page (link to a web address or a page of the site, or remove the link)"));
                });
            }
        }
        return problems;
    }

    /**
     * The active scheme of {@code url} ("javascript:", "vbscript:", "data:"), read as a browser
     * reads it, if it has one.
     */
    public static Optional<String> active(String url) {
        String decoded = Escaping.unescapeString(url);
        StringBuilder read = new StringBuilder(decoded.length());
        for (char c : decoded.toCharArray()) {
            if (c > ' ') { // browsers trim spaces and controls, and leave out tabs and line breaks anywhere
                read.append(c);
            }
        }
        String lower = read.toString().toLowerCase(Locale.ROOT);
        return ACTIVE.stream().filter(lower::startsWith).findFirst();
    }
}
