package org.gazette.build;

import java.util.function.Function;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.SourceFile;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;

/**
 * The build's hook around its two per-article steps, reading front matter and rendering
 * Markdown: a cache may answer from an earlier build instead of running the step, so that a
 * preview rebuilds only the articles that changed; a probe may watch the results go by. Both
 * methods are called from several threads at once.
 *
 * <pre>{@code
 * ArticleSteps steps = new ArticleCache();        // gazette serve keeps one between rebuilds
 * Outcome<Site> site = Build.model(options, steps);
 * }</pre>
 */
public interface ArticleSteps {

    /** Runs every step directly, remembering nothing: what {@link Build#model(BuildOptions)} uses. */
    ArticleSteps DIRECT = new ArticleSteps() {
        @Override
        public Outcome<Article> parse(SiteConfig config, SourceFile source, Function<SourceFile, Outcome<Article>> step) {
            return step.apply(source);
        }

        @Override
        public Outcome<RenderedArticle> render(SiteConfig config, Article article,
                                               Function<Article, Outcome<RenderedArticle>> step) {
            return step.apply(article);
        }
    };

    /** Called before the bodies are rendered with the resolver their images go through, so that a cache can learn what files a body depends on. */
    default void use(ImageResolver images) {
    }

    /** The front matter of {@code source} read under {@code config}: {@code step.apply(source)} or an equal earlier result. */
    Outcome<Article> parse(SiteConfig config, SourceFile source, Function<SourceFile, Outcome<Article>> step);

    /** The body of {@code article} rendered under {@code config}: {@code step.apply(article)} or an equal earlier result. */
    Outcome<RenderedArticle> render(SiteConfig config, Article article, Function<Article, Outcome<RenderedArticle>> step);
}
