package org.gazette.incremental;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.gazette.build.ArticleSteps;
import org.gazette.config.ArticleSettings;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.SourceFile;
import org.gazette.markdown.ImageFileState;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;

/**
 * The articles of the last build, read from the build cache: an article whose file has the
 * same bytes under the same settings it reads ({@link org.gazette.config.ArticleSettings}) is not parsed again, and its body is not rendered again
 * while the image files it looked at give what it took from them (their presence and pixel size).
 * Called from several threads at once.
 */
public final class ArticleStore implements ArticleSteps {

    /**
     * What the cache knows of one article file.
     *
     * @param parseKey  a fingerprint of the settings articles read, the path and the bytes of the file
     * @param parsed    the front matter read from it
     * @param rendered  its body, absent until rendered (and for drafts a build leaves out)
     * @param images    the files its body's images were looked for in
     */
    record Entry(byte[] parseKey, Outcome<Article> parsed, Outcome<RenderedArticle> rendered, List<ImageFileState> images) {
    }

    private final Map<Path, Entry> earlier;
    private final Map<Path, Entry> current = new ConcurrentHashMap<>();
    private volatile ImageResolver images;
    private volatile byte[] articleKey;

    private final Map<Path, byte[]> sourceKeys;
    private volatile boolean savedWhileRead;

    /** {@code sourceKeys}: each file's fingerprint of path and bytes, made once for the build's inputs. */
    ArticleStore(Map<Path, Entry> earlier, Map<Path, byte[]> sourceKeys) {
        this.earlier = earlier;
        this.sourceKeys = sourceKeys;
    }

    @Override
    public void use(ImageResolver resolver) {
        this.images = resolver;
    }

    @Override
    public Outcome<Article> parse(SiteConfig config, SourceFile source, Function<SourceFile, Outcome<Article>> step) {
        byte[] file = sourceKeys.get(source.path());
        if (file == null) { // not among the inputs fingerprinted: fingerprinted here the same way
            file = Inputs.sourceKey(source);
        }
        byte[] key = new Fingerprint().add(articleKey(config)).add(file).digest();
        Entry before = earlier.get(source.path());
        if (before != null && Arrays.equals(before.parseKey(), key)) {
            current.put(source.path(), before);
            return before.parsed();
        }
        Outcome<Article> parsed = step.apply(source);
        byte[] parsedFile = source.knownKey().isPresent() ? Inputs.sourceKey(source) : file;
        if (!Arrays.equals(parsedFile, file)) {
            // Left unread for its stamp and read just now, it was saved meanwhile: kept under the bytes parsed.
            key = new Fingerprint().add(articleKey(config)).add(parsedFile).digest();
            savedWhileRead = true;
        }
        current.put(source.path(), new Entry(key, parsed, null, List.of()));
        return parsed;
    }

    @Override
    public Outcome<RenderedArticle> render(SiteConfig config, Article article, Function<Article, Outcome<RenderedArticle>> step) {
        Entry now = current.get(article.source());
        ImageResolver images = this.images;
        if (now != null && now.rendered() != null && images != null) {
            Optional<List<ImageFileState>> stillSeen = ImageFileState.allStill(now.images(), images::fileNamed, images::state);
            if (stillSeen.isPresent()) {
                if (!stillSeen.get().equals(now.images())) { // the same pixels, new times: remembered for the next build
                    current.put(article.source(), new Entry(now.parseKey(), now.parsed(), now.rendered(), stillSeen.get()));
                }
                return withArticle(now.rendered(), article);
            }
        }
        Entry before = earlier.get(article.source());
        if (before != null && images != null) {
            images.remember(before.images()); // an edited article's photos, as the last build saw them while their stamps hold
        }
        Outcome<RenderedArticle> rendered = step.apply(article);
        if (now != null) {
            List<ImageFileState> consulted = new ArrayList<>();
            if (images != null) {
                images.consulted(article.source()).stream().sorted()
                        .map(file -> images.state(file).named(images.nameOf(file))).forEach(consulted::add);
            }
            current.put(article.source(), new Entry(now.parseKey(), now.parsed(), rendered, consulted));
        }
        return rendered;
    }

    /**
     * The article's fingerprint for the pages that show it: its file, settings and images, and the
     * {@code updated} date the build gave it; empty when the cache does not know the article.
     */
    public Optional<byte[]> fingerprint(RenderedArticle article) {
        Entry entry = current.get(article.article().source());
        if (entry == null || entry.rendered() == null) {
            return Optional.empty();
        }
        // What the body took from its images, not their times: a fresh clone leaves the pages as they were.
        List<List<String>> images = entry.images().stream().map(image -> List.of(image.path(), image.seen())).toList();
        return Optional.of(new Fingerprint().add(entry.parseKey()).add(images).add(article.article().updated()).digest());
    }

    /**
     * True when an article left unread for its stamp ({@link org.gazette.content.SourceFile#unread})
     * was parsed from other bytes than those its fingerprint stands for: it was saved during the
     * build, and the inputs' fingerprint does not tell what the site was made of.
     */
    boolean articleSavedWhileRead() {
        return savedWhileRead;
    }

    /** What this build parsed and rendered, for the next. */
    Map<Path, Entry> entries() {
        return current;
    }

    /**
     * Gazette's code and the settings an article's parsing and Markdown read: what every cached
     * article depends on, and every file made from the articles alone. A new title, description or base URL re-renders the pages, whose
     * templates see every setting, but reads no article again.
     */
    byte[] articleKey(SiteConfig config) {
        byte[] key = articleKey;
        if (key == null) {
            key = new Fingerprint().add(CodeStamp.current()).add(ArticleSettings.of(config)).digest();
            articleKey = key;
        }
        return key;
    }

    /** A cached body shown with the article as this build has it (its {@code updated} may differ). */
    private static Outcome<RenderedArticle> withArticle(Outcome<RenderedArticle> cached, Article article) {
        return cached.value()
                .map(r -> Outcome.of(new RenderedArticle(article, r.html(), r.summary(), r.text(), r.headings(), r.figures(),
                        r.lead(), r.unplaced(), r.readingMinutes()), cached.problems()))
                .orElse(cached);
    }
}
