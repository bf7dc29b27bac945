package org.gazette.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.gazette.build.BuildListener;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code gazette check} on fixture sites: the build's problems with columns, and the checks only it makes. */
class CheckTest {

    static final Path CHECK_SITE = TestSites.site("check");

    static CheckReport check(Path root) {
        return Check.run(CheckOptions.of(root).withClock(TestSites.NOW));
    }

    /** A site of one plain article, content/2024/a.md. */
    static void writeOneArticle(Path root) {
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n正文。\n");
    }

    @Test
    void findsBrokenLinksLargePhotosLateDraftsEmptySummariesAndTheBuildsProblems() throws IOException {
        CheckReport report = Check.run(CheckOptions.of(CHECK_SITE).withClock(TestSites.NOW).withMaxPhotoBytes(10_000));
        List<String> expected = Files.readAllLines(CHECK_SITE.resolve("expected-check.txt"));
        assertThat(report.problems()).extracting(Problem::formatLocated).containsExactlyElementsOf(expected);
        assertThat(report.articles()).isEqualTo(5);
        assertThat(report.passed()).isFalse();
    }

    static Stream<String> invalidSites() throws IOException {
        try (Stream<Path> list = Files.list(TestSites.site("invalid"))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSites")
    void reportsExactlyWhatTheBuildReportsForEachInvalidSite(String name) throws IOException {
        Path site = TestSites.site("invalid").resolve(name);
        CheckReport report = check(site);
        assertThat(report.problems()).extracting(Problem::format)
                .containsExactlyElementsOf(Files.readAllLines(site.resolve("expected-problems.txt")));
    }

    @Test
    void tellsItsProgressAsABuildDoesOneStepAnArticleInEachCountedPhase(@TempDir Path root) {
        List<String> told = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger steps = new AtomicInteger();
        BuildListener listener = new BuildListener() {
            @Override
            public void phase(String name, int total) {
                told.add(name + " " + total);
            }

            @Override
            public void advance(int n) {
                steps.addAndGet(n);
            }
        };
        Check.run(CheckOptions.of(Path.of(".")).withClock(TestSites.NOW).withCache(root.resolve("cache.bin")), listener);
        assertThat(told).containsExactly("reading 0", "parsing 6", "rendering 6", "site model 0", "checking 6", "saving cache 0");
        assertThat(steps).as("each article parsed, rendered and checked").hasValue(18);
        told.clear();
        Check.run(CheckOptions.of(Path.of(".")).withClock(TestSites.NOW), listener);
        assertThat(told).as("no cache to save").containsExactly("reading 0", "parsing 6", "rendering 6", "site model 0", "checking 6");
    }

    @Test
    void theExampleSiteHasOnlyItsLateDraft() {
        CheckReport report = check(Path.of("."));
        assertThat(report.problems()).extracting(Problem::formatLocated).containsExactly(
                "content/2024/2024-10-15-volunteer-draft.md:6:1: warning: this draft is dated 2024-10-15, which has passed"
                        + " (to publish it, remove draft: true or give it a new date; if it is kept back on purpose, as in a"
                        + " takedown, it stays unpublished with the photos only it uses, and moving it and those photos out of"
                        + " content/ ends this warning)");
        assertThat(report.passed()).isTrue();
        assertThat(report.articles()).isEqualTo(6);
    }

    @Test
    void aLinkToADraftIsAnErrorAndOneToAnArticleScheduledForLaterAWarningNamingWhenItComesOut(@TempDir Path root) {
        // Check counts drafts and scheduled articles as pages; readers of the site do not have them yet.
        TestSites.write(root.resolve("content/2025/notice.md"), "---\ntitle: 通知\ndate: 2025-09-01\n---\n\n"
                + "详见[定时文章](/2026/12/scheduled/)和[草稿](/2026/10/volunteer-draft/)。\n\n"
                + "[旧址](/news/old-draft.html)、[标签](/tags/志愿/)、[草稿的标签](/tags/草稿/)\n");
        TestSites.write(root.resolve("content/2026/scheduled.md"), "---\ntitle: 定时\ndate: 2026-12-15 09:00\ntags: [志愿]\n---\n\n"
                + "[草稿](../../../2026/10/volunteer-draft/)、[更早的定时文章](/2026/03/earlier/)\n");
        TestSites.write(root.resolve("content/2026/earlier.md"), "---\ntitle: 更早\ndate: 2026-03-01\n---\n\n"
                + "[更晚的定时文章](/2026/12/scheduled/)\n");
        TestSites.write(root.resolve("content/2026/volunteer-draft.md"), "---\ntitle: 草稿\ndate: 2026-10-15\ndraft: true\n"
                + "tags: [草稿]\naliases: [/news/old-draft.html]\n---\n\n[定时文章](/2026/12/scheduled/)\n");

        assertThat(check(root).problems()).extracting(Problem::formatLocated).containsExactly(
                "content/2025/notice.md:6:10: warning: link /2026/12/scheduled/ leads to content/2026/scheduled.md, which comes out"
                        + " on 2026-12-15 09:00: until then the link is broken (add the link once that article is out, or bring"
                        + " its date forward)",
                "content/2025/notice.md:6:36: error: link /2026/10/volunteer-draft/ leads to the draft content/2026/volunteer-draft.md,"
                        + " which is not published: the link is broken until it is (publish that article, or remove the link)",
                "content/2025/notice.md:8:6: error: link /news/old-draft.html leads to the draft content/2026/volunteer-draft.md,"
                        + " which is not published: the link is broken until it is (publish that article, or remove the link)",
                "content/2025/notice.md:8:33: warning: link /tags/志愿/ leads to a page that the site has only once an article"
                        + " scheduled for later is out: until then the link is broken (add the link once that article is out)",
                "content/2025/notice.md:8:52: error: link /tags/草稿/ leads to a page that the site makes only for drafts,"
                        + " which are not published: the link is broken until one is (publish the draft, or remove the link)",
                "content/2026/earlier.md:6:11: warning: link /2026/12/scheduled/ leads to content/2026/scheduled.md, which comes out"
                        + " on 2026-12-15 09:00: until then the link is broken (add the link once that article is out, or bring"
                        + " its date forward)",
                "content/2026/scheduled.md:7:6: error: link ../../../2026/10/volunteer-draft/ leads to the draft"
                        + " content/2026/volunteer-draft.md, which is not published: the link is broken until it is (publish that"
                        + " article, or remove the link)");
    }

    @Test
    void theScheduledArticlesAreNamedInANoteWithWhenTheyComeOut(@TempDir Path root) {
        writeOneArticle(root);
        TestSites.write(root.resolve("content/2026/coming.md"), "---\ntitle: 定时\ndate: 2026-01-02 09:00\n---\n\n正文。\n");
        TestSites.write(root.resolve("content/2026/draft.md"), "---\ntitle: 草稿\ndate: 2026-01-03\ndraft: true\n---\n\n正文。\n");
        CheckReport report = check(root);
        assertThat(report.problems()).isEmpty();
        java.io.StringWriter out = new java.io.StringWriter();
        ReportFormat.HUMAN.write(report, new java.io.PrintWriter(out, true));
        assertThat(out.toString()).startsWith("note: 1 article is scheduled: content/2026/coming.md, for 2026-01-02 09:00;"
                + " it appears with the first build after that time (schedule builds, such as every 15 minutes in CI, so that"
                + " it comes out on time)\nno problems; 3 articles checked");
    }

    @Test
    void aSummaryManyTimesLongerThanTheSummaryLengthIsAWarningAtItsLine(@TempDir Path root) {
        String pasted = "市妇联召开会议，部署全年工作。".repeat(35); // 525 characters, the body pasted into summary:
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\nsummary: " + pasted
                + "\n---\n\n正文。\n");
        TestSites.write(root.resolve("content/2024/b.md"), "---\ntitle: 短摘要\ndate: 2024-01-03\nsummary: "
                + "市妇联召开会议。".repeat(60) + "\n---\n\n正文。\n"); // 480 characters: four times 120, not told

        assertThat(check(root).problems()).extracting(Problem::formatLocated).containsExactly(
                "content/2024/a.md:4:1: warning: the summary is 525 characters long, and every list, feed and search result"
                        + " showing this article prints it whole (keep it to a sentence or two: summaries made from bodies"
                        + " are 120 characters, the site's summary_length)");

        TestSites.write(root.resolve("site.yaml"), "title: 测试\nsummary_length: 200\n");
        assertThat(check(root).problems()).isEmpty();
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        CheckReport report = Check.run(CheckOptions.of(Path.of(".")).withClock(TestSites.NOW).withStrict(true));
        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).allMatch(Problem::isError).hasSize(1);
    }

