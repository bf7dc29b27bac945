package org.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import org.gazette.TestSites;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.ArticleParser;
import org.gazette.content.SourceFile;
import org.gazette.problem.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive imported again after some of its files were fixed: each file's article is found
 * where the first import put it, though pages of one name (an old site's {@code 5/index.html} of
 * each day) and of one title (会议通知) share a slug, and their places depend on which of them
 * could be imported the first time.
 */
class ImportAgainTest {

    private static String page(String body) {
        return "<html><head><meta charset=\"utf-8\"><meta name=\"publishdate\" content=\"2009-03-05 09:30\">"
                + "<title>会议通知</title></head><body><h1>会议通知</h1><div class=\"TRS_Editor\"><p>" + body
                + "</p></div></body></html>";
    }

    /** Each article's body text, by the folder it is in. */
    private static Map<String, String> bodies(Path output) {
        Map<String, String> bodies = new TreeMap<>();
        for (String slug : List.of("5", "5-2", "5-3", "5-4")) {
            Path article = output.resolve("2009/" + slug + "/index.md");
            if (article.toFile().isFile()) {
                String text = TestSites.read(article);
                bodies.put(slug, text.substring(text.indexOf("\n---\n\n") + 6).strip());
            }
        }
        return bodies;
    }

    @Test
    void aFileFixedSinceTakesTheNextPlaceAndTheOthersAreFoundWhereTheyAre(@TempDir Path root) {
        Path old = root.resolve("old");
        Path output = root.resolve("content");
        Path broken = old.resolve("html/2009/0301/5/index.html");
        TestSites.write(broken, "");
        TestSites.write(old.resolve("html/2009/0302/5/index.html"), page("第二次会议在302室召开。"));
        TestSites.write(old.resolve("html/2009/0303/5/index.html"), page("第三次会议在303室召开。"));

        ImportReport first = Importer.run(List.of(old), ImportOptions.into(output));
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.failed()).isEqualTo(1);

        TestSites.write(broken, page("第一次会议在301室召开。"));
        ImportReport again = Importer.run(List.of(old), ImportOptions.into(output));

        assertThat(again.failed()).isZero();
        assertThat(again.kept()).isEqualTo(2);
        assertThat(again.imported()).isEqualTo(1);
        assertThat(bodies(output)).containsExactly(
                Map.entry("5", "第二次会议在302室召开。"),
                Map.entry("5-2", "第三次会议在303室召开。"),
                Map.entry("5-3", "第一次会议在301室召开。"));
        assertThat(TestSites.read(output.resolve("2009/5-3/index.md"))).contains("\n# imported from old/html/2009/0301/5/index.html\n---\n");

