package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.PhaseEdits.editingAt;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gazette.PhaseEdits.Edit;
import org.gazette.TestPhotos;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.build.BuildListener;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.gazette.content.FileStamp;
import org.gazette.output.Manifest;
import org.gazette.output.OutputFolders;
import org.gazette.output.SiteWriter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bar for incremental builds: through a series of edits to the example site, each build with
 * the cache gives the same files, byte for byte, as a clean build of the same sources, while
 * writing only some of them.
 */
class IncrementalBuildTest {

    @TempDir
    Path work;

    private Path root;
    private Path output;
    private final List<String> notes = new ArrayList<>();
    private int step;

    @BeforeEach
    void copyExampleSite() {
        root = work.resolve("site-root");
        for (String part : List.of("content", "themes", "site.yaml")) {
            TestSites.copy(Path.of(part), root.resolve(part));
        }
        output = work.resolve("out");
    }

    @Test
    void everyStepOfAnEditingSessionGivesTheCleanBuildsBytes() throws IOException {
        BuildReport first = buildAndCompare("first build");
        assertThat(first.written()).isEqualTo(first.files());
        assertThat(first.rendered()).as("pages rendered by the first build").isPositive().isLessThanOrEqualTo(first.pages());

        BuildReport unchanged = buildAndCompare("no change");
        assertThat(unchanged.written()).as("files written with nothing changed").isZero();

        Path photo = root.resolve("content/2024/images/reading-night.jpg");
        Files.setLastModifiedTime(photo, FileTime.fromMillis(Files.getLastModifiedTime(photo).toMillis() + 2_000));
        BuildReport touched = buildAndCompare("a photo touched, its bytes the same");
        assertThat(touched.written()).as("files written when only a time changed").isZero();
        assertThat(touched.rendered()).as("pages rendered when only a time changed").isZero();

        Path reading = root.resolve("content/2024/2024-05-12-family-reading-night.md");
        append(reading, "\n社区将于下月再次举办亲子诵读活动。\n");
        BuildReport edited = buildAndCompare("one body edited");
        assertThat(edited.written()).as("files written after one edit").isPositive().isLessThan(edited.files() / 2);
        assertThat(edited.rendered()).as("pages rendered after one edit").isPositive().isLessThan(first.rendered() / 2);

        Path added = root.resolve("content/2024/2024-11-02-added.md");
        Files.writeString(added, Files.readString(reading)
                .replace("title: 书香润家庭 亲子共阅读", "title: 新增的一篇")
                .replace("date: 2024-05-12", "date: 2024-11-02"));
        buildAndCompare("article added");

        Files.delete(root.resolve("content/2024/2024-09-01-notice-legal-aid-hotline.md"));
        buildAndCompare("article deleted");

        Path renamed = root.resolve("content/2024/2024-05-12-reading-night-renamed.md");
        Files.move(reading, renamed);
        buildAndCompare("article renamed");

        replace(renamed, "date: 2024-05-12", "date: 2023-01-15");
        buildAndCompare("date changed");

        replace(renamed, "tags: [家庭教育, 亲子诵读, 家风家训]", "tags: [亲子诵读, 读书]");
        buildAndCompare("tags changed");

        replace(renamed, "tags: [亲子诵读, 读书]", "tags: [亲子诵读, 读书]\naliases: [/old/reading-night.html]");
        buildAndCompare("alias added");
        assertThat(output.resolve("old/reading-night.html")).isRegularFile();
        assertThat(TestSites.read(output.resolve("_redirects"))).contains("/old/reading-night.html");

        Path template = root.resolve("themes/default/templates/article.html");
        replace(template, "<article class=\"article\">", "<article class=\"article\" data-edition=\"2\">");
        BuildReport themed = buildAndCompare("theme template changed");
        assertThat(TestSites.read(output.resolve("2024/06/village-skills-training/index.html")))
                .contains("data-edition=\"2\"");
        assertThat(themed.written()).isGreaterThan(5);

        TestSites.write(root.resolve("templates/_article-list.html"),
                TestSites.read(root.resolve("themes/default/templates/_article-list.html")) + "\n<!-- override -->\n");
        buildAndCompare("site template override added");

        replace(root.resolve("site.yaml"), "title: 邵阳女性", "title: 邵阳女性新闻");
        buildAndCompare("site.yaml changed");

        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        Files.setLastModifiedTime(photo, FileTime.fromMillis(Files.getLastModifiedTime(photo).toMillis() + 5_000));
        buildAndCompare("photo replaced by one of another size");

        Path stylesheet = root.resolve("themes/default/assets/style.css");
        append(stylesheet, "\n.edition { color: inherit; }\n");
        buildAndCompare("stylesheet changed");
    }

    @Test
    void aBodyEditedBelowItsSummaryRendersItsPageAndTheListsShowingItNotItsNeighbours() throws IOException {
        buildAndCompare("first build");
        Document page = TestSites.page(output, "2024/05/family-reading-night/index.html");
        assertThat(page.select(".neighbours .older a, .neighbours .newer a")).as("its neighbours' links").hasSize(2);
        long lists;
        try (Stream<Path> files = Files.walk(output)) {
            lists = files.filter(file -> file.toString().endsWith(".html"))
                    .filter(file -> !TestSites.page(output, output.relativize(file).toString())
                            .select(".article-list a[href$=family-reading-night/]").isEmpty())
                    .count();
        }
        assertThat(lists).as("the lists showing it: home, column, three tags, author, year, month").isEqualTo(8);

        append(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "\n社区将于下月再次举办亲子诵读活动。\n");
        BuildReport edited = buildAndCompare("one body edited below its summary");
        // Its neighbours' pages show it as a teaser (title, date, summary), which the edit left as it was.
        assertThat(edited.rendered()).as("pages rendered: its own and the lists showing it").isEqualTo(1 + lists);
    }

    @Test
    void theLastArticleOfAFeedRetitledIsRetitledInTheFeed() throws IOException {
        // five articles are published: with feed_size 3 the site's feed ends with the third newest,
        // here in no column, so that no column's feed holds it and only the site's feed changes
        replace(root.resolve("site.yaml"), "feed_size: 20 ", "feed_size: 3  ");
        replace(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "column: 家庭教育\n", "");
        buildAndCompare("feeds of three");
        assertThat(Files.readString(output.resolve("feed.xml"))).contains("<title>书香润家庭 亲子共阅读</title>")
                .doesNotContain("市妇联举办“三八”国际妇女节座谈会");
        replace(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "title: 书香润家庭 亲子共阅读",
                "title: 书香润家庭 亲子共阅读（修改）");
        buildAndCompare("the third newest article retitled");
        assertThat(Files.readString(output.resolve("feed.xml"))).contains("<title>书香润家庭 亲子共阅读（修改）</title>");
    }

