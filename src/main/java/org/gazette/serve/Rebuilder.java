package org.gazette.serve;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.content.ContentLoader;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * Builds the site in memory for the preview, again and again: articles whose files did not
 * change are neither read nor rendered again ({@link ArticleCache}), and nothing is written to
 * disk. A file that disappears or changes while it is read makes the build say so, to be retried
 * when the sources are still.
 *
 * <pre>{@code
 * Rebuilder rebuilder = new Rebuilder(options, URI.create("http://127.0.0.1:4000/"));
 * Rebuilder.Result first = rebuilder.build(Set.of());
 * Rebuilder.Result next = rebuilder.build(Set.of(Path.of("content/2023/a.md")));
 * }</pre>
 */
final class Rebuilder {

    /**
     * @param files    the files, when the build succeeded
     * @param problems every problem, errors and warnings
     * @param articles how many articles the site has
     * @param elapsed  wall time
     * @param unsettled whether sources changed under the build: it should run again shortly
     */
    record Result(Optional<List<OutputFile>> files, List<Problem> problems, int articles, Duration elapsed, boolean unsettled) {

        List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    private final BuildOptions options;
    private final Path root;
    private final ArticleCache cache = new ArticleCache();

    Rebuilder(ServeOptions serve, URI baseUrl) {
        this.root = serve.root().toAbsolutePath().normalize();
        this.options = BuildOptions.of(root).withDrafts(serve.drafts()).withFuture(serve.future())
                .withGitDates(false).withBaseUrl(baseUrl);
    }

    /** Builds, after forgetting the rendered articles that may show one of the {@code changed} files (relative to the root). */
    Result build(Set<Path> changed) {
        Instant start = Instant.now();
        forgetArticlesShowing(changed);
        cache.beginBuild();
        try {
            Outcome<Site> model = Build.model(options, cache);
            if (model.value().isEmpty()) {
                return new Result(Optional.empty(), model.problems(), 0, since(start), false);
            }
            Site site = model.value().get();
            Outcome<List<OutputFile>> outputs = Build.outputs(root, site);
            List<Problem> problems = new java.util.ArrayList<>(model.problems());
            problems.addAll(outputs.problems());
            if (outputs.value().isPresent()) {
                cache.endBuild();
            }
            return new Result(outputs.value(), problems, site.articles().size(), since(start), false);
        } catch (UncheckedIOException e) {
            // A file was deleted or renamed between being listed and being read.
            return new Result(Optional.empty(), List.of(Problem.error(Path.of(ContentLoader.CONTENT_FOLDER), 0,
                    "a file changed while the site was being built (" + e.getCause().getMessage() + "); building again")),
                    0, since(start), true);
        }
    }

    /**
     * A rendered article shows its images with their sizes, and reports those missing: when a
     * file beside the articles changes, the articles that may name it are rendered again.
     */
    private void forgetArticlesShowing(Set<Path> changed) {
        for (Path file : changed) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            if (name.endsWith(".md") || name.isEmpty()) {
                continue;
            }
            cache.forget(article -> article.body().contains(name)
                    || article.photos().stream().anyMatch(photo -> photo.src().contains(name)));
        }
    }

    int cachedArticles() {
        return cache.renderedCount();
    }

    private static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }
}
