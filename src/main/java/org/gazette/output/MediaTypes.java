package org.gazette.output;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of an output file, from its name, by a table of our own: an object
 * store serves whatever type it was given, and guessing (as {@code aws s3 sync} does from the
 * machine's {@code /etc/mime.types}) gives different answers on different machines.
 *
 * <pre>{@code
 * MediaTypes.of("2023/12/x/index.html"); // "text/html; charset=utf-8"
 * MediaTypes.of("assets/font.woff2");   // "font/woff2"
 * }</pre>
 *
 * <p>Text types carry {@code charset=utf-8}, since every text file the build writes is UTF-8.
 * Unknown names are {@code application/octet-stream}.
 */
public final class MediaTypes {

    public static final String UNKNOWN = "application/octet-stream";
    private static final String UTF8 = "; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + UTF8),
            Map.entry("htm", "text/html" + UTF8),
            // Addresses of the dynamic sites an archive replaces, which Gazette writes only as aliases' redirect pages.
            Map.entry("shtml", "text/html" + UTF8),
            Map.entry("asp", "text/html" + UTF8),
            Map.entry("aspx", "text/html" + UTF8),
            Map.entry("php", "text/html" + UTF8),
            Map.entry("jsp", "text/html" + UTF8),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("map", "application/json" + UTF8),
            Map.entry("webmanifest", "application/manifest+json" + UTF8),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("xsl", "application/xslt+xml" + UTF8),
            Map.entry("atom", "application/atom+xml" + UTF8),
            Map.entry("rss", "application/rss+xml" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("md", "text/markdown" + UTF8),
            Map.entry("csv", "text/csv" + UTF8),
            Map.entry("ics", "text/calendar" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("eot", "application/vnd.ms-fontobject"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"),
            Map.entry("gz", "application/gzip"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"));

    private MediaTypes() {
    }

    /** The type of the file at {@code path} (relative to the output folder, with {@code /}). */
    public static String of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        // Names the build gives special meaning: Atom feeds and the redirect table.
        if (name.equals("feed.xml")) {
            return "application/atom+xml" + UTF8;
        }
        if (name.equals("_redirects") || name.equals("_headers")) {
            return "text/plain" + UTF8;
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return UNKNOWN;
        }
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1), UNKNOWN);
    }
}
