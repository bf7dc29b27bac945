package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path root;

    /**
     * Articles are read on every core; of several that cannot be read, the one told is the first
     * in order, as a read one by one tells it, not the one whose thread got there first: the same
     * site fails with the same message on every run. Here the first is slow to fail.
     */
    @Test
    void ofSeveralArticlesThatCannotBeReadTheFirstInOrderIsTold() {
        List<Path> paths = IntStream.range(0, 64).mapToObj(i -> Path.of("content/%02d.md".formatted(i))).toList();
        for (int run = 0; run < 5; run++) {
            assertThatThrownBy(() -> ContentLoader.readArticles(paths, path -> {
                if (path.equals(paths.get(3))) {
                    sleep(100);
                    throw new UncheckedIOException("cannot read " + path, new IOException("permission denied"));
                }
                if (path.equals(paths.get(60))) {
                    throw new UncheckedIOException("cannot read " + path, new IOException("permission denied"));
                }
                return new SourceFile(path, new byte[0]);
            })).hasMessage("cannot read content/03.md");
        }
        assertThat(ContentLoader.readArticles(paths, path -> new SourceFile(path, path.toString().getBytes(StandardCharsets.UTF_8))))
                .extracting(SourceFile::path).isEqualTo(paths);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void readsArticlesKeepsOtherFilesSkipsHiddenOnesAndFollowsLinks() throws IOException {
        write("content/2024/b.md", "b");
        write("content/2024/a.md", "a");
        write("content/2024/images/photo.jpg", "jpg");
        write("content/.drafts/hidden.md", "hidden");
        write("content/2024/.notes.md", "hidden");
        write("content/2024/a.md~", "an editor's backup");
        write("content/2024/#a.md#", "an editor's autosave");
        write("content/2024/~$稿件.docx", "Word's lock on a document open");
        Path elsewhere = write("elsewhere/linked.md", "linked");
        Files.createSymbolicLink(root.resolve("content/2024/linked.md"), elsewhere);
        Files.createSymbolicLink(root.resolve("content/2024/folder-link"), root.resolve("elsewhere"));

        ContentTree tree = ContentLoader.load(root);

        assertThat(tree.sources()).extracting(SourceFile::path).containsExactly(
                Path.of("content/2024/a.md"), Path.of("content/2024/b.md"), Path.of("content/2024/folder-link/linked.md"),
                Path.of("content/2024/linked.md"));
        assertThat(tree.sources()).extracting(s -> new String(s.bytes(), StandardCharsets.UTF_8))
                .containsExactly("a", "b", "linked", "linked");
        assertThat(tree.files()).isEqualTo(List.of(Path.of("content/2024/images/photo.jpg")));
    }

    /** The files are named relative to the site however its folder was given: absolute, relative, with "..". */
    @Test
    void filesAreRelativeToTheSiteHoweverItsFolderIsWritten() throws IOException {
        write("content/2024/a.md", "a");
        write("content/2024/images/photo.jpg", "jpg");
        Path here = Path.of("").toAbsolutePath();
        Path relative = here.relativize(root); // ../../tmp/junit… from the project's folder

        for (Path given : List.of(root, relative, root.resolve("content/.."))) {
            ContentTree tree = ContentLoader.load(given);
            assertThat(tree.sources()).as("%s", given).extracting(SourceFile::path).containsExactly(Path.of("content/2024/a.md"));
            assertThat(tree.files()).as("%s", given).containsExactly(Path.of("content/2024/images/photo.jpg"));
        }
        assertThat(relative.toString()).startsWith("..");
    }

    @Test
    void foldersNamedLikeBackupsAreReadAndHiddenLoopsLetBe() throws IOException {
        write("content/2023/#五年回顾#/index.md", "hashtag");
        write("content/图库~/photo.jpg", "jpg");
        write("content/.drafts/x.md", "hidden");
        Files.createSymbolicLink(root.resolve("content/.loop"), Path.of("."));
        Files.createSymbolicLink(root.resolve("content/2023/.loop"), Path.of("."));
        Files.createSymbolicLink(root.resolve("content/.drafts/loop"), Path.of(".."));

        ContentTree tree = ContentLoader.load(root);

        assertThat(tree.sources()).extracting(SourceFile::path).containsExactly(Path.of("content/2023/#五年回顾#/index.md"));
        assertThat(tree.files()).containsExactly(Path.of("content/图库~/photo.jpg"));
    }

    @Test
    void aLoopTheBuildReadsIsRefusedAndTheRestIsRead() throws IOException {
        write("content/2024/a.md", "a");
        Files.createSymbolicLink(root.resolve("content/2024/loop"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("content/2024/gone.jpg"), root.resolve("nowhere"));
        ContentTree tree = ContentLoader.load(root);
        assertThat(tree.faults()).extracting(Problem::format).containsExactly(
                "content/2024/gone.jpg: this symbolic link leads to nothing (correct it, or remove it)",
                "content/2024/loop: this symbolic link leads back to a folder that holds it, a loop (remove the link, or point it elsewhere)");
        assertThat(tree.sources()).extracting(SourceFile::path).containsExactly(Path.of("content/2024/a.md"));
    }

    /**
     * With what a cache knows, an article whose stamp it knows is left unread, its fingerprint
     * the one kept, and read only when its bytes are asked for; the others are read at once, each
     * with the stamp it was read under, kept as never matching while the file may still change
     * within the tick of its time.
     */
    @Test
    void anArticleKnownByItsStampIsLeftUnreadUntilItsBytesAreAskedFor() throws IOException {
        Path known = write("content/2024/a.md", "a");
        write("content/2024/b.md", "b");
        FileStamp stamp = FileStamp.of(known);
        byte[] key = {1, 2, 3};
        List<FileStamp> asked = new ArrayList<>();
        ContentTree tree = ContentLoader.load(root, null, (path, taken) -> {
            synchronized (asked) {
                asked.add(taken);
            }
            return path.equals(Path.of("content/2024/a.md")) && taken.equals(stamp) ? Optional.of(key) : Optional.empty();
        });
        assertThat(asked).hasSize(2).contains(stamp);
        SourceFile a = tree.sources().get(0);
        SourceFile b = tree.sources().get(1);
        assertThat(a.knownKey()).hasValueSatisfying(kept -> assertThat(kept).containsExactly(1, 2, 3));
        assertThat(b.knownKey()).isEmpty();
        assertThat(b.stampToKeep()).hasValueSatisfying(kept -> assertThat(kept.changed()).isEqualTo(FileStamp.UNSETTLED));

        Files.writeString(known, "a, saved since");
        Files.writeString(root.resolve("content/2024/b.md"), "b, saved since");
        assertThat(new String(a.bytes(), StandardCharsets.UTF_8)).as("left unread, read when asked").isEqualTo("a, saved since");
        assertThat(new String(b.bytes(), StandardCharsets.UTF_8)).as("read at once").isEqualTo("b");
    }

    /**
     * Where the file system keeps no change time nor inode Java can read (Windows; here a zip
     * file's), a time put back would hide an edit: every article is read, whatever the cache knows.
     */
    @Test
    void whereNoChangeTimeIsKeptEveryArticleIsRead() throws IOException {
        Path zip = root.resolve("site.zip");
        try (FileSystem site = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Path article = site.getPath("/content/2024/a.md");
            Files.createDirectories(article.getParent());
            Files.writeString(article, "a");
            assertThat(site.supportedFileAttributeViews()).doesNotContain("unix");
            ContentTree tree = ContentLoader.load(site.getPath("/"), null, (path, stamp) -> Optional.of(new byte[] {1}));
            assertThat(tree.sources()).singleElement().satisfies(source -> {
                assertThat(source.knownKey()).isEmpty();
                assertThat(source.stampToKeep()).isEmpty();
                assertThat(new String(source.bytes(), StandardCharsets.UTF_8)).isEqualTo("a");
            });
        }
    }

    /** Without what a cache knows, every article is read and no stamp is taken. */
    @Test
    void withoutACacheEveryArticleIsReadAndNoStampTaken() throws IOException {
        write("content/2024/a.md", "a");
        SourceFile a = ContentLoader.load(root).sources().get(0);
        assertThat(a.knownKey()).isEmpty();
        assertThat(a.stampToKeep()).isEmpty();
    }

    private Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
