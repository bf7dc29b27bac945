package org.gazette.check;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazette.build.Build;
import org.gazette.build.BuildListener;
import org.gazette.build.BuildOptions;
import org.gazette.build.Fingerprinted;
import org.gazette.build.OutputClashes;
import org.gazette.build.Scheduled;
import org.gazette.build.SiteFolder;
import org.gazette.config.SiteConfig;
import org.gazette.config.SiteConfigLoader;
import org.gazette.content.Article;
import org.gazette.content.ContentLoader;
import org.gazette.content.FrontMatterLines;
import org.gazette.content.SitePaths;
import org.gazette.content.SourceWalk;
import org.gazette.feed.Redirects;
import org.gazette.markdown.BodyReference;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.FileNameEncoding;
import org.gazette.problem.Problem;
import org.gazette.problem.ReadProblems;

/**
 * {@code gazette check}: runs the build's steps up to the site model over every article, drafts
 * and future ones included, tries the theme on a few of them, and checks what the build does not
 * (links, photo sizes, late drafts, empty summaries, columns, roles
 * and tags one character from those other articles use). Nothing is written.
 *
 * <pre>{@code
 * CheckReport report = Check.run(CheckOptions.of(Path.of(".")));
 * report.problems().forEach(p -> System.out.println(p.formatLocated()));
 * }</pre>
 */
public final class Check {

    private Check() {
    }

    public static CheckReport run(CheckOptions options) {
        return run(options, BuildListener.SILENT);
    }

    /**
     * The same, telling {@code listener} how it goes, as a build does: reading, parsing and rendering
     * (one step an article), the site model, checking (one step an article), saving cache. At
     * 100,000 articles a check takes 12 to 27 s.
     */
    public static CheckReport run(CheckOptions options, BuildListener listener) {
        Instant start = Instant.now();
        Path root = options.root().toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        // site.yaml read once: the cache's key and the settings are taken from the same bytes, so
        // that a save and an undo while the check runs cannot leave results of others under this key.
        Optional<byte[]> siteYaml = siteYaml(root);
        String key = CheckCache.keyFor(siteYaml);
        Fingerprinted sources = Fingerprinted.withSiteYaml(root, siteYaml);
        listener.phase("reading", 0);
        CheckCache cache = options.cache().map(file -> CheckCache.load(file, key)).orElseGet(CheckCache::empty);
        ArticleProbe probe = new ArticleProbe(root, cache);
        BuildOptions build = BuildOptions.of(root).withDrafts(true).withFuture(true).withGitDates(false)
                .withClock(options.clock());
        Optional<Problem> notAFolder = SiteFolder.checkNotAFile(root);
        if (notAFolder.isPresent()) {
            return report(options, List.of(notAFolder.get()), 0, start);
        }
        try {
            SourceWalk.refuseUnlessFolder(root.resolve(ContentLoader.CONTENT_FOLDER));
        } catch (UncheckedIOException e) {
            return report(options, ReadProblems.of(e, root), 0, start);
        }
        if (!Files.isDirectory(root.resolve(ContentLoader.CONTENT_FOLDER))) {
            return report(options, List.of(Problem.error(Path.of(ContentLoader.CONTENT_FOLDER), 0, "there is no content/ folder in "
                    + root + " (run gazette check in the site's folder, or name it: --source DIR)")), 0, start);
        }
        Optional<SiteConfig> config;
        try {
            problems.addAll(Build.model(build, probe, sources, listener).problems());
            config = sources.settings().get().value();
        } catch (UncheckedIOException e) {
            // a file that cannot be read, that went away while it was listed, or a loop of links
            problems.addAll(ReadProblems.of(e, root));
            return report(options, problems, 0, start);
        }
        List<Scheduled> scheduled = List.of();
        if (config.isPresent()) {
            problems.addAll(checkArticles(root, config.get(), options, probe, listener));
            scheduled = probe.articles().stream().filter(a -> !a.draft() && LivePages.isScheduled(a, options.clock().instant()))
                    .map(a -> new Scheduled(a.source(), a.date())).toList();
        }
        if (options.cache().isPresent()) {
            listener.phase("saving cache", 0);
            cache.save(options.cache().get(), key);
        }
        List<Problem> reported = options.strict() ? problems.stream().map(Problem::asError).toList() : problems;
        return new CheckReport(reported, probe.sources(), Duration.between(start, Instant.now()), scheduled);
    }

