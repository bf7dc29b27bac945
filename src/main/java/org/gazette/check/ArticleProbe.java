package org.gazette.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.gazette.content.LazyText;
import org.gazette.build.ArticleSteps;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.Photo;
import org.gazette.content.SourceFile;
import org.gazette.markdown.BodyReference;
import org.gazette.markdown.BodyReferences;
import org.gazette.markdown.ImageFileState;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;

/**
 * Stands between the build and its per-article steps for the check: answers from the previous
 * run's {@link CheckCache} for files that did not change, runs the steps for the others, and
 * keeps every article that was read, so that the check can look at all of them even when the
 * site as a whole fails (two articles at one address fail the site, not the other articles).
 * An article answered from the cache comes without its body; its links come from the cache.
 *
 * <pre>{@code
 * ArticleProbe probe = new ArticleProbe(root, CheckCache.empty());
 * Build.model(options, probe);
 * probe.articles();            // every article whose front matter was read without an error
 * probe.references(article);   // the links and images of its body
 * }</pre>
 */
final class ArticleProbe implements ArticleSteps {

    private final Path root;
    private final CheckCache cache;
    private final BodyReferences references = new BodyReferences();
    private final Set<Path> answered = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sources = new AtomicInteger();
    private final Queue<Article> articles = new ConcurrentLinkedQueue<>();
    private final Queue<RenderedArticle> rendered = new ConcurrentLinkedQueue<>();
    /** The resolver the bodies' images went through: it has read their sizes already. */
    private volatile ImageResolver images;

    ArticleProbe(Path root, CheckCache cache) {
        this.root = root;
        this.cache = cache;
    }

    @Override
    public void use(ImageResolver resolver) {
        this.images = resolver;
    }

    @Override
    public Outcome<Article> parse(SiteConfig config, SourceFile source, Function<SourceFile, Outcome<Article>> step) {
        sources.incrementAndGet();
        String hash = CheckCache.digest(source.bytes());
        Optional<CheckCache.Entry> known = cache.lookUp(root, source.path(), hash);
        if (known.isPresent()) {
            cache.put(source.path(), known.get());
            answered.add(source.path());
            return known.get().article().map(a -> Outcome.of(a, known.get().parsing()))
                    .orElseGet(() -> Outcome.failed(known.get().parsing()));
        }
        Outcome<Article> outcome = step.apply(source);
        cache.put(source.path(), new CheckCache.Entry(hash, outcome.problems(), outcome.value().map(ArticleProbe::withoutBody),
                Optional.empty()));
        return outcome;
    }

    @Override
    public Outcome<RenderedArticle> render(SiteConfig config, Article article, Function<Article, Outcome<RenderedArticle>> step) {
        articles.add(article);
        CheckCache.Entry entry = cache.current(article.source()).orElseThrow();
        if (answered.contains(article.source())) {
            CheckCache.Rendering known = entry.render().orElseThrow();
            RenderedArticle hollow = new RenderedArticle(article, LazyText.EMPTY, known.summary(), LazyText.EMPTY, List.of(), List.of(),
                    Optional.empty(), List.of(), 0);
            Outcome<RenderedArticle> outcome = known.succeeded() ? Outcome.of(hollow, known.problems()) : Outcome.failed(known.problems());
            outcome.value().ifPresent(rendered::add);
            return outcome;
        }
        Outcome<RenderedArticle> outcome = step.apply(article);
        outcome.value().ifPresent(rendered::add);
        List<BodyReference> found = references.of(article);
        cache.put(article.source(), new CheckCache.Entry(entry.hash(), entry.parsing(), entry.article(),
                Optional.of(new CheckCache.Rendering(outcome.problems(), outcome.value().isPresent(),
                        outcome.value().map(RenderedArticle::summary).orElse(""), found, dependencies(article, found)))));
        return outcome;
    }

    /** The links and images of an article's body. */
    List<BodyReference> references(Article article) {
        return cache.current(article.source()).flatMap(CheckCache.Entry::render).map(CheckCache.Rendering::references)
                .orElseGet(() -> references.of(article));
    }

    /** The cache this probe answers from and fills. */
    CheckCache cache() {
        return cache;
    }

    /** How many articles were answered from the cache: for tests. */
    int answeredFromCache() {
        return answered.size();
    }

    /** How many Markdown files were read, whether or not they could be parsed. */
    int sources() {
        return sources.get();
    }

    /** Every article whose front matter was read without an error, in the order of their files. */
    List<Article> articles() {
        return articles.stream().sorted(Article.BY_SOURCE).toList();
    }

    /** The articles whose body rendered without an error too, in the order of their files. */
    List<RenderedArticle> rendered() {
        return rendered.stream().sorted(Comparator.comparing(RenderedArticle::article, Article.BY_SOURCE)).toList();
    }

    /** Every place the build looks for the article's images: whether a file is there, and which, decides its result. */
    private List<ImageFileState> dependencies(Article article, List<BodyReference> found) {
        List<String> sources = new ArrayList<>(article.photos().stream().map(Photo::src).toList());
        found.stream().filter(r -> r.kind() == BodyReference.Kind.IMAGE).map(BodyReference::target).forEach(sources::add);
        List<ImageFileState> dependencies = new ArrayList<>();
        Function<Path, ImageFileState> look = images != null ? images::state : ImageResolver::stateAfresh;
        for (String src : sources) {
            boolean there = false;
            for (Path file : ImageFiles.candidates(article, src)) {
                ImageFileState state = look.apply(root.resolve(file).normalize());
                there |= !state.seen().equals("absent");
                dependencies.add(state.named(file.toString()));
            }
            if (!there) { // the build's message names a file in the folder that differs in case: the folder's names count
                ImageFiles.folderAsked(article, src).ifPresent(folder -> dependencies.add(look.apply(root.resolve(folder).normalize())
                        .named(folder.toString())));
            }
        }
        return dependencies;
    }

    private static Article withoutBody(Article a) {
        return new Article(a.source(), a.title(), a.subtitle(), a.kicker(), a.date(), a.updated(), a.authors(), a.column(),
                a.tags(), a.summary(), a.photos(), a.lead(), a.slug(), a.aliases(), a.draft(), a.url(), LazyText.EMPTY, a.bodyLine());
    }
}