    @Test
    void aFreshCheckoutWithTheCacheAndSiteKeptRendersNoPageAgain() throws IOException {
        buildAndCompare("first build");
        Map<String, String> pagesBefore = pageKeys();
        assertThat(pagesBefore).containsKey("2024/05/family-reading-night/index.html");

        // A CI job clones the repository afresh: every source file has a new time, its bytes the same.
        FileTime checkout = FileTime.from(Instant.now().plusSeconds(3_600));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, checkout);
            }
        }
        BuildReport checkedOut = buildAndCompare("fresh checkout");
        assertThat(checkedOut.written()).isZero();
        assertThat(pageKeys()).as("every page kept, those showing photos too").isEqualTo(pagesBefore);

        Path photo = root.resolve("content/2024/images/reading-night.jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        Files.setLastModifiedTime(photo, checkout);
        buildAndCompare("photo replaced by one of another size, at the same time");
        assertThat(TestSites.read(output.resolve("2024/05/family-reading-night/index.html")))
                .contains("width=\"64\" height=\"48\"");
    }

    @Test
    void aCopyOfTheSiteWithItsCacheLooksAtItsOwnPhotos() throws IOException {
        buildAndCompare("first build");
        Path copy = work.resolve("copy-of-the-site");
        TestSites.copy(root, copy);
        root = copy;
        output = work.resolve("copy-out");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg",
                copy.resolve("content/2024/images/reading-night.jpg").toFile());
        buildAndCompare("the copy's photo replaced, the original's as it was");
        assertThat(TestSites.read(output.resolve("2024/05/family-reading-night/index.html"))).contains("width=\"64\" height=\"48\"");
    }

    @Test
    void aPhotoTurnedUprightWithItsLengthAndTimeKeptIsNoticed() throws IOException {
        Path photo = root.resolve("content/2024/images/reading-night.jpg");
        Files.write(photo, TestPhotos.jpeg(6));
        buildAndCompare("a phone's photo, stored on its side");
        assertThat(TestSites.read(output.resolve("2024/05/family-reading-night/index.html"))).contains("width=\"200\" height=\"400\"");

        // As exiftool -Orientation=1 -P does: one byte rewritten, the length and the time kept.
        FileTime time = Files.getLastModifiedTime(photo);
        Files.write(photo, TestPhotos.jpeg(1));
        Files.setLastModifiedTime(photo, time);
        buildAndCompare("the photo's orientation rewritten, its length and time as before");
        assertThat(TestSites.read(output.resolve("2024/05/family-reading-night/index.html"))).contains("width=\"400\" height=\"200\"");
    }

    @Test
    void aTemplateEditedWithItsSizeAndTimeKeptIsNoticed() throws IOException {
        buildAndCompare("first build");
        editArticleTemplateKeepingItsSizeAndTime("template edited, its size and time as before");

        Path strings = root.resolve("themes/default/i18n/zh-CN.yaml");
        FileTime time = Files.getLastModifiedTime(strings);
        replace(strings, "skip: 跳到正文", "skip: 跳至正文");
        Files.setLastModifiedTime(strings, time);
        buildAndCompare("theme strings edited, their size and time as before");
        assertThat(TestSites.read(output.resolve("index.html"))).contains("跳至正文");
    }

    /**
     * A template whose time is ahead of the clock (files copied with their times from a machine
     * whose clock is ahead), edited with its size and time kept: its change time is then earlier
     * than the time it shows, and only its bytes tell.
     */
    @Test
    void aTemplateEditedWithItsSizeAndATimeAheadOfTheClockKeptIsNoticed() throws IOException {
        Files.setLastModifiedTime(root.resolve("themes/default/templates/article.html"), FileTime.from(Instant.now().plusSeconds(86_400)));
        buildAndCompare("first build");
        editArticleTemplateKeepingItsSizeAndTime("template edited, its size and its time ahead of the clock as before");
    }

    /** One letter of the article template changed, its size and time kept; the rebuild must show it. */
    private void editArticleTemplateKeepingItsSizeAndTime(String what) throws IOException {
        Path template = root.resolve("themes/default/templates/article.html");
        FileTime time = Files.getLastModifiedTime(template);
        replace(template, "<article class=\"article\">", "<article class=\"articlE\">");
        Files.setLastModifiedTime(template, time);
        buildAndCompare(what);
        assertThat(TestSites.read(output.resolve("2024/06/village-skills-training/index.html"))).contains("class=\"articlE\"");
    }

    /**
     * A template and the theme's strings saved while a build runs, after it fingerprinted its
     * inputs, and put back before it ends (an editor's save and undo, a checkout of another branch
     * and back): the next build finds the inputs it recorded, so the pages must be made of those.
     */
    @Test
    void aThemeSavedAndPutBackDuringABuildLeavesPagesOfTheBytesItRecorded() throws IOException {
        buildAndCompare("first build");
        append(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "\n社区将于下月再次举办亲子诵读活动。\n");
        Path template = root.resolve("themes/default/templates/article.html");
        Path strings = root.resolve("themes/default/i18n/zh-CN.yaml");
        String templateBefore = Files.readString(template);
        String stringsBefore = Files.readString(strings);
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of(
                "loading cache", () -> {
                    replace(template, "<article class=\"article\">", "<article class=\"article\" data-edition=\"2\">");
                    replace(strings, "skip: 跳到正文", "skip: 跳至正文");
                },
                "listings", () -> {
                    Files.writeString(template, templateBefore);
                    Files.writeString(strings, stringsBefore);
                }));
        buildEditingAt(edits);
        buildAndCompare("the build after a theme saved and put back during the last one");
    }

    /**
     * A template saved while a build runs, after the build read it and before the pages' keys
     * are made, and left so: the pages of the bytes read must not be kept under the key of the
     * bytes saved, which the next build finds on disk.
     */
    @Test
    void aTemplateSavedDuringABuildAndLeftSoIsRenderedFromByTheNextBuild() throws IOException {
        buildAndCompare("first build");
        append(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "\n社区将于下月再次举办亲子诵读活动。\n");
        Path template = root.resolve("themes/default/templates/article.html");
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of(
                "loading cache", () -> replace(template, "<article class=\"article\">", "<article class=\"article\" data-edition=\"2\">")));
        buildEditingAt(edits);
        buildAndCompare("the build after a template saved during the last one");
    }

    /**
     * A template override that comes and goes while a build runs, and the site's templates/
     * that goes and comes back (a branch checked out and back): the next build finds the inputs
     * it recorded, so the pages must be made of the templates those inputs listed.
     */
    @Test
    void templatesThatComeAndGoDuringABuildLeavePagesOfTheTemplatesItRecorded() throws IOException {
        buildAndCompare("first build");
        Path reading = root.resolve("content/2024/2024-05-12-family-reading-night.md");
        append(reading, "\n社区将于下月再次举办亲子诵读活动。\n");
        Path override = root.resolve("templates/article.html");
        String marked = TestSites.read(root.resolve("themes/default/templates/article.html"))
                .replace("<article class=\"article\">", "<article class=\"article\" data-override=\"1\">");
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of(
                "loading cache", () -> TestSites.write(override, marked),
                "listings", () -> Files.delete(override)));
        buildEditingAt(edits);
        buildAndCompare("the build after a template override came and went during the last one");

        TestSites.write(override, marked);
        buildAndCompare("a template override");
        append(reading, "\n欢迎参加。\n");
        Path folder = root.resolve("templates");
        Path aside = work.resolve("templates-aside");
        edits.putAll(Map.of(
                "loading cache", () -> Files.move(folder, aside),
                "listings", () -> Files.move(aside, folder)));
        buildEditingAt(edits);
        buildAndCompare("the build after the site's templates went and came back during the last one");
    }

    /**
     * A template override and the site's copy of the theme's strings deleted while a build runs,
     * after it listed its inputs, and left so: the build made its pages of them, as its inputs
     * listed them, so the keys it records must name them, or the next build, which finds them
     * gone, keeps those pages.
     */
    @Test
    void aTemplateAndStringsDeletedDuringABuildAndLeftSoAreGoneFromTheNextBuild() throws IOException {
        Path override = root.resolve("templates/article.html");
        TestSites.write(override, TestSites.read(root.resolve("themes/default/templates/article.html"))
                .replace("<article class=\"article\">", "<article class=\"article\" data-override=\"1\">"));
        Path strings = root.resolve("themes/default/i18n/zh-CN.yaml");
        replace(strings, "skip: 跳到正文", "skip: 跳至正文");
        buildAndCompare("first build");
        append(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "\n社区将于下月再次举办亲子诵读活动。\n");
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of("loading cache", () -> {
            Files.delete(override);
            Files.delete(strings);
        }));
        buildEditingAt(edits);
        buildAndCompare("the build after a template and strings were deleted during the last one");
    }

    /**
     * The theme's folder moved away while a build runs and back after (a branch checked out and
     * back): the next build finds the inputs that build recorded, if it recorded any, so its pages
     * must be made of the site's copy of the theme those inputs listed, not of the bundled one.
     */
    @Test
    void theThemesFolderMovedAwayAndBackDuringABuildLeavesPagesOfTheThemeItRecorded() throws IOException {
        replace(root.resolve("themes/default/templates/article.html"), "<article class=\"article\">",
                "<article class=\"article\" data-copy=\"1\">");
        append(root.resolve("themes/default/assets/style.css"), "\n.article { margin-top: 1px; }\n");
        buildAndCompare("first build");
        append(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "\n社区将于下月再次举办亲子诵读活动。\n");
        Path folder = root.resolve("themes/default");
        Path aside = work.resolve("theme-aside");
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of("loading cache", () -> Files.move(folder, aside)));
        BuildReport meanwhile = Build.run(options(), editingAt(edits));
        assertThat(edits).as("edits not made").isEmpty();
        // Put back once the build ended: it may not reach its listings, its assets gone (an error, and nothing recorded).
        Files.move(aside, folder);
        assertThat(meanwhile.problems()).as("the build's theme was the site's copy, or none")
                .noneMatch(p -> p.isError() && !p.formatLocated().contains("cannot read " + folder.resolve("assets")));
        buildAndCompare("the build after the theme's folder went and came back during the last one");
    }

    /**
     * site.yaml saved while a build runs, after it fingerprinted its inputs, and put back once the
     * site's model is made: the next build finds the settings it recorded, so the pages must be
     * made of those.
     */
    @Test
    void siteYamlSavedAndPutBackDuringABuildLeavesPagesOfTheSettingsItRecorded() throws IOException {
        buildAndCompare("first build");
        append(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "\n社区将于下月再次举办亲子诵读活动。\n");
        Path settings = root.resolve("site.yaml");
        String before = Files.readString(settings);
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of(
                "loading cache", () -> replace(settings, "title: 邵阳女性", "title: 邵阳女性新闻"),
                "preparing", () -> Files.writeString(settings, before)));
        buildEditingAt(edits);
        buildAndCompare("the build after site.yaml saved and put back during the last one");
    }

    /**
     * A site without site.yaml, one that comes while a build runs, after it fingerprinted its
     * inputs, and goes once the site's model is made: the next build finds the inputs it recorded,
     * without site.yaml, so the pages must be made of the default settings.
     */
    @Test
    void aSiteYamlThatComesAndGoesDuringABuildOfASiteWithoutOneLeavesPagesOfTheDefaults() throws IOException {
        Path settings = root.resolve("site.yaml");
        String kept = Files.readString(settings);
        Files.delete(settings);
        buildAndCompare("first build, without site.yaml");
        append(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "\n社区将于下月再次举办亲子诵读活动。\n");
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of(
                "loading cache", () -> Files.writeString(settings, kept),
                "preparing", () -> Files.delete(settings)));
        buildEditingAt(edits);
        buildAndCompare("the build after site.yaml came and went during the last one");
    }

    /**
     * A file saved just before a build may be saved again within the same tick of its time, its
     * length kept, and no stamp would tell the two apart: the build keeps its stamp unsettled, so
     * that the next build, nothing changed since, looks at it again rather than stopping at once.
     * (Its time is set an hour ahead, so that it is not two seconds past however long a busy
     * machine takes to build.) Once every file is two seconds old, a build keeps their stamps, and
     * the next stops at once.
     */
    @Test
    void aFileSavedJustBeforeABuildIsLookedAtAgainByTheNext() throws IOException, InterruptedException {
        Path notice = root.resolve("static/files/notice.txt");
        TestSites.write(notice, "报名通知");
        Files.setLastModifiedTime(notice, FileTime.from(Instant.now().plusSeconds(3_600)));
        buildAndCompare("a static file saved just before");
        assertThat(keptTimeOf(notice)).as("its stamp, kept unsettled").isEqualTo(FileStamp.UNSETTLED);
        assertThat(phasesOfABuild()).as("the next build, nothing changed").contains("loading cache");

        Files.setLastModifiedTime(notice, FileTime.from(Instant.now().minusSeconds(3_600)));
        Thread.sleep(FileStamp.SETTLING_MILLIS + 500); // past its change time (ctime), which no one can set back
        assertThat(phasesOfABuild()).as("the first build once every file settled").contains("loading cache");
        assertThat(keptTimeOf(notice)).as("its stamp, kept").isEqualTo(FileStamp.of(notice).changed());
        assertThat(phasesOfABuild()).as("the next, nothing changed").doesNotContain("loading cache");
        buildAndCompare("every file settled");
    }

    /**
     * Once its files have settled, a build keeps each article's stamp with its fingerprint, and the
     * next leaves unread the articles whose stamps are the same; an article edited with its length
     * and time put back is read, by its change time. One left unread and saved while a build runs,
     * before a new setting has every article parsed again, is parsed from the bytes read then: that
     * build is not recorded as made of the fingerprint its stamp stood for, and its entry is kept
     * under the bytes parsed, so that put back as it was the article is parsed again, not taken
     * for the text parsed.
     */
    @Test
    void articlesUnchangedByTheirStampsAreLeftUnreadAndOneSavedMeanwhileIsParsedAsRead() throws Exception {
        Path relative = Path.of("content/2024/2024-05-12-family-reading-night.md");
        Path article = root.resolve(relative);
        String before = Files.readString(article);
        buildAndCompare("first build");
        assertThat(knownByItsStamp(relative)).as("a stamp taken while the file was settling").isFalse();
        Thread.sleep(FileStamp.SETTLING_MILLIS + 500); // past every file's change time, which no one can set back
        buildAndCompare("every file settled");
        assertThat(knownByItsStamp(relative)).as("the settled stamp, kept").isTrue();

        FileTime modified = Files.getLastModifiedTime(article);
        Files.writeString(article, before.replace("亲子诵读", "亲子阅读"));
        Files.setLastModifiedTime(article, modified);
        assertThat(Files.size(article)).isEqualTo(before.getBytes(StandardCharsets.UTF_8).length);
        buildAndCompare("an article edited with its length and time put back");

        for (String summaryLength : List.of("30", "60")) {
            Thread.sleep(FileStamp.SETTLING_MILLIS + 500);
            buildAndCompare("every file settled");
            assertThat(knownByItsStamp(relative)).isTrue();
            replace(root.resolve("site.yaml"), "summary_length: " + (summaryLength.equals("30") ? "120" : "30"), "summary_length: " + summaryLength);
            String was = Files.readString(article);
            String saved = before.replace("亲子诵读", "亲子共读" + summaryLength);
            buildEditingAt(new ConcurrentHashMap<>(Map.of("parsing", () -> Files.writeString(article, saved))));
            assertThat(tree(output)).as("the site made while the article was saved").isEqualTo(cleanBuild());
            if (summaryLength.equals("60")) {
                Files.writeString(article, was);
            }
            buildAndCompare(summaryLength.equals("30") ? "the article saved while the last build read it" : "the article put back as it was");
        }
    }

    /** The files of a clean build of the site as it is now. */
    private Map<String, String> cleanBuild() {
        Path clean = work.resolve("clean-" + ++step);
        assertThat(Build.run(TestSites.options(root, clean), BuildListener.SILENT).succeeded()).isTrue();
        return tree(clean);
    }

    /** Whether the next build would leave the article at {@code relative} unread, its stamp being the one kept. */
    private boolean knownByItsStamp(Path relative) throws IOException {
        return SourceStamps.read(root.resolve(BuildOptions.CACHE_FOLDER)).keyOf(relative, FileStamp.of(root.resolve(relative))).isPresent();
    }

    /** The time the build cache keeps for the copied file {@code source}. */
    private long keptTimeOf(Path source) {
        BuildCacheFile.State state = BuildCacheFile.read(root.resolve(BuildOptions.CACHE_FOLDER).resolve(IncrementalBuild.FILE),
                reason -> { }).orElseThrow();
        return state.copied().get(source.toAbsolutePath().toString()).modified();
    }

    /** The phases a build with the cache went through. */
    private List<String> phasesOfABuild() {
        List<String> phases = new ArrayList<>();
        BuildReport report = Build.run(options(), new BuildListener() {
            @Override
            public void phase(String name, int steps) {
                phases.add(name);
            }
        });
        assertThat(report.succeeded()).isTrue();
        return phases;
    }

    /**
     * A file that comes and goes under static/ while a build runs, after it fingerprinted its
     * inputs (the file Vim writes to try a folder, a branch checked out and back): the next build
     * finds the inputs it recorded, so the site must be the one they make, without it.
     */
    @Test
    void aStaticFileThatComesAndGoesDuringABuildIsNotLeftInTheSite() throws IOException {
        buildAndCompare("first build");
        append(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "\n社区将于下月再次举办亲子诵读活动。\n");
        Path passing = root.resolve("static/files/4913");
        Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of(
                "loading cache", () -> {
                    Files.createDirectories(passing.getParent());
                    Files.writeString(passing, "");
                },
                "indexing", () -> Files.delete(passing)));
        buildEditingAt(edits);
        buildAndCompare("the build after a static file came and went during the last one");
    }

    /**
     * A file saved again, same size, while the build copies it (an editor saving an attachment):
     * the next build must copy it again, not keep what was half-copied for good. The save is made
     * as soon as the copy into the staging folder has begun.
     */
    @Test
    void aStaticFileSavedAgainWhileItIsCopiedIsCopiedAgainNextTime() throws Exception {
        Path big = root.resolve("static/files/report.bin");
        Files.createDirectories(big.getParent());
        byte[] bytes = new byte[96 << 20];
        Files.write(big, bytes);
        buildAndCompare("first build");
        bytes[0] = 1;
        Files.write(big, bytes); // changed before the build: copied again
        Arrays.fill(bytes, (byte) 2);
        Thread editor = new Thread(() -> {
            try {
                long giveUp = System.nanoTime() + 60_000_000_000L; // a build that never copies it fails below
                while (!copyBegun() && System.nanoTime() < giveUp) {
                    Thread.onSpinWait();
                }
                try (FileChannel file = FileChannel.open(big, StandardOpenOption.WRITE)) {
                    file.write(ByteBuffer.wrap(bytes), 0); // in place, the same size
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        editor.start();
        Build.run(options(), BuildListener.SILENT);
        editor.join();
        buildAndCompare("the build after a save during the last one's copy");
    }

    /**
     * Whether a build's staging folder beside the output holds a file: an update stages only its
     * changed files, side by side, and here the one changed is the file being copied.
     */
    private boolean copyBegun() throws IOException {
        try (Stream<Path> beside = Files.list(output.getParent())) {
            return beside.filter(folder -> folder.getFileName().toString().startsWith("." + output.getFileName() + ".gazette-building-"))
                    .anyMatch(IncrementalBuildTest::holdsAFile);
        }
    }

    private static boolean holdsAFile(Path folder) {
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }

    @Test
    void anEditorsLockBesideATemplateRendersNoPageAgain() throws IOException {
        buildAndCompare("first build");
        Map<String, String> keys = pageKeys();
        // Emacs's lock while the template has unsaved changes: a link to nothing, no part of a page.
        Files.createSymbolicLink(root.resolve("themes/default/templates/.#article.html"), Path.of("editor@host.1234:1700000000"));
        BuildReport locked = buildAndCompare("an editor's lock beside a template");
        assertThat(locked.written()).as("files written").isZero();
        assertThat(pageKeys()).isEqualTo(keys);
    }

    /** Each article's key in the build cache, and those of the feeds, sitemap, robots.txt and search index, as hex. */
    private Map<String, String> articleAndFileKeys() {
        BuildCacheFile.State state = BuildCacheFile.read(root.resolve(BuildOptions.CACHE_FOLDER).resolve(IncrementalBuild.FILE),
                reason -> { }).orElseThrow();
        Map<String, String> keys = new TreeMap<>();
        state.articles().forEach((path, entry) -> keys.put(path.toString(), HexFormat.of().formatHex(entry.parseKey())));
        for (String generator : List.of("feeds", "sitemaps", "robots", "search")) {
            keys.put(generator, HexFormat.of().formatHex(state.generators().get(generator).key()));
        }
        return keys;
    }

    /** Each page's key in the build cache, as hex. */
    private Map<String, String> pageKeys() {
        BuildCacheFile.State state = BuildCacheFile.read(root.resolve(BuildOptions.CACHE_FOLDER).resolve(IncrementalBuild.FILE),
                reason -> { }).orElseThrow();
        Map<String, String> keys = new TreeMap<>();
        state.pages().forEach((path, key) -> keys.put(path, HexFormat.of().formatHex(key)));
        return keys;
    }

    @Test
    void aDamagedOrForeignCacheIsIgnored() throws IOException {
        buildAndCompare("first build");
        Path cache = root.resolve(BuildOptions.CACHE_FOLDER).resolve(IncrementalBuild.FILE);
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(cache, bytes);
        append(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "\n补充一句。\n");
        buildAndCompare("cache with one byte changed");
        assertThat(notes).anySatisfy(note -> assertThat(note).contains("damaged"));

        Path article = root.resolve("content/2024/2024-06-20-village-skills-training.md");
        Files.write(cache, Arrays.copyOf(Files.readAllBytes(cache), 1000));
        append(article, "\n又补充一句。\n");
        buildAndCompare("cache cut short");
        byte[] whole = Files.readAllBytes(cache);
        Files.write(cache, Arrays.copyOf(whole, whole.length - 1));
        append(article, "\n还补充一句。\n");
        buildAndCompare("cache missing its last byte");
        assertThat(notes).anySatisfy(note -> assertThat(note).endsWith("is damaged (it ends too soon); it is rebuilt"))
                .noneSatisfy(note -> assertThat(note).contains("null"));

        Files.writeString(cache, "not a cache at all");
        append(article, "\n再补充一句。\n");
        buildAndCompare("foreign file");
        assertThat(notes).hasSizeGreaterThanOrEqualTo(3);
    }

    /**
     * The search index's kept counts, damaged, cut short or another program's file, are counted
     * afresh: each build's index is a clean build's. Each damage is in the kept postings, where
     * read as they are they would give an article words it does not have.
     */
    @Test
    void damagedSearchCountsAreCountedAfresh() throws IOException {
        buildAndCompare("first build");
        Path counts = root.resolve(BuildOptions.CACHE_FOLDER).resolve(IncrementalBuild.SEARCH_COUNTS);
        Path article = root.resolve("content/2024/2024-06-20-village-skills-training.md");
        byte[] bytes = Files.readAllBytes(counts);
        bytes[bytes.length - 40] ^= 0x02; // a frequency among the last postings
        Files.write(counts, bytes);
        append(article, "\n补充一句。\n");
        buildAndCompare("search counts with one bit changed");

        Files.write(counts, Arrays.copyOf(Files.readAllBytes(counts), Files.readAllBytes(counts).length - 1));
        append(article, "\n又补充一句。\n");
        buildAndCompare("search counts missing their last byte");

        Files.writeString(counts, "not counts at all");
        append(article, "\n再补充一句。\n");
        buildAndCompare("a foreign file in place of the search counts");
        assertThat(counts).isNotEmptyFile().content().doesNotContain("not counts at all");
    }

    @Test
    void theTemporaryFilesOfACacheWriteCutOffByAKillAreDeletedByTheNextBuild() throws IOException {
        buildAndCompare("first build");
        Path cache = root.resolve(BuildOptions.CACHE_FOLDER);
        // What CacheFiles.replace leaves when its process is killed (kill -9, a CI job's timeout)
        // between making its temporary file and renaming it: the cache file's name, a number, .tmp.
        Files.write(cache.resolve(IncrementalBuild.FILE + "5210336123456789012.tmp"), new byte[1 << 16]);
        Files.write(cache.resolve(LastBuild.FILE + "77.tmp"), new byte[100]);
        Files.write(cache.resolve(IncrementalBuild.SEARCH_COUNTS + "901.tmp"), new byte[100]);
        Files.write(cache.resolve(SourceStamps.FILE + "33.tmp"), new byte[100]);
        Path notGazettes = Files.writeString(cache.resolve("notes.tmp"), "an editor's own file");
        buildAndCompare("nothing changed");
        assertThat(names(cache)).filteredOn(name -> !name.equals(SourceStamps.FILE)) // there once a stamp has settled
                .containsExactlyInAnyOrder(IncrementalBuild.FILE, LastBuild.FILE, IncrementalBuild.SEARCH_COUNTS, "notes.tmp");

        Files.write(cache.resolve(IncrementalBuild.FILE + "42.tmp"), new byte[1 << 16]);
        append(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "\n补充一句。\n");
        buildAndCompare("an article edited");
        assertThat(names(cache)).filteredOn(name -> !name.equals(SourceStamps.FILE)) // there once a stamp has settled
                .containsExactlyInAnyOrder(IncrementalBuild.FILE, LastBuild.FILE, IncrementalBuild.SEARCH_COUNTS, "notes.tmp");
        assertThat(notGazettes).hasContent("an editor's own file");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /**
     * The options are among the build's inputs: the same sources built with drafts, with articles
     * not yet due, at another address, each step changing one option alone.
     */
    @Test
    void theDraftsFutureAndBaseUrlOptionsChangedAloneAreBuiltAsACleanBuildBuildsThem() throws IOException {
        Files.writeString(root.resolve("content/2024/2026-06-01-coming.md"), """
                ---
                title: 六月一日发布的通知
                date: 2026-06-01
                column: 通知公告
                ---

                儿童节活动通知。
                """);
        buildAndCompare("first build");
        buildAndCompare("with drafts", with -> with.withDrafts(true));
        assertThat(output.resolve("2024/10/volunteer-draft/index.html")).isRegularFile();
        buildAndCompare("without drafts again", with -> with);
        assertThat(output.resolve("2024/10/volunteer-draft/index.html")).doesNotExist();
        buildAndCompare("with articles not yet due", with -> with.withFuture(true));
        assertThat(output.resolve("2026/06/coming/index.html")).isRegularFile();
        buildAndCompare("at another address", with -> with.withFuture(true).withBaseUrl(URI.create("https://preview.example.org/")));
        assertThat(TestSites.read(output.resolve("feed.xml"))).contains("https://preview.example.org/");
    }

    /** A site template override put out of use by a new name: its bytes are as before, only its name is not. */
    @Test
    void aTemplateOverrideRenamedOutOfUseIsNoticed() throws IOException {
        Path override = root.resolve("templates/_article-list.html");
        TestSites.write(override, TestSites.read(root.resolve("themes/default/templates/_article-list.html")) + "\n<!-- override -->\n");
        buildAndCompare("a site template override");
        assertThat(TestSites.read(output.resolve("index.html"))).contains("<!-- override -->");
        Files.move(override, root.resolve("templates/_article-list.html.off"));
        buildAndCompare("the override renamed out of use");
        assertThat(TestSites.read(output.resolve("index.html"))).doesNotContain("<!-- override -->");
    }

    /** A folder of static/ renamed: the files in it keep their length, times and inodes; only their names change. */
    @Test
    void aStaticFolderRenamedIsPublishedUnderItsNewName() throws IOException {
        TestSites.write(root.resolve("static/files/guide.txt"), "办事指南");
        buildAndCompare("a static file");
        Files.move(root.resolve("static/files"), root.resolve("static/docs"));
        buildAndCompare("its folder renamed");
        assertThat(output.resolve("docs/guide.txt")).isRegularFile();
        assertThat(output.resolve("files/guide.txt")).doesNotExist();
    }

    /**
     * _redirects lists the aliases by the articles' files: an article moved to another year's
     * folder, its address, title and aliases as before, moves its lines there.
     */
    @Test
    void anArticleWithAliasesMovedToAnotherFolderMovesItsLinesInTheRedirects() throws IOException {
        replace(root.resolve("content/2024/2024-05-12-family-reading-night.md"), "tags: [家庭教育, 亲子诵读, 家风家训]",
                "tags: [家庭教育, 亲子诵读, 家风家训]\naliases: [/old/reading-night.html]");
        buildAndCompare("two articles with aliases");
        String before = TestSites.read(output.resolve("_redirects"));
        assertThat(before.indexOf("/old/reading-night.html")).isLessThan(before.indexOf("/tzgg/2024/0901.html"));
        Files.move(root.resolve("content/2024/2024-09-01-notice-legal-aid-hotline.md"),
                root.resolve("content/2023/2024-09-01-notice-legal-aid-hotline.md"));
        buildAndCompare("the notice moved to the folder of 2023");
        String after = TestSites.read(output.resolve("_redirects"));
        assertThat(after.indexOf("/tzgg/2024/0901.html")).isLessThan(after.indexOf("/old/reading-night.html"));
    }

    /** An article with an alias re-dated (its address changes), then retitled: its alias page and _redirects follow it. */
    @Test
    void anArticleWithAnAliasReDatedThenRetitledMovesItsAliasPageAndRedirects() throws IOException {
        Path notice = root.resolve("content/2024/2024-09-01-notice-legal-aid-hotline.md");
        buildAndCompare("first build");
        replace(notice, "date: 2024-09-01", "date: 2024-10-01");
        buildAndCompare("the article with the alias re-dated");
        assertThat(TestSites.read(output.resolve("tzgg/2024/0901.html"))).contains("/2024/10/notice-legal-aid-hotline/");
        assertThat(TestSites.read(output.resolve("_redirects"))).contains("/2024/10/notice-legal-aid-hotline/");

        replace(notice, "title: 关于开通妇女儿童维权服务热线的通知", "title: 关于开通维权服务热线的通知");
        buildAndCompare("the article with the alias retitled");
        assertThat(TestSites.read(output.resolve("tzgg/2024/0901.html"))).contains("<title>关于开通维权服务热线的通知</title>");
    }

    /**
     * A link to nothing in a theme the site does not use is let be; moved into the theme in use,
     * it is refused. The number of such links under themes/ is the same before and after.
     */
    @Test
    void aLinkToNothingMovedIntoTheThemeInUseFailsTheBuildWithTheCacheAsWithout() throws IOException {
        Path unused = root.resolve("themes/other/templates/old.html");
        Files.createDirectories(unused.getParent());
        Files.createSymbolicLink(unused, Path.of("no-such-template.html"));
        buildAndCompare("a link to nothing in a theme not in use");
        Files.move(unused, root.resolve("themes/default/templates/old.html"), java.nio.file.LinkOption.NOFOLLOW_LINKS);
        BuildReport clean = Build.run(TestSites.options(root, work.resolve("clean")), BuildListener.SILENT);
        assertThat(clean.succeeded()).isFalse();
        BuildReport cached = Build.run(options(), listener());
        assertThat(cached.succeeded()).as("refused, as by a clean build").isFalse();
        assertThat(cached.problems()).extracting(p -> p.format()).isEqualTo(clean.problems().stream().map(p -> p.format()).toList());
    }

    @Test
    void anOutputFolderChangedOrDeletedBehindTheCachesBackIsRebuilt() throws IOException {
        buildAndCompare("first build");
        Files.writeString(output.resolve("index.html"), "edited by hand");
        buildAndCompare("a page edited by hand");

        Files.delete(output.resolve("2024/06/village-skills-training/index.html"));
        buildAndCompare("a page deleted by hand");

        OutputFolders.deleteTree(output);
        buildAndCompare("output folder deleted");
    }

    /**
     * A build without the cache writes the output folder the cache recorded (an editor trying a
     * change with {@code --no-cache}), and the change is then undone: the sources are again those
     * of the last build with the cache, but the folder is not what that build wrote. Its manifest
     * tells: neither the last build's record nor its pages may be taken as they are.
     */
    @Test
    void aSiteWrittenWithoutTheCacheInBetweenIsNotTakenForTheLastCachedBuilds() throws IOException {
        buildAndCompare("first build");
        Path reading = root.resolve("content/2024/2024-05-12-family-reading-night.md");
        String asBuilt = Files.readString(reading);
        replace(reading, "title: 书香润家庭 亲子共阅读", "title: 书香润家庭 亲子共阅读（试稿）");
        assertThat(Build.run(TestSites.options(root, output), listener()).succeeded()).isTrue();
        assertThat(TestSites.read(output.resolve("2024/05/family-reading-night/index.html"))).contains("（试稿）");

        Files.writeString(reading, asBuilt);
        buildAndCompare("the article back as the last build with the cache had it");
        assertThat(TestSites.read(output.resolve("2024/05/family-reading-night/index.html"))).doesNotContain("（试稿）");

        // The same again with one more edit, so that the build goes the long way: the pages the
        // cache recorded are not in the folder either.
        replace(reading, "title: 书香润家庭 亲子共阅读", "title: 书香润家庭 亲子共阅读（试稿）");
        assertThat(Build.run(TestSites.options(root, output), listener()).succeeded()).isTrue();
        Files.writeString(reading, asBuilt);
        append(root.resolve("content/2024/2024-06-20-village-skills-training.md"), "\n补充一句。\n");
        buildAndCompare("the article back, and another edited");
        assertThat(TestSites.read(output.resolve("2024/05/family-reading-night/index.html"))).doesNotContain("（试稿）");
    }

    /**
     * An update stopped halfway (the machine stopped during the renames) leaves the marker, and
     * may leave a page of the new site of the same length as the old. With the sources as the last
     * finished build had them (the edit undone), the build must not stop as up to date: it
     * replaces the folder whole.
     */
    @Test
    void anUpdateStoppedHalfwayIsNotTakenForTheLastBuildsOutput() throws IOException {
        buildAndCompare("first build");
        Path page = output.resolve("2024/06/village-skills-training/index.html");
        long size = Files.size(page);
        String text = Files.readString(page);
        assertThat(text).contains(" - 邵阳女性</title>");
        Files.writeString(page, text.replace(" - 邵阳女性</title>", " | 邵阳女性</title>")); // the new site's page, as renamed in
        assertThat(Files.size(page)).isEqualTo(size);
        Files.writeString(output.resolve(SiteWriter.UPDATING), "/tmp/.out.gazette-building-1\n");
        buildAndCompare("the next build after an update stopped halfway");
        assertThat(output.resolve(SiteWriter.UPDATING)).doesNotExist();
    }

    @Test
    void aPageEditedByHandWithItsSizeKeptIsMendedByABuildWithoutTheCache() throws IOException {
        buildAndCompare("first build");
        Map<String, String> clean = tree(output);
        Path home = output.resolve("index.html");
        String page = Files.readString(home);
        Files.writeString(home, page.replace("<!DOCTYPE html>", "<!DOCTYPE HTML>"));
        Build.run(options(), listener());
        assertThat(Files.readString(home)).as("kept: the manifest records the size the page still has (README)").contains("HTML");

        BuildReport afresh = Build.run(TestSites.options(root, output), listener());
        assertThat(afresh.written()).isEqualTo(afresh.files());
        assertThat(tree(output)).isEqualTo(clean);
    }

    @Test
    void aFailedBuildLeavesTheSiteAndTheNextBuildIsStillExact() throws IOException {
        buildAndCompare("first build");
        Map<String, String> before = tree(output);
        Path article = root.resolve("content/2024/2024-06-20-village-skills-training.md");
        String good = Files.readString(article);
        Files.writeString(article, good.replace("title:", "title: [unclosed"));
        BuildReport failed = Build.run(options(), listener());
        assertThat(failed.succeeded()).isFalse();
        assertThat(tree(output)).isEqualTo(before);

        Files.writeString(article, good.replace("column: 基层动态", "column: 新栏目"));
        buildAndCompare("fixed with another column");
    }

    @Test
    void anArticleFallingDueIsPublishedThoughNoFileChanged() throws IOException {
        Files.writeString(root.resolve("content/2024/2026-06-01-coming.md"), """
                ---
                title: 六月一日发布的通知
                date: 2026-06-01
                column: 通知公告
                ---

                儿童节活动通知。
                """);
        buildAndCompare("before its date", TestSites.NOW);
        assertThat(output.resolve("2026/06/coming/index.html")).doesNotExist();
        BuildReport due = buildAndCompare("after its date", Clock.fixed(Instant.parse("2026-06-02T00:00:00Z"), ZoneOffset.UTC));
        assertThat(output.resolve("2026/06/coming/index.html")).isRegularFile();
        assertThat(due.written()).isPositive();

        // A clock set back (corrected, or another machine's CI job): the article is not due again.
        buildAndCompare("the clock set back before its date", Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(output.resolve("2026/06/coming/index.html")).doesNotExist();
    }

    @Test
    void anArticleTakenDownAndPublishedAgainTakesItsPhotosWithItAsACleanBuildDoes() throws IOException {
        buildAndCompare("first build");
        Path bundle = root.resolve("content/2023/five-year-review/index.md");
        Path flat = root.resolve("content/2024/2024-06-20-village-skills-training.md");
        replace(bundle, "\ndate: ", "\ndraft: true\ndate: ");
        replace(flat, "\ndate: ", "\ndraft: true\ndate: ");
        buildAndCompare("a bundle and a flat article taken down");
        assertThat(output.resolve("2023/five-year-review")).doesNotExist();
        assertThat(output.resolve("2024/images/village-training.jpg")).doesNotExist();

        replace(bundle, "\ndraft: true\n", "\n");
        buildAndCompare("the bundle published again");
        assertThat(output.resolve("2023/five-year-review/photo-1.jpg")).isRegularFile();
        assertThat(output.resolve("2024/images/village-training.jpg")).doesNotExist();

        replace(flat, "\ndraft: true\n", "\ndate: 2026-06-01\n#");
        buildAndCompare("the flat article scheduled for later");
        assertThat(output.resolve("2024/images/village-training.jpg")).doesNotExist();
        buildAndCompare("the flat article fallen due", Clock.fixed(Instant.parse("2026-06-02T00:00:00Z"), ZoneOffset.UTC));
        assertThat(output.resolve("2024/images/village-training.jpg")).isRegularFile();
    }

    /** A build takes one instant for now: an article falling due while it reads the sources is not published from a later reading. */
    @Test
    void theBuildTakesOneInstantForNow() throws IOException {
        Files.writeString(root.resolve("content/2024/2026-06-01-coming.md"), "---\ntitle: 十点发布的通知\ndate: 2026-06-01T10:00:00Z\n---\n\n通知。\n");
        Instant before = Instant.parse("2026-06-01T09:59:59.500Z");
        Clock ticking = new Clock() { // the first reading before ten, every later one after
            private boolean read;

            @Override
            public Instant instant() {
                Instant now = read ? before.plusMillis(800) : before;
                read = true;
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        assertThat(Build.run(options().withClock(ticking), listener()).succeeded()).isTrue();
        assertThat(output.resolve("2026/06/coming/index.html")).as("not due at the build's first reading").doesNotExist();
        buildAndCompare("just before ten, by another machine's clock", Clock.fixed(before.plusMillis(300), ZoneOffset.UTC));
        assertThat(output.resolve("2026/06/coming/index.html")).doesNotExist();
    }

    @Test
    void aWarningTheClockHasEndedIsNotRepeatedFromTheLastBuild() throws IOException {
        Files.writeString(root.resolve("content/2024/2026-06-01-coming.md"), "---\ntitle: 通知\ndate: 2026-06-01\n---\n\n通知。\n");
        BuildReport early = buildAndCompare("more than a year ahead", Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(early.problems()).extracting(p -> p.message()).anyMatch(m -> m.contains("more than a year ahead"));
        BuildReport later = buildAndCompare("within the year", Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(later.problems()).extracting(p -> p.message()).noneMatch(m -> m.contains("more than a year ahead"));
    }

    @Test
    void foldersReachedThroughLinksAreWatchedLikeTheirOwn() throws IOException {
        // Inside the site's folder: a link out of it is refused.
        Path shared = root.resolve("shared/templates");
        TestSites.write(shared.resolve("_article-list.html"),
                TestSites.read(root.resolve("themes/default/templates/_article-list.html")) + "\n<!-- shared 1 -->\n");
        Files.createSymbolicLink(root.resolve("templates"), shared);
        Path images = root.resolve("shared/images");
        Files.move(root.resolve("content/2024/images"), images);
        Files.createSymbolicLink(root.resolve("content/2024/images"), images);
        buildAndCompare("templates/ and an image folder are links");
        assertThat(TestSites.read(output.resolve("index.html"))).contains("<!-- shared 1 -->");

        replace(shared.resolve("_article-list.html"), "<!-- shared 1 -->", "<!-- shared 2 -->");
        buildAndCompare("a template edited in the linked folder");
        assertThat(TestSites.read(output.resolve("index.html"))).contains("<!-- shared 2 -->");
    }

    @Test
    void aCommentAddedAboveTheRedirectsRendersNoPageAgain() throws IOException {
        append(root.resolve("site.yaml"), "redirects:\n  /old/news.asp: /columns/news/\n");
        buildAndCompare("a redirect");
        Map<String, String> keys = pageKeys();

        Path settings = root.resolve("site.yaml");
        Files.writeString(settings, "# 邵阳女性的设置\n" + Files.readString(settings));
        BuildReport commented = buildAndCompare("a comment line above the redirects");
        assertThat(commented.written()).as("files written").isZero();
        assertThat(pageKeys()).as("every page kept").isEqualTo(keys);
    }

    @Test
    void aRedirectOrADeploySettingAddedReadsNoArticleAgain() throws IOException {
        buildAndCompare("first build");
        Map<String, String> keys = articleAndFileKeys();
        append(root.resolve("site.yaml"), "redirects:\n  /old/news.asp: /columns/news/\ndeploy:\n  max_deletes: 40\n");
        buildAndCompare("a redirect and a deploy setting");
        assertThat(articleAndFileKeys()).as("each article's key, and those of the files made without the theme").isEqualTo(keys);
    }

    @Test
    void aNewTitleDescriptionOrBaseUrlReadsNoArticleAgain() throws IOException {
        BuildReport first = buildAndCompare("first build");
        Map<String, String> keys = articleKeys();
        Path settings = root.resolve("site.yaml");
        replace(settings, "title: 邵阳女性", "title: 邵阳女性新闻");
        replace(settings, "description: 邵阳市妇女联合会新闻档案", "description: 邵阳市妇联新闻档案");
        replace(settings, "base_url: https://news.example.org/", "base_url: https://www.example.org/news/");
        String search = searchKey();
        BuildReport retitled = buildAndCompare("a new title, description and base URL");
        assertThat(articleKeys()).as("each article's key").isEqualTo(keys);
        assertThat(searchKey()).as("the search index's key").isEqualTo(search);
        assertThat(retitled.rendered()).as("pages rendered: all, which show the title").isEqualTo(first.rendered());
    }

    @Test
    void eachSettingAnArticleReadsReadsTheArticlesAgain() throws IOException {
        buildAndCompare("first build");
        Path settings = root.resolve("site.yaml");
        List<List<String>> changes = List.of(
                List.of("time_zone: Asia/Shanghai", "time_zone: Pacific/Kiritimati"),
                List.of("permalink: /:year/:month/:slug/", "permalink: /:year/:slug/"),
                List.of("    通知公告: notices", "    通知公告: notices\n  tags:\n    家庭教育: family-education"),
                List.of("summary_length: 120", "summary_length: 30"));
        for (List<String> change : changes) {
            Map<String, String> keys = articleKeys();
            String search = searchKey();
            replace(settings, change.get(0), change.get(1));
            buildAndCompare(change.get(1));
            assertThat(articleKeys().values()).as("the articles' keys after %s", change.get(1))
                    .doesNotContainAnyElementsOf(keys.values());
            assertThat(searchKey()).as("the search index's key after %s", change.get(1)).isNotEqualTo(search);
        }
    }

    /** The search index's key in the build cache, as hex. */
    private String searchKey() {
        return articleAndFileKeys().get("search");
    }

    /** Each article's key in the build cache, as hex. */
    private Map<String, String> articleKeys() {
        BuildCacheFile.State state = BuildCacheFile.read(root.resolve(BuildOptions.CACHE_FOLDER).resolve(IncrementalBuild.FILE),
                reason -> { }).orElseThrow();
        Map<String, String> keys = new TreeMap<>();
        state.articles().forEach((path, entry) -> keys.put(path.toString(), HexFormat.of().formatHex(entry.parseKey())));
        return keys;
    }

    /**
     * A photo that is a link, pointed at another file of the same length and time (a clone writes
     * thousands of files a second, so two versions of a file often share both): the link leads
     * to another file, which the build must read, copy and measure as a clean build does.
     */
    @Test
    void aLinkPointedAtAnotherFileOfTheSameLengthAndTimeIsNoticed() throws IOException {
        Path versions = root.resolve("shared/photos");
        Path lying = versions.resolve("lying.jpg");
        Path upright = versions.resolve("upright.jpg");
        Files.createDirectories(versions);
        Files.write(lying, TestPhotos.jpeg(6));
        Files.write(upright, TestPhotos.jpeg(1));
        assertThat(Files.size(upright)).isEqualTo(Files.size(lying));
        // One time for both, later than the system's own: their lengths and times are the same.
        FileTime time = FileTime.from(Instant.now().plusSeconds(86_400));
        Files.setLastModifiedTime(lying, time);
        Files.setLastModifiedTime(upright, time);
        Path photo = root.resolve("content/2024/images/reading-night.jpg");
        Files.delete(photo);
        Files.createSymbolicLink(photo, photo.getParent().relativize(lying));
        buildAndCompare("the photo a link to a photo lying on its side");
        assertThat(TestSites.read(output.resolve("2024/05/family-reading-night/index.html"))).contains("width=\"200\" height=\"400\"");

        Files.delete(photo);
        Files.createSymbolicLink(photo, photo.getParent().relativize(upright));
        buildAndCompare("the link pointed at the upright photo, of the same length and time");
        assertThat(TestSites.read(output.resolve("2024/05/family-reading-night/index.html"))).contains("width=\"400\" height=\"200\"");
    }

    @Test
    void anOutputFileMayBecomeAFolderAndAFolderAFile() throws IOException {
        Path notice = root.resolve("content/2024/2024-09-01-notice-legal-aid-hotline.md");
        buildAndCompare("first build");
        assertThat(output.resolve("tzgg/2024/0901.html")).isRegularFile();

        // An alias without an extension is a folder's page: a file where the folder was needs a name with a dot.
        replace(notice, "aliases: [/tzgg/2024/0901.html]", "aliases: [/tzgg/2024.html/0901.html]");
        buildAndCompare("the alias in another folder");
        assertThat(output.resolve("tzgg/2024.html/0901.html")).isRegularFile();

        replace(notice, "aliases: [/tzgg/2024.html/0901.html]", "aliases: [/tzgg/2024.html]");
        buildAndCompare("the alias's folder is now a file");
        assertThat(output.resolve("tzgg/2024.html")).isRegularFile();

        replace(notice, "aliases: [/tzgg/2024.html]", "aliases: [/tzgg/2024/0901.html]");
        buildAndCompare("and a folder again");
        assertThat(output.resolve("tzgg/2024/0901.html")).isRegularFile();
        try (Stream<Path> beside = Files.list(work)) {
            assertThat(beside).noneMatch(p -> p.getFileName().toString().contains(".building-"));
        }
    }

    @Test
    void aFileWhereOtherOutputsNeedAFolderIsTheEditorsError() throws IOException {
        Path notice = root.resolve("content/2024/2024-09-01-notice-legal-aid-hotline.md");
        buildAndCompare("first build");
        TestSites.write(root.resolve("static/docs.2024/guide.txt"), "指南");
        String expected = Path.of("content/2024/2024-09-01-notice-legal-aid-hotline.md") + ":6: the alias /docs.2024 of this"
                + " article is in the way of other pages or files";
        replace(notice, "aliases: [/tzgg/2024/0901.html]", "aliases: [/docs.2024]");
        BuildReport clash = Build.run(options(), BuildListener.SILENT);
        assertThat(clash.problems()).filteredOn(p -> p.isError()).extracting(p -> p.format()).singleElement().asString()
                .startsWith(expected);
        assertThat(Build.run(TestSites.options(root, work.resolve("fresh")), BuildListener.SILENT).problems())
                .filteredOn(p -> p.isError()).extracting(p -> p.format()).singleElement().asString().startsWith(expected);
        assertThat(org.gazette.check.Check.run(org.gazette.check.CheckOptions.of(root).withClock(TestSites.NOW)).problems())
                .as("check finds it too").filteredOn(p -> p.isError()).extracting(p -> p.format()).singleElement().asString()
                .startsWith(expected);

        replace(notice, "aliases: [/docs.2024]", "aliases: [/feed.xml/0901.html]");
        assertThat(Build.run(options(), BuildListener.SILENT).problems()).filteredOn(p -> p.isError()).extracting(p -> p.format())
                .singleElement().asString().as("an alias inside a file").contains(":6: the alias /feed.xml/0901.html of this article");
        try (Stream<Path> beside = Files.list(work)) {
            assertThat(beside).noneMatch(p -> p.getFileName().toString().contains(".building-"));
        }
    }

    /** A build that makes each of {@code edits} as it enters the phase named, all of them. */
    private void buildEditingAt(Map<String, Edit> edits) {
        Build.run(options(), editingAt(edits));
        assertThat(edits).as("edits not made").isEmpty();
    }

    private BuildReport buildAndCompare(String what) {
        return buildAndCompare(what, TestSites.NOW);
    }

    private BuildReport buildAndCompare(String what, Clock now) {
        return buildAndCompare(what, with -> with.withClock(now));
    }

    /** Builds with the cache into {@code out} and without it into a fresh folder, both with {@code options}; the two must hold the same bytes. */
    private BuildReport buildAndCompare(String what, UnaryOperator<BuildOptions> options) {
        step++;
        BuildReport incremental = Build.run(options.apply(options()), listener());
        assertThat(incremental.problems()).as(what).noneMatch(p -> p.isError());
        Path clean = work.resolve("clean-" + step);
        BuildReport fresh = Build.run(options.apply(TestSites.options(root, clean)), BuildListener.SILENT);
        assertThat(fresh.succeeded()).as(what).isTrue();
        assertThat(tree(output)).as("%s: the incremental build's files", what).isEqualTo(tree(clean));
        assertThat(incremental.files()).isEqualTo(fresh.files());
        return incremental;
    }

    private BuildOptions options() {
        return TestSites.options(root, output).withCache(root.resolve(BuildOptions.CACHE_FOLDER));
    }

    /** A save to make at a known point of a build. */


    private BuildListener listener() {
        return new BuildListener() {
            @Override
            public void note(String text) {
                notes.add(text);
            }
        };
    }

    /** Every file under {@code folder} by relative path, as a SHA-256 (and its text when short, for readable failures). */
    private static Map<String, String> tree(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(folder.relativize(file).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(Manifest.md5().digest(bytes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
