package org.gazette.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files check takes as published are those the build publishes as they are. */
class PublishedFilesTest {

    @TempDir
    Path root;

    private void write(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path.endsWith(".md") ? "---\ntitle: A\ndate: 2024-03-01\n---\nbody\n" : path);
    }

    @Test
    void checkListsWhatTheBuildCopiesWithStaticOverContent() throws IOException {
        Files.writeString(root.resolve("site.yaml"), "title: Test\n");
        for (String path : new String[] {
                "content/2024/a.md", "content/2024/photo.jpg", "content/2024/clash.jpg", "content/2024/.notes.txt",
                "content/.drafts/x.jpg", "content/2024/a.md~", "content/2024/~$稿件.docx",
                "static/.well-known/security.txt", "static/.htaccess", "static/css/.htaccess", "static/.env",
                "static/.git/config", "static/css/site.css", "static/css/Thumbs.db", "static/2024/clash.jpg",
                "static/css/.well-known/x.txt"}) {
            write(path);
        }

        Site site = Build.model(TestSites.options(root, root.resolve("site"))).value().orElseThrow();
        Map<String, Path> built = new TreeMap<>();
        for (OutputFile file : site.files()) { // content first, then static: the later copy wins
            built.put(file.path(), root.relativize(((OutputFile.Copied) file).source()));
        }
        PublishedFiles.Listed listed = PublishedFiles.listed(root, root.resolve("site"));

        assertThat(listed.files()).isEqualTo(built);
        assertThat(built).containsOnlyKeys("2024/photo.jpg", "2024/clash.jpg", ".well-known/security.txt", ".htaccess",
                "css/.htaccess", "css/site.css");
        assertThat(built.get("2024/clash.jpg")).isEqualTo(Path.of("static/2024/clash.jpg"));
        assertThat(listed.clashes()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("content/2024/clash.jpg"));
        });
    }
}
