package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gazette.TestSites;
import org.gazette.check.Check;
import org.gazette.check.CheckOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A takedown takes the article's photos with it, and a scheduled article's photos wait for it: the example site, built. */
class WithheldFilesTest {

    @TempDir
    Path root;
    @TempDir
    Path output;

    @BeforeEach
    void copyExampleSite() {
        for (String part : List.of("content", "themes", "site.yaml")) {
            TestSites.copy(Path.of(part), root.resolve(part));
        }
    }

    @Test
    void aDraftBundlesFilesAndTheFilesOnlyDraftsUseAreNotPublished() throws IOException {
        takeDown("content/2023/five-year-review/index.md");
        takeDown("content/2024/2024-06-20-village-skills-training.md");
        TestSites.write(root.resolve("content/2024/files/report.pdf"), "%PDF- no article links to it");
        TestSites.write(root.resolve("content/2024/files/draft-only.pdf"), "%PDF- only a draft links to it");
        TestSites.write(root.resolve("content/2024/2024-10-16-second-draft.md"), "---\ntitle: 第二篇草稿\ndate: 2024-10-16\n"
                + "draft: true\n---\n\n<a href=\"../../files/draft-only.pdf\">附件</a>\n\n![](images/reading-night.jpg)\n");

        assertThat(build().succeeded()).isTrue();

        assertThat(output.resolve("2023/five-year-review")).as("the taken-down bundle's photos").doesNotExist();
        assertThat(output.resolve("2024/images/village-training.jpg")).as("used by the taken-down article alone").doesNotExist();
        assertThat(output.resolve("2024/files/draft-only.pdf")).as("linked from a draft alone").doesNotExist();
        assertThat(output.resolve("2024/images/reading-night.jpg")).as("a published article uses it too").isRegularFile();
        assertThat(output.resolve("2024/images/march-8-gathering.jpg")).isRegularFile();
        assertThat(output.resolve("2024/files/report.pdf")).as("no article uses it: published as before").isRegularFile();
        assertThat(TestSites.read(output.resolve(".gazette/manifest.json"))).doesNotContain("village-training", "photo-1");

        assertThat(Build.run(TestSites.options(root, output).withDrafts(true)).problems()).noneMatch(p -> p.isError());
        assertThat(output.resolve("2023/five-year-review/photo-1.jpg")).as("gazette build --drafts").isRegularFile();
        assertThat(output.resolve("2024/images/village-training.jpg")).isRegularFile();
    }

    @Test
    void aPhotoThatAPublishedArticleUsesIsPublishedWhereverItLies() throws IOException {
        takeDown("content/2023/five-year-review/index.md");
        TestSites.write(root.resolve("content/2024/2024-10-20-looking-back.md"), "---\ntitle: 回顾\ndate: 2024-10-20\n---\n\n"
                + "![五年回顾](/2023/five-year-review/photo-2.jpg)\n");
        // A draft using a file of a published bundle, or one a published article uses, does not take it away.
        TestSites.write(root.resolve("content/2024/forum/index.md"), "---\ntitle: 论坛\ndate: 2024-10-22\n---\n\n论坛纪要。\n");
        TestSites.write(root.resolve("content/2024/forum/minutes.pdf"), "%PDF-");
        TestSites.write(root.resolve("content/2024/2024-10-21-draft.md"), "---\ntitle: 草稿\ndate: 2024-10-21\ndraft: true\n"
                + "photos:\n  - src: images/march-8-gathering.jpg\n---\n\n![](photo:photo-1)\n\n[纪要](../forum/minutes.pdf)\n");

        assertThat(build().succeeded()).isTrue();

        assertThat(output.resolve("2023/five-year-review/photo-2.jpg")).isRegularFile();
        assertThat(output.resolve("2023/five-year-review/photo-1.jpg")).doesNotExist();
        assertThat(output.resolve("2024/images/march-8-gathering.jpg")).isRegularFile();
        assertThat(output.resolve("2024/forum/minutes.pdf")).isRegularFile();
    }

