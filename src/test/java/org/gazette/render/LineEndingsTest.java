package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineEndingsTest {

    @Test
    void aThemeCheckedOutWithCrlfLineEndingsBuildsTheSameBytes(@TempDir Path work) throws IOException {
        Path lf = work.resolve("lf");
        Path crlf = work.resolve("crlf");
        for (Path site : new Path[] {lf, crlf}) {
            TestSites.copy(Path.of("content"), site.resolve("content"));
            TestSites.copy(Path.of("themes"), site.resolve("themes"));
            Files.copy(Path.of("site.yaml"), site.resolve("site.yaml"));
        }
        // As Git for Windows checks the theme out (core.autocrlf): its templates, stylesheet and script
        try (Stream<Path> files = Files.walk(crlf.resolve("themes"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|css|js)")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(text).doesNotContain("\r");
                Files.writeString(file, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
            }
        }
        assertThat(TestSites.build(lf, work.resolve("site-lf")).problems()).isEmpty();
        assertThat(TestSites.build(crlf, work.resolve("site-crlf")).problems()).isEmpty();

        Map<String, byte[]> built = files(work.resolve("site-lf"));
        assertThat(built).containsKey("2023/12/five-year-review/index.html");
        assertThat(files(work.resolve("site-crlf"))).containsOnlyKeys(built.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(built.get(path)));
        assertThat(TestSites.read(work.resolve("site-crlf/index.html"))).doesNotContain("\r");
        assertThat(TestSites.page(work.resolve("site-crlf"), "index.html").select("link[rel=stylesheet]").attr("href"))
                .matches("assets/style\\.[0-9a-f]{10}\\.css");
    }

    @Test
    void onlyTextAssetsInUtf8AreChanged() {
        byte[] font = {0x77, 0x4F, 0x46, 0x32, '\r', '\n', 0x00};
        assertThat(LineEndings.unix("fonts/heading.woff2", font)).isSameAs(font);
        byte[] latin1 = {'a', (byte) 0xE9, '\r', '\n'};
        assertThat(LineEndings.unix("old.css", latin1)).as("not UTF-8: as it is").isSameAs(latin1);
        byte[] lf = "a {}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(LineEndings.unix("style.css", lf)).isSameAs(lf);
        assertThat(LineEndings.unix("icons/logo.SVG", "<svg>\r\n</svg>\r".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("<svg>\n</svg>\r".getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
