package org.gazette.config;

import java.time.ZoneId;

/**
 * The settings an article's parsing and its Markdown read: the zone of its date, the permalink and
 * the term slugs its addresses are made with ({@code ArticleParser}), and the length of a summary
 * taken from its body ({@code MarkdownRenderer}). A build reads and renders its articles again
 * only when these change: a new title or page size reads none. Not a part of {@link SiteConfig},
 * whose every accessor templates see as {@code site.…}.
 */
public record ArticleSettings(ZoneId timeZone, Permalink permalink, SlugMap slugs, int summaryLength) {

    public static ArticleSettings of(SiteConfig config) {
        return new ArticleSettings(config.timeZone(), config.permalink(), config.slugs(), config.summaryLength());
    }
}
