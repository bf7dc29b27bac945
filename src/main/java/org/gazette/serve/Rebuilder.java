package org.gazette.serve;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.build.Build;
import org.gazette.build.BuildListener;
import org.gazette.build.BuildOptions;
import org.gazette.content.ContentLoader;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.problem.ReadProblems;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * Builds the site in memory for the preview, again and again, in two steps: the site model,
 * where articles whose files did not change are neither read nor rendered again
 * ({@link ArticleCache}); then the pages, either all of them or only those of a few articles.
 * Nothing is written to disk. A file that disappears while it is read makes the model say so,
 * to be retried when the sources are still.
 *
 * <pre>{@code
 * Rebuilder rebuilder = new Rebuilder(options, URI.create("http://127.0.0.1:4000/"));
 * Rebuilder.Model model = rebuilder.model(Set.of(Path.of("content/2023/a.md")));
 * Outcome<List<OutputFile>> files = rebuilder.files(model.site().orElseThrow());
 * }</pre>
 */
final class Rebuilder {

    /**
     * @param site      the model, when every article could be read and rendered
     * @param problems  every problem, errors and warnings
     * @param elapsed   wall time
     * @param unsettled whether sources changed under the build: it should run again shortly
     */
    record Model(Optional<Site> site, List<Problem> problems, Duration elapsed, boolean unsettled) {

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

    /** The site model, after forgetting the rendered articles that may show one of the {@code changed} files. */
    Model model(Set<Path> changed) {
        return model(changed, BuildListener.SILENT);
    }

    /** The same, telling {@code listener} its phases as a build does. */
    Model model(Set<Path> changed, BuildListener listener) {
        Instant start = Instant.now();
        forgetArticlesShowing(changed);
        cache.beginBuild();
        try {
            Outcome<Site> model = Build.model(options, cache, listener);
            if (model.value().isPresent()) {
                cache.endBuild();
                return new Model(model.value(), model.problems(), since(start), false);
            }
            List<Problem> problems = new ArrayList<>(model.problems());
            problems.addAll(Build.themeProblems(root)); // as the build tells them: with the content's
            return new Model(Optional.empty(), problems, since(start), false);
        } catch (UncheckedIOException e) {
            List<Problem> faults = ReadProblems.faults(e, root);
            if (!faults.isEmpty()) { // stay until the editor mends them: no use building again
                return new Model(Optional.empty(), faults, since(start), false);
            }
            // A file was deleted or renamed between being listed and being read.
            return new Model(Optional.empty(), List.of(Problem.error(Path.of(ContentLoader.CONTENT_FOLDER), 0,
                    "a file changed while the site was being built (" + e.getCause().getMessage() + "); building again")),
                    since(start), true);
        }
    }

    /** Every file of the site. */
    Outcome<List<OutputFile>> files(Site site) {
        return files(site, BuildListener.SILENT);
    }

    /** The same, telling {@code listener} its phases as a build does. */
    Outcome<List<OutputFile>> files(Site site, BuildListener listener) {
        return Build.outputs(root, site, listener);
    }

    /** The pages of {@code articles} only, as the whole site's model shows them. */
    Outcome<List<OutputFile>> pagesOf(Site site, List<RenderedArticle> articles) {
        Site only = new Site(site.config(), articles, site.files(), site.columns(), site.tags(), site.authors(), site.years(),
                site.months(), site.links());
        return Build.articlePages(root, only);
    }

    /**
     * The articles of {@code after} that are new since {@code before} at the same address; empty
     * when addresses came or went (then lists, neighbours and feeds change shape: all is rebuilt).
     * An article whose file did not change is the very same object in both, thanks to the cache.
     */
    static Optional<List<RenderedArticle>> edited(Site before, Site after) {
        if (before.articles().size() != after.articles().size()) {
            return Optional.empty();
        }
        Map<String, RenderedArticle> earlier = new HashMap<>();
        before.articles().forEach(r -> earlier.put(r.article().url(), r));
        List<RenderedArticle> edited = new ArrayList<>();
        for (RenderedArticle r : after.articles()) {
            RenderedArticle old = earlier.get(r.article().url());
            if (old == null || !old.article().aliases().equals(r.article().aliases())) {
                return Optional.empty();
            }
            if (old != r) {
                edited.add(r);
            }
        }
        return Optional.of(edited);
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
            cache.forget(article -> article.body().get().contains(name)
                    || article.photos().stream().anyMatch(photo -> photo.src().contains(name)));
        }
    }

    private static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }
}
