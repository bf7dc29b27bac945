package org.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gazette.TestSites;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A folder of an old site (src/test/resources/import/old-site, written for this test): a GBK
 * HTML page with its photo, a GBK text file, an empty and a binary file, and a stylesheet.
 */
class HtmlImportTest {

    static final Path OLD_SITE = Path.of("src/test/resources/import/old-site");

    @Test
    void importsWhatItCanReportsTheRestAndGoesOn(@TempDir Path output) throws Exception {
        ImportReport report = Importer.run(List.of(OLD_SITE), ImportOptions.into(output).withColumn("工作动态").withAliases(true));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.entries()).filteredOn(e -> e.written().isEmpty())
                .extracting(e -> e.notes().get(0).message())
                .containsExactly("the file is empty; not imported",
                        "the file is not text (it looks like an image, a document or a program); only plain-text and HTML"
                                + " articles can be imported; not imported");

        String page = TestSites.read(output.resolve("2024/12345/index.md"));
        assertThat(page).startsWith("""
                ---
                title: 市妇联开展“三八”节主题活动
                date: 2024-03-08 10:30
                authors:
                  - { name: 伍洁 }
                column: 工作动态
                photos:
                  - id: photo-1
                    src: photo-1.jpg
                    caption: 活动现场。
                    credit: 杨超
                  - id: photo-2
                    src: http://old.example.org/upload/remote.jpg
                    caption: 2024年3月8日，代表们合影留念。
                slug: "12345"
                aliases: [/news/2023/12345.html]
                # imported from old-site/news/2023/12345.html
                ---
                """);
        assertThat(page).contains(
                "\n3月8日，市妇联在市妇女儿童活动中心举行“巾帼心向党”主题活动，全市200余名妇女代表参加。\n",
                "\n![](photo:photo-1)\n",
                "\n活动中，**优秀妇女代表**分享了她们的故事（详见[往期报道](/news/2023/12340.html)）。\n",
                "\n## 一、表彰先进\n",
                "\n会上表彰了30名“最美家庭”代表。\n\n大家纷纷表示，要传承好家风。\n",
                "\n| 项目 | 人数 |\n| --- | --- |\n| 代表 | 200 |\n",
                "\n欢迎访问\n",
                "\n[嵌入内容](https://video.example.org/v/1)\n",
                "\n1\\. 第一条说明\\*重要\\*\n")
                .doesNotContain("首页", "版权所有", "tracker", "浏览次数");
        assertThat(Files.mismatch(output.resolve("2024/12345/photo-1.jpg"), OLD_SITE.resolve("images/2023/visit.jpg"))).isEqualTo(-1);

        List<String> notes = report.entries().get(0).notes().stream().map(Problem::message).toList();
        assertThat(notes).anyMatch(n -> n.startsWith("converted from GB18030 (GBK) to UTF-8"))
                .anyMatch(n -> n.contains("<marquee>"))
                .anyMatch(n -> n.startsWith("photo-2 is still on the old site at http://old.example.org/upload/remote.jpg"))
                .anyMatch(n -> n.contains("浏览次数：128"))
                .anyMatch(n -> n.startsWith("a <iframe> was kept as a link"));

