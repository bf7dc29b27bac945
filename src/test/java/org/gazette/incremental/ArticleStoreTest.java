package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.ArticleParser;
import org.gazette.content.FileStamp;
import org.gazette.content.SourceFile;
import org.gazette.markdown.ImageFileState;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.MarkdownRenderer;
import org.gazette.markdown.RenderedArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The articles the last build kept, as a build after an edit takes them. */
class ArticleStoreTest {

    @TempDir
    Path root;

    private static final Path SOURCE = Path.of("content/2023/x.md");

    private Article edited() {
        String text = "---\ntitle: 标题\ndate: 2023-12-26\nslug: x\n---\n![会场](photo.png)\n▲会场。\n\n改过的正文。\n";
        return new ArticleParser(SiteConfig.defaults()).parse(new SourceFile(SOURCE, text.getBytes(StandardCharsets.UTF_8)))
                .value().orElseThrow();
    }

    private Path photo() throws IOException {
        Path file = root.resolve("content/2023/photo.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
        return file;
    }

    /** The last build's entry for the article, its body since edited: the photo as that build saw it, {@code seen}. */
    private static Map<Path, ArticleStore.Entry> lastBuildSaw(Path photo, String seen) throws IOException {
        FileStamp stamp = FileStamp.of(photo);
        ImageFileState state = new ImageFileState("content/2023/photo.png", stamp.size(), stamp.changed(), stamp.inode(), seen);
        return Map.of(SOURCE, new ArticleStore.Entry(new byte[16], null, null, List.of(state)));
    }

    private Element imageRendered(ArticleStore store) {
        ImageResolver images = new ImageResolver(root);
        store.use(images);
        RenderedArticle rendered = store.render(SiteConfig.defaults(), edited(), new MarkdownRenderer(SiteConfig.defaults(), images)::render)
                .value().orElseThrow();
        return Jsoup.parseBodyFragment(rendered.html().get()).selectFirst("figure img");
    }

    /**
     * The size the last build read, told apart from the file's (64×48 against its 40×30): the
     * edited body's photo takes it while the file's stamp holds, and is read once the file changed.
     */
    @Test
    void anEditedArticlesPhotoKeepsTheSizeTheLastBuildReadWhileItsFileIsUntouched() throws IOException {
        Path photo = photo();
        Element kept = imageRendered(new ArticleStore(lastBuildSaw(photo, "64x48"), Map.of()));
        assertThat(kept.attr("width")).isEqualTo("64");
        assertThat(kept.attr("height")).isEqualTo("48");

        Map<Path, ArticleStore.Entry> before = lastBuildSaw(photo, "64x48");
        Files.write(photo, new byte[16], StandardOpenOption.APPEND); // the same pixels, another length
        Element read = imageRendered(new ArticleStore(before, Map.of()));
        assertThat(read.attr("width")).as("changed since: read again").isEqualTo("40");
        assertThat(read.attr("height")).isEqualTo("30");
    }
}
