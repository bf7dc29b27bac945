package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gazette.TestSites;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Problem;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page of an edited article, rendered first on its own, is the page the whole site's build gives. */
class RebuilderTest {

    @Test
    void anEditedArticlesPageAloneIsItsPageInTheWholeSite(@TempDir Path folder) {
        Path root = PreviewSites.example(folder);
        Rebuilder rebuilder = new Rebuilder(ServeOptions.of(root), URI.create("http://127.0.0.1:4000/"));
        Site before = rebuilder.model(Set.of()).site().orElseThrow();

        Path article = root.resolve(PreviewSites.ARTICLE);
        TestSites.write(article, TestSites.read(article).replace("岁月，满载玫瑰馨香", "岁月，满载花香"));
        Site after = rebuilder.model(Set.of(PreviewSites.ARTICLE)).site().orElseThrow();

        List<RenderedArticle> edited = Rebuilder.edited(before, after).orElseThrow();
        assertThat(edited).extracting(r -> r.article().url()).containsExactly("/2023/12/five-year-review/");
        List<OutputFile> alone = rebuilder.pagesOf(after, edited).value().orElseThrow();
        assertThat(alone).singleElement().extracting(OutputFile::path).isEqualTo("2023/12/five-year-review/index.html");
        OutputFile whole = rebuilder.files(after).value().orElseThrow().stream()
                .filter(f -> f.path().equals("2023/12/five-year-review/index.html")).findFirst().orElseThrow();
        assertThat(((OutputFile.Generated) alone.get(0)).bytes()).isEqualTo(((OutputFile.Generated) whole).bytes());
        assertThat(new String(((OutputFile.Generated) whole).bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("满载花香");
    }

    @Test
    void theThemesFaultsAreToldWithTheContents(@TempDir Path folder) throws IOException {
        Path root = PreviewSites.example(folder);
        Files.createSymbolicLink(root.resolve("content/2024/gone.jpg"), folder.resolve("nowhere"));
        TestSites.write(root.resolve("templates"), "saved as a file");
        Rebuilder rebuilder = new Rebuilder(ServeOptions.of(root), URI.create("http://127.0.0.1:4000/"));

        Rebuilder.Model model = rebuilder.model(Set.of());

        assertThat(model.site()).isEmpty();
        assertThat(model.problems()).extracting(Problem::format).containsExactly(
                "content/2024/gone.jpg: this symbolic link leads to nothing (correct it, or remove it)",
                "templates: this is a file, but Gazette reads a folder of this name (make it a folder, or rename the file)");
    }

    @Test
    void aBodyNestedTooDeepIsAProblemOfTheRebuildAndTheNextSaveRebuilds(@TempDir Path folder) throws Exception {
        Path root = PreviewSites.example(folder);
        Rebuilder rebuilder = new Rebuilder(ServeOptions.of(root), URI.create("http://127.0.0.1:4000/"));
        Path article = root.resolve(PreviewSites.ARTICLE);
        String text = TestSites.read(article);
        TestSites.write(article, text + "\n" + ">".repeat(1000) + " 引文\n");
        int line = (int) text.chars().filter(c -> c == '\n').count() + 2;

        // On a thread with a small stack, as the watcher's: a StackOverflowError there ended the watching.
        Rebuilder.Model[] models = new Rebuilder.Model[2];
        Thread watcher = new Thread(null, () -> {
            models[0] = rebuilder.model(Set.of(PreviewSites.ARTICLE));
            TestSites.write(article, text);
            models[1] = rebuilder.model(Set.of(PreviewSites.ARTICLE));
        }, "gazette-serve-watch", 256 * 1024);
        watcher.start();
        watcher.join();

        assertThat(models[0].site()).isEmpty();
        assertThat(models[0].problems()).extracting(Problem::format).containsExactly(PreviewSites.ARTICLE + ":" + line
                + ": this text is nested too deep to render (quotes or lists more than 64 levels inside each other, as a"
                + " line of many '>' makes them): write it with fewer levels");
        assertThat(models[1].site()).as("the next save rebuilds").isPresent();
    }

    @Test
    void anArticleAddedOrRemovedRebuildsEverything(@TempDir Path folder) {
        Path root = PreviewSites.example(folder);
        Rebuilder rebuilder = new Rebuilder(ServeOptions.of(root), URI.create("http://127.0.0.1:4000/"));
        Site before = rebuilder.model(Set.of()).site().orElseThrow();
        TestSites.write(root.resolve("content/2024/new.md"), "---\ntitle: 新\ndate: 2024-02-02\n---\n\n正文。\n");
        Site after = rebuilder.model(Set.of(Path.of("content/2024/new.md"))).site().orElseThrow();
        assertThat(Rebuilder.edited(before, after)).isEmpty();
    }

    @Test
    void aThemeStringThatCannotBeFilledIsAProblemOfTheRebuildNotAFailure(@TempDir Path folder) {
        Path root = PreviewSites.example(folder);
        Rebuilder rebuilder = new Rebuilder(ServeOptions.of(root), URI.create("http://127.0.0.1:4000/"));
        Site site = rebuilder.model(Set.of()).site().orElseThrow();
        Path strings = root.resolve("themes/default/i18n/zh-CN.yaml");
        TestSites.write(strings, TestSites.read(strings).replace("list.year: \"%d年\"", "list.year: \"%d年第%d\""));

        assertThat(rebuilder.files(site).problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("themes/default/i18n/zh-CN.yaml:16: list.year \"%d年第%d\" cannot be filled with the year (");
    }
}
