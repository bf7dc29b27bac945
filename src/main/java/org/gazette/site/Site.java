package org.gazette.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;

/**
 * Everything the generators publish, in the order readers see it.
 *
 * <pre>{@code
 * Outcome<Site> site = Site.of(config, renderedArticles, files);
 * site.value().orElseThrow().articles().get(0); // the newest article
 * }</pre>
 *
 * @param config   the site's settings
 * @param articles the published articles, newest first (ties by source path)
 * @param files    files published as they are: photos and attachments beside the articles, {@code static/}
 */
public record Site(SiteConfig config, List<RenderedArticle> articles, List<OutputFile> files) {

    /** Newest first; articles of the same minute in source order, so that builds are repeatable. */
    public static final Comparator<RenderedArticle> NEWEST_FIRST =
            Comparator.comparing((RenderedArticle r) -> r.article().date()).reversed()
                    .thenComparing(r -> r.article().source().toString());

    public Site {
        articles = List.copyOf(articles);
        files = List.copyOf(files);
    }

    /** Orders the articles and checks that no two of them claim the same URL. */
    public static Outcome<Site> of(SiteConfig config, List<RenderedArticle> rendered, List<OutputFile> files) {
        List<RenderedArticle> sorted = new ArrayList<>(rendered);
        sorted.sort(NEWEST_FIRST);
        List<Problem> problems = new ArrayList<>();
        Map<String, Article> byUrl = new HashMap<>();
        rendered.stream().map(RenderedArticle::article)
                .sorted(Comparator.comparing(a -> a.source().toString()))
                .forEach(article -> {
                    Article first = byUrl.putIfAbsent(article.url(), article);
                    if (first != null) {
                        problems.add(Problem.error(article.source(), 1, "its URL " + article.url()
                                + " is already the URL of " + first.source().toString().replace('\\', '/')
                                + " (give one of them another slug: slug: another-name)"));
                    }
                });
        return Outcome.of(new Site(config, sorted, files), problems);
    }
}