        // A third run, and one of a folder inside the first, find every article where it is.
        assertThat(Importer.run(List.of(old), ImportOptions.into(output)).kept()).isEqualTo(3);
        ImportReport inner = Importer.run(List.of(old.resolve("html")), ImportOptions.into(output));
        assertThat(inner.kept()).isEqualTo(3);
        assertThat(bodies(output)).hasSize(3);
    }

    @Test
    void anArticleRetitledSinceIsFoundByItsFile(@TempDir Path root) {
        Path old = root.resolve("old");
        Path output = root.resolve("content");
        TestSites.write(old.resolve("html/2009/0302/5/index.html"), page("第二次会议在302室召开。"));
        Importer.run(List.of(old), ImportOptions.into(output));
        Path article = output.resolve("2009/5/index.md");
        TestSites.write(article, TestSites.read(article).replace("title: 会议通知", "title: 关于召开第二次会议的通知"));

        ImportReport again = Importer.run(List.of(old), ImportOptions.into(output));

        assertThat(again.kept()).isEqualTo(1);
        assertThat(again.entries().get(0).kept()).contains(article);
        assertThat(bodies(output)).containsOnlyKeys("5");
    }

    @Test
    void anImportStoppedWhileItWroteAnArticleLeavesNoneAndTheNextWritesItWhole(@TempDir Path root) throws Exception {
        Path old = root.resolve("old");
        Path output = root.resolve("content");
        TestSites.write(old.resolve("html/2009/0302/5/index.html"), page("<img src=\"1.png\">第二次会议在302室召开。"));
        byte[] photo = Files.readAllBytes(Path.of("src/test/resources/sites/check/content/news/images/small.png"));
        Files.write(old.resolve("html/2009/0302/5/1.png"), photo);
        // What an import killed halfway left: half the photo, half the article, under the name the build does not read.
        Path bundle = output.resolve("2009/5");
        TestSites.write(bundle.resolve(Importer.PARTIAL), "---\ntitle: 会议通知\n");
        Files.write(bundle.resolve("photo-1.png"), Arrays.copyOf(photo, photo.length / 2));

        ImportReport again = Importer.run(List.of(old), ImportOptions.into(output));

        assertThat(again.imported()).isEqualTo(1);
        assertThat(again.entries().get(0).notes()).isEmpty();
        assertThat(Files.readAllBytes(bundle.resolve("photo-1.png"))).isEqualTo(photo);
        assertThat(TestSites.read(bundle.resolve("index.md"))).contains("src: photo-1.png", "第二次会议在302室召开。");
        try (Stream<Path> files = Files.list(bundle)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("index.md", "photo-1.png");
        }
    }

    @Test
    void aFileNamedWithALineBreakOfYamlsOwnGivesAnArticleThatBuildsAndIsFoundAgain(@TempDir Path root) {
        // YAML takes U+0085, U+2028 and U+2029 for line breaks too, and refuses the other C1 controls.
        Path old = root.resolve("old");
        Path output = root.resolve("content");
        List<String> names = List.of("a\u0085title: x.html", "b\u2028c.html", "d\u2029e.html", "f\u0090g.html");
        for (int i = 0; i < names.size(); i++) {
            TestSites.write(old.resolve(names.get(i)), page("第" + (i + 1) + "次会议在30" + i + "室召开。"));
        }

        ImportReport first = Importer.run(List.of(old), ImportOptions.into(output));

        assertThat(first.imported()).isEqualTo(names.size());
        for (ImportReport.Entry entry : first.entries()) {
            Path index = entry.written().orElseThrow();
            Outcome<Article> parsed = new ArticleParser(SiteConfig.defaults())
                    .parse(new SourceFile(index, TestSites.read(index).getBytes(StandardCharsets.UTF_8)));
            assertThat(parsed.problems()).as(entry.source().toString()).isEmpty();
            assertThat(parsed.value().orElseThrow().title()).isEqualTo("会议通知");
        }
        assertThat(Importer.run(List.of(old), ImportOptions.into(output)).kept()).isEqualTo(names.size());
    }

    @Test
    void aFileOfTheSameNameInAnotherFolderIsAnotherArticle(@TempDir Path root) {
        // Two folders of an old site, or two files named by themselves, imported one after the other.
        TestSites.write(root.resolve("old/county/5/index.html"), page("县妇联会议在301室召开。"));
        TestSites.write(root.resolve("old/city/5/index.html"), page("市妇联会议在302室召开。"));
        Path output = root.resolve("content");

        Importer.run(List.of(root.resolve("old/county")), ImportOptions.into(output));
        ImportReport city = Importer.run(List.of(root.resolve("old/city")), ImportOptions.into(output));

        assertThat(city.kept()).isZero();
        assertThat(city.imported()).isEqualTo(1);
        assertThat(bodies(output)).containsExactly(Map.entry("5", "县妇联会议在301室召开。"), Map.entry("5-2", "市妇联会议在302室召开。"));
        assertThat(TestSites.read(output.resolve("2009/5-2/index.md"))).contains("\n# imported from city/5/index.html\n---\n");

        TestSites.write(root.resolve("a/12.html"), page("甲会议在303室召开。"));
        TestSites.write(root.resolve("b/12.html"), page("乙会议在304室召开。"));
        Importer.run(List.of(root.resolve("a/12.html")), ImportOptions.into(output));
        assertThat(Importer.run(List.of(root.resolve("b/12.html")), ImportOptions.into(output)).imported()).isEqualTo(1);
        assertThat(TestSites.read(output.resolve("2009/12-2/index.md"))).contains("乙会议在304室召开。", "# imported from b/12.html\n");

        // Each is found again, by the folder holding both, its own folder, or by itself.
        assertThat(Importer.run(List.of(root.resolve("old")), ImportOptions.into(output)).kept()).isEqualTo(2);
        assertThat(Importer.run(List.of(root.resolve("b")), ImportOptions.into(output)).entries())
                .singleElement().extracting(ImportReport.Entry::kept).isEqualTo(java.util.Optional.of(output.resolve("2009/12-2/index.md")));
        assertThat(Importer.run(List.of(root.resolve("a/12.html")), ImportOptions.into(output)).kept()).isEqualTo(1);
        assertThat(bodies(output)).hasSize(2);
    }
}
