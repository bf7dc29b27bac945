package org.gazette.deploy;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rank of an object in a deploy: what others link to goes first, entry points last.
 * <ol start="0">
 * <li>photos, documents, fonts and other files, including fingerprinted theme assets' images</li>
 * <li>stylesheets, scripts and JSON data, which pages load</li>
 * <li>article pages and redirect pages</li>
 * <li>listings (columns, tags, authors, years, months, archives, topics, later home pages), feeds,
 *     sitemaps, {@code robots.txt}, {@code _redirects}, {@code 404.html}</li>
 * <li>the home page</li>
 * </ol>
 * Deletes go in the reverse order: a page goes before the photos it shows.
 *
 * <pre>{@code
 * UploadOrder.rank("assets/style.3f2a1b9c0d.css", "text/css; charset=utf-8"); // 1
 * UploadOrder.rank("index.html", "text/html; charset=utf-8");                 // 4
 * }</pre>
 */
public final class UploadOrder {

    public static final int MEDIA = 0;
    public static final int CODE = 1;
    public static final int ARTICLES = 2;
    public static final int LISTINGS = 3;
    public static final int HOME = 4;

    private static final Set<String> LISTING_FOLDERS = Set.of("columns", "tags", "authors", "archives", "topics", "search", "page");
    private static final Pattern DATE_LISTING = Pattern.compile("\\d{4}/(?:\\d{2}/)?(?:page/\\d+/)?index\\.html");
    private static final Pattern PAGINATED = Pattern.compile("(?:.*/)?page/\\d+/index\\.html");
    private static final Set<String> SITE_FILES = Set.of("robots.txt", "_redirects", "_headers", "404.html");

    private UploadOrder() {
    }

    public static int rank(String path, String contentType) {
        if (path.equals("index.html")) {
            return HOME;
        }
        String type = contentType.replaceAll(";.*", "").strip();
        if (SITE_FILES.contains(path) || type.endsWith("xml") && !type.startsWith("image/")) {
            return LISTINGS; // feeds, sitemaps and the files that name pages
        }
        if (type.equals("text/html")) {
            String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
            boolean listing = LISTING_FOLDERS.contains(first) || DATE_LISTING.matcher(path).matches()
                    || PAGINATED.matcher(path).matches();
            return listing ? LISTINGS : ARTICLES;
        }
        if (type.equals("text/css") || type.equals("text/javascript") || type.endsWith("json")) {
            return CODE;
        }
        return MEDIA;
    }
}
