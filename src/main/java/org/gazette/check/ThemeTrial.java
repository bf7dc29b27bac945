package org.gazette.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gazette.build.Build;
import org.gazette.config.SiteConfig;
import org.gazette.config.TermKind;
import org.gazette.content.Article;
import org.gazette.content.ArticleParser;
import org.gazette.content.ContentLoader;
import org.gazette.content.FrontMatterLines;
import org.gazette.content.SourceFile;
import org.gazette.content.TermSlugs;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.MarkdownRenderer;
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
 * ThemeTrial.Result trial = ThemeTrial.run(root, config, rendered, TrialTheme.read(root));
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
     * {@code theme} read them, and the articles the sample would take with their files' digests;
     * the same digest, the same result.
     */
    static String keyFor(TrialTheme theme, List<RenderedArticle> rendered, Function<Path, String> fileHash) {
        StringBuilder key = new StringBuilder(theme.digest()).append('\n');
        Set<String> taken = new HashSet<>();
        for (RenderedArticle r : rendered) {
            if (taken.size() < SAMPLE && taken.add(r.article().url())) {
                key.append(r.article().source()).append('=').append(fileHash.apply(r.article().source())).append('\n');
            }
        }
        return CheckCache.digest(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The trial, its theme found and read through {@code theme}: the files its key was taken of. */
    static Result run(Path root, SiteConfig config, List<RenderedArticle> rendered, TrialTheme theme) {
        List<RenderedArticle> sample = sample(root, config, rendered);
        if (sample.isEmpty()) {
            return new Result(List.of(), List.of(), false);
        }
        // Without the redirects of site.yaml: their pages would be taken for pages of the theme.
        Outcome<Site> site = Site.of(config.withRedirects(List.of()), sample, List.of(), new FrontMatterLines(root));
        if (site.value().isEmpty()) {
            return new Result(List.of(), List.of(), false);
        }
        Outcome<List<OutputFile>> outputs = Build.outputs(root, site.value().get(), theme.files());
        String content = ContentLoader.CONTENT_FOLDER + "/";
        List<Problem> problems = outputs.problems().stream()
                .filter(p -> !p.fileName().startsWith(content))
                .toList();
        List<String> paths = outputs.value().map(files -> files.stream().map(OutputFile::path).toList()).orElse(List.of());
        List<Article> articles = sample.stream().map(RenderedArticle::article).toList();
        return new Result(problems, patterns(config, articles, paths), outputs.value().isPresent());
    }

    /**
     * Articles with distinct addresses and without their aliases, so that the sample site itself
     * is valid (an alias that clashes is the full check's to report), read and rendered afresh
     * from their files, since those the check took from its cache have no body.
     */
    private static List<RenderedArticle> sample(Path root, SiteConfig config, List<RenderedArticle> rendered) {
        Set<String> taken = new HashSet<>();
        List<RenderedArticle> sample = new ArrayList<>();
        ArticleParser parser = new ArticleParser(config);
        MarkdownRenderer markdown = new MarkdownRenderer(config, new ImageResolver(root));
        for (RenderedArticle r : rendered) {
            if (!taken.add(r.article().url())) {
                continue;
            }
            try {
                SourceFile source = new SourceFile(r.article().source(), Files.readAllBytes(root.resolve(r.article().source())));
                parser.parse(source).value().map(Check::withoutAliases).flatMap(a -> markdown.render(a).value())
                        .ifPresent(sample::add);
            } catch (IOException e) {
                // changed since it was read: another article will do
            }
            if (sample.size() == SAMPLE) {
                break;
            }
        }
        return sample;
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
