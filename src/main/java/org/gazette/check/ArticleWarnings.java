package org.gazette.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gazette.content.Article;
import org.gazette.content.ArticleDates;
import org.gazette.content.FrontMatterLines;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Problem;

/**
 * Things that build but are probably not what the editor meant: a draft whose date has passed
 * (forgotten, or its date not updated), an article dated in the future (left out of the site
 * until then, or for good if its year is mistyped), an article with no summary and no first
 * paragraph, which lists and feeds would show as a bare title, and a {@code summary:} many times
 * longer than the summaries made from bodies (the whole text pasted there, say), which every list
 * showing the article would print whole.
 *
 * <pre>{@code
 * new ArticleWarnings(new FrontMatterLines(root), clock, zone, 120).check(rendered);
 * // content/2024/a.md:9:1: warning: this draft is dated 2024-10-15, which has passed ...
 * }</pre>
 */
final class ArticleWarnings {

    private final FrontMatterLines lines;
    private final Clock clock;
    private final ZoneId zone;
    /** The site's {@code summary_length}: the length of a summary made from a body. */
    private final int summaryLength;

    /** How many times {@code summary_length} a written summary may run before it is told. */
    static final int LONG_SUMMARY_FACTOR = 4;

    ArticleWarnings(FrontMatterLines lines, Clock clock, ZoneId zone, int summaryLength) {
        this.lines = lines;
        this.clock = clock;
        this.zone = zone;
        this.summaryLength = summaryLength;
    }

    List<Problem> check(RenderedArticle rendered) {
        Article article = rendered.article();
        List<Problem> problems = new ArrayList<>();
        // A draft written today for today is not late: only a day that has gone by is.
        LocalDate day = article.date().withZoneSameInstant(zone).toLocalDate();
        if (article.draft() && day.isBefore(LocalDate.now(clock.withZone(zone)))) {
            problems.add(Problem.warning(article.source(), lines.lineOf(article, "draft"), 1, "this draft is dated " + day
                    + ", which has passed (to publish it, remove draft: true or give it a new date; if it is kept back on purpose,"
                    + " as in a takedown, it stays unpublished with the photos only it uses, and moving it and those photos out"
                    + " of content/ ends this warning)"));
        }
        if (rendered.summary().isBlank()) {
            problems.add(Problem.warning(article.source(), article.bodyLine(), 1, "the article has no summary and no first"
                    + " paragraph, so lists and feeds would show its title alone (add summary: to the front matter,"
                    + " or begin the body with a paragraph)"));
        }
        int characters = article.summary().codePointCount(0, article.summary().length());
        if (characters > LONG_SUMMARY_FACTOR * summaryLength) {
            problems.add(Problem.warning(article.source(), lines.lineOf(article, "summary"), 1, String.format(Locale.ROOT,
                    "the summary is %,d characters long, and every list, feed and search result showing this article prints it"
                            + " whole (keep it to a sentence or two: summaries made from bodies are %d characters, the site's"
                            + " summary_length)", characters, summaryLength)));
        }
        return problems;
    }

    /**
     * An article dated more than a year ahead, which the build leaves out until then: a year
     * mistyped (2204 for 2024) would hide it for good; one scheduled for next week is no problem.
     * The same rule as the build's. Every article whose front matter was read, rendered or not.
     */
    Optional<Problem> future(Article article) {
        if (!ArticleDates.isFarAhead(article.date(), clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(article.source(), lines.lineOf(article, "date"), 1,
                ArticleDates.farAheadWarning(article, article.date().withZoneSameInstant(zone).toLocalDate())));
    }

}
