package org.gazette.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The settings of one site, read from {@code site.yaml}.
 *
 * <pre>{@code
 * SiteConfig config = SiteConfigLoader.load(root).value().orElseThrow();
 * config.basePath(); // "/news/" for base_url https://example.org/news/
 * }</pre>
 *
 * @param title          the site's name, shown in every page's header and title
 * @param description    the default page description
 * @param baseUrl        the absolute URL the site is published at, ending in "/"
 * @param language       the pages' language, {@code zh-CN} by default; also picks the theme's strings
 * @param timeZone       the zone of dates written without one, Asia/Shanghai by default
 * @param theme          the theme's folder name under {@code themes/}
 * @param permalink      the URL pattern of article pages
 * @param summaryLength  characters in a summary made from the body
 * @param pageSize       articles on one page of a listing (home, column, tag, author, date)
 * @param feedSize       articles in each Atom feed
 * @param feedFullText   whether feeds carry whole articles (else summaries)
 * @param slugs          readable slugs for column, tag and author names
 * @param redirects      old addresses leading to pages the site makes, in the order written
 * @param deploy         where {@code gazette deploy} sends the site, and the headers it gives the objects
 */
public record SiteConfig(
        String title,
        String description,
        URI baseUrl,
        String language,
        ZoneId timeZone,
        String theme,
        Permalink permalink,
        int summaryLength,
        int pageSize,
        int feedSize,
        boolean feedFullText,
        SlugMap slugs,
        List<SiteRedirect> redirects,
        DeploySettings deploy) {

    public static final URI DEFAULT_BASE_URL = URI.create("http://localhost/");

    /** A site with every setting at its default, for tests and for sites without {@code site.yaml}. */
    public static SiteConfig defaults() {
        return new SiteConfig("Gazette", "", DEFAULT_BASE_URL, "zh-CN", ZoneId.of("Asia/Shanghai"),
                "default", new Permalink(Permalink.DEFAULT), 120, 20, 20, true, SlugMap.none(), List.of(),
                DeploySettings.none());
    }

    /** The same settings published at another base URL. */
    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(title, description, url, language, timeZone, theme, permalink, summaryLength,
                pageSize, feedSize, feedFullText, slugs, redirects, deploy);
    }

    /** The same settings with other redirects: none, for a trial of the theme, whose outputs must be the theme's own. */
    public SiteConfig withRedirects(List<SiteRedirect> others) {
        return new SiteConfig(title, description, baseUrl, language, timeZone, theme, permalink, summaryLength,
                pageSize, feedSize, feedFullText, slugs, others, deploy);
    }

    /** The same settings with other deploy settings. */
    public SiteConfig withDeploy(DeploySettings other) {
        return new SiteConfig(title, description, baseUrl, language, timeZone, theme, permalink, summaryLength,
                pageSize, feedSize, feedFullText, slugs, redirects, other);
    }

    /** The site's language as a locale: for numbers and dates written in the pages, never the JVM's own. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The path part of the base URL, such as "/" or "/news/". */
    public String basePath() {
        String path = baseUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The absolute URL of a site path such as "/2023/12/x/" (percent-encode it first). */
    public String absoluteUrl(String sitePath) {
        // Without a regular expression, which was compiled again for every page.
        String base = baseUrl.toString();
        int end = base.length();
        while (end > 0 && base.charAt(end - 1) == '/') {
            end--;
        }
        return base.substring(0, end) + sitePath;
    }
}
