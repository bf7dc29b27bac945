package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both watchers see an edit anywhere among the sources, though loops of links lie on the way
 * (a theme's node_modules, a link an editor is about to mend): a walk that stopped at the first
 * left every folder after it unwatched.
 */
class SourceWatcherTest {

    @TempDir
    Path root;

    private final List<Path> edited = List.of(Path.of("content/2024/a.md"), Path.of("templates/article.html"),
            Path.of("themes/default/templates/base.html"), Path.of("static/css/site.css"));

    private void siteWithLoops() throws IOException {
        for (Path file : edited) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), "一");
        }
        // A loop in every folder, so that whatever order the system lists them in, one comes first.
        for (String folder : List.of("content", "templates", "themes", "static")) {
            Files.createSymbolicLink(root.resolve(folder).resolve("loop"), Path.of("."));
        }
        for (String folder : List.of("content/2024", "themes/default", "themes/default/templates", "static/css")) {
            Files.createSymbolicLink(root.resolve(folder).resolve("loop"), Path.of(".."));
        }
        Files.createDirectories(root.resolve("themes/default/node_modules/p"));
        Files.createSymbolicLink(root.resolve("themes/default/node_modules/p/loop"), Path.of("../.."));
    }

    @Test
    void theSystemsEventsReachPastLoops() throws Exception {
        siteWithLoops();
        try (SourceWatcher watcher = new NativeWatcher(root)) {
            assertThat(editsSeen(watcher)).containsAll(edited);
        }
    }

    @Test
    void pollingReachesPastLoops() throws Exception {
        siteWithLoops();
        try (SourceWatcher watcher = new PollingWatcher(root, 50)) {
            assertThat(editsSeen(watcher)).containsAll(edited);
        }
    }

    /** A source folder saved as a file, or made a link to nothing, is the build's error: the preview must see it come. */
    @Test
    void bothWatchersSeeASourceFolderThatIsAFileOrALinkToNothing() throws Exception {
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/a.md"), "一");
        for (boolean polling : List.of(false, true)) {
            try (SourceWatcher watcher = polling ? new PollingWatcher(root, 50) : new NativeWatcher(root)) {
                Set<Path> appeared = Set.of(Path.of("static"), Path.of("templates"));
                assertThat(changesSeen(watcher, appeared, () -> {
                    Files.writeString(root.resolve("static"), "样式");
                    Files.createSymbolicLink(root.resolve("templates"), root.resolve("nowhere"));
                })).as(polling ? "polling" : "the system's events").containsAll(appeared);
            }
            Files.delete(root.resolve("static"));
            Files.delete(root.resolve("templates"));
        }
    }

    /** As exiftool -P turning a photo upright: other bytes, the same length, the old time put back. */
    @Test
    void pollingSeesAPhotoRewrittenWithItsLengthAndTimeKept() throws Exception {
        Path photo = root.resolve("content/2024/photo.jpg");
        Files.createDirectories(photo.getParent());
        Files.writeString(photo, "一二三");
        FileTime time = Files.getLastModifiedTime(photo);
        try (SourceWatcher watcher = new PollingWatcher(root, 50)) {
            Thread.sleep(20); // the clock of file times ticks every few milliseconds
            assertThat(changesSeen(watcher, Set.of(Path.of("content/2024/photo.jpg")), () -> {
                Files.writeString(photo, "四五六");
                Files.setLastModifiedTime(photo, time);
            })).contains(Path.of("content/2024/photo.jpg"));
        }
    }

    /**
     * On a file system whose clock ticks in seconds (FAT, SMB shares, ext3), an editor's second save
     * within the tick, its length kept (2023 made 2024), leaves the file's time as it was: here a
     * clock that gives every file one time.
     */
    @Test
    void pollingSeesASaveOfTheSameLengthWithinOneTickOfACoarseFileClock() throws Exception {
        Path article = root.resolve("content/2024/a.md");
        Files.createDirectories(article.getParent());
        Files.writeString(article, "date: 2023-12-26");
        long tick = System.currentTimeMillis();
        try (SourceWatcher watcher = new PollingWatcher(root, 50, (file, attributes) -> tick)) {
            assertThat(changesSeen(watcher, Set.of(Path.of("content/2024/a.md")), () -> Files.writeString(article, "date: 2024-12-26")))
                    .containsExactly(Path.of("content/2024/a.md"));
        }
    }

    /** A settled file is told by its stamp alone, as git tells it; a settling one unchanged is not reported again and again. */
    @Test
    void pollingReadsOnlyFilesStillSettlingAndReportsNoChangeWhereThereIsNone() throws Exception {
        Path settled = root.resolve("content/2024/old.md");
        Path settling = root.resolve("content/2024/new.md");
        Files.createDirectories(settled.getParent());
        Files.writeString(settled, "旧的正文");
        Files.writeString(settling, "新的正文");
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        long now = System.currentTimeMillis();
        PollingWatcher.FileClock clock = (file, attributes) -> file.getFileName().toString().equals("old.md") ? hourAgo : now;
        try (SourceWatcher watcher = new PollingWatcher(root, 50, clock)) {
            Files.writeString(settled, "旧的文字"); // the same length, the stamp the same: not seen, as git would not
            Thread closer = new Thread(() -> {
                try {
                    Thread.sleep(600);
                } catch (InterruptedException e) {
                    return;
                }
                watcher.close();
            });
            closer.start();
            assertThat(watcher.next(100)).isEmpty(); // ended by the close, after a dozen scans that found nothing
            closer.join();
        }
    }

    private interface Edits {
        void make() throws IOException;
    }

    /** What the watcher reports once the files are edited; a watcher that missed one would wait for ever, so at most 20 s. */
    private Set<Path> editsSeen(SourceWatcher watcher) {
        return changesSeen(watcher, Set.copyOf(edited), () -> {
            for (Path file : edited) {
                Files.writeString(root.resolve(file), "一二三");
            }
        });
    }

    private Set<Path> changesSeen(SourceWatcher watcher, Set<Path> expected, Edits edits) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            edits.make();
            Set<Path> seen = new HashSet<>();
            while (!seen.containsAll(expected)) {
                seen.addAll(watcher.next(100));
            }
            return seen;
        }, () -> "the changes the watcher missed, of " + expected);
    }
}