    @Test
    void aScheduledArticlesPhotoComesOutWithIt() throws IOException {
        Files.copy(root.resolve("content/2024/images/reading-night.jpg"), root.resolve("content/2024/images/children-day.jpg"));
        TestSites.write(root.resolve("content/2024/2026-06-01-children-day.md"), "---\ntitle: 六一儿童节\ndate: 2026-06-01\n"
                + "photos:\n  - src: images/children-day.jpg\n    caption: 儿童节\n---\n\n![](photo:photo-1)\n");

        assertThat(build().succeeded()).isTrue();
        assertThat(output.resolve("2024/images/children-day.jpg")).doesNotExist();

        assertThat(Build.run(TestSites.options(root, output).withFuture(true)).succeeded()).isTrue();
        assertThat(output.resolve("2024/images/children-day.jpg")).isRegularFile();
    }

    @Test
    void aPublishedArticlesLinksAreReadFromItsPageAndTheSitesOwnAddressAsBrowsersReadThem() throws IOException {
        TestSites.write(root.resolve("content/2024/files/通知.pdf"), "%PDF- 通知");
        TestSites.write(root.resolve("content/2024/files/报名表.docx"), "PK 报名表");
        append("content/2024/2024-10-15-volunteer-draft.md", "\n附件：[通知](/2024/files/通知.pdf)、[报名表](/2024/files/报名表.docx)\n");
        // From /2024/05/family-reading-night/, ../../files/ is /2024/files/ (from the source folder it would be content/files/).
        append("content/2024/2024-05-12-family-reading-night.md", "\n活动通知见[这里](../../files/通知.pdf)。\n");
        append("content/2024/2024-06-20-village-skills-training.md",
                "\n报名表请[下载](https://news.example.org/2024/files/报名表.docx)。\n");

        BuildReport report = build();

        assertThat(report.succeeded()).isTrue();
        assertThat(output.resolve("2024/files/通知.pdf")).as("a published article links it from its page").isRegularFile();
        assertThat(output.resolve("2024/files/报名表.docx")).as("linked at the site's own address").isRegularFile();
        assertThat(Check.run(CheckOptions.of(root).withClock(TestSites.NOW)).problems())
                .as("gazette check").noneMatch(p -> p.isError());
    }

    @Test
    void aPublishedArticlesLinksAreReadAsTheBuildReadsThemSpacesAndBareAddressesIncluded() throws IOException {
        // Names saved on Windows keep their spaces; the build takes [..](a b.pdf) as one address.
        TestSites.write(root.resolve("content/2024/files/2024年 三八节 通知.pdf"), "%PDF- 通知");
        TestSites.write(root.resolve("content/2024/files/报名表.docx"), "PK 报名表");
        TestSites.write(root.resolve("content/2024/files/章程.pdf"), "%PDF- 章程");
        TestSites.write(root.resolve("content/2024/files/草稿.pdf"), "%PDF- 草稿");
        append("content/2024/2024-10-15-volunteer-draft.md", "\n附件：[通知](</2024/files/2024年 三八节 通知.pdf>)、"
                + "[报名表](/2024/files/报名表.docx)、[章程](/2024/files/章程.pdf)、[草稿](/2024/files/草稿.pdf)\n");
        append("content/2024/2024-05-12-family-reading-night.md", "\n活动通知见[这里](/2024/files/2024年 三八节 通知.pdf)。\n\n"
                + "报名表：<https://news.example.org/2024/files/报名表.docx>\n\n章程：https://news.example.org/2024/files/章程.pdf\n\n"
                + "写法示例：`[草稿](/2024/files/草稿.pdf)`\n");

        assertThat(build().succeeded()).isTrue();

        assertThat(output.resolve("2024/files/2024年 三八节 通知.pdf")).as("a link whose address holds spaces").isRegularFile();
        assertThat(output.resolve("2024/files/报名表.docx")).as("an autolink <https://...>").isRegularFile();
        assertThat(output.resolve("2024/files/章程.pdf")).as("a bare address, made a link by the build").isRegularFile();
        assertThat(output.resolve("2024/files/草稿.pdf")).as("shown as code, no link: the draft alone uses it").doesNotExist();
    }

