package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.gazette.TestSites;
import org.gazette.build.ArticleSteps;
import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.SourceFile;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.site.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild reads and renders only the articles that changed, and what the rest depends on. */
class ArticleCacheTest {

    /** Counts how often the build's own steps run behind the cache. */
    static final class Counting implements ArticleSteps {
        final ArticleCache cache = new ArticleCache();
        final AtomicInteger parsed = new AtomicInteger();
        final AtomicInteger rendered = new AtomicInteger();

        @Override
        public Outcome<Article> parse(SiteConfig config, SourceFile source, Function<SourceFile, Outcome<Article>> step) {
            return cache.parse(config, source, s -> {
                parsed.incrementAndGet();
                return step.apply(s);
            });
        }

        @Override
        public Outcome<RenderedArticle> render(SiteConfig config, Article article, Function<Article, Outcome<RenderedArticle>> step) {
            return cache.render(config, article, a -> {
                rendered.incrementAndGet();
                return step.apply(a);
            });
        }

        void build(Path root) {
            parsed.set(0);
            rendered.set(0);
            cache.beginBuild();
            assertThat(Build.model(BuildOptions.of(root).withDrafts(true).withFuture(true).withGitDates(false), this).value()).isPresent();
            cache.endBuild();
        }
    }

    /**
     * A photo linked from elsewhere (a share not mounted yet) is missing, then comes back with no
     * file of the site changed: the article that failed for it is rendered again, not kept failed.
     */
    @Test
    void anArticleThatFailedIsRenderedAgain(@TempDir Path folder) throws Exception {
        Path root = PreviewSites.example(folder.resolve("site"));
        Path photo = root.resolve("content/2024/images/reading-night.jpg");
        Path share = root.resolve("share/reading-night.jpg"); // a folder of the site, not published
        Files.createDirectories(share.getParent());
        Files.move(photo, folder.resolve("kept.jpg"));
        Files.createSymbolicLink(photo, share);
        Counting counting = new Counting();
        BuildOptions options = BuildOptions.of(root).withDrafts(true).withFuture(true).withGitDates(false);
        counting.cache.beginBuild();
        Outcome<Site> missing = Build.model(options, counting);
        assertThat(missing.value()).as("the photo missing").isEmpty();
        assertThat(missing.problems()).extracting(Problem::message).contains("image images/reading-night.jpg is a symbolic link"
                + " that leads to nothing (content/2024/images/reading-night.jpg: correct the link, or remove it)");

        Files.copy(folder.resolve("kept.jpg"), share);
        counting.build(root);
        assertThat(counting.rendered.get()).as("the article that failed").isEqualTo(1);
    }

    @Test
    void onlyChangedArticlesAreReadAndRenderedAgain(@TempDir Path folder) {
        Path root = PreviewSites.example(folder);
        Counting counting = new Counting();
        counting.build(root);
        assertThat(counting.parsed.get()).isEqualTo(6);
        assertThat(counting.rendered.get()).isEqualTo(6);

        counting.build(root);
        assertThat(counting.parsed.get()).isZero();
        assertThat(counting.rendered.get()).isZero();

        Path article = root.resolve(PreviewSites.ARTICLE);
        TestSites.write(article, TestSites.read(article).replace("岁月，满载玫瑰馨香", "岁月，满载花香"));
        counting.build(root);
        assertThat(counting.parsed.get()).isEqualTo(1);
        assertThat(counting.rendered.get()).isEqualTo(1);
        assertThat(counting.cache.renderedCount()).as("the earlier version is dropped").isEqualTo(6);

        counting.cache.forget(a -> a.body().get().contains("reading-night.jpg"));
        counting.build(root);
        assertThat(counting.rendered.get()).as("the article showing the photo that changed").isEqualTo(1);

        TestSites.write(root.resolve("site.yaml"), TestSites.read(root.resolve("site.yaml")).replace("page_size: 3", "page_size: 4"));
        counting.build(root);
        assertThat(counting.parsed.get()).as("another site.yaml: everything again").isEqualTo(6);
    }
}
