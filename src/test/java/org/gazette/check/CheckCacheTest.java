package org.gazette.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gazette.PhaseEdits.editingAt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gazette.PhaseEdits.Edit;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.config.SiteConfigLoader;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A check that uses the last check's cache reports exactly what a check without it reports. */
class CheckCacheTest {

    @TempDir
    Path temporary;

    List<String> check(Path root, boolean cached) {
        return Check.run(options(root, cached)).problems().stream().map(Problem::formatLocated).toList();
    }

    CheckOptions options(Path root, boolean cached) {
        CheckOptions options = CheckOptions.of(root).withClock(TestSites.NOW).withMaxPhotoBytes(10_000);
        return cached ? options.withCache(temporary.resolve("cache.bin")) : options;
    }

    static Stream<String> sites() throws IOException {
        try (Stream<Path> invalid = Files.list(TestSites.site("invalid"))) {
            return Stream.concat(Stream.of(".", "src/test/resources/sites/check", "src/test/resources/sites/minimal"),
                    invalid.map(Path::toString).sorted().toList().stream());
        }
    }

    @ParameterizedTest
    @MethodSource("sites")
    void aSecondRunFromTheCacheReportsTheSame(String site) {
        Path root = Path.of(site);
        List<String> fresh = check(root, false);
        assertThat(check(root, true)).as("first run, filling the cache").isEqualTo(fresh);
        assertThat(check(root, true)).as("second run, from the cache").isEqualTo(fresh);
    }