    @Test
    void aPhotoUnderTheLimitIsNotReported() {
        CheckReport report = Check.run(CheckOptions.of(CHECK_SITE).withClock(TestSites.NOW).withMaxPhotoBytes(1_000_000));
        assertThat(report.problems()).extracting(Problem::message).noneMatch(m -> m.startsWith("photo images/big.jpg"));
    }

    @Test
    void aStaticFileInTheOutputsOwnFolderIsLeftOutWithTheOtherHiddenFiles(@TempDir Path root) {
        writeOneArticle(root);
        // Published as the output's .gazette/updating, it was the update marker: every later build replaced the
        // whole folder, and once the file was removed no build could update the folder again. Hidden, it is left out.
        TestSites.write(root.resolve("static/.gazette/updating"), "hi");
        assertThat(check(root).problems()).isEmpty();
        Path output = root.resolve("out");
        assertThat(org.gazette.TestSites.build(root, output).problems()).isEmpty();
        assertThat(output.resolve(".gazette/updating")).doesNotExist();
        assertThat(org.gazette.TestSites.build(root, output).problems()).as("and the next build updates the folder").isEmpty();
    }

    @Test
    void aFileWhereTheSiteWritesAPageIsNamed(@TempDir Path root) {
        writeOneArticle(root);
        TestSites.write(root.resolve("content/2024/index.html"), "<p>old page</p>");
        TestSites.write(root.resolve("static/feed.xml"), "<feed/>");
        assertThat(check(root).problems()).extracting(Problem::formatLocated).containsExactly(
                "content/2024/index.html:1:1: error: this file would be published at /2024/index.html, where the site writes"
                        + " one of its own pages (rename the file, or move it into another folder)",
                "static/feed.xml:1:1: error: this file would be published at /feed.xml, where the site writes"
                        + " one of its own pages (rename the file, or move it into another folder)");
        assertThat(org.gazette.TestSites.build(root, root.resolve("out")).problems()).extracting(Problem::format)
                .as("the build refuses them too, at the same files").containsExactlyInAnyOrder(
                        "content/2024/index.html: this file would be published at /2024/index.html, where the site writes"
                                + " one of its own pages (rename the file, or move it into another folder)",
                        "static/feed.xml: this file would be published at /feed.xml, where the site writes"
                                + " one of its own pages (rename the file, or move it into another folder)");
    }

