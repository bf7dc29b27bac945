package org.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.TestSites;
import org.gazette.config.SiteConfigLoader;
import org.gazette.content.Article;
import org.gazette.content.ArticleParser;
import org.gazette.content.SourceFile;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the shared sample article gives the example site's hand-written version of it. */
class SampleImportTest {

    static final Path SAMPLE = Path.of("../shared/samples/shaoyang-womens-federation-congress.txt");
    static final Path HAND_WRITTEN = Path.of("content/2023/five-year-review/index.md");
    /** The one line the import adds to the hand-written version: the file it came from, by which a rerun knows it. */
    static final String ORIGIN = "# imported from samples/shaoyang-womens-federation-congress.txt\n";

    static ImportReport importSample(Path output) {
        return Importer.run(List.of(SAMPLE), ImportOptions.into(output).withDate("2023-12-26 08:00").withColumn("工作综述")
                .withTags(List.of("妇联", "妇女代表大会")).withSlug("five-year-review"));
    }

    @Test
    void givesFrontMatterEqualToTheHandWrittenExample(@TempDir Path output) throws Exception {
        ImportReport report = importSample(output);

        Path written = output.resolve("2023/five-year-review/index.md");
        assertThat(report.entries()).singleElement().extracting(ImportReport.Entry::written).isEqualTo(java.util.Optional.of(written));
        String imported = TestSites.read(written);
        String expected = Files.readString(HAND_WRITTEN, StandardCharsets.UTF_8);
        assertThat(frontMatter(imported)).isEqualTo(frontMatter(withOrigin(expected)));

        // The same values, read as the build reads them (the path aside, as it is where each was written).
        ArticleParser parser = new ArticleParser(SiteConfigLoader.load(Path.of(".")).value().orElseThrow());
        Article fromImport = parser.parse(new SourceFile(HAND_WRITTEN, imported.getBytes(StandardCharsets.UTF_8))).value().orElseThrow();
        Article byHand = parser.parse(new SourceFile(HAND_WRITTEN, expected.getBytes(StandardCharsets.UTF_8))).value().orElseThrow();
        assertThat(fromImport).usingRecursiveComparison().ignoringFields("body", "bodyLine").isEqualTo(byHand);
    }

    @Test
    void givesTheHandWrittenBodyToo(@TempDir Path output) throws Exception {
        importSample(output);
        assertThat(TestSites.read(output.resolve("2023/five-year-review/index.md")))
                .isEqualTo(withOrigin(Files.readString(HAND_WRITTEN, StandardCharsets.UTF_8)));
    }

    @Test
    void theReportListsWhatWasGuessedAndThePhotosToSupply(@TempDir Path output) {
        ImportReport report = importSample(output);
        List<String> notes = report.entries().get(0).notes().stream().map(Problem::format).toList();
        assertThat(notes).containsExactly(
                SAMPLE + ": warning: put the photo files beside " + output.resolve("2023/five-year-review/index.md")
                        + " under these names, which its photos: list gives: photo-1.jpg (2023-03-07), photo-2.jpg (2023-11-28),"
                        + " photo-3.jpg, photo-4.jpg, photo-5.jpg",
                SAMPLE + ":5: warning: text printed before the headline was kept as body text, in its place"
                        + " (move it if it belongs elsewhere)",
                SAMPLE + ":47: warning: a paragraph set apart like this file's ▲ captions was taken as the caption of a photo"
                        + " whose ▲ is missing (if it is text of the article, move it from photos: into the body)");
    }

    @Test
    void importingAgainLeavesTheArticleAsEditedSinceAndIsNoFailure(@TempDir Path output) {
        importSample(output);
        Path article = output.resolve("2023/five-year-review/index.md");
        TestSites.write(article, TestSites.read(article) + "\n编辑补充的一段。\n");
        String edited = TestSites.read(article);

        ImportReport again = importSample(output);

        assertThat(again.failed()).isZero();
        assertThat(again.kept()).isEqualTo(1);
        assertThat(again.entries().get(0).kept()).contains(article);
        assertThat(again.entries().get(0).notes()).extracting(Problem::line).containsExactly(5, 47);
        assertThat(TestSites.read(article)).isEqualTo(edited);
    }

    @Test
    void anotherArticleWhereTheImportWouldGoIsLeftAloneAndTheFileNotImported(@TempDir Path output) {
        Path article = output.resolve("2023/five-year-review/index.md");
        TestSites.write(article, "---\ntitle: 另一篇文章\ndate: 2023-01-01\n---\n");

        ImportReport report = importSample(output);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.entries().get(0).notes().get(0).message()).isEqualTo(article + " exists already and holds another"
                + " article (title: 另一篇文章), left as it is; not imported (if it is this article, retitled since, nothing is"
                + " to be done; else import this file with --slug, or into another --output)");
        assertThat(TestSites.read(article)).isEqualTo("---\ntitle: 另一篇文章\ndate: 2023-01-01\n---\n");
    }

    private static String withOrigin(String markdown) {
        int end = markdown.indexOf("\n---\n", 4) + 1;
        return markdown.substring(0, end) + ORIGIN + markdown.substring(end);
    }

    private static String frontMatter(String markdown) {
        int end = markdown.indexOf("\n---\n", 4);
        return markdown.substring(0, end + 5);
    }
}
