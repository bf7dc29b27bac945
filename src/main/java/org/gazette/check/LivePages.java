package org.gazette.check;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.build.WithheldFiles;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.ContentLoader;

/**
 * The site as readers have it: check works out every address with drafts and scheduled articles
 * included ({@link SitePages}), but a link to one of those is broken on the published site.
 *
 * @param now       the pages and files of the articles published at {@code at} (without the files that the
 *                  others keep back, {@link WithheldFiles})
 * @param scheduled those of every article but the drafts: the site once the scheduled articles are out
 * @param at        the moment the check runs, from which an article dated later is scheduled
 *
 * <pre>{@code
 * LivePages live = LivePages.of(config, articles, files, patterns, clock.instant(), allPages);
 * live.now().contains("/2024/10/volunteer-draft/"); // false: the article is a draft
 * }</pre>
 */
record LivePages(SitePages now, SitePages scheduled, Instant at) {

    /** {@code all}: the pages of every article, used as they are when none is a draft or scheduled. */
    static LivePages of(SiteConfig config, List<Article> articles, Map<String, Path> files, Collection<SitePages.Pattern> patterns,
                        Instant at, SitePages all) {
        List<Article> notDrafts = articles.stream().filter(a -> !a.draft()).toList();
        List<Article> published = notDrafts.stream().filter(a -> !isScheduled(a, at)).toList();
        SitePages scheduled = notDrafts.size() == articles.size() ? all
                : SitePages.of(config, notDrafts, published(config, articles, notDrafts, files), patterns);
        SitePages now = published.size() == notDrafts.size() ? scheduled
                : SitePages.of(config, published, published(config, articles, published, files), patterns);
        return new LivePages(now, scheduled, at);
    }

    /** The files published with {@code published} alone: those the others keep back ({@link WithheldFiles}) are left out. */
    private static Map<String, Path> published(SiteConfig config, List<Article> articles, List<Article> published, Map<String, Path> files) {
        Set<Path> live = new HashSet<>(published.stream().map(Article::source).toList());
        List<Path> content = files.values().stream().filter(p -> p.startsWith(ContentLoader.CONTENT_FOLDER)).toList();
        Set<Path> withheld = WithheldFiles.of(articles, live::contains, content, config);
        Map<String, Path> kept = new HashMap<>(files);
        kept.values().removeIf(withheld::contains);
        return kept;
    }

    /** Whether {@code article}, not a draft, comes out after {@code at}: the build leaves it out until then. */
    static boolean isScheduled(Article article, Instant at) {
        return article.date().toInstant().isAfter(at);
    }
}
