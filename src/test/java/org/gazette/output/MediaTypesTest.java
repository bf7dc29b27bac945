package org.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "index.html | text/html; charset=utf-8",
            "2023/12/x/index.html | text/html; charset=utf-8",
            "assets/style.3f2a1b9c0d.css | text/css; charset=utf-8",
            "assets/app.js | text/javascript; charset=utf-8",
            "search/index-0.json | application/json; charset=utf-8",
            "feed.xml | application/atom+xml; charset=utf-8",
            "columns/review/feed.xml | application/atom+xml; charset=utf-8",
            "sitemap.xml | application/xml; charset=utf-8",
            "robots.txt | text/plain; charset=utf-8",
            "_redirects | text/plain; charset=utf-8",
            "site.webmanifest | application/manifest+json; charset=utf-8",
            "logo.svg | image/svg+xml; charset=utf-8",
            "favicon.ico | image/x-icon",
            "fonts/a.woff2 | font/woff2",
            "photo.AVIF | image/avif",
            "photo.webp | image/webp",
            "photo.JPG | image/jpeg",
            "report.pdf | application/pdf",
            "notes.docx | application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "LICENSE | application/octet-stream",
            "archive.unknown | application/octet-stream"})
    void typesComeFromOurOwnTable(String path, String type) {
        assertThat(MediaTypes.of(path)).isEqualTo(type);
    }
}
