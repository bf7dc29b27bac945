package org.gazette.serve;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gazette.build.ArticleSteps;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.SourceFile;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;

/**
 * Keeps each article's front matter and rendered body between rebuilds, so that a preview
 * rebuild reads and renders only the articles whose file changed. Front matter is remembered by
 * the file's path and a hash of its bytes; a body by the article it was rendered from (records
 * compare by value, so an article whose file changed misses). Results made under another
 * {@code site.yaml} are dropped. A body depends on its images too: {@link #forget} drops those
 * of articles that may refer to a file that changed.
 *
 * <pre>{@code
 * ArticleCache cache = new ArticleCache();
 * Build.model(options, cache);   // reads and renders everything
 * Build.model(options, cache);   // reads and renders only what changed
 * }</pre>
 */
final class ArticleCache implements ArticleSteps {

    private record Parsed(String hash, Outcome<Article> outcome) {
    }

    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<Article, Outcome<RenderedArticle>> rendered = new ConcurrentHashMap<>();
    private final Set<Path> usedSources = ConcurrentHashMap.newKeySet();
    private final Set<Article> usedArticles = ConcurrentHashMap.newKeySet();
    private volatile SiteConfig config;

    @Override
    public Outcome<Article> parse(SiteConfig current, SourceFile source, Function<SourceFile, Outcome<Article>> step) {
        useConfig(current);
        usedSources.add(source.path());
        String hash = hash(source.bytes());
        Parsed earlier = parsed.get(source.path());
        if (earlier != null && earlier.hash().equals(hash)) {
            return earlier.outcome();
        }
        Outcome<Article> outcome = step.apply(source);
        parsed.put(source.path(), new Parsed(hash, outcome));
        return outcome;
    }

    @Override
    public Outcome<RenderedArticle> render(SiteConfig current, Article article, Function<Article, Outcome<RenderedArticle>> step) {
        useConfig(current);
        usedArticles.add(article);
        Outcome<RenderedArticle> earlier = rendered.get(article);
        if (earlier != null) {
            return earlier;
        }
        Outcome<RenderedArticle> outcome = step.apply(article);
        // A failure is not kept: what it lacked may come back with no file of the site changed
        // (a photo linked from a share not mounted yet).
        if (outcome.value().isPresent()) {
            rendered.put(article, outcome);
        }
        return outcome;
    }

    /** Starts a build: what it does not use is dropped at its end. */
    void beginBuild() {
        usedSources.clear();
        usedArticles.clear();
    }

    /** Ends a build, dropping the results of files that were deleted and of earlier versions of changed articles. */
    void endBuild() {
        parsed.keySet().retainAll(usedSources);
        rendered.keySet().retainAll(usedArticles);
    }

    /** Drops the rendered bodies of the articles {@code mayReferTo} picks, such as those naming a photo that changed. */
    void forget(Predicate<Article> mayReferTo) {
        rendered.keySet().removeIf(mayReferTo);
    }

    /** How many rendered bodies are kept: for tests. */
    int renderedCount() {
        return rendered.size();
    }

    private synchronized void useConfig(SiteConfig current) {
        if (!Objects.equals(config, current)) {
            parsed.clear();
            rendered.clear();
            config = current;
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