    /**
     * A body is parsed for its uses only when it could name a withheld file, by name or with %XX
     * escapes: a percentage is no escape. Reading every body with a "%" parsed most of a news
     * archive again at every build that withholds a file (3,000 articles, each with "增长12%" and a
     * link: an incremental build after one edit took 9.2 to 10.2 s of CPU, against 5.1 to 5.9 s
     * with "％" written instead).
     */
    @Test
    void aBodyIsReadForUsesWhenItCouldNameAWithheldFileByNameOrEscapesNotForAPercentage() throws IOException {
        Set<String> names = Set.of("通知.pdf");
        assertThat(WithheldFiles.mayName("参会人数同比增长12%，满意率达100%。见[报道](/2024/05/a/)。", names)).isFalse();
        assertThat(WithheldFiles.mayName("[通知](/2024/files/%E9%80%9A%E7%9F%A5.pdf)", names)).isTrue();
        assertThat(WithheldFiles.mayName("[通知](/2024/files/通知.pdf)", names)).isTrue();

        TestSites.write(root.resolve("content/2024/files/通知.pdf"), "%PDF- 通知");
        append("content/2024/2024-10-15-volunteer-draft.md", "\n附件：[通知](/2024/files/通知.pdf)\n");
        append("content/2024/2024-05-12-family-reading-night.md", "\n增长12%。通知见[这里](/2024/files/%E9%80%9A%E7%9F%A5.pdf)。\n");

        assertThat(build().succeeded()).isTrue();

        assertThat(output.resolve("2024/files/通知.pdf")).as("linked with %XX escapes by a published article").isRegularFile();
    }

    /**
     * Raw HTML uses files with {@code src}/{@code href} on more tags than links and images: a
     * video's subtitles ({@code <track>}), an image map's areas ({@code <area>}). Read with the
     * patterns before 4a044c2, any tag's counted; read with BodyReferences, only a, img, source,
     * iframe, video, audio, embed and link did, and a file a draft links too was kept back.
     */
    @Test
    void aFileAPublishedArticleUsesInRawHtmlIsPublishedWhateverTheTag() throws IOException {
        TestSites.write(root.resolve("content/2024/files/字幕.vtt"), "WEBVTT\n");
        TestSites.write(root.resolve("content/2024/files/地图.pdf"), "%PDF- 地图");
        append("content/2024/2024-10-15-volunteer-draft.md", "\n附件：[字幕](/2024/files/字幕.vtt)、[地图](/2024/files/地图.pdf)\n");
        append("content/2024/2024-05-12-family-reading-night.md", "\n<video src=\"/2024/files/活动.mp4\" controls>\n"
                + "<track kind=\"subtitles\" src=\"/2024/files/字幕.vtt\" srclang=\"zh\">\n</video>\n\n"
                + "<map name=\"m\"><area shape=\"rect\" coords=\"0,0,90,30\" href=\"/2024/files/地图.pdf\" alt=\"地图\"></map>\n");

        assertThat(build().succeeded()).isTrue();

        assertThat(output.resolve("2024/files/字幕.vtt")).as("<track src>").isRegularFile();
        assertThat(output.resolve("2024/files/地图.pdf")).as("<area href>").isRegularFile();
    }

    @Test
    void aDraftIndexBesideOtherArticlesKeepsBackOnlyWhatItUses() throws IOException {
        TestSites.write(root.resolve("content/2024/files/年报.pdf"), "%PDF- no article links to it");
        TestSites.write(root.resolve("content/2024/topic-banner.jpg"), "a file the draft topic page alone links");
        TestSites.write(root.resolve("content/2024/index.md"), "---\ntitle: 2024年专题（筹备中）\ndate: 2024-01-01\ndraft: true\n---\n\n"
                + "专题页草稿。<a href=\"/2024/topic-banner.jpg\">横幅</a>\n");

        assertThat(build().succeeded()).isTrue();

        assertThat(output.resolve("2024/files/年报.pdf")).as("no article uses it: published as before").isRegularFile();
        assertThat(output.resolve("2024/images/reading-night.jpg")).as("published articles use it").isRegularFile();
        assertThat(output.resolve("2024/topic-banner.jpg")).as("the draft page alone uses it").doesNotExist();
    }

    private void append(String article, String text) throws IOException {
        Path file = root.resolve(article);
        Files.writeString(file, Files.readString(file) + text);
    }

    private BuildReport build() {
        return TestSites.build(root, output);
    }

    private void takeDown(String article) throws IOException {
        Path file = root.resolve(article);
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\ntitle: ([^\n]*)\n", "\ntitle: $1\ndraft: true\n"));
        assertThat(Files.readString(file)).contains("draft: true");
    }
}
