package org.gazette.check;

import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.gazette.build.BuildCache;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.SourceFile;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;

/**
 * Runs the build's per-article steps and keeps every article that was read, so that the check
 * can look at all of them even when the site as a whole fails (two articles at one address,
 * say, fail the site but not the other articles).
 *
 * <pre>{@code
 * ArticleProbe probe = new ArticleProbe();
 * Build.model(options, probe);
 * probe.articles();  // every article whose front matter was read without an error
 * probe.rendered();  // those whose body rendered without one too
 * }</pre>
 */
final class ArticleProbe implements BuildCache {

    private final AtomicInteger sources = new AtomicInteger();
    private final Queue<Article> articles = new ConcurrentLinkedQueue<>();
    private final Queue<RenderedArticle> rendered = new ConcurrentLinkedQueue<>();

    @Override
    public Outcome<Article> parse(SiteConfig config, SourceFile source, Function<SourceFile, Outcome<Article>> step) {
        sources.incrementAndGet();
        return step.apply(source);
    }

    @Override
    public Outcome<RenderedArticle> render(SiteConfig config, Article article, Function<Article, Outcome<RenderedArticle>> step) {
        articles.add(article);
        Outcome<RenderedArticle> outcome = step.apply(article);
        outcome.value().ifPresent(rendered::add);
        return outcome;
    }

    /** How many Markdown files were read, whether or not they could be parsed. */
    int sources() {
        return sources.get();
    }

    /** Every article whose front matter was read without an error, in the order of their files. */
    List<Article> articles() {
        return articles.stream().sorted(Comparator.comparing(a -> a.source().toString())).toList();
    }

    /** The articles whose body rendered without an error too, in the order of their files. */
    List<RenderedArticle> rendered() {
        return rendered.stream().sorted(Comparator.comparing(r -> r.article().source().toString())).toList();
    }
}
