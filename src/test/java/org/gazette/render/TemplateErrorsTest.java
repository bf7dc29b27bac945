package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.TestSites;
import org.gazette.build.BuildReport;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors met while rendering: each names the file and line at fault, and the page being rendered. */
class TemplateErrorsTest {

    @TempDir
    Path root;
    @TempDir
    Path output;

    @BeforeEach
    void writeArticle() {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
    }

    private String onlyProblem() {
        BuildReport report = TestSites.build(root, output);
        assertThat(report.succeeded()).isFalse();
        assertThat(output).isEmptyDirectory();
        return report.problems().stream().map(Problem::format).reduce((a, b) -> a + "\n" + b).orElseThrow();
    }

    @Test
    void anErrorWhileRenderingNamesThePage() {
        TestSites.write(root.resolve("templates/article.html"),
                "{% extends \"base\" %}\n{% block main %}\n<p>{{ article.photos[0].caption }}</p>\n{% endblock %}\n");
        assertThat(onlyProblem()).isEqualTo("templates/article.html:3: cannot render the page /2023/12/a/: Index out of bounds"
                + " while accessing array with strict variables on. (correct the template)");
    }

    @Test
    void aDateFilterGivenSomethingElseIsToldAtItsLine() {
        TestSites.write(root.resolve("templates/article.html"),
                "{% extends \"base\" %}\n{% block main %}\n<p>{{ article.title | longdate }}</p>\n{% endblock %}\n");
        assertThat(onlyProblem()).isEqualTo("templates/article.html:3: cannot render the page /2023/12/a/: longdate was given"
                + " \"标题\", which is not a date (give it a date such as article.date; test a date that may be missing first:"
                + " {% if article.updated %})");
    }

    @Test
    void aMacroLeftOpenInAnImportedFileIsToldInThatFile() {
        TestSites.write(root.resolve("templates/macros.html"),
                "{% macro home() %}<a href=\"/\">首页</a>{% endmacro %}\n\n{% macro back() %}\n<a href=\"/archives/\">归档</a>\n");
        TestSites.write(root.resolve("templates/article.html"),
                "{% extends \"base\" %}\n{% import \"macros\" %}\n{% block main %}{{ home() }}{% endblock %}\n");
        assertThat(onlyProblem()).isEqualTo("templates/macros.html:3: {% macro %} is not closed (add {% endmacro %} where it ends)");
    }

    @Test
    void aTemplateThatIsNotUtf8IsToldAsAnArticleWouldBe() {
        TestSites.write(root.resolve("templates/article.html"),
                "{% extends \"base\" %}\n{% block main %}\n{% include \"_part\" %}\n{% endblock %}\n");
        write(root.resolve("templates/_part.html"), "<p>\n妇联</p>\n", Charset.forName("GBK"));
        assertThat(onlyProblem()).isEqualTo("templates/_part.html:2: the file is not UTF-8 (byte 5 cannot be read;"
                + " if it came from an old system it may be GBK: save it as UTF-8)");
    }

    @Test
    void aStringsFileThatIsNotUtf8IsToldAsAnArticleWouldBe() {
        TestSites.write(root.resolve("site.yaml"), "theme: fulian\n");
        write(root.resolve("themes/fulian/i18n/zh-CN.yaml"), "nav.home: 首页\n", Charset.forName("GBK"));
        assertThat(onlyProblem()).isEqualTo("themes/fulian/i18n/zh-CN.yaml:1: the file is not UTF-8 (byte 11 cannot be read;"
                + " if it came from an old system it may be GBK: save it as UTF-8)");
    }

    @Test
    void anEmptyLayoutIsBlamedOnTheLayout() {
        TestSites.write(root.resolve("templates/base.html"), "\n");
        assertThat(onlyProblem()).isEqualTo("templates/base.html: the page /2023/12/a/ came out empty (write the template,"
                + " or delete an empty override to use the theme's)");
    }

    private static void write(Path file, String text, Charset charset) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, text.getBytes(charset));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
