package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.ArticleParser;
import org.gazette.content.SourceFile;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownRendererTest {

    @TempDir
    Path root;
    private MarkdownRenderer markdown;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(root.resolve("content/2023/images"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", root.resolve("content/2023/images/visit.png").toFile());
        Files.createDirectories(root.resolve("static/images"));
        ImageIO.write(new BufferedImage(16, 9, BufferedImage.TYPE_INT_RGB), "png", root.resolve("static/images/logo.png").toFile());
        markdown = new MarkdownRenderer(SiteConfig.defaults(), new ImageResolver(root));
    }

    private Outcome<RenderedArticle> render(String frontMatter, String body) {
        String text = "---\ntitle: 标题\ndate: 2023-12-26\nslug: x\n" + frontMatter + "---\n" + body;
        Article article = new ArticleParser(SiteConfig.defaults())
                .parse(new SourceFile(Path.of("content/2023/x.md"), text.getBytes(StandardCharsets.UTF_8)))
                .value().orElseThrow();
        return markdown.render(article);
    }

    private static Element body(RenderedArticle rendered) {
        return Jsoup.parseBodyFragment(rendered.html().get()).body();
    }

    @Test
    void linksThatWouldRunInTheBrowserAreErrorsAtTheirLineWhateverTheirCaseOrEntities() {
        Outcome<RenderedArticle> r = render("", "正文。\n\n[vb](JaVaScRiPt:alert(16))\n\n[ent](jav&#x61;script:alert(17))\n\n"
                + "[dl](data:text/html;base64,PHNjcmlwdD4=) 与 [vbs]( VBScript:x)\n\n[ref]\n\n[ref]: &#x6A;avascript:alert(18)\n\n"
                + "[网站](https://example.org/)、[邮件](mailto:web@example.org)、[数据](/data:x)\n");
        String run = " would run a script in readers' browsers, not lead to a page (link to a web address or a page of the"
                + " site, or remove the link)";
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Problem::formatLocated).containsExactly(
                "content/2023/x.md:8:1: error: the address of this link, JaVaScRiPt:alert(16)," + run,
                "content/2023/x.md:10:1: error: the address of this link, jav&#x61;script:alert(17)," + run,
                "content/2023/x.md:12:1: error: the address of this link, data:text/html;base64,PHNjcmlwdD4=, would open"
                        + " a page made of the address itself in readers' browsers, not lead to a page (link to a web"
                        + " address or a page of the site, or remove the link)",
                "content/2023/x.md:12:44: error: the address of this link, VBScript:x," + run,
                "content/2023/x.md:16:1: error: the address of this link, &#x6A;avascript:alert(18)," + run);
    }

    @Test
    void placesAFrontMatterPhotoByItsId() {
        RenderedArticle r = render("""
                photos:
                  - { id: visit, src: images/visit.png, caption: 市委书记来到市妇联。, credit: 杨超, alt: 看望机关干部 }
                """, "第一段。\n\n![](photo:visit)\n\n第二段。\n").value().orElseThrow();
        assertThat(body(r).children()).extracting(Element::tagName).containsExactly("p", "figure", "p");
        Elements figures = body(r).select("figure.photo");
        assertThat(figures).hasSize(1);
        Element img = figures.first().selectFirst("> img");
        assertThat(img.attr("src")).isEqualTo("../../images/visit.png");
        assertThat(img.attr("alt")).isEqualTo("看望机关干部");
        assertThat(img.attr("width")).isEqualTo("40");
        assertThat(img.attr("height")).isEqualTo("30");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(figures.first().select("> figcaption > span").eachText()).containsExactly("市委书记来到市妇联。", "（杨超 摄）");
        assertThat(r.unplaced()).isEmpty();
    }

    @Test
    void aStandaloneImageWithATitleIsAFigure() {
        RenderedArticle r = render("", "![家风](/images/logo.png \"家庭亲子诵读活动现场（王静 摄）\")\n").value().orElseThrow();
        Element figure = body(r).selectFirst("figure.photo");
        assertThat(figure.selectFirst("img").attr("src")).isEqualTo("../../../images/logo.png");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("家风");
        assertThat(figure.selectFirst(".caption").text()).isEqualTo("家庭亲子诵读活动现场");
        assertThat(figure.selectFirst(".credit").text()).isEqualTo("（王静 摄）");
    }

    @Test
    void aCaptionLineStartingWithTriangleUnderAnImageIsItsCaption() {
        RenderedArticle r = render("", """
                ![院落恳谈会](images/visit.png)
                ▲2023年，市妇联班子成员带队在龙胜村召开院落恳谈会。（伍洁 摄）

                下一段。
                """).value().orElseThrow();
        Element body = body(r);
        assertThat(body.children()).extracting(Element::tagName).containsExactly("figure", "p");
        assertThat(body.selectFirst("figcaption .caption").text()).isEqualTo("2023年，市妇联班子成员带队在龙胜村召开院落恳谈会。");
        assertThat(body.selectFirst("figcaption .credit").text()).isEqualTo("（伍洁 摄）");
        assertThat(body.text()).doesNotContain("▲");
    }

    @Test
    void aTriangleParagraphRightAfterAnImageIsItsCaptionToo() {
        RenderedArticle r = render("", "![](images/visit.png)\n\n▲两癌救助金发放现场。\n").value().orElseThrow();
        assertThat(body(r).select("figure figcaption").text()).isEqualTo("两癌救助金发放现场。");
        assertThat(body(r).select("p")).isEmpty();
        assertThat(body(r).selectFirst("img").attr("alt")).as("the caption beside it describes it: not read twice").isEmpty();
        assertThat(body(r).selectFirst("img").hasAttr("alt")).isTrue();
    }

    @Test
    void leadPhotoIsAboveTheBodyAndUnplacedPhotosAfterIt() {
        RenderedArticle r = render("""
                photos:
                  - { id: a, src: images/visit.png, caption: 头图 }
                  - { id: b, src: images/visit.png, caption: 第二张 }
                  - { id: c, src: /images/logo.png, caption: 第三张 }
                lead: a
                """, "正文。\n").value().orElseThrow();
        Element lead = Jsoup.parseBodyFragment(r.leadHtml()).selectFirst("figure img");
        assertThat(lead.hasAttr("loading")).isFalse();
        assertThat(lead.attr("fetchpriority")).isEqualTo("high");
        assertThat(r.unplaced()).extracting(Figure::caption).containsExactly("第二张", "第三张");
        assertThat(r.unplaced().get(1)).extracting(Figure::width, Figure::height).containsExactly(16, 9);
        assertThat(body(r).select("figure")).isEmpty();
    }

    @Test
    void photoProblemsNameTheLine() {
        Outcome<RenderedArticle> outcome = render("""
                photos:
                  - { id: gone, src: images/gone.jpg }
                """, "正文。\n\n![](photo:nope)\n\n![](images/missing.png)\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                "content/2023/x.md:10: photo \"nope\" is not listed under photos: in the front matter (add it there, or correct the id)",
                "content/2023/x.md:12: image images/missing.png not found (expected at content/2023/images/missing.png; check the file name)",
                "content/2023/x.md:6: image images/gone.jpg not found (expected at content/2023/images/gone.jpg; check the file name)");
    }

    @Test
    void aPhotoOnAnotherSiteIsAnErrorAtItsLine() {
        Outcome<RenderedArticle> outcome = render("""
                photos:
                  - { id: old, src: "http://old.example.org/upload/remote.jpg?w=800" }
                """, "正文。\n\n![](photo:old)\n\n![](//cdn.example.com/%E5%90%88%E5%BD%B1.png)\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                "content/2023/x.md:6: image http://old.example.org/upload/remote.jpg?w=800 is on another site (save it beside the"
                        + " article and give its file name, such as remote.jpg: a page cannot know the size of a photo elsewhere,"
                        + " so it would shift as the photo loads, and the photo would go when that site does)",
                "content/2023/x.md:12: image //cdn.example.com/%E5%90%88%E5%BD%B1.png is on another site (save it beside the"
                        + " article and give its file name, such as 合影.png: a page cannot know the size of a photo elsewhere,"
                        + " so it would shift as the photo loads, and the photo would go when that site does)");
    }

    @Test
    void aMissingPhotoPlacedTwiceIsToldOnce() {
        Outcome<RenderedArticle> outcome = render("photos: [{id: a, src: images/nope.jpg}]\n",
                "正文。\n\n![](photo:a)\n\n中间。\n\n![](photo:a)\n");
        assertThat(outcome.problems()).extracting(Problem::format).containsExactly(
                "content/2023/x.md:5: image images/nope.jpg not found (expected at content/2023/images/nope.jpg; check the file name)");
    }

    @Test
    void aPhotoPlacedTwiceIsShownTwice() {
        RenderedArticle r = render("photos: [{id: visit, src: images/visit.png}]\n",
                "![](photo:visit)\n\n中间。\n\n![](photo:visit)\n").value().orElseThrow();
        assertThat(body(r).select("figure img")).extracting(img -> img.attr("width")).containsExactly("40", "40");
    }

    @Test
    void anImageInsideTheTextIsAnErrorAtItsLine() {
        Outcome<RenderedArticle> outcome = render("""
                photos:
                  - { id: visit, src: images/visit.png }
                """, "第一段。\n\n文中的图![](images/visit.png)。\n\n![](images/nowhere.jpg)\n紧接的一行不是图注。\n\n"
                + "又一段。\n![](photo:visit)\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::format).containsExactly(
                "content/2023/x.md:10: image images/visit.png must stand on a line of its own, with a blank line before and after"
                        + " (a caption may follow on the next line, starting with ▲)",
                "content/2023/x.md:12: image images/nowhere.jpg must stand on a line of its own, with a blank line before and after"
                        + " (a caption may follow on the next line, starting with ▲)",
                "content/2023/x.md:16: photo photo:visit must stand on a line of its own, with a blank line before and after"
                        + " (a caption may follow on the next line, starting with ▲)");
    }

    @Test
    void anImageTakingItsFileFromAReferenceIsAnErrorSayingHowToWriteIt() {
        Outcome<RenderedArticle> outcome = render("", "第一段。\n\n![现场][p1]\n\n[p1]: images/visit.png\n\n"
                + "方括号里的字[注意]不是图，![未定义]也不是。\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::format).containsExactly(
                "content/2023/x.md:8: image ![现场][p1] takes its file from a reference ([p1]: images/visit.png), which the"
                        + " build does not follow (write the file in round brackets, on a line of its own:"
                        + " ![现场](images/visit.png))");
    }

    @Test
    void anImageWhoseSizeCannotBeReadIsAnErrorAtTheLineThatNamesIt() throws IOException {
        Files.writeString(root.resolve("content/2023/images/notes.jpg"), "这不是照片\n");
        Files.write(root.resolve("content/2023/images/empty.png"), new byte[0]);
        byte[] jpeg = Files.readAllBytes(Path.of("content/2023/five-year-review/photo-1.jpg"));
        Files.write(root.resolve("content/2023/images/cut.jpg"), java.util.Arrays.copyOf(jpeg, 100));
        Files.writeString(root.resolve("content/2023/images/plain.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
        Outcome<RenderedArticle> outcome = render("""
                photos:
                  - { id: notes, src: images/notes.jpg }
                """, "![](photo:notes)\n\n![](images/empty.png)\n\n![](images/cut.jpg)\n\n![](images/plain.svg)\n");
        assertThat(outcome.value()).isEmpty();
        String notAnImage = " is not a JPEG, PNG, GIF, WebP or SVG file that Gazette can read (it is damaged, cut short or of"
                + " another kind: export it again as JPEG or PNG, or replace the file)";
        assertThat(outcome.problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                "content/2023/x.md:6: image images/notes.jpg" + notAnImage,
                "content/2023/x.md:10: image images/empty.png is an empty file, 0 bytes (copy the photo again, or replace the file)",
                "content/2023/x.md:12: image images/cut.jpg" + notAnImage,
                "content/2023/x.md:14: image images/plain.svg gives no size (give its <svg> element width and height in pixels,"
                        + " or a viewBox)");
    }

    @Test
    void aPhotoCutShortAfterItsSizeIsAWarningAtTheLineThatNamesIt() throws IOException {
        byte[] jpeg = Files.readAllBytes(Path.of("content/2023/five-year-review/photo-1.jpg"));
        Files.write(root.resolve("content/2023/images/upload.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length / 2));
        Files.write(root.resolve("content/2023/images/whole.jpg"), jpeg);
        Outcome<RenderedArticle> outcome = render("", "![](images/whole.jpg)\n\n![会场](images/upload.jpg)\n▲ 会场。\n");
        assertThat(body(outcome.value().orElseThrow()).select("img")).as("its size is known: the page keeps its layout").hasSize(2);
        assertThat(outcome.problems()).extracting(Problem::format).containsExactly(
                "content/2023/x.md:8: warning: image images/upload.jpg is cut short: the file ends before the photo does, and"
                        + " readers see its top part above a grey band (copy it again from the original)");
    }

    @Test
    void anImageWithAHiddenNameInContentIsAnErrorForItIsNotPublished() throws IOException {
        Path visit = root.resolve("content/2023/images/visit.png");
        Files.createDirectories(root.resolve("content/2023/.private"));
        Files.copy(visit, root.resolve("content/2023/.private/p.png"));
        Files.copy(visit, root.resolve("content/2023/images/.p.png"));
        Files.createDirectories(root.resolve("static/.well-known"));
        Files.copy(visit, root.resolve("static/.well-known/logo.png"));
        Outcome<RenderedArticle> outcome = render("", "![](.private/p.png)\n\n![](images/.p.png)\n\n![](/2023/.private/p.png)\n\n"
                + "![](/.well-known/logo.png)\n");
        assertThat(outcome.problems()).extracting(Problem::format).containsExactly(
                "content/2023/x.md:6: image .private/p.png is in the hidden folder .private, which is not published"
                        + " (rename the folder without its leading \".\", or move the image out of it)",
                "content/2023/x.md:8: image images/.p.png has a hidden name, starting with \".\", and is not published"
                        + " (rename the file without its leading \".\")",
                "content/2023/x.md:10: image /2023/.private/p.png is in the hidden folder .private, which is not published"
                        + " (rename the folder without its leading \".\", or move the image out of it)");
    }

    @Test
    void anImageWhoseNameHasASpaceIsFoundWrittenEitherWay() throws IOException {
        Files.copy(root.resolve("content/2023/images/visit.png"), root.resolve("content/2023/images/march 8.png"));
        RenderedArticle r = render("", "![甲](<images/march 8.png>)\n\n![乙](images/march%208.png)\n").value().orElseThrow();
        assertThat(body(r).select("figure img")).extracting(img -> img.attr("src") + " " + img.attr("width"))
                .containsExactly("../../images/march%208.png 40", "../../images/march%208.png 40");
    }

    @Test
    void svgAndWebpImagesGetTheirSize() throws IOException {
        Files.writeString(root.resolve("content/2023/images/map.svg"),
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150.4\"></svg>");
        Files.write(root.resolve("content/2023/images/logo.webp"), ImageSizeTest.losslessWebp(120, 90));
        RenderedArticle r = render("", "![](images/map.svg)\n\n![](images/logo.webp)\n").value().orElseThrow();
        assertThat(body(r).select("figure img")).extracting(img -> img.attr("width") + "x" + img.attr("height"))
                .containsExactly("300x150", "120x90");
    }

    @Test
    void chineseHeadingsGetIdsAndLineBreaksInChineseTextVanish() {
        RenderedArticle r = render("", "## 坚持政治铸魂，凝聚“她共识”\n\n岁月，满载玫瑰馨香；\n时代，成就巾帼梦想。\nLatin words\nstay apart.\n").value().orElseThrow();
        assertThat(body(r).selectFirst("h2").id()).isEqualTo("坚持政治铸魂凝聚她共识");
        assertThat(r.headings()).containsExactly(new Heading(2, "坚持政治铸魂凝聚她共识", "坚持政治铸魂，凝聚“她共识”"));
        assertThat(body(r).selectFirst("p").text()).isEqualTo("岁月，满载玫瑰馨香；时代，成就巾帼梦想。 Latin words stay apart.");
    }

    /** Newspapers set ★★★ or —— as a heading between parts of a report: each is a section to link to. */
    @Test
    void headingsOfPunctuationAloneAreSectionsNumberedByTheirPlace() {
        RenderedArticle r = render("", """
                ## ★★★

                正文。

                ## 坚持政治铸魂

                ### ——

                ## section 3

                ## ★★★
                """).value().orElseThrow();
        assertThat(body(r).select("h2, h3").eachAttr("id"))
                .containsExactly("section-1", "坚持政治铸魂", "section-3", "section-3-1", "section-5");
        assertThat(r.headings()).containsExactly(new Heading(2, "section-1", "★★★"), new Heading(2, "坚持政治铸魂", "坚持政治铸魂"),
                new Heading(3, "section-3", "——"), new Heading(2, "section-3-1", "section 3"), new Heading(2, "section-5", "★★★"));
    }

    /** Text pasted from elsewhere often ends its lines in a space or a tab, which shows nowhere. */
    @Test
    void aLineBreakInChineseTextVanishesThoughTheLineEndsInWhiteSpace() {
        RenderedArticle r = render("", "岁月，满载玫瑰馨香； \n时代，成就巾帼梦想。\t\n奋进新征程 \t \n  建功新时代\n").value().orElseThrow();
        assertThat(body(r).selectFirst("p").html()).isEqualTo("岁月，满载玫瑰馨香；时代，成就巾帼梦想。奋进新征程建功新时代");
        assertThat(r.text().get()).isEqualTo("岁月，满载玫瑰馨香；时代，成就巾帼梦想。奋进新征程建功新时代");
    }

    /**
     * A name's rare character, of the ideographic planes (𠀀, Extension B) or one Java 17 does not
     * know as Han (U+9FFD, Unicode 14; 𱍐, Extension H): its line break vanishes too, on every Java.
     */
    @Test
    void aLineBreakBesideARareChineseCharacterVanishesToo() {
        RenderedArticle r = render("", "记者王\n\uD840\uDC00报道，\n中文换行\n\u9FFD字，\n\uD884\uDF50\n字。\n").value().orElseThrow();
        assertThat(body(r).selectFirst("p").html()).isEqualTo("记者王\uD840\uDC00报道，中文换行\u9FFD字，\uD884\uDF50字。");
        assertThat(r.text().get()).isEqualTo("记者王\uD840\uDC00报道，中文换行\u9FFD字，\uD884\uDF50字。");
        RenderedArticle paragraphs = render("", "第一段止于王\uD840\uDC00\n\n第二段。\n").value().orElseThrow();
        assertThat(paragraphs.summary()).as("no space after Chinese text").isEqualTo("第一段止于王\uD840\uDC00第二段。");
    }

    @Test
    void rendersTablesFootnotesStrikethroughAutolinksAndRawHtml() {
        RenderedArticle r = render("", """
                | a | b |
                |---|---|
                | 1 | 2 |

                ~~删去~~ 见 https://example.org 注[^1]

                <aside class="note">原样 <b>HTML</b></aside>

                [^1]: 脚注。
                """).value().orElseThrow();
        Element body = body(r);
        assertThat(body.select("table td")).extracting(Element::text).containsExactly("1", "2");
        assertThat(body.select("del").text()).isEqualTo("删去");
        assertThat(body.select("a[href=https://example.org]")).hasSize(1);
        assertThat(body.select("sup a[href^=#fn]")).hasSize(1);
        assertThat(body.select(".footnotes li").text()).contains("脚注。");
        assertThat(body.select("aside.note b").text()).isEqualTo("HTML");
    }

    @Test
    void linksAndTablesAreFoundInBodiesThatHaveNothingElseOfEither() {
        assertThat(body(render("", "见 www.example.org 一文\n").value().orElseThrow()).select("a").eachAttr("href"))
                .containsExactly("http://www.example.org");
        assertThat(body(render("", "来信 office@example.org 即可\n").value().orElseThrow()).select("a").eachAttr("href"))
                .containsExactly("mailto:office@example.org");
        assertThat(body(render("", "见 ftp://example.org 一文\n").value().orElseThrow()).select("a").eachAttr("href"))
                .containsExactly("ftp://example.org");
        assertThat(body(render("", "| 甲 |\n| --- |\n| 1 |\n").value().orElseThrow()).select("table td"))
                .extracting(Element::text).containsExactly("1");
        assertThat(body(render("", "甲\n--- | ---\n").value().orElseThrow()).select("table, a")).isEmpty();
    }

    @Test
    void textIsUnescapedAndEscapedAsFlexmarkDoes() {
        String body = "甲 & 乙\n\n甲 < 乙\n\n甲 > 乙\n\n\"甲\"\n\n\\*甲\n\n丁&copy;\n\n甲\r乙\n";
        assertThat(render("", body).value().orElseThrow().html().get()).isEqualTo("""
                <p>甲 &amp; 乙</p>
                <p>甲 &lt; 乙</p>
                <p>甲 &gt; 乙</p>
                <p>&quot;甲&quot;</p>
                <p>*甲</p>
                <p>丁©</p>
                <p>甲乙</p>
                """);
    }

    @Test
    void summaryIsTheFrontMattersOrTheStartOfTheText() {
        String long1 = "岁月，满载玫瑰馨香。".repeat(20);
        RenderedArticle made = render("", long1 + "\n").value().orElseThrow();
        assertThat(made.summary()).hasSizeLessThanOrEqualTo(120).endsWith("。");
        RenderedArticle given = render("summary: 五年回顾。\n", long1 + "\n").value().orElseThrow();
        assertThat(given.summary()).isEqualTo("五年回顾。");
        assertThat(Summaries.cut("一二三四五六七八九十", 5)).isEqualTo("一二三四五…");
        assertThat(List.of(made.text().length())).allMatch(n -> n == long1.length());
    }

    @Test
    void summaryLooksPastAParagraphOfExactlyItsLength() {
        String first = "岁".repeat(SiteConfig.defaults().summaryLength());
        assertThat(render("", first + "\n\n更多\n").value().orElseThrow().summary()).isEqualTo(first + "…");
        assertThat(render("", first + "\n").value().orElseThrow().summary()).isEqualTo(first);
    }

    @Test
    void summaryLeavesOutFootnotesCaptionsAndStruckText() {
        RenderedArticle r = render("", "活动中诵读经典[^1]，分享了~~平日里~~各自的家训。\n\n![](images/visit.png \"图片说明\")\n\n[^1]: 注释。\n")
                .value().orElseThrow();
        assertThat(r.summary()).isEqualTo("活动中诵读经典，分享了各自的家训。");
    }

    @Test
    void theIndentPastedFromWordIsLeftOutAsIfTyped() {
        RenderedArticle r = render("", "\u3000\u3000第一段，Word 的缩进。\n\n\u00a0\n\n\u3000\u3000## 缩进的标题\n\n"
                + "\u00a0\u3000 第二段。\n\n```\n\u3000\u3000代码照写。\n```\n").value().orElseThrow();
        Element body = body(r);
        assertThat(body.children()).extracting(Element::tagName).containsExactly("p", "h2", "p", "pre");
        assertThat(body.select("p").eachText()).containsExactly("第一段，Word 的缩进。", "第二段。");
        assertThat(body.selectFirst("p").html()).doesNotContain("\u3000");
        assertThat(body.selectFirst("h2").text()).isEqualTo("缩进的标题");
        assertThat(body.selectFirst("pre").wholeText()).isEqualTo("\u3000\u3000代码照写。\n");
        assertThat(r.summary()).startsWith("第一段");
    }

    @Test
    void eachLineIndentedAsWordOrWeChatPastesItStartsAParagraph() {
        RenderedArticle r = render("", "\u3000\u30003月8日上午，市妇联……参加座谈。\n\u3000\u3000座谈会上，代表们……奋发有为。\n"
                + "\u3000\u3000市妇联负责人表示，\n要解难题。\n\n![](images/visit.png)\n\u3000\u3000▲座谈会现场。\n").value().orElseThrow();
        Element body = body(r);
        assertThat(body.children()).extracting(Element::tagName).containsExactly("p", "p", "p", "figure");
        assertThat(body.select("p").eachText()).containsExactly("3月8日上午，市妇联……参加座谈。", "座谈会上，代表们……奋发有为。",
                "市妇联负责人表示，要解难题。");
        assertThat(body.selectFirst("figcaption").text()).isEqualTo("座谈会现场。");
        assertThat(r.summary()).isEqualTo("3月8日上午，市妇联……参加座谈。座谈会上，代表们……奋发有为。市妇联负责人表示，要解难题。");
    }

    @Test
    void anIndentedLineInAListItemContinuesItsTextAndTheSummaryHasNoListFragments() {
        RenderedArticle r = render("", "市妇联召开会议。会议强调，要做好三项工作。\n\n1. 第一项，加强思想引领，\n"
                + "\u3000\u3000把党的声音传递到妇女群众中。\n\n- 甲项工作\n\u3000\u3000乙项说明\n\n"
                + "> 引文第一段。\n\u3000\u3000引文第二段。\n").value().orElseThrow();
        Element body = body(r);
        assertThat(body.select("li").eachText()).containsExactly("第一项，加强思想引领，把党的声音传递到妇女群众中。", "甲项工作乙项说明");
        assertThat(body.select("li p")).isEmpty();
        assertThat(body.select("blockquote p").eachText()).containsExactly("引文第一段。", "引文第二段。");
        assertThat(r.summary()).startsWith("市妇联召开会议。会议强调，要做好三项工作。").doesNotContain("把党的声音", "乙项说明");
    }

    @Test
    void problemsOnIndentedLinesStartingAParagraphKeepTheirLineAndColumn() {
        Outcome<RenderedArticle> outcome = render("", "\u3000\u3000正文。\n\u3000\u3000又一段，[链接](javascript:alert(1))。\n"
                + "\u3000\u3000![](photo:nope)\n");
        assertThat(outcome.problems()).extracting(Problem::formatLocated).containsExactly(
                "content/2023/x.md:7:7: error: the address of this link, javascript:alert(1), would run a script in readers'"
                        + " browsers, not lead to a page (link to a web address or a page of the site, or remove the link)",
                "content/2023/x.md:8:1: error: photo \"nope\" is not listed under photos: in the front matter (add it there, or correct the id)");
    }

    @Test
    void problemsOnIndentedLinesKeepTheirLine() {
        Outcome<RenderedArticle> outcome = render("", "\u3000\u3000正文。\n\u00a0\n\u3000\u3000![](photo:nope)\n");
        assertThat(outcome.problems()).extracting(Problem::format).containsExactly(
                "content/2023/x.md:8: photo \"nope\" is not listed under photos: in the front matter (add it there, or correct the id)");
    }

    @Test
    void aHeadingWithoutAHalfWidthSpaceIsAWarningAtItsLine() {
        Outcome<RenderedArticle> outcome = render("", "##标题\n\n##\u00a0从 Word 来的标题\n\n＃＃ 全角的标题\n\n"
                + "\u3000\u3000###缩进的小节\n\n#三八妇女节#\n\n#话题 与 ## 正确的标题\n\n```\n##代码\n```\n");
        assertThat(outcome.value()).isPresent();
        assertThat(outcome.problems()).extracting(Problem::formatLocated).containsExactly(
                "content/2023/x.md:6:1: warning: this line starts with ## but is not a heading (put a half-width space after ##: ## 标题)",
                "content/2023/x.md:8:1: warning: this line starts with ## but is not a heading (put a half-width space after ##: ## 标题)",
                "content/2023/x.md:10:1: warning: this line starts with ＃＃ but is not a heading (type the half-width # instead of"
                        + " the full-width ＃, with a half-width space after: ## 标题)",
                "content/2023/x.md:12:3: warning: this line starts with ### but is not a heading (put a half-width space after ###: ### 标题)");
    }

    @Test
    void gitsConflictMarkersLeftInABodyAreAnErrorAtTheirLines() {
        Outcome<RenderedArticle> outcome = render("", "第一段。\n\n<<<<<<< HEAD\n第二段（主线）。\n=======\n第二段（分支）。\n"
                + ">>>>>>> feature\n\n```\n<<<<<<< 代码里的照写\n```\n\n>>>>>>> 只剩一行\n");
        assertThat(outcome.problems()).extracting(Problem::formatLocated).containsExactly(
                "content/2023/x.md:8:1: error: an unresolved git merge conflict: this line and the one at line 12 are git's"
                        + " conflict markers, around both versions of the text (keep the text meant, delete the marker lines"
                        + " <<<<<<<, ======= and >>>>>>>, and commit again)",
                "content/2023/x.md:18:1: error: an unresolved git merge conflict: this line is one of git's conflict markers"
                        + " (keep the text meant, delete the marker lines <<<<<<<, ======= and >>>>>>>, and commit again)");
        assertThat(render("", "引文：\n\n>>>>>>>> 八个也不是\n\n<<<<<<<没有空格\n").problems()).isEmpty();
    }

    @Test
    void aCaptionLinesCreditIsShownOnceAndTwoCreditsAreAWarning() {
        String photos = "photos: [{ id: a, src: images/visit.png, caption: 前言里的说明。, credit: 杨超 }]\n";
        Outcome<RenderedArticle> outcome = render(photos, "![](photo:a)\n▲正文里的说明。（周敏 摄）\n\n![](photo:a)\n\n▲又一张。（杨超 摄）\n");
        RenderedArticle r = outcome.value().orElseThrow();
        assertThat(body(r).select("figcaption")).extracting(Element::text)
                .containsExactly("正文里的说明。（周敏 摄）", "又一张。（杨超 摄）");
        assertThat(outcome.problems()).extracting(Problem::format).containsExactly(
                "content/2023/x.md:8: warning: the caption line credits （周敏 摄） and photo \"a\" in the front matter credit: 杨超;"
                        + " the page shows （周敏 摄） (keep one of them: remove credit: from the front matter, or the （周敏 摄）"
                        + " from the caption line)");
    }

    @Test
    void aCaptionIsTextThoughItLooksLikeMarkup() {
        RenderedArticle r = render("photos: [{ id: a, src: images/visit.png, caption: \"a<b>&c\" }]\n", "![](photo:a)\n")
                .value().orElseThrow();
        Element caption = body(r).selectFirst("figure.photo > figcaption > .caption");
        assertThat(caption.text()).isEqualTo("a<b>&c");
        assertThat(caption.select("b")).isEmpty();
        assertThat(caption.childrenSize()).isZero();
    }

    @Test
    void aCaptionLineWithoutACreditKeepsThePhotosCreditFromTheFrontMatter() {
        // README: the ▲ line replaces the front matter's credit only when it ends with one of its own
        String photos = "photos: [{ id: a, src: images/visit.png, caption: 前言里的说明。, credit: 杨超 }]\n";
        Outcome<RenderedArticle> outcome = render(photos, "![](photo:a)\n▲新的说明\n");
        RenderedArticle r = outcome.value().orElseThrow();
        Element figcaption = body(r).selectFirst("figure.photo > figcaption");
        assertThat(figcaption.select("> span").eachText()).containsExactly("新的说明", "（杨超 摄）");
        assertThat(figcaption.selectFirst(".credit").text()).isEqualTo("（杨超 摄）");
        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void aFrontMatterCaptionEndingInItsOwnCreditShowsOneCredit() {
        String photos = """
                photos:
                  - { id: a, src: images/visit.png, caption: 会场。（周敏 摄）, credit: 杨超 }
                  - { id: b, src: images/visit.png, caption: 合影。（杨超 摄）, credit: 杨超 }
                  - { id: c, src: images/visit.png, caption: 展板。（李芳 摄） }
                lead: c
                """;
        Outcome<RenderedArticle> outcome = render(photos, "![](photo:a)\n\n![](photo:b)\n\n![](photo:a)\n");
        RenderedArticle r = outcome.value().orElseThrow();
        assertThat(body(r).select("figcaption")).extracting(Element::text)
                .containsExactly("会场。（周敏 摄）", "合影。（杨超 摄）", "会场。（周敏 摄）");
        assertThat(Jsoup.parseBodyFragment(r.leadHtml()).select("figcaption").text()).isEqualTo("展板。（李芳 摄）");
        assertThat(outcome.problems()).extracting(Problem::format).as("told once, at the photo's line").containsExactly(
                "content/2023/x.md:6: warning: the caption of photo \"a\" ends with （周敏 摄） and its credit: is 杨超; the page"
                        + " shows （周敏 摄） (keep one of them: remove credit:, or the （周敏 摄） from the caption)");
    }

    @Test
    void aCaptionCopiedWithItsTriangleShowsTheThemesTriangleAlone() {
        String photos = """
                photos:
                  - { id: a, src: images/visit.png, caption: ▲市委书记来到市妇联。, credit: 杨超 }
                  - { id: b, src: images/visit.png, caption: " ▲ 合影。（周敏 摄）" }
                lead: b
                """;
        Outcome<RenderedArticle> outcome = render(photos, "![](photo:a)\n\n![会场](images/visit.png \"▲会场。（王静 摄）\")\n");
        RenderedArticle r = outcome.value().orElseThrow();
        assertThat(body(r).select("figcaption .caption")).extracting(Element::text)
                .as("the theme draws the ▲ before every caption").containsExactly("市委书记来到市妇联。", "会场。");
        assertThat(Jsoup.parseBodyFragment(r.leadHtml()).select("figcaption > span").eachText()).containsExactly("合影。", "（周敏 摄）");
        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void aPhotoTypedWithFullWidthMarksIsAnErrorNamingThem() {
        Outcome<RenderedArticle> outcome = render("photos: [{ id: b, src: images/visit.png }]\n",
                "欢迎报名！[报名表](../form/)\n\n！[](photo:b)\n\n![](photo：b)\n\n！[合影](photo：b)\n\n[](photo:b)\n\n！[图](images/visit.png)\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                "content/2023/x.md:9: photo photo:b is written with a full-width ！ (type the half-width !: ![](photo:b))",
                "content/2023/x.md:11: photo photo：b is written with a full-width colon ： (type the half-width colon: ![](photo:b))",
                "content/2023/x.md:13: photo photo：b is written with a full-width ！ and a full-width colon ： (type both"
                        + " half-width: ![合影](photo:b))",
                "content/2023/x.md:15: photo photo:b is written as a link, which shows nothing (put a half-width ! before it:"
                        + " ![](photo:b))",
                "content/2023/x.md:17: image images/visit.png is written with a full-width ！ (type the half-width !:"
                        + " ![图](images/visit.png))");
    }

    @Test
    void aTableOrBulletedListPastedFromWordIsAWarningAtItsFirstLine() {
        Outcome<RenderedArticle> outcome = render("", "正文。\n\n界别\t代表人数\n机关事业单位\t9\n企业\t11\n\n•\t第一项工作\n•\t第二项工作\n\n"
                + "```\na\tb\n```\n\n    x\ty\n\n| 界别\t| 人数 |\n| --- | --- |\n\n阿依古丽·买买提 说。\n");
        assertThat(outcome.value()).isPresent();
        assertThat(outcome.problems()).extracting(Problem::formatLocated).containsExactly(
                "content/2023/x.md:8:3: warning: this looks like a table pasted from Word (cells parted by tabs), which would"
                        + " show as one run-on paragraph (write it as a Markdown table: | 界别 | 代表人数 |, then | --- | --- |,"
                        + " then a line for each row)",
                "content/2023/x.md:12:1: warning: this line starts with Word's bullet •, which is no list item to Markdown, and"
                        + " the lines would run together (write list items as - 第一项, a line each)");
    }
}
