package org.gazette.deploy;

import java.util.List;
import org.gazette.config.DeploySettings;
import org.gazette.output.Manifest;

/**
 * The headers of each object: {@code Cache-Control} and pre-compression by path, the rules of
 * site.yaml first (first match wins), then the defaults:
 *
 * <table>
 * <tr><td>paths named by their content ({@link ContentNames}): fingerprinted theme assets
 *     ({@code assets/style.3f2a1b9c0d.css})</td><td>{@value #IMMUTABLE}</td></tr>
 * <tr><td>pages, feeds, sitemaps, JSON, text</td><td>{@value #REVALIDATE}</td></tr>
 * <tr><td>everything else (photos, PDFs)</td><td>{@value #MEDIA}</td></tr>
 * </table>
 *
 * <pre>{@code
 * HeaderRules rules = HeaderRules.of(config.deploy());
 * ObjectRecord record = rules.record(manifestEntry, md5);
 * }</pre>
 */
public final class HeaderRules {

    /** A name that changes with the content: cached for a year, never revalidated. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Pages, feeds and other files whose URL stays while their content changes. */
    public static final String REVALIDATE = "public, max-age=0, must-revalidate";
    /** Photos and documents: they rarely change in place, but may. */
    public static final String MEDIA = "public, max-age=3600";

    private static final List<String> REVALIDATED_TYPES = List.of("text/html", "application/xml", "text/xml",
            "application/atom+xml", "application/rss+xml", "application/json", "application/manifest+json", "text/plain");

    private final List<Rule> cacheControl;
    private final List<Rule> compress;

    private record Rule(Glob glob, String value) {
    }

    private HeaderRules(List<Rule> cacheControl, List<Rule> compress) {
        this.cacheControl = cacheControl;
        this.compress = compress;
    }

    public static HeaderRules of(DeploySettings settings) {
        return new HeaderRules(
                settings.cacheControl().stream().map(r -> new Rule(Glob.of(r.pattern()), r.value())).toList(),
                settings.compress().stream().map(r -> new Rule(Glob.of(r.pattern()), r.value())).toList());
    }

    /** The record of a file of the build's manifest, whose bytes have the MD5 {@code md5}, with its headers. */
    public ObjectRecord record(Manifest.Entry entry, String md5) {
        return new ObjectRecord(entry.path(), entry.size(), md5, entry.checksum(), entry.contentType(),
                cacheControl(entry.path(), entry.contentType()), encoding(entry.path()));
    }

    public String cacheControl(String path, String contentType) {
        for (Rule rule : cacheControl) {
            if (rule.glob().matches(path)) {
                return rule.value();
            }
        }
        if (ContentNames.isContentNamed(path)) {
            return IMMUTABLE;
        }
        String type = contentType.replaceAll(";.*", "").strip();
        return REVALIDATED_TYPES.contains(type) ? REVALIDATE : MEDIA;
    }

    public Encoding encoding(String path) {
        for (Rule rule : compress) {
            if (rule.glob().matches(path)) {
                return Encoding.named(rule.value());
            }
        }
        return Encoding.IDENTITY;
    }
}
