package org.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gazette.TestSites;
import org.gazette.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path parent;

    private static OutputFile page(String path, String text) {
        return OutputFile.of(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private SiteWriter.Result write(Path site, OutputFile... files) throws IOException {
        try (SiteWriter writer = SiteWriter.open(site)) {
            for (OutputFile file : files) {
                writer.add(file);
            }
            return writer.commit();
        }
    }

    /** The output folder keeps the manifest {@code manifest}, no update is marked as under way, nothing is left beside it. */
    private void assertLeftAsItWas(Path site, String manifest) throws IOException {
        assertThat(TestSites.read(site.resolve(Manifest.PATH))).isEqualTo(manifest);
        assertThat(site.resolve(SiteWriter.UPDATING)).doesNotExist();
        assertNothingBeside(site);
    }

    /** No staging or old folder is left beside the output folder. */
    private void assertNothingBeside(Path site) throws IOException {
        try (var list = Files.list(parent)) {
            assertThat(list).containsExactly(site);
        }
    }

    @Test
    void replacesTheWholeFolderWithItsManifestAndLeavesNothingBehind() throws IOException {
        Path site = parent.resolve("site");
        TestSites.write(site.resolve("stale/index.html"), "old page");
        SiteWriter.Result result = write(site, page("index.html", "新首页"), page("2023/12/x/index.html", "文章"));
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("新首页");
        assertThat(TestSites.read(site.resolve("2023/12/x/index.html"))).isEqualTo("文章");
        assertThat(Manifest.parse(TestSites.read(site.resolve(Manifest.PATH))).entries()).extracting(Manifest.Entry::path)
                .containsExactly("2023/12/x/index.html", "index.html");
        assertThat(site.resolve("stale")).doesNotExist();
        assertThat(result.written()).isEqualTo(3);
        assertNothingBeside(site);
    }

    @Test
    void onlyChangedFilesAreWrittenAndAnUnchangedSiteIsNotTouched() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("a/index.html", "甲"), page("b/c/index.html", "乙"));
        Object inode = Files.getAttribute(site.resolve("a/index.html"), "unix:ino");
        Object manifest = Files.getAttribute(site.resolve(Manifest.PATH), "unix:ino");

        SiteWriter.Result same = write(site, page("index.html", "首页"), page("a/index.html", "甲"), page("b/c/index.html", "乙"));
        assertThat(same.changed()).isFalse();
        assertThat(same.written()).isZero();
        assertThat(Files.getAttribute(site.resolve(Manifest.PATH), "unix:ino")).as("not rewritten").isEqualTo(manifest);

        SiteWriter.Result changed = write(site, page("index.html", "新首页"), page("a/index.html", "甲"), page("d/index.html", "丙"));
        assertThat(changed.written()).as("two pages and the manifest").isEqualTo(3);
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("新首页");
        assertThat(TestSites.read(site.resolve("d/index.html"))).isEqualTo("丙");
        assertThat(Files.getAttribute(site.resolve("a/index.html"), "unix:ino")).as("left in place").isEqualTo(inode);
        assertThat(site.resolve("b")).as("a page no longer made, and its empty folders").doesNotExist();
        assertThat(site.resolve(SiteWriter.UPDATING)).doesNotExist();
        assertThat(Manifest.parse(TestSites.read(site.resolve(Manifest.PATH))).entries()).extracting(Manifest.Entry::path)
                .containsExactly("a/index.html", "d/index.html", "index.html");
        assertNothingBeside(site);
    }

    @Test
    void anUpdatePutsFilesAtNewAddressesInPlaceBeforeThoseTheyReplace() throws Exception {
        // A changed page links to files at new addresses (a new article, a stylesheet's new name):
        // renamed in first, they are there for readers while the renames run, and after an update
        // killed halfway, which leaves the folder mixed until the next build.
        Path site = parent.resolve("site");
        List<OutputFile> before = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            before.add(page("p/old-" + i + ".html", "旧" + i));
        }
        write(site, before.toArray(OutputFile[]::new));
        List<String> renamedIn = new ArrayList<>();
        try (WatchService watch = site.getFileSystem().newWatchService(); SiteWriter writer = SiteWriter.open(site)) {
            site.resolve("p").register(watch, StandardWatchEventKinds.ENTRY_CREATE); // a rename into the folder, as inotify's IN_MOVED_TO
            for (int i = 0; i < 200; i++) {
                writer.add(page("p/old-" + i + ".html", "链接到 new-" + i + ".html"));
                writer.add(page("p/new-" + i + ".html", "新" + i));
            }
            writer.commit();
            WatchKey key;
            while (renamedIn.size() < 400 && (key = watch.poll(10, TimeUnit.SECONDS)) != null) {
                key.pollEvents().forEach(event -> renamedIn.add(event.context().toString()));
                key.reset();
            }
        }
        assertThat(renamedIn).hasSize(400);
        assertThat(renamedIn.subList(0, 200)).as("the new files first").allMatch(name -> name.startsWith("new-"));
    }

    @Test
    void anUpdateStagesItsChangedFilesSideBySide() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("2023/12/a/index.html", "甲"), page("2023/12/b/index.html", "乙"));
        try (SiteWriter writer = SiteWriter.open(site)) {
            writer.add(page("index.html", "新首页"));
            writer.add(page("2023/12/a/index.html", "新甲"));
            writer.add(page("2023/12/b/index.html", "乙"));
            writer.add(page("2024/01/c/index.html", "丙"));
            try (var staged = Files.list(stagingFolder(site))) {
                assertThat(staged.filter(p -> !p.getFileName().toString().equals(".gazette"))) // the writer's lock
                        .as("three changed pages, no folder of their own").hasSize(3).allMatch(Files::isRegularFile);
            }
            assertThat(writer.commit().written()).as("three pages and the manifest").isEqualTo(4);
        }
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("新首页");
        assertThat(TestSites.read(site.resolve("2023/12/a/index.html"))).isEqualTo("新甲");
        assertThat(TestSites.read(site.resolve("2023/12/b/index.html"))).isEqualTo("乙");
        assertThat(TestSites.read(site.resolve("2024/01/c/index.html"))).as("its folders made on the move").isEqualTo("丙");
        assertLeftAsItWas(site, TestSites.read(site.resolve(Manifest.PATH)));
    }

    @Test
    void filesMovedAtOnceIntoOneNewFolderAllArrive() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"));
        // The moves run on every core: two of them may find the new folder missing at once.
        OutputFile[] files = new OutputFile[401];
        files[0] = page("index.html", "首页");
        for (int i = 1; i < files.length; i++) {
            files[i] = page("columns/new/" + i + ".html", "第" + i + "页");
        }
        for (int round = 0; round < 5; round++) {
            write(site, files);
            assertThat(TestSites.read(site.resolve("columns/new/400.html"))).isEqualTo("第400页");
            write(site, files[0]);
            assertThat(site.resolve("columns")).doesNotExist();
        }
        assertLeftAsItWas(site, TestSites.read(site.resolve(Manifest.PATH)));
    }

    /** The staging folder of the writer open beside {@code site}. */
    private Path stagingFolder(Path site) throws IOException {
        try (var beside = Files.list(parent)) {
            return beside.filter(path -> !path.equals(site)).findFirst().orElseThrow();
        }
    }

    @Test
    void anOutputFolderDeletedDuringTheBuildFailsTheUpdateInsteadOfLosingTheFilesKept() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("a/index.html", "甲"));
        for (boolean changed : new boolean[] {true, false}) {
            try (SiteWriter writer = SiteWriter.open(site)) {
                writer.add(page("index.html", changed ? "新首页" : "首页"));
                writer.add(page("a/index.html", "甲")); // kept from the folder about to go
                OutputFolders.deleteTree(site);
                assertThatThrownBy(writer::commit).isInstanceOf(SiteWriter.OutputDeleted.class)
                        .hasMessageContaining("was deleted while the site was built (build again");
            }
            assertThat(site).as("nothing made in its place").doesNotExist();
            try (var beside = Files.list(parent)) {
                assertThat(beside).as("the staging folder is gone").isEmpty();
            }
            write(site, page("index.html", "首页"), page("a/index.html", "甲"));
        }
    }

    @Test
    void anUpdateStoppedHalfwayLeavesItsMarkerAndTheNextBuildReplacesTheFolderWhole() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("a/index.html", "甲"), page("b/index.html", "乙"));
        try (SiteWriter writer = SiteWriter.open(site)) {
            writer.add(page("index.html", "新首页"));
            writer.add(page("a/index.html", "新甲"));
            writer.add(page("b/index.html", "乙"));
            try (var staged = Files.list(stagingFolder(site))) {
                Files.delete(staged.findFirst().orElseThrow()); // one of the two moves will fail
            }
            assertThatThrownBy(writer::commit).isInstanceOf(IOException.class);
        }
        assertThat(site.resolve(SiteWriter.UPDATING)).as("the update is known to be partial").exists();
        SiteWriter.Result next = write(site, page("index.html", "新首页"), page("a/index.html", "新甲"), page("b/index.html", "乙"));
        assertThat(next.written()).as("every file and the manifest, none trusted").isEqualTo(4);
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("新首页");
        assertThat(TestSites.read(site.resolve("a/index.html"))).isEqualTo("新甲");
        assertLeftAsItWas(site, TestSites.read(site.resolve(Manifest.PATH)));
    }

    @Test
    void anUpdateIsRefusedWhenAnotherBuildPutItsSiteThereMeanwhile() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("a/index.html", "甲"), page("b/index.html", "乙"));
        String theirs;
        try (SiteWriter slow = SiteWriter.open(site)) {
            slow.add(page("a/index.html", "甲二"));
            slow.add(page("b/index.html", "乙"));
            slow.add(page("index.html", "首页"));
            write(site, page("index.html", "首页"), page("a/index.html", "甲"), page("b/index.html", "乙三")); // the other build
            theirs = TestSites.read(site.resolve(Manifest.PATH));
            assertThatThrownBy(slow::commit).isInstanceOf(SiteWriter.Refused.class)
                    .hasMessage("another build changed " + site + " while this one ran (build again)");
        }
        assertThat(TestSites.read(site.resolve("a/index.html"))).isEqualTo("甲");
        assertThat(TestSites.read(site.resolve("b/index.html"))).isEqualTo("乙三");
        assertLeftAsItWas(site, theirs);
    }

    @Test
    void aWholeSiteIsNotPutInPlaceWhileAnotherBuildUpdatesTheFolder() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"));
        try (SiteWriter writer = SiteWriter.open(site, true)) {
            writer.add(page("index.html", "新首页"));
            Files.writeString(site.resolve(SiteWriter.UPDATING), "another build's staging folder\n"); // its renames under way
            assertThatThrownBy(writer::commit).isInstanceOf(SiteWriter.Refused.class)
                    .hasMessage("another build is updating " + site + " now (wait for it to end, then build again)");
        }
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("首页");
    }

    @Test
    void anUpdateIsRefusedWhileAnotherIsUnderWay() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("a/index.html", "甲"));
        String manifest = TestSites.read(site.resolve(Manifest.PATH));
        try (SiteWriter writer = SiteWriter.open(site)) {
            writer.add(page("a/index.html", "甲二"));
            writer.add(page("index.html", "首页"));
            Files.writeString(site.resolve(SiteWriter.UPDATING), "another build's staging folder\n"); // it has begun its renames
            assertThatThrownBy(writer::commit).isInstanceOf(SiteWriter.Refused.class)
                    .hasMessage("another build is updating " + site + " now (wait for it to end, then build again)");
        }
        assertThat(TestSites.read(site.resolve("a/index.html"))).isEqualTo("甲");
        assertThat(TestSites.read(site.resolve(SiteWriter.UPDATING))).as("the other build's marker").startsWith("another");
        assertThat(TestSites.read(site.resolve(Manifest.PATH))).isEqualTo(manifest);
    }

    @Test
    void aFileThatCannotBeReadIsToldApartFromOneThatCannotBeWritten() throws IOException {
        Path site = parent.resolve("site");
        Path gone = parent.resolve("static/gone.txt");
        try (SiteWriter writer = SiteWriter.open(site)) {
            assertThatThrownBy(() -> writer.add(OutputFile.copy("gone.txt", gone)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("cannot read " + gone + ": no such file or folder")
                    .cause().isInstanceOf(SiteWriter.UnreadableSource.class);
        }
    }

    @Test
    void aBuildStoppedBeforeItCommitsKeepsTheSiteAndDropsItsStagingFolder() throws Exception {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"));
        String manifest = TestSites.read(site.resolve(Manifest.PATH));
        try (SiteWriter writer = SiteWriter.open(site)) {
            writer.add(page("index.html", "新首页"));
            Thread exitHook = new Thread(writer::dropUncommitted); // as the JVM runs it: beside the build's own threads
            exitHook.start();
            exitHook.join();
            assertThat(writer.add(page("a/index.html", "甲"))).as("nothing written after").isEmpty();
            assertThatThrownBy(writer::commit).isInstanceOf(IOException.class)
                    .hasMessage("the build was stopped before its site was put in place");
        }
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("首页");
        assertLeftAsItWas(site, manifest);
    }

    @Test
    void aSiteWithPathsGivenTwiceCannotBeCommitted() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"));
        String manifest = TestSites.read(site.resolve(Manifest.PATH));
        try (SiteWriter writer = SiteWriter.open(site)) {
            writer.add(page("a.html", "1"));
            writer.add(page("a.html", "2"));
            assertThatThrownBy(writer::commit).isInstanceOf(IllegalStateException.class);
        }
        assertLeftAsItWas(site, manifest);
    }

    @Test
    void aFileMayBecomeAFolderAndBackKeepingFilesAddedByHand() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("tzgg/2024/0901.html", "旧址"));
        TestSites.write(site.resolve("CNAME"), "news.example.org");

        write(site, page("index.html", "首页"), page("tzgg/2024", "跳转"));
        assertThat(TestSites.read(site.resolve("tzgg/2024"))).isEqualTo("跳转");
        write(site, page("index.html", "首页"), page("tzgg/2024/0901.html", "旧址"));
        assertThat(TestSites.read(site.resolve("tzgg/2024/0901.html"))).isEqualTo("旧址");

        assertThat(TestSites.read(site.resolve("CNAME"))).as("added by hand, outside the change").isEqualTo("news.example.org");
        assertThat(site.resolve(SiteWriter.UPDATING)).doesNotExist();
        assertNothingBeside(site);
    }

    @Test
    void aFolderHoldingFilesAddedByHandIsNotTurnedIntoAFile() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("tzgg/2024/0901.html", "旧址"));
        TestSites.write(site.resolve("tzgg/2024/notes.txt"), "手写");
        String manifest = TestSites.read(site.resolve(Manifest.PATH));

        assertThatThrownBy(() -> write(site, page("index.html", "首页"), page("tzgg/2024", "跳转")))
                .isInstanceOf(IOException.class).hasMessageContaining("tzgg/2024/notes.txt, which Gazette did not write");
        assertThat(TestSites.read(site.resolve("tzgg/2024/0901.html"))).isEqualTo("旧址");
        assertLeftAsItWas(site, manifest);
    }

    @Test
    void aFolderOrFileAddedByHandInTheWayFailsTheBuildBeforeAnyChange() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"));
        TestSites.write(site.resolve("downloads/report.pdf"), "报告");
        TestSites.write(site.resolve("notes"), "笔记");
        String manifest = TestSites.read(site.resolve(Manifest.PATH));

        assertThatThrownBy(() -> write(site, page("index.html", "新首页"), page("downloads", "跳转")))
                .isInstanceOf(IOException.class).hasMessageContaining("where the output folder has a folder Gazette did not write");
        assertThatThrownBy(() -> write(site, page("index.html", "新首页"), page("notes/a.html", "甲")))
                .isInstanceOf(IOException.class).hasMessageContaining("inside notes, which in the output folder is a file");
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("首页");
        assertLeftAsItWas(site, manifest);
    }

    /**
     * A page of the last build deleted by hand and a folder made in its place: the update is
     * refused before anything moves, naming the first such page by path. The rename onto the
     * folder failed halfway through the update instead, naming whichever page a thread met first.
     */
    @Test
    void aFolderAddedByHandWhereTheLastBuildHadAFileFailsTheBuildBeforeAnyChange() throws IOException {
        Path site = parent.resolve("site");
        List<OutputFile> pages = new ArrayList<>(List.of(page("index.html", "首页")));
        for (int i = 10; i < 40; i++) {
            pages.add(page("2024/" + i + "/index.html", "文章"));
        }
        write(site, pages.toArray(OutputFile[]::new));
        for (int i = 10; i < 40; i++) {
            Files.delete(site.resolve("2024/" + i + "/index.html"));
            TestSites.write(site.resolve("2024/" + i + "/index.html/notes.txt"), "手写");
        }
        String manifest = TestSites.read(site.resolve(Manifest.PATH));
        pages.set(0, page("index.html", "新首页"));

        assertThatThrownBy(() -> write(site, pages.toArray(OutputFile[]::new))).isInstanceOf(IOException.class)
                .hasMessage("this build writes the file 2024/10/index.html where the output folder has a folder Gazette did not"
                        + " write (move what should be published into static/, and delete the folder)");
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("首页");
        assertLeftAsItWas(site, manifest);
    }

    @Test
    void pathsGivenAsFileAndFolderAreClashesAndNotWritten() throws IOException {
        Path site = parent.resolve("site");
        try (SiteWriter writer = SiteWriter.open(site)) {
            writer.add(page("2023/12", "别名"));
            writer.add(page("2023/12/index.html", "月份"));
            writer.add(page("2023/11/index.html", "月份"));
            assertThat(writer.folderClashes()).containsExactly("2023/12");
        }
        assertThat(site).doesNotExist();
    }

    /**
     * Files come from several threads, in an order that changes from run to run: the clashes
     * told must be the same in every order, or the same site fails with other errors each time.
     */
    @Test
    void theClashesToldDoNotDependOnTheOrderTheFilesCameIn() throws IOException {
        List<List<String>> orders = List.of(List.of("search", "search/manifest.json", "search/manifest.json", "a", "a/b", "a/b/c"), List.of("a/b/c", "a/b", "a", "search/manifest.json", "search/manifest.json", "search"),
                List.of("a/b", "search/manifest.json", "a", "search", "a/b/c", "search/manifest.json"));
        List<List<List<String>>> told = new ArrayList<>();
        for (List<String> order : orders) {
            try (SiteWriter writer = SiteWriter.open(parent.resolve("site"))) {
                for (String path : order) {
                    writer.add(page(path, path));
                }
                told.add(List.of(writer.duplicates(), writer.folderClashes()));
            }
        }
        assertThat(told).containsOnly(List.of(List.of("search/manifest.json"), List.of("a", "a/b", "search")));
    }

    @Test
    void stagingFoldersOfKilledBuildsAreDeletedOnceStale() throws IOException {
        Path site = parent.resolve("site");
        Path killed = parent.resolve(".site.gazette-building-killed");
        TestSites.write(killed.resolve("index.html"), "半成品");
        Files.setLastModifiedTime(killed, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(OutputFolders.STALE).minusSeconds(60)));
        Path running = parent.resolve(".site.gazette-building-running");
        TestSites.write(running.resolve("index.html"), "正在写");
        Path others = Files.createDirectories(parent.resolve(".site.old-backup"));
        Files.setLastModifiedTime(others, Files.getLastModifiedTime(killed));
        write(site, page("index.html", "首页"));
        assertThat(killed).doesNotExist();
        assertThat(running).as("perhaps a build running now").isDirectory();
        assertThat(others).as("not a name Gazette gives").isDirectory();
    }

    @Test
    void aManifestListingFilesOutsideTheFolderIsDamagedAndNothingOutsideIsDeleted() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("a/index.html", "甲"));
        Path outside = Files.writeString(parent.resolve("outside.txt"), "别删");
        String manifest = TestSites.read(site.resolve(Manifest.PATH));
        Files.writeString(site.resolve(Manifest.PATH), manifest.replace("\"path\":\"a/index.html\"", "\"path\":\"../outside.txt\""));
        assertThat(TestSites.read(site.resolve(Manifest.PATH))).contains("../outside.txt");

        write(site, page("index.html", "首页"));
        assertThat(outside).hasContent("别删");
        assertThat(site.resolve("a")).as("the folder replaced whole, as after any damaged manifest").doesNotExist();
    }

    @Test
    void aManifestListingTheFoldersOwnRecordsIsDamaged() throws IOException {
        // Left by a build that published static/.gazette/updating: taken for a page gone, the marker was deleted.
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("a/index.html", "甲"));
        String manifest = TestSites.read(site.resolve(Manifest.PATH));
        Files.writeString(site.resolve(Manifest.PATH), manifest.replace("\"path\":\"a/index.html\"", "\"path\":\".gazette/updating\""));

        write(site, page("index.html", "首页"));
        assertThat(site.resolve("a")).as("the folder replaced whole, as after any damaged manifest").doesNotExist();
        assertThat(TestSites.read(site.resolve(Manifest.PATH))).doesNotContain(".gazette/updating");
        assertThat(site.resolve(".gazette/updating")).doesNotExist();
    }

    @Test
    void afterAnInterruptedUpdateTheWholeFolderIsReplaced() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"), page("a/index.html", "甲"));
        TestSites.write(site.resolve(SiteWriter.UPDATING), "/tmp/.site.building-1\n");
        TestSites.write(site.resolve("a/index.html"), "半"); // as if the update stopped halfway
        SiteWriter.Result result = write(site, page("index.html", "首页"), page("a/index.html", "甲"));
        assertThat(result.written()).as("every file and the manifest").isEqualTo(3);
        assertThat(TestSites.read(site.resolve("a/index.html"))).isEqualTo("甲");
        assertThat(site.resolve(SiteWriter.UPDATING)).doesNotExist();
    }

    @Test
    void aReusedFileThatIsGoneFailsTheWriteAndKeepsTheSite() throws IOException {
        Path site = parent.resolve("site");
        write(site, page("index.html", "首页"));
        Manifest.Entry entry = Manifest.parse(TestSites.read(site.resolve(Manifest.PATH))).entries().get(0);
        try (SiteWriter writer = SiteWriter.open(site)) {
            assertThat(writer.held("index.html")).contains(entry);
            assertThatThrownBy(() -> writer.add(new OutputFile.Reused("other.html", entry.checksum(), entry.size())))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("other.html");
        }
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("首页");
    }

    @Test
    void aFailedWriteKeepsThePreviousSiteAndNoStagingFolder() {
        Path site = parent.resolve("site");
        TestSites.write(site.resolve("index.html"), "published");
        OutputFile missingSource = OutputFile.copy("photo.jpg", parent.resolve("no-such-file.jpg"));
        assertThatThrownBy(() -> write(site, page("index.html", "new"), missingSource)).isInstanceOf(UncheckedIOException.class);
        assertThat(TestSites.read(site.resolve("index.html"))).isEqualTo("published");
        try (var list = Files.list(parent)) {
            assertThat(list).containsExactly(site);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesPathsThatLeaveTheFolderAndReportsPathsGivenTwice() throws IOException {
        Path site = parent.resolve("site");
        try (SiteWriter writer = SiteWriter.open(site)) {
            assertThatThrownBy(() -> writer.add(page("../escape.html", "x"))).isInstanceOf(IllegalArgumentException.class);
            writer.add(page("a.html", "1"));
            writer.add(page("a.html", "2"));
            assertThat(writer.duplicates()).containsExactly("a.html");
        }
        assertThat(parent.resolve("escape.html")).doesNotExist();
        assertThat(site).doesNotExist();
    }
}
