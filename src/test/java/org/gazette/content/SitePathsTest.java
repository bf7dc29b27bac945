package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
            "/a//b/,             /a/b/c.jpg,                c.jpg",
            "/a/b/,              /a/b,                      ../b",
            "/a/b/index.html,    /a/c/,                     ../c/",
            "//,                 //x//,                     x/",
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

    /** Paths from a few segments that share prefixes, with empty segments and file names, against the definition by lists of segments. */
    @Test
    void agreesWithTheDefinitionOnRandomPaths() {
        String[] segments = {"", "a", "b", "2023", "12", "妇联", "x y", "a.jpg", "index.html"};
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            String from = randomPath(random, segments, true);
            String to = randomPath(random, segments, random.nextBoolean());
            assertThat(SitePaths.relative(from, to)).as("%s -> %s", from, to).isEqualTo(byDefinition(from, to));
        }
    }

    private static String randomPath(Random random, String[] segments, boolean folder) {
        StringBuilder path = new StringBuilder("/");
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            path.append(segments[random.nextInt(segments.length)]);
            if (i < count - 1 || folder) {
                path.append('/');
            }
        }
        return path.toString();
    }

    /** The link as the common prefix of the two paths' non-empty segments. */
    private static String byDefinition(String fromPage, String target) {
        List<String> from = segments(fromPage.substring(0, fromPage.lastIndexOf('/') + 1));
        List<String> to = segments(target);
        boolean folder = target.endsWith("/");
        int common = 0;
        while (common < from.size() && common < to.size() - (folder ? 0 : 1) && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder link = new StringBuilder("../".repeat(from.size() - common));
        for (int i = common; i < to.size(); i++) {
            link.append(SitePaths.encodeSegment(to.get(i)));
            if (i < to.size() - 1 || folder) {
                link.append('/');
            }
        }
        return link.length() == 0 ? "./" : link.toString();
    }

    private static List<String> segments(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    @Test
    void decodesPercentEscapesAsUtf8KeepingMalformedOnesAndPluses() {
        assertThat(SitePaths.decode("/tags/%E5%A6%87%E8%81%94/")).isEqualTo("/tags/妇联/");
        assertThat(SitePaths.decode("/a%2")).isEqualTo("/a%2");
        assertThat(SitePaths.decode("/妇联%20x")).isEqualTo("/妇联 x");
        assertThat(SitePaths.decode("100%-cotton%20shirt+1.jpg")).isEqualTo("100%-cotton shirt+1.jpg");
    }
}
