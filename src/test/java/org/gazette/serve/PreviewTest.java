package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which saves get their own page rebuilt first, before the rest of the site. */
class PreviewTest {

    @TempDir
    Path root;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(root.resolve("content/2023"));
        Files.writeString(root.resolve("content/2023/a.md"), "---\ntitle: 甲\n---\n");
        Files.createDirectories(root.resolve("static"));
        Files.writeString(root.resolve("static/site.css"), "body {}");
        Files.writeString(root.resolve("content/2023/visit.jpg"), "");
    }

    @Test
    void aSaveThroughATemporaryFileGoneSinceIsASaveOfTheArticleOnly() {
        Path article = Path.of("content/2023/a.md");

        assertThat(Preview.onlyArticles(root, Set.of(article))).isTrue();
        assertThat(Preview.onlyArticles(root, Set.of(article, Path.of("content/2023/sedX1b2c3")))).as("sed -i").isTrue();
        assertThat(Preview.onlyArticles(root, Set.of(article, Path.of("content/2023/.goutputstream-7QX1Z2")))).as("gedit").isTrue();
        assertThat(Preview.onlyArticles(root, Set.of(article, Path.of("content/2023/4913"), Path.of("content/2023/a.md~"))))
                .as("Vim").isTrue();
        assertThat(Preview.onlyArticles(root, Set.of(article, Path.of("content/2023/a.md___jb_tmp___"),
                Path.of("content/2023/a.md___jb_old___")))).as("JetBrains' safe write").isTrue();
    }

    @Test
    void aFileThatIsStillThereOrTheWholeSiteIsNotAnArticle() {
        Path article = Path.of("content/2023/a.md");

        assertThat(Preview.onlyArticles(root, Set.of(article, Path.of("static/site.css")))).isFalse();
        assertThat(Preview.onlyArticles(root, Set.of(article, Path.of("content/2023/visit.jpg")))).isFalse();
        assertThat(Preview.onlyArticles(root, Set.of(article, SourceWatcher.EVERYTHING))).isFalse();
    }
}
