package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gazette.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the versions of the served site tell the open pages about the photos they show. */
class SnapshotTest {

    @TempDir
    Path folder;

    @Test
    void aPhotoDeletedSinceTheLastWholeBuildIsNotTakenForAChangedOneByTheEditedArticlesPages() throws Exception {
        // an article's photo deleted (an error: the article names it) and the article then saved
        // without it: its page comes first, the photo still in the files until the whole build
        Path photo = Files.write(folder.resolve("photo.jpg"), new byte[] {1, 2, 3});
        Snapshot built = Snapshot.built("a-1", List.of(OutputFile.copy("2023/a/photo.jpg", photo),
                OutputFile.of("2023/a/index.html", "<p>photo</p>".getBytes(StandardCharsets.UTF_8))));
        Files.delete(photo);

        Snapshot edited = built.with("a-2", List.of(OutputFile.of("2023/a/index.html", "<p>none</p>".getBytes(StandardCharsets.UTF_8))));

        assertThat(edited.assetsChangedSince(built)).as("no photo changed: not every page reloads").isFalse();
    }

    @Test
    void aPhotoSavedAgainOverItselfIsAChangedOne() throws Exception {
        Path photo = Files.write(folder.resolve("photo.jpg"), new byte[] {1, 2, 3});
        Snapshot before = Snapshot.built("a-1", List.of(OutputFile.copy("2023/a/photo.jpg", photo)));
        Files.write(photo, new byte[] {1, 2, 3, 4});

        Snapshot after = Snapshot.built("a-2", List.of(OutputFile.copy("2023/a/photo.jpg", photo)));

        assertThat(after.assetsChangedSince(before)).isTrue();
    }

    /** Its time ahead of the clock stands for a save within one tick of the file clock: the same length, the same time. */
    @Test
    void aPhotoStillSettlingIsToldByItsBytes() throws Exception {
        Path photo = Files.write(folder.resolve("photo.jpg"), new byte[] {1, 2, 3});
        FileTime aheadOfTheClock = FileTime.from(Instant.now().plus(Duration.ofHours(1)));
        Files.setLastModifiedTime(photo, aheadOfTheClock);
        Snapshot before = Snapshot.built("a-1", List.of(OutputFile.copy("2023/a/photo.jpg", photo)));

        Snapshot unchanged = Snapshot.built("a-2", List.of(OutputFile.copy("2023/a/photo.jpg", photo)));
        assertThat(unchanged.assetsChangedSince(before)).as("the same bytes: no page reloads").isFalse();

        Files.write(photo, new byte[] {4, 5, 6});
        Files.setLastModifiedTime(photo, aheadOfTheClock);
        Snapshot rewritten = Snapshot.built("a-3", List.of(OutputFile.copy("2023/a/photo.jpg", photo)));
        assertThat(rewritten.assetsChangedSince(unchanged)).as("other bytes, the same length and time").isTrue();
    }

    @Test
    void aFingerprintWithTheBytesHashIsTheSameAsOneWithoutWhenTheRestIsTheSame() {
        // the file settled between two versions: its later stamp has no hash of its bytes
        assertThat(Snapshot.same("2023/a/photo.jpg:3-1700\0abc\0", "2023/a/photo.jpg:3-1700")).isTrue();
        assertThat(Snapshot.same("2023/a/photo.jpg:3-1700", "2023/a/photo.jpg:3-1700\0abc\0")).isTrue();
        assertThat(Snapshot.same("404:3-1700\0abc\0:true", "404:3-1700:true")).isTrue();
        assertThat(Snapshot.same("2023/a/photo.jpg:3-1700\0abc\0", "2023/a/photo.jpg:3-1700\0abd\0")).isFalse();
        assertThat(Snapshot.same("2023/a/photo.jpg:3-1700\0abc\0", "2023/a/photo.jpg:3-1800")).isFalse();
        assertThat(Snapshot.same("c#.pdf:3-1700", "c#.pdf:4-1700")).isFalse();
    }
}
