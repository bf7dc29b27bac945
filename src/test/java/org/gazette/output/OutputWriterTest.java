package org.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.TestSites;
import org.gazette.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path parent;

    private static OutputFile page(String path, String text) {
        return OutputFile.of(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesTheWholeFolderAndLeavesNothingBehind() throws IOException {
        Path site = parent.resolve("site");
        TestSites.write(site.resolve("stale/index.html"), "old page");
        OutputWriter.write(site, List.of(page("index.html", "新首页"), page("2023/12/x/index.html", "文章")));
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("新首页");
        assertThat(TestSites.read(site.resolve("2023/12/x/index.html"))).isEqualTo("文章");
        assertThat(site.resolve("stale")).doesNotExist();
        try (var list = Files.list(parent)) {
            assertThat(list).containsExactly(site);
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousSite() {
        Path site = parent.resolve("site");
        TestSites.write(site.resolve("index.html"), "published");
        OutputFile missingSource = OutputFile.copy("photo.jpg", parent.resolve("no-such-file.jpg"));
        assertThatThrownBy(() -> OutputWriter.write(site, List.of(page("index.html", "new"), missingSource)))
                .isInstanceOf(IOException.class);
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("published");
        try (var list = Files.list(parent)) {
            assertThat(list).containsExactly(site);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesPathsThatLeaveTheFolder() {
        Path site = parent.resolve("site");
        assertThatThrownBy(() -> OutputWriter.write(site, List.of(page("../escape.html", "x"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(parent.resolve("escape.html")).doesNotExist();
        assertThat(site).doesNotExist();
    }
}
