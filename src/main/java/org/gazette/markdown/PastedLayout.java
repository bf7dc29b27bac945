package org.gazette.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.Article;
import org.gazette.problem.Problem;

/**
 * Warns of a table or a bulleted list pasted from Word, which Markdown reads as one paragraph:
 * cells parted by tabs ({@code 界别\t代表人数}) run together, the tabs shown as spaces and the
 * line breaks between Chinese text dropped, and {@code •\t第一项} lines become one sentence. Told
 * once for each run of such lines, at its first; fenced and indented code is left alone.
 *
 * <pre>{@code
 * PastedLayout.of(article, PastedIndents.of(article.body()));
 * // content/2024/a.md:12:3: warning: this looks like a table pasted from Word (cells parted by tabs) ...
 * }</pre>
 */
final class PastedLayout {

    /** A tab between two characters that are not white space. */
    private static final Pattern TAB_BETWEEN_WORDS = Pattern.compile("\\S\\t+\\S");
    /** Word's bullets, then a tab or a space. */
    private static final Pattern BULLET = Pattern.compile("^ {0,3}([•·●▪◆■])[\\t \\u3000]");

    private PastedLayout() {
    }

    static List<Problem> of(Article article, PastedIndents body) {
        String text = body.text();
        if (text.indexOf('\t') < 0 && !hasBullet(text)) {
            return List.of(); // most bodies
        }
        String[] lines = text.split("\n", -1);
        boolean[] code = CodeFences.of(lines);
        List<Problem> problems = new ArrayList<>();
        boolean inTable = false;
        boolean inList = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean indentedCode = line.startsWith("    ") || line.startsWith("\t");
            boolean plain = !code[i] && !indentedCode && !line.contains("|") && !line.stripLeading().startsWith("<");
            Matcher bullet = BULLET.matcher(line);
            boolean listItem = plain && bullet.find();
            Matcher tab = TAB_BETWEEN_WORDS.matcher(line);
            boolean tableRow = plain && !listItem && tab.find();
            if (tableRow && !inTable) {
                problems.add(Problem.warning(article.source(), article.bodyLine() + i, body.columnInFile(i, tab.start() + 2),
                        "this looks like a table pasted from Word (cells parted by tabs), which would show as one run-on"
                                + " paragraph (write it as a Markdown table: | 界别 | 代表人数 |, then | --- | --- |, then a"
                                + " line for each row)"));
            }
            if (listItem && !inList) {
                problems.add(Problem.warning(article.source(), article.bodyLine() + i, body.columnInFile(i, bullet.start(1) + 1),
                        "this line starts with Word's bullet " + bullet.group(1) + ", which is no list item to Markdown,"
                                + " and the lines would run together (write list items as - 第一项, a line each)"));
            }
            inTable = tableRow;
            inList = listItem;
        }
        return problems;
    }

    private static boolean hasBullet(String text) {
        for (char c : new char[] {'•', '·', '●', '▪', '◆', '■'}) {
            if (text.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