        String text = TestSites.read(output.resolve("2024/family-education/index.md"));
        assertThat(text).isEqualTo("""
                ---
                title: 市妇联召开家庭教育工作推进会
                date: 2024-04-02
                authors:
                  - { name: 王静, role: 记者, org: 本报 }
                column: 工作动态
                slug: family-education
                # imported from old-site/news/2023/2024-04-02-family-education.txt
                ---

                4月2日，市妇联召开全市家庭教育工作推进会，部署今年重点工作。

                会议要求，各级妇联要把家庭教育摆在突出位置。

                责任编辑：李芳
                """);
    }

    @Test
    void dateFillsInOnlyForArticlesThatGiveNone(@TempDir Path folder) throws Exception {
        Path old = folder.resolve("old");
        Files.createDirectories(old);
        Files.copy(OLD_SITE.resolve("news/2023/12345.html"), old.resolve("12345.html"));
        Files.copy(OLD_SITE.resolve("news/2023/2024-04-02-family-education.txt"), old.resolve("2024-04-02-family-education.txt"));
        TestSites.write(old.resolve("undated.txt"), "市妇联召开会议\n\n会议强调，要做好工作。\n");

        Importer.run(List.of(old), ImportOptions.into(folder.resolve("out")).withDate("2020-01-01"));

        assertThat(TestSites.read(folder.resolve("out/2024/12345/index.md"))).contains("\ndate: 2024-03-08 10:30\n");
        assertThat(TestSites.read(folder.resolve("out/2024/family-education/index.md"))).contains("\ndate: 2024-04-02\n");
        assertThat(TestSites.read(folder.resolve("out/2020/undated/index.md"))).contains("\ndate: 2020-01-01\n");
    }

    @Test
    void thePublishedLineThatGaveTheDateLeavesTheBody(@TempDir Path folder) {
        TestSites.write(folder.resolve("old/a.html"), "<html><body><div class=\"content\"><h1>市妇联召开会议</h1>"
                + "<p>发布时间：2024-03-08 10:30　来源：市妇联</p><p>会议强调，要做好工作。会议要求各级妇联组织认真学习。</p></div></body></html>");
        TestSites.write(folder.resolve("old/b.html"), "<html><body><div class=\"content\"><h1>市妇联召开会议</h1>"
                + "<div class=\"info\">发布时间：2024-03-08 10:30　来源：市妇联</div><p>会议强调，要做好工作。会议要求各级妇联组织认真学习。</p>"
                + "</div></body></html>");
        TestSites.write(folder.resolve("old/c.html"), "<html><body><div class=\"content\"><h1>市妇联召开会议</h1>"
                + "<p>发布时间：2024-03-08 10:30　来源：市妇联　作者：伍洁　浏览次数：128</p><p>会议强调，要做好工作。会议要求各级妇联组织认真学习。</p>"
                + "</div></body></html>");
        // One at a time: in one import, b would be the same article as a, and not imported again.
        Importer.run(List.of(folder.resolve("old/a.html")), ImportOptions.into(folder.resolve("out")));
        Importer.run(List.of(folder.resolve("old/b.html")), ImportOptions.into(folder.resolve("out")));
        ImportReport report = Importer.run(List.of(folder.resolve("old/c.html")), ImportOptions.into(folder.resolve("out")));

        assertThat(TestSites.read(folder.resolve("out/2024/c/index.md")))
                .contains("\nauthors:\n  - { name: 伍洁 }\n").endsWith("---\n\n会议强调，要做好工作。会议要求各级妇联组织认真学习。\n");
        assertThat(report.entries().get(0).notes()).extracting(Problem::message).containsExactly("the date and author were read"
                + " from the page's line \"发布时间：2024-03-08 10:30 来源：市妇联 作者：伍洁 浏览次数：128\"; anything else in it is not"
                + " in the article (add what it should keep)");
        for (String name : List.of("a", "b")) {
            assertThat(TestSites.read(folder.resolve("out/2024/" + name + "/index.md"))).as(name).isEqualTo("""
                    ---
                    title: 市妇联召开会议
                    date: 2024-03-08 10:30
                    slug: %s
                    # imported from old/%s.html
                    ---

                    会议强调，要做好工作。会议要求各级妇联组织认真学习。
                    """.formatted(name, name));
        }
    }

    @Test
    void aPagePublishedTwiceIsImportedOnceWithBothOldAddresses(@TempDir Path folder) {
        String page = "<html><head><meta name=\"publishdate\" content=\"2012-03-05\"></head><body><h1>会议通知</h1>"
                + "<div class=\"TRS_Editor\"><p>定于3月8日召开全市妇女工作会议。</p></div></body></html>";
        TestSites.write(folder.resolve("old/news/2012/0305/1234.shtml"), page);
        TestSites.write(folder.resolve("old/zt/1234.shtml"), page);
        TestSites.write(folder.resolve("old/news/2012/0305/1235.shtml"), page.replace("3月8日", "3月9日"));
        ImportOptions options = ImportOptions.into(folder.resolve("out")).withAliases(true);

        ImportReport report = Importer.run(List.of(folder.resolve("old")), options);

        Path first = folder.resolve("out/2012/1234/index.md");
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.failed()).isZero();
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.entries().get(2).sameAs()).contains(folder.resolve("old/news/2012/0305/1234.shtml"));
        assertThat(TestSites.read(first)).contains("\naliases: [/news/2012/0305/1234.shtml, /zt/1234.shtml]\n"
                + "# imported from old/news/2012/0305/1234.shtml\n---\n");
        assertThat(folder.resolve("out/2012/1234-2")).doesNotExist();
        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text));
        assertThat(text.toString()).contains(folder.resolve("old/zt/1234.shtml") + " -> " + first + ": the same article as "
                + folder.resolve("old/news/2012/0305/1234.shtml") + ", not imported again\n")
                .contains("Imported 2 of 3 files; 1 was the same article as a file before (not imported again).");

        ImportReport again = Importer.run(List.of(folder.resolve("old")), options);
        assertThat(again.kept()).isEqualTo(2);
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(TestSites.read(first)).containsOnlyOnce("/zt/1234.shtml");
    }

    @Test
    void pagesOfOneHeadlineDateAndTextShowingOtherPhotosAreTwoArticles(@TempDir Path folder) throws Exception {
        byte[] photo = Files.readAllBytes(Path.of("src/test/resources/sites/check/content/news/images/small.png"));
        byte[] other = Arrays.copyOf(photo, photo.length + 1);
        for (String day : List.of("a", "b", "c")) {
            TestSites.write(folder.resolve("old/" + day + "/photo.html"), "<html><head><meta name=\"publishdate\""
                    + " content=\"2012-03-05\"></head><body><h1>图片新闻</h1><div class=\"TRS_Editor\"><p><img src=\"1.png\"></p>"
                    + "</div></body></html>");
        }
        Files.write(folder.resolve("old/a/1.png"), photo);
        Files.write(folder.resolve("old/b/1.png"), other);
        Files.write(folder.resolve("old/c/1.png"), photo); // a copy of a's page, photo and all

        ImportReport report = Importer.run(List.of(folder.resolve("old")), ImportOptions.into(folder.resolve("out")));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.entries().get(2).sameAs()).contains(folder.resolve("old/a/photo.html"));
        assertThat(Files.readAllBytes(folder.resolve("out/2012/photo/photo-1.png"))).isEqualTo(photo);
        assertThat(Files.readAllBytes(folder.resolve("out/2012/photo-2/photo-1.png"))).isEqualTo(other);
    }

    @Test
    void anOldSitesListPagesAreLeftAloneAndItsShortNoticesImported(@TempDir Path folder) {
        StringBuilder items = new StringBuilder();
        StringBuilder menu = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            items.append("<li><a href=\"/news/2012/0305/").append(1000 + i).append(".shtml\">市妇联召开第").append(i)
                    .append("次全市妇女工作会议</a><span>2012-03-05</span></li>");
            menu.append("<a href=\"/col/").append(i).append("/\">栏目").append(i).append("</a> ");
        }
        String footer = "<div class=\"footer\">版权所有：某市妇女联合会 地址：某市人民路1号</div>";
        TestSites.write(folder.resolve("old/news/list_1.shtml"), "<html><body><div class=\"nav\">当前位置：<a href=\"/\">首页</a>"
                + " &gt; 妇联动态</div><h1>妇联动态</h1><ul class=\"list\">" + items + "</ul><div>共5页 第1页</div>" + footer
                + "</body></html>");
        TestSites.write(folder.resolve("old/news/2012/0305/1001.shtml"), "<html><head><meta name=\"publishdate\""
                + " content=\"2012-03-05\"></head><body><div class=\"menu\">" + menu + "</div><h1>会议通知</h1>"
                + "<div class=\"TRS_Editor\"><p>定于3月8日上午9时在市妇联三楼会议室召开全市妇女工作会议，请各县市区妇联主席参加。</p></div>"
                + footer + "</body></html>");

        ImportReport report = Importer.run(List.of(folder.resolve("old")), ImportOptions.into(folder.resolve("out")));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.failed()).isZero();
        assertThat(report.leftAlone()).isEqualTo(1);
        assertThat(folder.resolve("out/2012/1001/index.md")).isRegularFile();
        assertThat(folder.resolve("out/undated")).doesNotExist();
        assertThat(report.entries().get(1).notes()).extracting(Problem::message).containsExactly("a list of 21 links with little"
                + " text of its own, such as a column's page: not an article, left alone (to import it all the same, name the file"
                + " by itself)");
        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text));
        assertThat(text.toString()).contains(folder.resolve("old/news/list_1.shtml") + ": left alone\n")
                .contains("Imported 1 of 2 files; 1 page was a list of links, not articles (left alone).");

        // Named by itself, it is imported.
        Path list = folder.resolve("old/news/list_1.shtml");
        assertThat(Importer.run(List.of(list), ImportOptions.into(folder.resolve("out"))).imported()).isEqualTo(1);
    }

    @Test
    void aShortArticlePastedFromWordAmongManyLinksIsImported(@TempDir Path folder) {
        // Word wraps every few words of a paragraph in a <span>: the paragraph is one run of text all the same.
        StringBuilder related = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            related.append("<li><a href=\"/news/").append(i).append(".html\">全市各级妇联组织深入开展巾帼建功活动第").append(i)
                    .append("期成效显著</a></li>");
        }
        StringBuilder paragraph = new StringBuilder();
        for (String words : List.of("3月5日上午，", "市妇联在市民中心", "召开庆祝三八国际妇女节", "座谈会，各界妇女代表", "五十余人参加了座谈会",
                "并踊跃发言，", "大家纷纷表示", "要在新的一年里", "立足岗位建功立业。")) {
            paragraph.append("<span style=\"font-family:宋体\">").append(words).append("</span>");
        }
        TestSites.write(folder.resolve("old/0305.html"), "<html><head><meta name=\"publishdate\" content=\"2012-03-05\"></head>"
                + "<body><ul class=\"related\">" + related + "</ul><h1>市妇联召开三八节座谈会</h1><div class=\"TRS_Editor\">"
                + "<p class=\"MsoNormal\">" + paragraph + "</p></div></body></html>");

        ImportReport report = Importer.run(List.of(folder.resolve("old")), ImportOptions.into(folder.resolve("out")));

        assertThat(report.leftAlone()).isZero();
        assertThat(report.imported()).isEqualTo(1);
        assertThat(TestSites.read(folder.resolve("out/2012/0305/index.md"))).contains("市妇联在市民中心召开庆祝三八国际妇女节座谈会");
    }

    @Test
    void navigationInsideTheArticleIsKeptAsTextAndListed(@TempDir Path folder) {
        TestSites.write(folder.resolve("a.html"), "<html><body><h1>标题</h1><div class=\"content\"><p>正文第一段，足够长的一段文字。</p>"
                + "<nav>上一篇：旧闻 下一篇：新闻</nav><script>track()</script></div></body></html>");
        ImportReport report = Importer.run(List.of(folder.resolve("a.html")), ImportOptions.into(folder.resolve("out")).withDate("2021-05-06"));
        assertThat(TestSites.read(folder.resolve("out/2021/a/index.md"))).contains("\n上一篇：旧闻 下一篇：新闻\n").doesNotContain("track");
        assertThat(report.entries().get(0).notes()).extracting(Problem::message)
                .contains("kept as plain text, without their markup: <nav> (check how they read)");
    }

    @Test
    void aPageKeptAsAFoldersIndexIsNamedAfterTheFolder(@TempDir Path folder) {
        TestSites.write(folder.resolve("old/news/12346/index.html"), "<html><body><h1>标题</h1><div class=\"content\">"
                + "<p>正文第一段，足够长的一段文字。</p></div></body></html>");
        Importer.run(List.of(folder.resolve("old")), ImportOptions.into(folder.resolve("out")).withDate("2021-05-06"));
        assertThat(folder.resolve("out/2021/12346/index.md")).isRegularFile();
    }

    @Test
    void aPageWithoutMarkupTakesItsHeadlineFromTheTitleAndSaysSo(@TempDir Path folder) {
        TestSites.write(folder.resolve("a.html"), "<html><head><title>妇联召开会议 | 旧网站</title></head><body>"
                + "<div><p>第一段很长的正文内容，在这里。</p><p>第二段。</p></div></body></html>");
        ImportReport report = Importer.run(List.of(folder.resolve("a.html")), ImportOptions.into(folder.resolve("out")).withDate("2020-01-02"));
        String md = TestSites.read(folder.resolve("out/2020/a/index.md"));
        assertThat(md).startsWith("---\ntitle: 妇联召开会议\ndate: 2020-01-02\nslug: a\n# imported from " + folder.getFileName() + "/a.html\n---\n\n第一段很长的正文内容，在这里。\n\n第二段。\n");
        assertThat(report.entries().get(0).notes()).extracting(Problem::message)
                .contains("the headline was taken from the page's <title>, without what followed a - or | (check it)");
    }

    @Test
    void anImageOutsideTheFolderImportedIsRefusedWithANoteAndNotCopied(@TempDir Path folder) throws Exception {
        TestSites.write(folder.resolve("fakehome/notes.txt"), "私人笔记");
        TestSites.write(folder.resolve("old/images/ok.jpg"), "照片");
        TestSites.write(folder.resolve("old/news/a.html"), "<html><body><h1>标题</h1><div class=\"content\">"
                + "<p>正文第一段，足够长的一段文字。</p><img src=\"/../../../../../../etc/passwd\">"
                + "<img src=\"../../fakehome/notes.txt\"><img src=\"link.jpg\"><img src=\"/images/ok.jpg\">"
                + "<p>正文第二段。</p></div></body></html>");
        Files.createSymbolicLink(folder.resolve("old/news/link.jpg"), folder.resolve("fakehome/notes.txt"));

        ImportReport report = Importer.run(List.of(folder.resolve("old")), ImportOptions.into(folder.resolve("out")).withDate("2023-05-06"));

        Path bundle = folder.resolve("out/2023/a");
        try (var files = Files.list(bundle)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.md", "photo-4.jpg");
        }
        assertThat(TestSites.read(bundle.resolve("photo-4.jpg"))).isEqualTo("照片");
        Path page = folder.resolve("old/news/a.html");
        assertThat(report.entries().get(0).notes()).filteredOn(n -> n.message().contains("outside"))
                .allMatch(n -> n.file().equals(page)).extracting(Problem::message).containsExactlyInAnyOrder(
                        outside("/../../../../../../etc/passwd", folder), outside("../../fakehome/notes.txt", folder),
                        outside("link.jpg", folder));
    }

    private static String outside(String src, Path folder) {
        return "the image " + src + " is outside the folder imported, " + folder.resolve("old") + ": it was not copied"
                + " (copy the photo beside the article by hand if it belongs to it)";
    }

    @Test
    void aPageTheImporterFailsOnIsThatPagesProblemAndTheOthersAreImported(@TempDir Path folder) throws Exception {
        TestSites.write(folder.resolve("old/a.html"), "<html><body><h1>标题</h1><div class=\"content\">"
                + "<p>正文第一段，足够长的一段文字。</p></div></body></html>");
        TestSites.write(folder.resolve("old/b.html"), "<html><body><h1>标题</h1><div class=\"content\"><p>正文第一段，足够长的一段文字。</p>"
                + "<span>".repeat(DEEP_FOR_A_SMALL_STACK) + "深处" + "</span>".repeat(DEEP_FOR_A_SMALL_STACK) + "</div></body></html>");
        TestSites.write(folder.resolve("old/c.html"), "<html><body><h1>另一个标题</h1><div class=\"content\">"
                + "<p>正文第一段，足够长的一段文字。</p></div></body></html>");
        // Loading the importer's classes takes stack of its own: done first, on this thread.
        Importer.run(List.of(folder.resolve("old/a.html")), ImportOptions.into(folder.resolve("warm-up")).withDate("2021-05-06"));
        ImportReport[] report = new ImportReport[1];
        // A stack small enough that a page nested less deeply than the reader allows still overflows it: any failure will do.
        Thread importing = new Thread(null, () -> report[0] = Importer.run(List.of(folder.resolve("old")),
                ImportOptions.into(folder.resolve("out")).withDate("2021-05-06")), "import", SMALL_STACK);
        importing.start();
        importing.join();

        assertThat(report[0].imported()).isEqualTo(2);
        assertThat(folder.resolve("out/2021/a/index.md")).isRegularFile();
        assertThat(folder.resolve("out/2021/c/index.md")).isRegularFile();
        assertThat(report[0].entries().get(1).notes()).singleElement().satisfies(n -> {
            assertThat(n.file()).isEqualTo(folder.resolve("old/b.html"));
            assertThat(n.isError()).isTrue();
            assertThat(n.message()).isEqualTo("the importer ran out of stack on this page (its markup is nested too deeply"
                    + " to be read); not imported (the import went on with the other files)");
        });
    }

    static final int DEEP_FOR_A_SMALL_STACK = 250;
    static final long SMALL_STACK = 96 * 1024;

    @Test
    void markupNestedTooDeeplyIsKeptAsItsTextAndTakesLinearTime(@TempDir Path folder) {
        TestSites.write(folder.resolve("old/ok.html"), "<html><body><h1>标题</h1><div class=\"content\">"
                + "<p>正文第一段，足够长的一段文字。</p></div></body></html>");
        for (int depth : new int[] {5_000, 100_000}) {
            // Each its own headline: pages of the same headline and text would be one article, imported once.
            TestSites.write(folder.resolve("old/spans-" + depth + ".html"), nested(depth, "<span>", "</span>")
                    .replace("<h1>标题", "<h1>标题" + depth));
            TestSites.write(folder.resolve("old/bold-" + depth + ".html"), nested(depth, "<b><i id=x%d>", "</i></b>")
                    .replace("<h1>标题", "<h1>粗体标题" + depth));
            TestSites.write(folder.resolve("old/divs-" + depth + ".html"), nested(depth, "<div><a href=\"/a%d.html\">链接</a>", "</div>")
                    .replace("<h1>标题", "<h1>链接标题" + depth));
        }
        long start = System.nanoTime();
        ImportReport report = Importer.run(List.of(folder.resolve("old")), ImportOptions.into(folder.resolve("out")).withDate("2021-05-06"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(report.imported()).as(report.entries().toString()).isEqualTo(7);
        for (String name : List.of("spans-5000", "bold-5000", "divs-5000", "spans-100000", "bold-100000", "divs-100000")) {
            assertThat(TestSites.read(folder.resolve("out/2021/" + name + "/index.md"))).as(name).contains("正文第一段", "深处");
            assertThat(report.entries()).filteredOn(e -> e.source().endsWith(name + ".html")).singleElement()
                    .extracting(e -> e.notes().stream().map(Problem::message).toList()).asList()
                    .contains("markup nested more than 256 elements deep was kept as its text only, without links, emphasis"
                            + " or paragraphs (check how it reads)");
        }
        // About 3 s here; by the square of the depth, as the selectors of the article's part of the page took, hours.
        assertThat(millis).as("linear time").isLessThan(30_000);
    }

    private static String nested(int depth, String open, String close) {
        // A paragraph of a sentence's length: with thousands of links and only a headline, the page would be a list of links.
        StringBuilder html = new StringBuilder("<html><body><h1>标题</h1><div class=\"content\"><p>正文第一段，足够长的一段文字，"
                + "说明了这次会议的时间、地点、参加的人和会议的主要内容，以及会后各单位要做的工作。</p>");
        for (int i = 0; i < depth; i++) {
            html.append(open.replace("%d", String.valueOf(i)));
        }
        html.append("深处");
        html.append(close.repeat(depth));
        return html.append("</div></body></html>").toString();
    }

    /** Each date label a text file's date line may have dates an HTML page whose only date is such a line, and the line goes. */
    @ParameterizedTest
    @ValueSource(strings = {"发布时间", "发布日期", "时间", "日期", "发表时间", "来源时间"})
    void aPageDatedByALabelledLineIsDatedAsATextFileIs(String label, @TempDir Path folder) throws Exception {
        Path old = Files.createDirectories(folder.resolve("old"));
        String line = label + "：2023年12月26日 08:00 来源：市妇联";
        Files.writeString(old.resolve("page.html"), "<html><head><meta charset=\"utf-8\"><title>标题</title></head><body>"
                + "<h1>标题</h1><p>" + line + "</p><p>正文第一段，说明了会议的内容。</p></body></html>", StandardCharsets.UTF_8);
        Files.writeString(old.resolve("text.txt"), "标题\n" + line + "\n正文第一段，说明了会议的内容。\n", StandardCharsets.UTF_8);

        // One at a time: in one import, the second would be the same article as the first, and not imported again.
        Importer.run(List.of(old.resolve("page.html")), ImportOptions.into(folder.resolve("content")));
        Importer.run(List.of(old.resolve("text.txt")), ImportOptions.into(folder.resolve("content")));

        for (String name : List.of("page", "text")) {
            String article = TestSites.read(folder.resolve("content/2023/" + name + "/index.md"));
            assertThat(article).as(name).contains("\ndate: 2023-12-26 08:00\n").doesNotContain(label + "：");
        }
    }
}