    @Test
    void outputsDifferingOnlyInCaseAreToldByCheckAndBuildAlike(@TempDir Path root) {
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\naliases: [/2024/01/A/]\n---\n\n正文。\n");
        TestSites.write(root.resolve("static/Logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        TestSites.write(root.resolve("static/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        List<String> told = check(root).problems().stream().map(Problem::format).toList();

        assertThat(told).hasSize(2);
        assertThat(told.get(0)).startsWith("content/2024/a.md:4: warning: the alias /2024/01/A/ differs only in case"
                + " from /2024/01/a/ (content/2024/a.md): on macOS or Windows they are one file");
        assertThat(told.get(1)).startsWith("static/Logo.svg: warning: the outputs /Logo.svg (static/Logo.svg) and /logo.svg"
                + " (static/logo.svg) differ only in case");
        assertThat(TestSites.build(root, root.resolve("out")).problems()).extracting(Problem::format).containsExactlyElementsOf(told);
    }

    @Test
    void aFileUnderContentAndOneUnderStaticAtOnePathAreNamedByCheckAndBuildAlike(@TempDir Path root) {
        writeOneArticle(root);
        TestSites.write(root.resolve("content/img/a.txt"), "content");
        TestSites.write(root.resolve("static/img/a.txt"), "static");
        String expected = "content/img/a.txt: this file and static/img/a.txt are both published at /img/a.txt"
                + " (rename or remove one of them)";
        assertThat(check(root).problems()).extracting(Problem::format).containsExactly(expected);
        assertThat(TestSites.build(root, root.resolve("out")).problems()).extracting(Problem::format).containsExactly(expected);
    }

    @Test
    void linksToHiddenFilesOfStaticAreGoodAndToThoseOfContentBroken(@TempDir Path root) {
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n"
                + "[安全联系](/.well-known/security.txt)、[笔记](/2024/.notes.txt)\n");
        TestSites.write(root.resolve("content/2024/.notes.txt"), "不发布");
        TestSites.write(root.resolve("static/.well-known/security.txt"), "Contact: mailto:web@example.org");
        assertThat(check(root).problems()).extracting(Problem::message).singleElement().asString()
                .contains("/2024/.notes.txt").contains("leads nowhere");
        assertThat(TestSites.build(root, root.resolve("out")).succeeded()).isTrue();
        assertThat(root.resolve("out/.well-known/security.txt")).isRegularFile();
        assertThat(root.resolve("out/2024/.notes.txt")).doesNotExist();
    }

    @Test
    void anAutolinkToThisSiteIsCheckedAsALinkAndOneToAnotherSiteIsNot(@TempDir Path root) {
        TestSites.write(root.resolve("site.yaml"), "base_url: https://news.example.org/\n");
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n"
                + "通知：<https://news.example.org/2024/files/通知.pdf>\n\n见 www.example.com/a/ 和 https://news.example.org/2024/01/a/ 。\n");
        assertThat(check(root).problems()).extracting(Problem::format).containsExactly(
                "content/2024/a.md:6: link https://news.example.org/2024/files/通知.pdf leads nowhere: the site has no page"
                        + " or file at /2024/files/通知.pdf (check the address; an article's page is at its date and slug, such as"
                        + " /2023/12/five-year-review/)");
    }

