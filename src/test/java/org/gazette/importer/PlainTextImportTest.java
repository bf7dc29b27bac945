package org.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.content.Author;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the parts of plain-text articles are recognised, one convention at a time. */
class PlainTextImportTest {

    static ImportedArticle assemble(String text) {
        return new ArticleAssembler(Path.of("a.txt")).assemble(PlainTextReader.read(text, true));
    }

    @Test
    void controlCharactersAreLeftOutOfTheArticleWrittenAndReported(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("old/2024-03-08-meeting.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "市妇联召开会议\n\n本报记者 王静\n\n会议\u0008强调，要做好\u000B工作。\n");
        ImportReport report = Importer.run(List.of(file), ImportOptions.into(folder.resolve("content")));
        Path written = report.entries().get(0).written().orElseThrow();
        assertThat(Files.readString(written)).contains("会议强调，要做好工作。").doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
        assertThat(report.entries().get(0).notes()).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("invisible control characters (U+0008, U+000B) were left out of the article"));
    }

    @Test
    void aHeadlineOnTheFirstLineAndPlainParagraphs() {
        ImportedArticle article = assemble("市妇联召开推进会\n\n4月2日,市妇联召开推进会。\n\n会议要求,抓好落实。\n");
        assertThat(article.title()).isEqualTo("市妇联召开推进会");
        assertThat(article.kicker()).isEmpty();
        assertThat(article.body()).isEqualTo("4月2日，市妇联召开推进会。\n\n会议要求，抓好落实。\n");
        assertThat(article.notes()).isEmpty();
    }

    @Test
    void kickerHeadlineSubtitleAndBylineInPrintOrder() {
        ImportedArticle article = assemble("""
                热烈庆祝大会召开
                跟党奋进新征程
                ——五年工作综述
                邵阳日报记者 伍洁 通讯员 杨超
                正文第一段。
                """);
        assertThat(article.kicker()).isEqualTo("热烈庆祝大会召开");
        assertThat(article.title()).isEqualTo("跟党奋进新征程");
        assertThat(article.subtitle()).isEqualTo("五年工作综述");
        assertThat(article.authors()).containsExactly(new Author("伍洁", "记者", "邵阳日报"), new Author("杨超", "通讯员", ""));
        assertThat(article.body()).isEqualTo("正文第一段。\n");
    }

    @Test
    void sectionHeadingsCaptionsWithCreditsAndADateLine() {
        ImportedArticle article = assemble("""
                标题

                2024年3月8日

                第一段。

                一、表彰先进

                第二段。

                ▲2024年3月8日,代表们合影。(杨超 摄)

                第三段。
                """);
        assertThat(article.date()).map(ImportDate::text).contains("2024-03-08");
        assertThat(article.body()).isEqualTo("第一段。\n\n## 一、表彰先进\n\n第二段。\n\n![](photo:photo-1)\n\n第三段。\n");
        assertThat(article.photos()).singleElement().satisfies(photo -> {
            assertThat(photo.caption()).isEqualTo("2024年3月8日，代表们合影。");
            assertThat(photo.credit()).isEqualTo("杨超");
            assertThat(photo.taken()).contains(java.time.LocalDate.of(2024, 3, 8));
            assertThat(photo.src()).isEqualTo("photo-1.jpg");
        });
        assertThat(article.lead()).isEmpty();
    }

    @Test
    void aDateLineAmongHeadlineAndBylineIsTheDateNeverTheTitleOrKicker() {
        for (String dateLine : List.of("2023年12月26日", "发布时间：2023-12-26 10:30", "发布时间：2023-12-26 10:30 来源：市妇联")) {
            ImportedArticle article = assemble("市妇联召开会议\n\n" + dateLine + "\n\n本报记者 王静\n\n会议强调，要做好工作。\n");
            assertThat(article.title()).as(dateLine).isEqualTo("市妇联召开会议");
            assertThat(article.kicker()).as(dateLine).isEmpty();
            assertThat(article.date()).as(dateLine).map(d -> d.when().toLocalDate()).contains(java.time.LocalDate.of(2023, 12, 26));
            assertThat(article.authors()).as(dateLine).containsExactly(new Author("王静", "记者", "本报"));
            assertThat(article.body()).as(dateLine).isEqualTo("会议强调，要做好工作。\n");
        }
        ImportedArticle withKicker = assemble("热烈庆祝大会召开\n\n市妇联召开会议\n\n2023年12月26日\n\n本报记者 王静\n\n正文。\n");
        assertThat(withKicker.kicker()).isEqualTo("热烈庆祝大会召开");
        assertThat(withKicker.title()).isEqualTo("市妇联召开会议");
        ImportedArticle dateFirst = assemble("2023年12月26日\n\n市妇联召开会议\n\n本报记者 王静\n\n正文。\n");
        assertThat(dateFirst.title()).isEqualTo("市妇联召开会议");
        assertThat(dateFirst.kicker()).isEmpty();
        assertThat(dateFirst.date()).map(ImportDate::text).contains("2023-12-26");
    }

    @Test
    void oddLinesAreKeptAsTextAndListed() {
        ImportedArticle article = assemble("标题\n\n正文。\n\n*****\n\n1. 这一段以数字开头，不是列表。\n\n责任编辑:李芳\n");
        assertThat(article.body()).isEqualTo("正文。\n\n\\*\\*\\*\\*\\*\n\n1\\. 这一段以数字开头，不是列表。\n\n责任编辑：李芳\n");
        assertThat(article.notes()).extracting(Problem::line).containsExactly(5, 9);
    }

    @Test
    void withoutAHeadlineTheReportSaysSo() {
        ImportedArticle article = assemble("这是一段很长的正文，没有标题，也没有作者，只有一句话而已。\n");
        assertThat(article.title()).isEmpty();
        assertThat(article.body()).startsWith("这是一段很长的正文");
        assertThat(article.notes()).extracting(Problem::message).containsExactly("no headline was found (write the title: in the front matter)");
    }

    @Test
    void punctuationIsKeptWhenAsked() {
        LegacyArticle legacy = PlainTextReader.read("标题\n\n岁月,满载。\n", false);
        assertThat(new ArticleAssembler(Path.of("a.txt")).assemble(legacy).body()).isEqualTo("岁月,满载。\n");
    }
}
