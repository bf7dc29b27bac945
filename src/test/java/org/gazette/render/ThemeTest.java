package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gazette.TestSites;
import org.gazette.build.BuildReport;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme lookup: site overrides, themes on disk, the bundled default theme, and template errors. */
class ThemeTest {

    @TempDir
    Path root;
    @TempDir
    Path output;

    @BeforeEach
    void writeArticle() {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
    }

    @Test
    void aSiteWithoutThemesUsesTheBundledDefaultTheme() {
        BuildReport report = TestSites.build(root, output);
        assertThat(report.problems()).isEmpty();
        assertThat(TestSites.page(output, "2023/12/a/index.html").selectFirst("h1.title").text()).isEqualTo("标题");
        assertThat(TestSites.stylesheet(output)).isRegularFile();
    }

    @Test
    void aSiteTemplateOverridesTheThemeTemplateOfTheSameName() {
        TestSites.write(root.resolve("templates/home.html"),
                "{% extends \"base\" %}{% block main %}<p class=\"mine\">{{ listing.articles.size }} 篇</p>{% endblock %}");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        var home = TestSites.page(output, "index.html");
        assertThat(home.selectFirst("p.mine").text()).isEqualTo("1 篇");
        assertThat(home.selectFirst(".site-title")).isNotNull();
        assertThat(TestSites.page(output, "2023/12/a/index.html").selectFirst("h1.title")).isNotNull();
    }

    /** A theme folder without files yet is a theme, inheriting all, though a listing of the site's files finds none in it. */
    @Test
    void anEmptyThemeFolderIsAThemeForABuildThatListedTheFiles() throws Exception {
        Files.createDirectories(root.resolve("themes/plain"));
        ThemeFiles listed = new ThemeFiles(List.of(root.resolve("themes"), root.resolve("templates")), Set.of(), Map.of());
        assertThat(Theme.locate(root, "plain", listed).folder()).contains(root.resolve("themes/plain"));
    }

    @Test
    void aThemeFolderOnDiskIsUsedByName() {
        TestSites.write(root.resolve("site.yaml"), "theme: plain\n");
        TestSites.write(root.resolve("themes/plain/templates/home.html"), "<!DOCTYPE html><title>{{ site.title }}</title>plain");
        TestSites.write(root.resolve("themes/plain/templates/article.html"), "<!DOCTYPE html><title>{{ article.title }}</title>{{ body.html | raw }}");
        TestSites.write(root.resolve("themes/plain/assets/plain.css"), "body{}");
        TestSites.write(root.resolve("themes/plain/assets/.src/plain.scss"), "body{}");
        TestSites.write(root.resolve("themes/plain/assets/img/.DS_Store"), "Finder");
        TestSites.write(root.resolve("themes/plain/assets/Thumbs.db"), "Explorer");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        assertThat(output.resolve("assets/.src")).as("a theme's hidden sources").doesNotExist();
        assertThat(output.resolve("assets/img")).as("systems' litter").doesNotExist();
        assertThat(output.resolve("assets").toFile().list()).noneMatch(name -> name.startsWith("Thumbs"));
        assertThat(TestSites.read(output.resolve("index.html"))).endsWith("plain");
        assertThat(output.resolve("assets").toFile().list()).anySatisfy(name -> assertThat(name).matches("plain\\.[0-9a-f]{10}\\.css"));
        assertThat(TestSites.page(output, "archives/index.html").selectFirst("h1").text())
                .as("templates the theme lacks come from the default theme").isEqualTo("文章归档");
    }