    @Test
    void staticIsPublishedButForHiddenFilesOtherThanWellKnownAndHtaccessAndSystemsLitter(@TempDir Path root) {
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n"
                + "[安全联系](/.well-known/security.txt)、[历史](/.git/config)\n");
        TestSites.write(root.resolve("static/.well-known/security.txt"), "Contact: mailto:web@example.org");
        TestSites.write(root.resolve("static/.htaccess"), "Options -Indexes");
        // A home folder or a project copied in whole: its hidden files are no part of the site.
        for (String secret : List.of("h/.ssh/id_rsa", "h/.env", ".aws/credentials", ".well-known/.git/config")) {
            TestSites.write(root.resolve("static").resolve(secret), "secret");
        }
        TestSites.write(root.resolve("static/h/readme.txt"), "读我");
        for (String litter : List.of(".git/config", ".svn/entries", "css/.DS_Store", "img/.gitkeep", ".gitignore", "Thumbs.db")) {
            TestSites.write(root.resolve("static").resolve(litter), "x");
        }
        assertThat(check(root).problems()).extracting(Problem::message).singleElement().asString()
                .contains("/.git/config").contains("leads nowhere");
        assertThat(TestSites.build(root, root.resolve("out")).succeeded()).isTrue();
        assertThat(root.resolve("out/.well-known/security.txt")).isRegularFile();
        assertThat(root.resolve("out/.htaccess")).isRegularFile();
        assertThat(root.resolve("out/h/readme.txt")).isRegularFile();
        assertThat(root.resolve("out/h/.ssh")).doesNotExist();
        assertThat(root.resolve("out/h/.env")).doesNotExist();
        assertThat(root.resolve("out/.aws")).doesNotExist();
        assertThat(root.resolve("out/.well-known/.git")).doesNotExist();
        assertThat(TestSites.read(root.resolve("out/.gazette/manifest.json"))).doesNotContain(".ssh", ".env", ".aws");
        assertThat(root.resolve("out/.git")).doesNotExist();
        assertThat(root.resolve("out/.svn")).doesNotExist();
        assertThat(root.resolve("out/css")).doesNotExist();
        assertThat(root.resolve("out/img")).doesNotExist();
        assertThat(root.resolve("out/.gitignore")).doesNotExist();
        assertThat(root.resolve("out/Thumbs.db")).doesNotExist();
    }

    @Test
    void aContentLinkIntoTheSiteFolderIsRefusedAsTheBuildRefusesIt(@TempDir Path root) throws IOException {
        writeOneArticle(root);
        assertThat(TestSites.build(root, root.resolve("site")).succeeded()).isTrue();
        Files.createSymbolicLink(root.resolve("content/2024/old"), Path.of("../../site/2024"));
        assertThat(check(root).problems()).extracting(Problem::format).containsExactly(
                "content/2024/old: this symbolic link leads into the output folder, and each build would publish the last one"
                        + " inside itself (remove the link)");
    }

    @Test
    void markdownByAnotherNameIsAnErrorAndEditorsBackupsAreNotPublished(@TempDir Path root) throws IOException {
        writeOneArticle(root);
        TestSites.write(root.resolve("content/2024/b.markdown"), "---\ntitle: 另一篇\ndate: 2024-01-03\n---\n");
        TestSites.write(root.resolve("content/2024/a.md~"), "---\ntitle: 旧稿\n---\n");
        String expected = "only files ending in .md are read as articles; this one would be published as it is"
                + " (rename it to b.md, or move it out of content/)";
        assertThat(check(root).problems()).extracting(Problem::message).containsExactly(expected);
        assertThat(TestSites.build(root, root.resolve("out")).problems()).extracting(Problem::format)
                .containsExactly(Path.of("content/2024/b.markdown") + ": " + expected);

        java.nio.file.Files.delete(root.resolve("content/2024/b.markdown"));
        assertThat(TestSites.build(root, root.resolve("out")).succeeded()).isTrue();
        assertThat(root.resolve("out/2024/a.md~")).doesNotExist();
    }

    @Test
    void copiesOfAnArticleAreErrorsAndOfficeLocksAreNotPublished(@TempDir Path root) throws IOException {
        String draft = "---\ntitle: 草稿\ndate: 2026-06-01\ndraft: true\n---\n\n未发表的正文。\n";
        TestSites.write(root.resolve("content/2024/b.md"), draft);
        writeOneArticle(root);
        List<String> copies = List.of("b.md.orig", "b.MD.txt", "b.md.bak");
        copies.forEach(name -> TestSites.write(root.resolve("content/2024/" + name), draft));
        TestSites.write(root.resolve("content/2024/稿件.docx"), "a document");
        TestSites.write(root.resolve("content/2024/~$稿件.docx"), "Word's lock");
        String expected = ": a copy of the article b.md, which would be published as it is, front matter and unpublished text"
                + " included (delete it, or move it out of content/)";
        assertThat(check(root).problems()).filteredOn(Problem::isError).extracting(Problem::format).containsExactlyInAnyOrder(copies.stream()
                .map(name -> Path.of("content/2024", name) + expected).toArray(String[]::new));
        var built = TestSites.build(root, root.resolve("out"));
        assertThat(built.succeeded()).isFalse();
        assertThat(built.problems()).extracting(Problem::format).containsExactlyInAnyOrder(copies.stream()
                .map(name -> Path.of("content/2024", name) + expected).toArray(String[]::new));

        for (String name : copies) {
            java.nio.file.Files.delete(root.resolve("content/2024/" + name));
        }
        assertThat(check(root).problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("this document is published at /2024/稿件.docx but linked by no article");
        assertThat(TestSites.build(root, root.resolve("out")).succeeded()).isTrue();
        assertThat(root.resolve("out/2024/~$稿件.docx")).doesNotExist();
        assertThat(root.resolve("out/2024/稿件.docx")).exists();
    }

    @Test
    void copiesMadeByExplorerFinderOrABrowserAndTextFilesWrittenAsArticlesAreErrors(@TempDir Path root) throws IOException {
        String article = "---\ntitle: 记事本\ndate: 2024-03-08\n---\n\n未发布的正文。\n";
        writeOneArticle(root);
        TestSites.write(root.resolve("content/2024/2024-03-08-forum.md"), article);
        List<String> copies = List.of("2024-03-08-forum - 副本.md", "2024-03-08-forum - Copy (2).md", "2024-03-08-forum copy.md",
                "2024-03-08-forum (1).md", "2024-03-08-forum 2.md");
        copies.forEach(name -> TestSites.write(root.resolve("content/2024/" + name), article));
        TestSites.write(root.resolve("content/2024/2024-03-08-note.txt"), "\uFEFF---\r\ntitle: 记事本\r\n---\r\n正文。\r\n");
        TestSites.write(root.resolve("content/2024/readme.txt"), "--- a plain text file ---\ntitle: not front matter\n");
        TestSites.write(root.resolve("content/2024/论坛 (1).md"), article); // no 论坛.md beside it: an article of its own
        List<String> expected = new ArrayList<>(copies.stream().map(name -> Path.of("content/2024", name) + ": a copy of"
                + " 2024-03-08-forum.md, which would be published too, at an address of its own (delete it, or give it its"
                + " own name and slug)").toList());
        expected.add(Path.of("content/2024/2024-03-08-note.txt") + ": this text file is written as an article (it starts"
                + " with --- and a title: line), but only files ending in .md are read as articles; it would be published as it"
                + " is, front matter and unpublished text included (rename it to 2024-03-08-note.md)");
        assertThat(check(root).problems()).extracting(Problem::format).containsExactlyInAnyOrderElementsOf(expected);
        var built = TestSites.build(root, root.resolve("out"));
        assertThat(built.succeeded()).isFalse();
        assertThat(built.problems()).extracting(Problem::format).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aSeriesOrAYearNamedLikeACopyIsAnArticleAndACopyIsNamedAfterTheNearestArticle(@TempDir Path root) {
        writeOneArticle(root);
        TestSites.write(root.resolve("content/2024/series/家风故事.md"), "---\ntitle: 家风故事（一）：勤俭持家\ndate: 2024-03-08\n---\n\n一。\n");
        TestSites.write(root.resolve("content/2024/series/家风故事 2.md"), "---\ntitle: 家风故事（二）：孝老爱亲\ndate: 2024-03-09\n"
                + "slug: family-story-2\n---\n\n二。\n");
        TestSites.write(root.resolve("content/2024/series/巾帼论坛.md"), "---\ntitle: 巾帼论坛\ndate: 2024-03-08\nslug: forum\n---\n\n甲。\n");
        TestSites.write(root.resolve("content/2024/series/巾帼论坛 2024.md"), "---\ntitle: 巾帼论坛2024\ndate: 2024-03-10\n"
                + "slug: forum-2024\n---\n\n乙。\n");
        assertThat(check(root).problems()).isEmpty();
        assertThat(TestSites.build(root, root.resolve("out")).succeeded()).isTrue();

        // An edited copy keeps its title: still a copy, named after the nearest article.
        TestSites.write(root.resolve("content/2024/series/家风故事 2 - 副本.md"), "---\ntitle: \"家风故事（二）：孝老爱亲\"\n"
                + "date: 2024-03-09\n---\n\n改过的二。\n");
        assertThat(check(root).problems()).extracting(Problem::format).containsExactly(
                Path.of("content/2024/series/家风故事 2 - 副本.md") + ": a copy of 家风故事 2.md, which would be published too,"
                + " at an address of its own (delete it, or give it its own name and slug)");
    }

    @Test
    void whatExplorerFinderAndWordLeaveInContentIsNotPublishedAndDocumentsNoArticleLinksAreWarnedOf(@TempDir Path root) {
        TestSites.write(root.resolve("content/news/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n[通知](/news/通知.DOCX)、"
                + "[表格](../../../news/报名表.xls?v=2)\n");
        List<String> litter = List.of("Thumbs.db", "thumbs.db", "desktop.ini", "ehthumbs.db", "~WRL0001.tmp", "~稿件.tmp", "Icon\r");
        litter.forEach(name -> TestSites.write(root.resolve("content/news").resolve(name), "x"));
        for (String document : List.of("稿件.docx", "通知.DOCX", "报名表.xls", "旧稿.wps", "数据.xlsx", "发言.doc", "图.pdf")) {
            TestSites.write(root.resolve("content/news").resolve(document), "PK");
        }
        String unlinked = " but linked by no article: a manuscript or a leftover? (link to it from an article, or move it"
                + " out of content/)";
        assertThat(check(root).problems()).extracting(Problem::formatLocated).containsExactlyInAnyOrder(
                Path.of("content/news/稿件.docx") + ":1:1: warning: this document is published at /news/稿件.docx" + unlinked,
                Path.of("content/news/旧稿.wps") + ":1:1: warning: this document is published at /news/旧稿.wps" + unlinked,
                Path.of("content/news/数据.xlsx") + ":1:1: warning: this document is published at /news/数据.xlsx" + unlinked,
                Path.of("content/news/发言.doc") + ":1:1: warning: this document is published at /news/发言.doc" + unlinked);
        assertThat(TestSites.build(root, root.resolve("out")).succeeded()).isTrue();
        litter.forEach(name -> assertThat(root.resolve("out/news").resolve(name)).doesNotExist());
        assertThat(root.resolve("out/news/稿件.docx")).exists();
    }

    @Test
    void anImageNamedSoButForCapitalsIsToldInBuildAndCheckAlikeAndTheirCachesNoticeIt(@TempDir Path root) throws IOException {
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n正文。\n\n"
                + "![](images/IMG_0001.jpg)\n");
        TestSites.write(root.resolve("content/2024/images/IMG_0002.jpg"), "another photo");
        var build = TestSites.options(root, root.resolve("out")).withCache(root.resolve(".gazette/cache"));
        var check = CheckOptions.of(root).withClock(TestSites.NOW).withCache(root.resolve("check.bin"));
        String notFound = "content/2024/a.md:8: image images/IMG_0001.jpg not found (expected at content/2024/images/IMG_0001.jpg; ";
        assertThat(org.gazette.build.Build.run(build).problems()).extracting(Problem::format)
                .containsExactly(notFound + "check the file name)");
        assertThat(Check.run(check).problems()).extracting(Problem::format).containsExactly(notFound + "check the file name)");

        java.nio.file.Files.createDirectories(root.resolve("content/2024/images"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg",
                root.resolve("content/2024/images/IMG_0001.JPG").toFile());
        String told = notFound + "the folder has IMG_0001.JPG: write the name as it is, capitals included)";
        assertThat(org.gazette.build.Build.run(build).problems()).extracting(Problem::format).as("with the cache").containsExactly(told);
        assertThat(Check.run(check).problems()).extracting(Problem::format).as("with the cache").containsExactly(told);
        assertThat(check(root).problems()).extracting(Problem::format).containsExactly(told);
    }

    @Test
    void anImageNamedInDecomposedFormIsToldSoAndLinksNamedSoButForCaseOrFormAreHintedAtTheRightFile(@TempDir Path root) throws IOException {
        String nfd = java.text.Normalizer.normalize("réunion.jpg", java.text.Normalizer.Form.NFD);
        java.nio.file.Files.createDirectories(root.resolve("content/news/files"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg",
                root.resolve("content/news/files").resolve(nfd).toFile());
        TestSites.write(root.resolve("content/news/files/Photo-2.JPG"), "x");
        TestSites.write(root.resolve("content/news/files/通知.pdf"), "%PDF");
        TestSites.write(root.resolve("content/2023/five-year-review/photo-2.jpg"), "another article's photo");
        TestSites.write(root.resolve("content/2023/five-year-review/index.md"), "---\ntitle: 综述\ndate: 2023-12-26\nslug: five-year-review\n"
                + "---\n\n正文。\n");
        TestSites.write(root.resolve("content/news/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n正文。\n\n"
                + "![](files/réunion.jpg)\n\n<img src=\"/news/files/photo-2.jpg\">、[通知](/news/files/通知.PDF)、"
                + "[综述](/2023/12/Five-Year-Review/)\n");
        assertThat(check(root).problems()).extracting(Problem::formatLocated).containsExactly(
                "content/news/a.md:8:1: error: image files/réunion.jpg not found (expected at content/news/files/réunion.jpg; the"
                        + " folder has " + nfd + ", but its name is written in decomposed form (NFD), as macOS does: rename the"
                        + " file by typing the name again)",
                "content/news/a.md:10:11: error: address /news/files/photo-2.jpg leads nowhere: the site has no page or file at"
                        + " /news/files/photo-2.jpg (the site has /news/files/Photo-2.JPG, the same but for capitals or Unicode"
                        + " form, which web servers tell apart: link to ../../../news/files/Photo-2.JPG)",
                "content/news/a.md:10:42: error: link /news/files/通知.PDF leads nowhere: the site has no page or file at"
                        + " /news/files/通知.PDF (the site has /news/files/通知.pdf, the same but for capitals or Unicode form, which"
                        + " web servers tell apart: link to ../../../news/files/%E9%80%9A%E7%9F%A5.pdf)",
                "content/news/a.md:10:67: error: link /2023/12/Five-Year-Review/ leads nowhere: the site has no page or file at"
                        + " /2023/12/Five-Year-Review/ (the site has /2023/12/five-year-review/, the same but for capitals or"
                        + " Unicode form, which web servers tell apart: link to ../../../2023/12/five-year-review/)");
    }

    @Test
    void aPhotoTypedWithAFullWidthBangIsToldOnceNotAlsoAsALinkLeadingNowhere(@TempDir Path root) {
        TestSites.write(root.resolve("content/news/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n正文。\n\n！[现场](p.jpg)\n\n"
                + "欢迎报名！[报名表](../form/)\n");
        TestSites.write(root.resolve("content/news/p.jpg"), "x");
        writeOneArticle(root); // the theme is tried on it, and links are checked
        assertThat(check(root).problems()).extracting(Problem::format).containsExactly(
                "content/news/a.md:8: image p.jpg is written with a full-width ！ (type the half-width !: ![现场](p.jpg))",
                "content/news/a.md:10: link ../form/ leads nowhere: the site has no page or file at /2024/01/form/ (check the"
                        + " address; an article's page is at its date and slug, such as /2023/12/five-year-review/)");
    }

    @Test
    void anArticleDatedMoreThanAYearAheadIsAWarningInCheckAndBuildAlike(@TempDir Path root, @TempDir Path output) {
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 三八节\ntags: [妇联]\ndate: 2204-03-08\n---\n\n正文。\n\n"
                + "![](gone.jpg)\n");
        TestSites.write(root.resolve("content/2026/b.md"), "---\ntitle: 明天\ndate: 2026-01-02 09:00\n---\n\n正文。\n");
        TestSites.write(root.resolve("content/2025/c.md"), "---\ntitle: 昨天\ndate: 2025-12-31\n---\n\n正文。\n");
        assertThat(check(root).problems()).extracting(Problem::formatLocated).as("scheduled for tomorrow is no problem").containsExactly(
                "content/2024/a.md:4:1: warning: this article is dated 2204-03-08, more than a year ahead: it is"
                        + " left out until then (is the year right? gazette build --future publishes it now)",
                "content/2024/a.md:9:1: error: image gone.jpg not found (expected at content/2024/gone.jpg; check the file name)");
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 三八节\ntags: [妇联]\ndate: 2204-03-08\n---\n\n正文。\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format)
                .containsExactly("content/2024/a.md:4: warning: this article is dated 2204-03-08, more than a year ahead: it is"
                        + " left out until then (is the year right? gazette build --future publishes it now)");
    }

    @Test
    void aDraftDatedMoreThanAYearAheadIsToldHowToShowIt(@TempDir Path root) {
        TestSites.write(root.resolve("content/2024/d.md"), "---\ntitle: 草稿\ndate: 2205-03-08\ndraft: true\n---\n\n正文。\n");
        assertThat(check(root).problems()).extracting(Problem::formatLocated).contains(
                "content/2024/d.md:3:1: warning: this draft is dated 2205-03-08, more than a year ahead: it is left out until then"
                        + " (is the year right? gazette build --drafts --future publishes it now)");
    }

    @Test
    void anImageWhoseNameHasASpaceIsFoundAsTheBuildFindsIt(@TempDir Path root) throws IOException {
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n"
                + "![甲](<images/march 8.png>)\n\n![乙](images/march%208.png)\n\n![丙](images/april%209.png)\n");
        java.nio.file.Files.createDirectories(root.resolve("content/2024/images"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                root.resolve("content/2024/images/march 8.png").toFile());
        assertThat(check(root).problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("image images/april%209.png not found");
    }

    @Test
    void aFolderThatIsNoSiteIsNamed(@TempDir Path folder) {
        CheckReport report = check(folder);
        assertThat(report.problems()).extracting(Problem::formatLocated).singleElement().asString()
                .startsWith("content:1:1: error: there is no content/ folder in ")
                .endsWith(" (run gazette check in the site's folder, or name it: --source DIR)");
    }

    @Test
    void reportsEveryOneOfHundredsOfBrokenFiles(@TempDir Path root) {
        String[] broken = {
            "---\ntitle: x\ndate: 5 May\n---\n正文。\n",
            "---\ntitle: [unclosed\ndate: 2023-01-01\n---\n",
            "no front matter at all\n",
            "---\ntitle: x\ndate: 2023-01-01\n",
            "---\ntitle: x\ndate: 2023-01-01\ntags: 5\n---\n正文。\n",
            "---\ntitle: x\ndate: 2023-01-01\n---\n![](photo:none)\n",
            "---\ntitle: x\ndate: 2023-01-01\n---\n[链接](../nowhere/)\n",
        };
        int count = 350;
        for (int i = 0; i < count; i++) {
            Path file = root.resolve("content/bad/" + (i / 50) + "/a" + i + ".md");
            TestSites.write(file, broken[i % broken.length]);
        }
        TestSites.write(root.resolve("content/bad/gbk.md"), "");
        writeBytes(root.resolve("content/bad/gbk.md"), new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC4, (byte) 0xE3, '\n'});
        writeBytes(root.resolve("content/bad/binary.md"), new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xD8, 0, 0});

        CheckReport report = check(root);

        assertThat(report.articles()).isEqualTo(count + 2);
        assertThat(report.problems().stream().filter(Problem::isError).map(Problem::fileName).distinct().count())
                .as("every broken file is named").isEqualTo(count + 2);
    }

    private static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
