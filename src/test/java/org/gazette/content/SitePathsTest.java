package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePathsTest {

    @ParameterizedTest
    @CsvSource({
            "/,                  /,                         ./",
            "/,                  /assets/style.css,         assets/style.css",
            "/2023/12/x/,        /assets/style.css,         ../../../assets/style.css",
            "/2023/12/x/,        /,                         ../../../",
            "/2023/12/x/,        /2023/12/y/,               ../y/",
            "/2023/12/x/,        /2023/x/photo.jpg,         ../../x/photo.jpg",
            "/2023/12/x/,        /2023/12/x/a.jpg,          a.jpg",
            "/,                  /tags/妇联/,               tags/%E5%A6%87%E8%81%94/",
            "/a/,                https://example.org/x.jpg, https://example.org/x.jpg",
    })
    void linksRelativelyBetweenSitePaths(String from, String to, String link) {
        assertThat(SitePaths.relative(from, to)).isEqualTo(link);
    }

    @Test
    void namesOutputFilesAndEncodesUrls() {
        assertThat(SitePaths.outputFile("/2023/12/x/")).isEqualTo("2023/12/x/index.html");
        assertThat(SitePaths.outputFile("/")).isEqualTo("index.html");
        assertThat(SitePaths.outputFile("/feed.xml")).isEqualTo("feed.xml");
        assertThat(SitePaths.encode("/工作 综述/")).isEqualTo("/%E5%B7%A5%E4%BD%9C%20%E7%BB%BC%E8%BF%B0/");
    }
}
