package org.gazette.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gazette.build.Build;
import org.gazette.config.SiteConfig;
import org.gazette.config.TermKind;
import org.gazette.content.Article;
import org.gazette.content.ContentLoader;
import org.gazette.content.FrontMatterLines;
import org.gazette.content.TermSlugs;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * Renders every page type of a small site made of a few of the real articles, through the
 * build's own generators: a template that fails is found in a fraction of a second instead of
 * after rendering ten thousand pages. It also learns which output paths the generators write
 * besides the model's pages (feeds, search, archives, ...), for {@link SitePages}.
 *
 * <pre>{@code
 * ThemeTrial.Result trial = ThemeTrial.run(root, config, TrialSample.read(root, config, rendered), TrialTheme.read(root));
 * trial.problems();  // themes/default/templates/article.html:12: ...
 * }</pre>
 */
final class ThemeTrial {

    /** Enough articles for pagination links and neighbours, few enough to render at once. */
    static final int SAMPLE = 3;

    /**
     * @param problems the theme's problems (none about articles: those are the full check's)
     * @param patterns output paths beyond the model's pages
     * @param complete whether every page rendered, so that the patterns are all there are
     */
    record Result(List<Problem> problems, List<SitePages.Pattern> patterns, boolean complete) {
    }

    private ThemeTrial() {
    }

    /**
     * A digest of what a trial depends on: every file of the site's themes and templates, as
     * {@code theme} read them, and the files of the sample's articles, as {@code sample} read
     * them; the same digest, the same result.
     */
    static String keyFor(TrialTheme theme, TrialSample sample) {
        String key = theme.digest() + "\n" + sample.digest();
        return CheckCache.digest(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The trial of {@code sample}, its theme found and read through {@code theme}: the files its key was taken of. */
    static Result run(Path root, SiteConfig config, TrialSample sample, TrialTheme theme) {
        if (sample.articles().isEmpty()) {
            return new Result(List.of(), List.of(), false);
        }
        // Without the redirects of site.yaml: their pages would be taken for pages of the theme.
        Outcome<Site> site = Site.of(config.withRedirects(List.of()), sample.articles(), List.of(), new FrontMatterLines(root));
        if (site.value().isEmpty()) {
            return new Result(List.of(), List.of(), false);
        }
        Outcome<List<OutputFile>> outputs = Build.outputs(root, site.value().get(), theme.files());
        String content = ContentLoader.CONTENT_FOLDER + "/";
        List<Problem> problems = outputs.problems().stream()
                .filter(p -> !p.fileName().startsWith(content))
                .toList();
        List<String> paths = outputs.value().map(files -> files.stream().map(OutputFile::path).toList()).orElse(List.of());
        List<Article> articles = sample.articles().stream().map(RenderedArticle::article).toList();
        return new Result(problems, patterns(config, articles, paths), outputs.value().isPresent());
    }

    private static List<SitePages.Pattern> patterns(SiteConfig config, List<Article> articles, List<String> paths) {
        Set<String> model = SitePages.modelPages(config, articles);
        Set<SitePages.Pattern> patterns = new LinkedHashSet<>();
        for (String path : paths) {
            if (!model.contains(path)) {
                patterns.add(patternOf(config, articles, path));
            }
        }
        return List.copyOf(patterns);
    }

    /** The path as a pattern under an article's or term's folder when it is in one, else fixed. */
    private static SitePages.Pattern patternOf(SiteConfig config, List<Article> articles, String path) {
        for (Article article : articles) {
            Optional<String> suffix = under(path, article.url());
            if (suffix.isPresent()) {
                return new SitePages.Pattern(Optional.of(SitePages.Pattern.Placeholder.ARTICLE), suffix.get());
            }
        }
        for (TermKind kind : TermKind.values()) {
            for (Article article : articles) {
                for (String name : SitePages.names(kind).apply(article)) {
                    Optional<String> suffix = under(path, TermSlugs.url(config, kind, name));
                    if (suffix.isPresent()) {
                        return new SitePages.Pattern(Optional.of(SitePages.Pattern.Placeholder.valueOf(kind.name())), suffix.get());
                    }
                }
            }
        }
        return SitePages.Pattern.fixed(path);
    }

    private static Optional<String> under(String path, String url) {
        String folder = url.substring(1, url.lastIndexOf('/') + 1);
        return !folder.isEmpty() && path.startsWith(folder) && !path.substring(folder.length()).startsWith("page/")
                ? Optional.of(path.substring(folder.length())) : Optional.empty();
    }
}
