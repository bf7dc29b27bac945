package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.TestSites;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The variables templates receive, by the names and shapes the README gives them. */
class TemplateVariablesTest {

    @TempDir
    Path root;
    @TempDir
    Path output;

    @BeforeEach
    void writeArticles() throws IOException {
        TestSites.write(root.resolve("site.yaml"), "title: 邵阳女性\nbase_url: https://example.org/\npage_size: 5\n");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 旧文\ndate: 2023-12-26\nupdated: 2024-01-02\n"
                + "photos:\n  - id: photo-1\n    src: images/visit.jpg\n    caption: 会场。\nlead: photo-1\n---\n\n正文。\n");
        Files.createDirectories(root.resolve("content/images"));
        Files.copy(TestSites.site("minimal").resolve("content/news/images/visit.jpg"), root.resolve("content/images/visit.jpg"));
        TestSites.write(root.resolve("content/b.md"), "---\ntitle: 新文\ndate: 2024-01-05\n---\n\n正文。\n");
    }

    @Test
    void anOptionalValueIsItsValueOrNothing() {
        TestSites.write(root.resolve("templates/article.html"), """
                {% extends "base" %}
                {% block main %}
                {% if links.newer %}<a class="newer" href="{{ url(links.newer.url) }}">{{ links.newer.title }}</a>{% else %}<p class="no-newer"></p>{% endif %}
                {% if links.older %}<a class="older" href="{{ url(links.older.url) }}">{{ links.older.title }}</a>{% else %}<p class="no-older"></p>{% endif %}
                {% if article.updated %}<p class="updated">{{ article.updated | isodate }}</p>{% endif %}
                <p class="lead">{{ article.lead }}</p>
                {% endblock %}
                """);
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        var older = TestSites.page(output, "2023/12/a/index.html");
        assertThat(older.selectFirst("a.newer").text()).isEqualTo("新文");
        assertThat(older.selectFirst("a.newer").attr("href")).isEqualTo("../../../2024/01/b/");
        assertThat(older.selectFirst("p.no-older")).isNotNull();
        assertThat(older.selectFirst("p.updated").text()).isEqualTo("2024-01-02T00:00:00+08:00");
        assertThat(older.selectFirst("p.lead").text()).isEqualTo("photo-1");
        var newer = TestSites.page(output, "2024/01/b/index.html");
        assertThat(newer.selectFirst("a.older").text()).isEqualTo("旧文");
        assertThat(newer.selectFirst("p.no-newer")).isNotNull();
        assertThat(newer.selectFirst("p.updated")).isNull();
        assertThat(newer.selectFirst("p.lead").text()).isEmpty();
    }

    @Test
    void theSettingsAndListingItemsGoByTheNamesTheReadmeGives() {
        TestSites.write(root.resolve("templates/home.html"), """
                {% extends "base" %}
                {% block main %}
                <p class="site">{{ site.title }}|{{ site.baseUrl }}|{{ site.timeZone }}|{{ site.pageSize }}|{{ site.feedFullText }}|{{ site.language }}</p>
                {% for item in listing.articles %}<p class="item">{{ item.article.title }}|{{ item.summary }}|{{ item.readingMinutes }}</p>{% endfor %}
                {% endblock %}
                """);
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        var home = TestSites.page(output, "index.html");
        assertThat(home.selectFirst("p.site").text()).isEqualTo("邵阳女性|https://example.org/|Asia/Shanghai|5|true|zh-CN");
        assertThat(home.select("p.item").eachText()).containsExactly("新文|正文。|1", "旧文|正文。|1");
    }

    @Test
    void aNameTheSettingsLackIsToldWithTheNamesTheyHave() {
        TestSites.write(root.resolve("templates/home.html"),
                "{% extends \"base\" %}\n{% block main %}\n<p>{{ site.base_url }}</p>\n{% endblock %}\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "templates/home.html:3: cannot render the page /: there is no \"base_url\" in SiteConfig: it has title,"
                        + " description, baseUrl, language, timeZone, theme, permalink, summaryLength, pageSize, feedSize,"
                        + " feedFullText, slugs, redirects, deploy, basePath, locale (correct the template)");

        TestSites.write(root.resolve("templates/home.html"), "{% extends \"base\" %}\n{% block main %}\n<p class=\"d\">"
                + "{{ site.base_url | default('none') }}{% if site.base_url is defined %}!{% endif %}{{ site.basePath }}</p>\n{% endblock %}\n");
        assertThat(TestSites.build(root, output).problems()).as("default and is defined still work").isEmpty();
        assertThat(TestSites.page(output, "index.html").selectFirst("p.d").text()).isEqualTo("none/");
    }
}