    @Test
    void aMissingThemeIsAProblem() {
        TestSites.write(root.resolve("site.yaml"), "theme: nowhere\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "site.yaml:1: theme \"nowhere\" not found (expected the folder themes/nowhere/, or use theme: default)");
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLine() {
        TestSites.write(root.resolve("templates/article.html"), "<!DOCTYPE html>\n<title>x</title>\n{{ article.nosuch }}\n");
        BuildReport report = TestSites.build(root, output);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("templates/article.html:3: ").contains("nosuch");
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void aMissingFunctionCalledInAChildsBlockIsToldInTheChildNotItsParent() {
        TestSites.write(root.resolve("templates/article.html"),
                "{% extends \"base\" %}\n{% block main %}\n<h1>{{ article.title }}</h1>\n{{ no_such_function(article) }}\n{% endblock %}\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("templates/article.html:4: cannot render the page /2023/12/a/: Function or Macro [no_such_function] does not exist.");
        TestSites.write(root.resolve("templates/_macros.html"), "{% macro box(x) %}\n\n\n{{ no_such_function(x) }}{% endmacro %}\n");
        TestSites.write(root.resolve("templates/article.html"),
                "{% extends \"base\" %}\n{% import \"_macros\" %}\n{% block main %}{{ box(article) }}\n{% endblock %}\n");
        assertThat(TestSites.build(root, output).problems()).as("a call in a macro another template imports")
                .extracting(Problem::format).singleElement().asString().startsWith("templates/_macros.html:4: ");
    }

    @Test
    void anEmptyPageTemplateIsAnErrorAndAnEmptyPartialIsNot() {
        TestSites.write(root.resolve("templates/_article-list.html"), "");
        assertThat(TestSites.build(root, output).problems()).as("a partial left empty on purpose").isEmpty();
        TestSites.write(root.resolve("templates/article.html"), "\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "templates/article.html: the page /2023/12/a/ came out empty (write the template, or delete an empty"
                        + " override to use the theme's)");
    }

    @Test
    void aFormatGivenTheWrongKindOfValueIsToldAtItsLine() {
        TestSites.write(root.resolve("templates/home.html"),
                "{% extends \"base\" %}\n{% block main %}\n<h1>{{ t('list.month') | format('a') }}</h1>\n{% endblock %}\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("templates/home.html:3: cannot render the page /: format cannot fill").contains("%d a whole number").doesNotContain("java.");
    }

    @Test
    void aMissingTemplateIsToldAtTheLineThatNamesIt() {
        TestSites.write(root.resolve("templates/home.html"), "{% extends \"bse\" %}\n{% block main %}{% endblock %}\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("templates/home.html:1: template \"bse\" not found in [");

        TestSites.write(root.resolve("templates/home.html"), "{% extends \"base\" %}\n{% block main %}\n{% include \"_part\" %}{% endblock %}\n");
        TestSites.write(root.resolve("templates/_part.html"), "<p>\n{% if true %}{% include \"_nowhere\" %}{% endif %}</p>\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).singleElement().asString()
                .as("the template that names it, not the page's").startsWith("templates/_part.html:2: template \"_nowhere\" not found in [");
    }

    @Test
    void theJavaRuntimesLanguageDoesNotReachThePages() {
        TestSites.write(root.resolve("templates/home.html"), "{% extends \"base\" %}{% block main %}<p class=\"n\">"
                + "{{ 1234 | numberformat(\"0\") }} {{ listing.articles[0].article.date | date(\"d MMMM yyyy\") }}</p>{% endblock %}");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-EG")); // writes numbers in Arabic-Indic digits
        try {
            assertThat(TestSites.build(root, output).problems()).isEmpty();
        } finally {
            Locale.setDefault(before);
        }
        assertThat(TestSites.page(output, "2023/index.html").selectFirst("h1").text()).isEqualTo("2023年");
        assertThat(TestSites.page(output, "2023/12/index.html").title()).startsWith("2023年12月");
        assertThat(TestSites.page(output, "index.html").selectFirst("p.n").text()).as("Pebble's own filters")
                .isEqualTo("1234 26 十二月 2023");
    }

    @Test
    void aTemplateInAHiddenFolderIsRefusedAtTheLineThatNamesIt() {
        // a build with the cache does not look at hidden files, so a change to one could not reach the pages
        TestSites.write(root.resolve("templates/.parts/foot.html"), "<p>v1</p>");
        TestSites.write(root.resolve("templates/home.html"),
                "{% extends \"base\" %}\n{% block main %}\n{% include \".parts/foot\" %}\n{% endblock %}\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "templates/home.html:3: template \".parts/foot\" is in a hidden file or folder, which Gazette does not read:"
                        + " rename it without the leading dot (correct the template)");
    }

    @Test
    void theCacheTagIsRefusedAtItsLine() {
        // Pebble's {% cache %} prints what it keeps without escaping, and keeps one page's rendering for others
        TestSites.write(root.resolve("templates/home.html"),
                "{% extends \"base\" %}\n{% block main %}\n{% cache 'items' %}<p>{{ site.title }}</p>{% endcache %}\n{% endblock %}\n");
        BuildReport report = TestSites.build(root, output);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "templates/home.html:3: the cache tag is not available in Gazette's themes: it would print what it keeps"
                        + " without escaping, and one page's rendering on others (remove {% cache %} and {% endcache %})");
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void aThemeStringTheThemeLacksIsToldAtTheTemplateLineThatAsksForIt() {
        TestSites.write(root.resolve("templates/home.html"),
                "{% extends \"base\" %}\n{% block main %}\n<h1>{{ t('home.headng') }}</h1>\n{% endblock %}\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "templates/home.html:3: the theme has no string \"home.headng\" (add it to the theme's i18n/zh-CN.yaml,"
                        + " or correct the key)");
    }

    @Test
    void gazettesFunctionsWorkInsideMacrosAsOutside() {
        // a macro's scope does not hold the page's variables, among them the path its links are made from
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\ntags: [妇联]\n---\n\n正文。\n");
        TestSites.write(root.resolve("templates/_links.html"), """
                {% macro home() %}<a class="home" href="{{ url('/') }}">h</a>{% endmacro %}
                {% macro terms(name) %}<a class="tag" href="{{ tag_url(name) }}">t</a><a class="column" href="{{ column_url(name) }}">c</a>\
                <a class="author" href="{{ author_url(name) }}">a</a>{% endmacro %}
                {% macro css() %}<a class="css" href="{{ asset('style.css') }}">s</a>{% endmacro %}
                """);
        String main = """
                {% extends "base" %}
                {% import "_links" %}
                {% macro archives() %}<a class="archives" href="{{ url('/archives/') }}">a</a>{% endmacro %}
                {% block main %}{{ home() }}{{ terms('妇联') }}{{ css() }}{{ archives() }}{% endblock %}
                """;
        TestSites.write(root.resolve("templates/article.html"), main);
        TestSites.write(root.resolve("templates/404.html"), main);
        assertThat(TestSites.build(root, output).problems()).isEmpty();

        var article = TestSites.page(output, "2023/12/a/index.html");
        String stylesheet = "assets/" + TestSites.stylesheet(output).getFileName();
        assertThat(article.selectFirst("a.home").attr("href")).isEqualTo(article.selectFirst("a.site-title").attr("href"))
                .isEqualTo("../../../");
        assertThat(article.selectFirst("a.tag").attr("href")).isEqualTo("../../../tags/%E5%A6%87%E8%81%94/");
        assertThat(article.selectFirst("a.column").attr("href")).startsWith("../../../").isNotEqualTo("../../../");
        assertThat(article.selectFirst("a.author").attr("href")).startsWith("../../../").isNotEqualTo("../../../");
        assertThat(article.selectFirst("a.css").attr("href")).isEqualTo("../../../" + stylesheet);
        assertThat(article.selectFirst("a.archives").attr("href")).isEqualTo("../../../archives/");

        var notFound = TestSites.page(output, "404.html");
        assertThat(notFound.selectFirst("a.home").attr("href")).as("the 404 page's links are absolute")
                .isEqualTo(notFound.selectFirst("a.site-title").attr("href")).isEqualTo("/");
        assertThat(notFound.selectFirst("a.css").attr("href")).isEqualTo("/" + stylesheet);
        assertThat(notFound.selectFirst("a.archives").attr("href")).isEqualTo("/archives/");
    }

    @Test
    void aThemeInheritsFromTheSitesOwnDefaultThemeOverTheBundledOne() {
        TestSites.write(root.resolve("site.yaml"), "theme: fulian\n");
        TestSites.write(root.resolve("themes/fulian/assets/fulian.css"), "body{}");
        TestSites.write(root.resolve("themes/default/templates/article.html"),
                "{% extends \"base\" %}{% block main %}<p class=\"edited\">{{ t('article.edited') }}</p>{% endblock %}");
        TestSites.write(root.resolve("themes/default/i18n/zh-CN.yaml"), "article.edited: 站点自己的默认主题\nnav.home: 主页\n");
        TestSites.write(root.resolve("themes/default/assets/extra.css"), "p{}");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        var article = TestSites.page(output, "2023/12/a/index.html");
        assertThat(article.selectFirst("p.edited").text()).isEqualTo("站点自己的默认主题");
        assertThat(article.selectFirst(".site-title")).as("what the site's copy lacks still comes from the bundled theme").isNotNull();
        assertThat(TestSites.page(output, "2023/index.html").select(".breadcrumbs a, nav a").eachText()).contains("主页");
        assertThat(output.resolve("assets").toFile().list())
                .anySatisfy(name -> assertThat(name).matches("extra\\.[0-9a-f]{10}\\.css"))
                .anySatisfy(name -> assertThat(name).matches("fulian\\.[0-9a-f]{10}\\.css"))
                .anySatisfy(name -> assertThat(name).matches("style\\.[0-9a-f]{10}\\.css"));
    }

    @Test
    void aTemplateNoPageUsesIsAWarningNamingThePagesTemplates() {
        TestSites.write(root.resolve("templates/Article.html"), "{% extends \"base\" %}{% block main %}x{% endblock %}");
        TestSites.write(root.resolve("templates/hom.html"), "{% extends \"base\" %}{% block main %}x{% endblock %}");
        TestSites.write(root.resolve("templates/leftover.html"), "<p>old</p>");
        // named in each way Pebble names a template: none of these is unused
        TestSites.write(root.resolve("templates/home.html"), "{% extends \"base\" %}{% import \"macros\" %}"
                + "{% block main %}{% from \"_from\" import hello %}{{ hello() }}{% include \"_suffixed.html\" %}"
                + "{% embed \"_embedded\" %}{% endembed %}{% endblock %}");
        TestSites.write(root.resolve("templates/macros.html"), "{% macro a() %}a{% endmacro %}");
        TestSites.write(root.resolve("templates/_from.html"), "{% macro hello() %}<p class=from>hello</p>{% endmacro %}");
        TestSites.write(root.resolve("templates/_suffixed.html"), "<p class=suffixed>x</p>");
        TestSites.write(root.resolve("templates/_embedded.html"), "<p class=embedded>y</p>");
        BuildReport report = TestSites.build(root, output);
        assertThat(report.succeeded()).as(report.problems().toString()).isTrue();
        assertThat(TestSites.page(output, "index.html").select("p.from, p.suffixed, p.embedded")).hasSize(3);
        String pages = "(the pages' templates are base.html, article.html, home.html, list.html, archives.html, topics.html,"
                + " search.html, 404.html, in lower case";
        String rest = "; rename it, name it in include, import, from, embed or extends, or remove it)";
        List<String> expected = List.of(
                "templates/Article.html: warning: no page uses this template and no template names it " + pages
                        + "; did you mean article.html?" + rest,
                "templates/hom.html: warning: no page uses this template and no template names it " + pages
                        + "; did you mean home.html?" + rest,
                "templates/leftover.html: warning: no page uses this template and no template names it " + pages + rest);
        assertThat(report.problems()).extracting(Problem::format).containsExactlyElementsOf(expected);
        assertThat(org.gazette.check.Check.run(org.gazette.check.CheckOptions.of(root)).problems())
                .as("gazette check tells them too").extracting(Problem::format).containsAll(expected);
    }

    /** A list is true when it holds something: an article without tags shows no tag list. */
    @Test
    void ifTakesAnEmptyListAsFalse() {
        TestSites.write(root.resolve("templates/article.html"), "{% extends \"base\" %}{% block main %}"
                + "{% if article.tags %}<p class=tags>tags</p>{% else %}<p class=tags>none</p>{% endif %}"
                + "{% if article.photos %}<p class=photos>photos</p>{% else %}<p class=photos>none</p>{% endif %}{% endblock %}");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        var page = TestSites.page(output, "2023/12/a/index.html");
        assertThat(page.select("p.tags, p.photos").eachText()).containsExactly("none", "none");
    }

    /** A template written when those values were Optionals is told what to write now. */
    @Test
    void aTemplateReadingAnOptionalTheOldWayIsToldTheNewWay() {
        TestSites.write(root.resolve("templates/article.html"), "{% extends \"base\" %}{% block main %}\n"
                + "{% if article.updated.present %}{{ article.updated.get }}{% endif %}{% endblock %}");
        BuildReport report = TestSites.build(root, output);
        assertThat(report.problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("templates/article.html:2: ")
                .endsWith("(article.updated, article.lead, body.lead, links.newer and links.older are now the value itself,"
                        + " or null when there is none, not an Optional: write {% if links.newer %}{{ links.newer.url }}{% endif %}"
                        + " where the template has .present and .get)");
    }
}
