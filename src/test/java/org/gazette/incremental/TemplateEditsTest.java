package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.build.BuildListener;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template edited re-renders the pages made of it (their template, and the templates it names
 * and they name), not the others; and every page made of it, whichever way it is named, comes out
 * as a clean build makes it.
 */
class TemplateEditsTest {

    private static final Set<String> LISTINGS = Set.of("home", "column", "tag", "author", "year", "month");
    /** Every page a template renders (not an alias's redirect). */
    private static final Set<String> EVERY = Set.of("home", "column", "tag", "author", "year", "month", "article", "archives",
            "topics", "search", "404");

    @TempDir
    Path work;

    private Path root;
    private Path output;
    private Path templates;
    private int step;

    @BeforeEach
    void copyExampleSite() {
        root = work.resolve("site-root");
        for (String part : List.of("content", "themes", "site.yaml")) {
            TestSites.copy(Path.of(part), root.resolve(part));
        }
        output = work.resolve("out");
        templates = root.resolve("themes/default/templates");
    }

    @Test
    void theArticleTemplateReRendersTheArticlesPagesAlone() throws IOException {
        buildAndCompare("first build");
        replace("article.html", "<article class=\"article\">", "<article class=\"article\" data-edition=\"2\">");
        BuildReport edited = buildAndCompare("article template edited");
        assertThat(edited.rendered()).as("pages rendered").isEqualTo(edited.articles()).isEqualTo(pagesOfType(Set.of("article")));
    }

    @Test
    void aListingsPartialReRendersTheListingsAlone() throws IOException {
        buildAndCompare("first build");
        replace("_article-list.html", "<ol class=\"article-list\">", "<ol class=\"article-list\" data-edition=\"2\">");
        BuildReport edited = buildAndCompare("the listings' partial edited");
        assertThat(edited.rendered()).as("pages rendered").isEqualTo(pagesOfType(LISTINGS)).isLessThan(pagesOfType(EVERY));
    }

    @Test
    void theLayoutReRendersEveryPage() throws IOException {
        buildAndCompare("first build");
        replace("base.html", "<body data-page=", "<body data-edition=\"2\" data-page=");
        BuildReport edited = buildAndCompare("layout edited");
        assertThat(edited.rendered()).as("pages rendered").isEqualTo(pagesOfType(EVERY));
    }

    @Test
    void aTemplateIncludedByAComputedNameIsPartOfThePage() throws IOException {
        Files.writeString(templates.resolve("_note.html"), "<p class=\"note\">第一版</p>\n");
        replace("article.html", "<article class=\"article\">", "{% set note = \"_note\" %}{% include note %}\n<article class=\"article\">");
        buildAndCompare("first build");
        replace("_note.html", "第一版", "第二版");
        buildAndCompare("the included template edited");
        assertThat(Jsoup.parse(output.resolve("2024/06/village-skills-training/index.html").toFile()).select("p.note").text())
                .isEqualTo("第二版");
    }

    @Test
    void anEmbeddedTemplateIsPartOfThePage() throws IOException {
        Files.writeString(templates.resolve("_box.html"), "<p class=\"note\">{% block text %}{% endblock %}第一版</p>\n");
        replace("article.html", "<article class=\"article\">", "{% embed \"_box\" %}{% endembed %}\n<article class=\"article\">");
        buildAndCompare("first build");
        replace("_box.html", "第一版", "第二版");
        buildAndCompare("the embedded template edited");
        assertThat(Jsoup.parse(output.resolve("2024/06/village-skills-training/index.html").toFile()).select("p.note").text())
                .isEqualTo("第二版");
    }

    @Test
    void aTemplateIncludedInABlockAnEmbedFillsIsPartOfThePage() throws IOException {
        Files.writeString(templates.resolve("_box.html"), "<div class=\"box\">{% block text %}{% endblock %}</div>\n");
        Files.writeString(templates.resolve("_note.html"), "<p class=\"note\">第一版</p>\n");
        replace("article.html", "<article class=\"article\">",
                "{% embed \"_box\" %}{% block text %}{% include \"_note\" %}{% endblock %}{% endembed %}\n<article class=\"article\">");
        buildAndCompare("first build");
        replace("_note.html", "第一版", "第二版");
        BuildReport edited = buildAndCompare("the template included in the embedded block edited");
        assertThat(Jsoup.parse(output.resolve("2024/06/village-skills-training/index.html").toFile()).select("div.box p.note").text())
                .isEqualTo("第二版");
        assertThat(edited.rendered()).as("pages rendered").isEqualTo(pagesOfType(Set.of("article")));
    }

    @Test
    void aTemplateIncludedInsideAFilterTagIsPartOfThePage() throws IOException {
        Files.writeString(templates.resolve("_note.html"), "第一版\n");
        replace("article.html", "<article class=\"article\">",
                "<p class=\"note\">{% filter trim | replace({\"版\": \"版本\"}) %}{% include \"_note\" %}{% endfilter %}</p>\n<article class=\"article\">");
        buildAndCompare("first build");
        replace("_note.html", "第一版", "第二版");
        BuildReport edited = buildAndCompare("the template included inside the filter tag edited");
        assertThat(Jsoup.parse(output.resolve("2024/06/village-skills-training/index.html").toFile()).select("p.note").text())
                .isEqualTo("第二版本");
        assertThat(edited.rendered()).as("pages rendered").isEqualTo(pagesOfType(Set.of("article")));
    }

    /** How many pages of the output show one of {@code types} on their {@code <body data-page>}. */
    private int pagesOfType(Set<String> types) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.toString().endsWith(".html")).filter(page -> {
                try {
                    return types.contains(Jsoup.parse(page.toFile()).body().attr("data-page"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).mapToInt(page -> 1).sum();
        }
    }

    /** Builds with the cache into {@code out} and without it into a fresh folder; the two must hold the same bytes. */
    private BuildReport buildAndCompare(String what) {
        step++;
        BuildReport incremental = Build.run(TestSites.options(root, output).withCache(root.resolve(BuildOptions.CACHE_FOLDER)));
        assertThat(incremental.problems()).as(what).noneMatch(p -> p.isError());
        Path clean = work.resolve("clean-" + step);
        assertThat(Build.run(TestSites.options(root, clean), BuildListener.SILENT).succeeded()).as(what).isTrue();
        assertThat(OutputTrees.digests(output)).as("%s: the incremental build's files", what).isEqualTo(OutputTrees.digests(clean));
        return incremental;
    }

    private void replace(String template, String from, String to) throws IOException {
        Path file = templates.resolve(template);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

}