    private static List<Problem> checkArticles(Path root, SiteConfig config, CheckOptions options, ArticleProbe probe,
                                               BuildListener listener) {
        List<Article> articles = probe.articles();
        List<RenderedArticle> rendered = probe.rendered();
        List<Problem> problems = new ArrayList<>();
        TrialTheme theme = TrialTheme.read(root);
        TrialSample sample = TrialSample.read(root, config, rendered);
        String trialKey = ThemeTrial.keyFor(theme, sample);
        listener.phase("checking", articles.size()); // the theme's trial and the site's pages first, then each article
        ThemeTrial.Result trial = probe.cache().trial(trialKey).orElseGet(() -> ThemeTrial.run(root, config, sample, theme));
        probe.cache().putTrial(trialKey, trial);
        problems.addAll(trial.problems());
        PublishedFiles.Listed published = PublishedFiles.listed(root, BuildOptions.of(root).output());
        problems.addAll(published.clashes());
        Map<String, Path> files = published.files();
        SitePages pages = SitePages.of(config, articles, files, trial.patterns());
        if (!trial.complete() && !trial.problems().isEmpty()) {
            problems.add(Problem.warning(Path.of(ContentLoader.CONTENT_FOLDER), 0, "links in articles were not checked,"
                    + " since the theme failed (fix the theme's problems, then check again)"));
        }
        for (String clash : pages.filesUnderPages()) {
            Path source = pages.file("/" + clash).orElse(Path.of(clash));
            problems.add(Problem.error(source, 0, OutputClashes.fileReplacesPage(clash)));
        }
        // Under LANG=C the build stops at the first name it cannot write: so does the check, which writes none.
        pages.outputs().stream().filter(output -> !FileNameEncoding.canHold(output)).sorted().findFirst()
                .ifPresent(name -> problems.add(Problem.error(Path.of(ContentLoader.CONTENT_FOLDER), 0,
                        "the build cannot write the file " + name + ": " + FileNameEncoding.advice())));
        problems.addAll(caseWarnings(root, articles, files, pages));
        LivePages live = LivePages.of(config, articles, files, trial.patterns(), options.clock().instant(), pages);
        // Against the site as the build makes it now, drafts and scheduled articles left out, as the build tells them.
        Set<String> publishedAliases = articles.stream().filter(a -> !a.draft() && !LivePages.isScheduled(a, live.at()))
                .flatMap(a -> a.aliases().stream()).map(SitePaths::aliasFile).collect(Collectors.toSet());
        problems.addAll(Redirects.problems(config, from -> SiteConfigLoader.redirectLine(root, from), from -> {
            String output = Redirects.hasPage(from) ? SitePaths.aliasFile(from) : SitePaths.outputFile(from);
            return live.now().hasPage(output) || publishedAliases.contains(output);
        }, to -> !trial.complete() || live.now().contains(to))); // an incomplete trial does not know every page
        Map<Path, Article> bySource = new HashMap<>();
        articles.forEach(a -> bySource.put(a.source(), a));

        FrontMatterLines lines = new FrontMatterLines(root);
        LinkCheck links = new LinkCheck(root, config, pages, bySource, live);
        PhotoCheck photos = new PhotoCheck(root, options.maxPhotoBytes());
        problems.addAll(articles.parallelStream().flatMap(article -> {
            List<BodyReference> found = probe.references(article);
            List<Problem> broken = trial.complete() ? links.check(article, found) : List.of();
            listener.advance(1);
            return Stream.concat(Stream.concat(broken.stream(), photos.check(article, found).stream()),
                    aliasClashes(lines, article, pages).stream());
        }).toList());
        Set<String> linked = articles.parallelStream().flatMap(article -> probe.references(article).stream()
                .flatMap(reference -> links.target(article, reference).stream())).collect(Collectors.toSet());
        problems.addAll(UnlinkedDocuments.of(files, linked));
        ArticleWarnings warnings = new ArticleWarnings(lines, options.clock(), config.timeZone(), config.summaryLength());
        problems.addAll(rendered.parallelStream().flatMap(r -> warnings.check(r).stream()).toList());
        articles.stream().map(warnings::future).flatMap(Optional::stream).forEach(problems::add);
        ActiveHtml active = new ActiveHtml();
        problems.addAll(articles.parallelStream().flatMap(article -> active.check(article).stream()).toList());
        problems.addAll(new NameSlips(articles, config.slugs()).check(lines));
        return problems;
    }

    /** The bytes of site.yaml; empty when they cannot be read, which the model then tells. */
    private static Optional<byte[]> siteYaml(Path root) {
        try {
            return SiteConfigLoader.readIfFile(root);
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** An alias at the address of a listing page, a feed or a file would replace it (one at an article's address is the build's error). */
    private static List<Problem> aliasClashes(FrontMatterLines root, Article article, SitePages pages) {
        List<Problem> problems = new ArrayList<>();
        for (String alias : article.aliases()) {
            boolean articlePage = pages.article(alias).isPresent()
                    || pages.article(alias.endsWith("/") ? alias : alias + "/").isPresent();
            String output = SitePaths.aliasFile(alias);
            if (!articlePage && pages.hasPage(output)) {
                problems.add(Problem.error(article.source(), root.lineOf(article, "aliases"), 1, OutputClashes.aliasReplacesPage(output)));
            } else if (pages.clashesAsFolder(output)) {
                problems.add(Problem.error(article.source(), root.lineOf(article, "aliases"), 1, OutputClashes.aliasInTheWay(output)));
            }
        }
        return problems;
    }

    /** Outputs that differ only in case: the build's warning, told before building. */
    private static List<Problem> caseWarnings(Path root, List<Article> articles, Map<String, Path> files, SitePages pages) {
        Map<String, List<Path>> copied = new HashMap<>();
        files.forEach((output, source) -> copied.put(output, List.of(source)));
        return new OutputClashes(root, articles, copied).caseWarnings(pages.outputs());
    }

    /** The article as if it had no aliases. */
    static Article withoutAliases(Article a) {
        return new Article(a.source(), a.title(), a.subtitle(), a.kicker(), a.date(), a.updated(), a.authors(), a.column(),
                a.tags(), a.summary(), a.photos(), a.lead(), a.slug(), List.of(), a.draft(), a.url(), a.body(), a.bodyLine());
    }

    private static CheckReport report(CheckOptions options, List<Problem> problems, int articles, Instant start) {
        List<Problem> reported = options.strict() ? problems.stream().map(Problem::asError).toList() : problems;
        return new CheckReport(reported, articles, Duration.between(start, Instant.now()));
    }
}
