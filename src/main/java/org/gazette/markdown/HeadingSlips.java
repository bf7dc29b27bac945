package org.gazette.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.Article;
import org.gazette.problem.Problem;

/**
 * Warns of lines meant as headings that Markdown reads as text: {@code ##标题} with no space,
 * {@code ##} and a no-break or ideographic space (from Word), and full-width {@code ＃＃ 标题}.
 * Each would show "##标题" in the text and the feeds' summaries. A WeChat topic,
 * {@code #三八妇女节#}, one mark with a closing one, is text as meant, and so is {@code #话题}.
 *
 * <pre>{@code
 * HeadingSlips.of(article, PastedIndents.of(article.body()));
 * // content/2024/a.md:12:1: warning: this line starts with ## but is not a heading (put a half-width space after ##: ## 标题)
 * }</pre>
 */
final class HeadingSlips {

    /** Up to three spaces, the marks, and what follows them. */
    private static final Pattern MARKS = Pattern.compile("^( {0,3})([#＃]+)(.?)");

    private HeadingSlips() {
    }

    static List<Problem> of(Article article, PastedIndents body) {
        String text = body.text();
        if (text.indexOf('#') < 0 && text.indexOf('＃') < 0) {
            return List.of(); // most bodies
        }
        String[] lines = text.split("\n", -1);
        boolean[] code = CodeFences.of(lines);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKS.matcher(lines[i]);
            if (code[i] || !m.find()) {
                continue;
            }
            String marks = m.group(2);
            String next = m.group(3);
            boolean fullWidth = marks.indexOf('＃') >= 0;
            boolean spaced = !next.isEmpty() && (Character.isWhitespace(next.charAt(0)) || Character.isSpaceChar(next.charAt(0)));
            boolean heading = !fullWidth && (next.isEmpty() || next.equals(" ") || next.equals("\t") || next.equals("\r"));
            String rest = lines[i].strip();
            boolean topic = marks.length() == 1 && rest.length() > 1 && (rest.endsWith("#") || rest.endsWith("＃"));
            if (heading || topic || marks.length() > 6 || (marks.length() == 1 && !spaced)) {
                continue;
            }
            String typed = "#".repeat(marks.length());
            String fix = fullWidth
                    ? "type the half-width # instead of the full-width ＃, with a half-width space after: " + typed + " 标题"
                    : "put a half-width space after " + typed + ": " + typed + " 标题";
            problems.add(Problem.warning(article.source(), article.bodyLine() + i, body.columnInFile(i, m.start(2) + 1),
                    "this line starts with " + marks + " but is not a heading (" + fix + ")"));
        }
        return problems;
    }
}