    @Test
    void aKilledChecksHalfWrittenCacheIsDeletedOnceOldAndAWriteInProgressIsLeft() throws IOException {
        // What Files.createTempFile leaves beside cache.bin when a check is killed while saving it.
        Path killed = temporary.resolve("cache.bin4127.tmp");
        Path writing = temporary.resolve("cache.bin9811.tmp");
        Files.writeString(killed, "half a cache");
        Files.writeString(writing, "another check's, being written");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(CheckCache.LEFTOVER_AGE).minusSeconds(60)));

        check(Path.of("src/test/resources/sites/minimal"), true);
        check(Path.of("src/test/resources/sites/minimal"), true); // nothing new to save: leftovers are still looked at

        assertThat(killed).doesNotExist();
        assertThat(writing).exists();
        assertThat(temporary.resolve("cache.bin")).isRegularFile();
    }

    @Test
    void changedFilesAndImagesThatComeOrGoAreCheckedAgain() throws Exception {
        Path root = temporary.resolve("site");
        TestSites.copy(TestSites.site("check"), root);
        check(root, true);
        ArticleProbe probe = probeRun(root);
        assertThat(probe.answeredFromCache()).as("everything from the cache").isEqualTo(5);

        Path second = root.resolve("content/news/2024-03-02-second.md");
        TestSites.write(second, TestSites.read(second).replace("date: 2024-03-02", "date: 2 March"));
        Files.delete(root.resolve("content/news/images/big.jpg"));
        List<String> afterChange = check(root, true);
        assertThat(afterChange).isEqualTo(check(root, false))
                .anyMatch(p -> p.startsWith("content/news/2024-03-02-second.md:3:7: error: date \"2 March\" is not a date"))
                .anyMatch(p -> p.startsWith("content/news/2024-03-01-first.md:8:1: error: image images/big.jpg not found"));

        TestSites.copy(TestSites.site("check/content/news/images"), root.resolve("content/news/images"));
        assertThat(check(root, true)).isEqualTo(check(root, false))
                .noneMatch(p -> p.contains("image images/big.jpg not found"));

        TestSites.write(root.resolve("site.yaml"), TestSites.read(root.resolve("site.yaml")) + "page_size: 2\n");
        assertThat(probeRun(root).answeredFromCache()).as("another site.yaml: nothing from the cache").isZero();
    }

    @Test
    void anImageReplacedByAFileThatIsNoImageIsCheckedAgain() throws Exception {
        Path root = temporary.resolve("site");
        TestSites.copy(TestSites.site("check"), root);
        check(root, true);
        Path image = root.resolve("content/news/images/small.png");
        TestSites.write(image, "这不是图片");
        Files.setLastModifiedTime(image, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(image).toMillis() + 2000));
        assertThat(check(root, true)).isEqualTo(check(root, false))
                .anyMatch(p -> p.startsWith("content/news/2024-03-01-first.md:19:1: error: image images/small.png is not a JPEG"));
    }

    @Test
    void aFreshCloneWithEveryFileANewTimeIsAnsweredFromTheCache() throws Exception {
        Path root = temporary.resolve("site");
        TestSites.copy(TestSites.site("check"), root);
        List<String> fresh = check(root, false);
        check(root, true);
        FileTime checkout = FileTime.from(Instant.now().plusSeconds(3_600));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, checkout);
            }
        }
        assertThat(probeRun(root).answeredFromCache()).as("the images read again, the same").isEqualTo(5);
        assertThat(check(root, true)).isEqualTo(fresh);

        // Its length changed though its time did not: the photo size check must see it.
        Path small = root.resolve("content/news/images/small.png");
        Files.write(small, Files.readAllBytes(root.resolve("content/news/images/big.jpg")));
        Files.setLastModifiedTime(small, checkout);
        assertThat(probeRun(root).answeredFromCache()).isLessThan(5);
        assertThat(check(root, true)).isEqualTo(check(root, false));
    }

    @Test
    void aLinkToNothingAmongTheTemplatesIsReportedWhileItIsThere() throws Exception {
        Path root = temporary.resolve("site");
        TestSites.copy(TestSites.site("check"), root);
        List<String> before = check(root, true);
        Path link = root.resolve("templates/article.html");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, temporary.resolve("nowhere.html"));
        assertThat(check(root, true)).isEqualTo(check(root, false))
                .contains("templates/article.html:1:1: error: this symbolic link leads to nothing (correct it, or remove it)");
        Files.delete(link);
        assertThat(check(root, true)).as("the theme tried again once the link is gone").isEqualTo(before);
    }

    @Test
    void anUnreadablePhotoIsToldForWhatItIsNow() throws Exception {
        Path root = temporary.resolve("site");
        TestSites.copy(TestSites.site("check"), root);
        Path image = root.resolve("content/news/images/small.png");
        Files.write(image, new byte[0]);
        assertThat(check(root, true)).anyMatch(p -> p.contains("images/small.png is an empty file"));
        TestSites.write(image, "GIF89a");
        assertThat(check(root, true)).isEqualTo(check(root, false))
                .anyMatch(p -> p.contains("images/small.png is not a JPEG")).noneMatch(p -> p.contains("empty file"));
    }

    @Test
    void aTemplateThatBreaksIsFoundThoughTheThemeWasTriedBefore() throws Exception {
        Path root = temporary.resolve("example");
        TestSites.copy(Path.of("content"), root.resolve("content"));
        TestSites.copy(Path.of("themes"), root.resolve("themes"));
        TestSites.write(root.resolve("site.yaml"), TestSites.read(Path.of("site.yaml")));
        List<String> clean = check(root, true);
        assertThat(check(root, true)).isEqualTo(clean);

        Path template = root.resolve("themes/default/templates/article.html");
        String original = TestSites.read(template);
        TestSites.write(template, original.replaceFirst("\\{\\{", "{{ no_such_variable }}{{"));
        List<String> broken = check(root, true);
        assertThat(broken).isEqualTo(check(root, false))
                .anyMatch(p -> p.startsWith("themes/default/templates/article.html:") && p.contains("no_such_variable"));

        TestSites.write(template, original);
        assertThat(check(root, true)).isEqualTo(clean);
    }

    /**
     * site.yaml saved while a check runs, after the check took its cache's key, and put back
     * before it saves its cache: the next check finds that key, so what it keeps must be what
     * the settings of that key make.
     */
    @Test
    void siteYamlSavedAndPutBackDuringACheckLeavesResultsOfTheSettingsItsKeyNames() throws Exception {
        Path root = temporary.resolve("site");
        TestSites.copy(TestSites.site("check"), root);
        Path settings = root.resolve("site.yaml");
        String before = TestSites.read(settings);
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of(
                "reading", () -> TestSites.write(settings, before + "permalink: /:slug/\n"),
                "saving cache", () -> TestSites.write(settings, before)));
        Check.run(options(root, true), editingAt(edits));
        assertThat(edits).as("edits not made").isEmpty();
        assertThat(check(root, true)).isEqualTo(check(root, false));
    }

    /**
     * A template saved while a check runs, after the check took the key of its theme trial, and
     * put back before it saves its cache: the next check finds that key, so the trial it keeps
     * must be of the templates that key names.
     */
    @Test
    void aTemplateSavedAndPutBackDuringACheckLeavesTheTrialOfTheTemplatesItsKeyNames() throws Exception {
        Path root = temporary.resolve("example");
        TestSites.copy(Path.of("content"), root.resolve("content"));
        TestSites.copy(Path.of("themes"), root.resolve("themes"));
        TestSites.write(root.resolve("site.yaml"), TestSites.read(Path.of("site.yaml")));
        Path template = root.resolve("themes/default/templates/article.html");
        String original = TestSites.read(template);
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of(
                "checking", () -> TestSites.write(template, original.replaceFirst("\\{\\{", "{{ no_such_variable }}{{")),
                "saving cache", () -> TestSites.write(template, original)));
        Check.run(options(root, true), editingAt(edits));
        assertThat(edits).as("edits not made").isEmpty();
        assertThat(check(root, true)).isEqualTo(check(root, false)).noneMatch(p -> p.contains("no_such_variable"));
    }

    /**
     * The articles saved while a check runs, after the model read them, and put back before it
     * saves its cache: the theme's trial kept must be of the articles its key names, which the
     * next check finds again.
     */
    @Test
    void articlesSavedAndPutBackDuringACheckLeaveTheTrialOfTheArticlesItsKeyNames() throws Exception {
        Path root = temporary.resolve("site");
        TestSites.copy(TestSites.site("check"), root);
        Map<Path, String> articles = new HashMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            files.filter(file -> file.toString().endsWith(".md")).forEach(file -> articles.put(file, TestSites.read(file)));
        }
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of(
                "checking", () -> articles.keySet().forEach(file -> TestSites.write(file, "no front matter\n")),
                "saving cache", () -> articles.forEach(TestSites::write)));
        Check.run(options(root, true), editingAt(edits));
        assertThat(edits).as("edits not made").isEmpty();
        assertThat(check(root, true)).isEqualTo(check(root, false));
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        Path root = Path.of("src/test/resources/sites/check");
        List<String> fresh = check(root, false);
        Files.write(temporary.resolve("cache.bin"), new byte[] {0, 0, 0, 5, 'h', 'e', 'l', 'l', 'o', 1, 2, 3});
        assertThat(check(root, true)).isEqualTo(fresh);
        byte[] good = Files.readAllBytes(temporary.resolve("cache.bin"));
        Files.write(temporary.resolve("cache.bin"), java.util.Arrays.copyOf(good, good.length / 2));
        assertThat(check(root, true)).isEqualTo(fresh);
    }

    @Test
    void aBareFileNameIsKeptInTheCurrentFolder() throws Exception {
        // --cache .check-cache.bin, as the README's CI recipe has it: a path without a parent
        Path bare = Path.of("check-cache-test-" + ProcessHandle.current().pid() + ".bin");
        try {
            CheckCache.empty().save(bare, "key");
            assertThat(bare.toAbsolutePath()).isRegularFile();
            assertThat(CheckCache.load(bare, "key").trial("any")).isEmpty();
        } finally {
            Files.deleteIfExists(bare);
        }
    }

    @Test
    void aFolderInPlaceOfTheFileIsLeftAlone() throws Exception {
        Path folder = Files.createDirectory(temporary.resolve("cache-folder"));
        CheckCache.empty().save(folder, "key");
        assertThat(folder).isEmptyDirectory();
        try (Stream<Path> files = Files.list(temporary)) {
            assertThat(files).as("no temporary file left beside it").containsExactly(folder);
        }
    }

    @Test
    void aSaveThatFailsWhileWritingLeavesNoTemporaryFile() throws Exception {
        Path file = temporary.resolve("cache.bin");
        CheckCache.empty().save(file, "key");
        byte[] saved = Files.readAllBytes(file);
        CheckCache cache = CheckCache.empty();
        // An entry that cannot be written: the write fails once the temporary file is open.
        cache.put(Path.of("content/a.md"), new CheckCache.Entry(null, List.of(), Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> cache.save(file, "key")).isInstanceOf(NullPointerException.class);
        assertThat(file).hasBinaryContent(saved);
        try (Stream<Path> files = Files.list(temporary)) {
            assertThat(files).as("no temporary file left beside it").containsExactly(file);
        }
    }

    /** One run of the build's steps through a probe on the cache, as the check makes it. */
    ArticleProbe probeRun(Path root) {
        Path file = temporary.resolve("cache.bin");
        String key = CheckCache.keyFor(SiteConfigLoader.readIfFile(root));
        CheckCache cache = CheckCache.load(file, key);
        ArticleProbe probe = new ArticleProbe(root.toAbsolutePath().normalize(), cache);
        Build.model(BuildOptions.of(root).withDrafts(true).withFuture(true).withGitDates(false), probe);
        cache.save(file, key);
        return probe;
    }


}
