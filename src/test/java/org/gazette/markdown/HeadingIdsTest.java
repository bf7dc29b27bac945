package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headings' ids on built pages: unique beside the theme's own ids and the footnotes'. */
class HeadingIdsTest {

    static final Path TEMPLATES = Path.of("themes/default/templates");

    @Test
    void headingsNamedLikeTheThemesIdsOrTheFootnotesGetASuffix(@TempDir Path root, @TempDir Path output) {
        TestSites.write(root.resolve("content/a.md"), """
                ---
                title: 标题撞名的文章
                date: 2024-03-01
                tags: [妇联]
                slug: a
                ---

                ## main

                正文有注[^1]，再引一次[^1]。

                ## Related Heading

                ## fn-1

                ## fnref-1

                ## 坚持政治铸魂 凝聚她共识

                ## 坚持政治铸魂 凝聚她共识

                ## ★★★

                [^1]: 注释。
                """);
        TestSites.write(root.resolve("content/b.md"), "---\ntitle: 另一篇\ndate: 2024-03-02\ntags: [妇联]\nslug: b\n---\n\n正文。\n");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        Document page = TestSites.page(output, "2024/03/a/index.html");

        assertThat(page.select("[id]").eachAttr("id")).as("ids on the page").doesNotHaveDuplicates();
        assertThat(page.select(".body h2").eachAttr("id")).containsExactly("main-1", "related-heading-1", "fn-1-1", "fnref-1-2",
                "坚持政治铸魂-凝聚她共识", "坚持政治铸魂-凝聚她共识-1", "section-7");

        Element aside = page.selectFirst("aside.related");
        assertThat(aside).as("the related articles").isNotNull();
        Element label = page.getElementById(aside.attr("aria-labelledby"));
        assertThat(label).as("the element the aside is labelled by").isNotNull();
        assertThat(label.parent()).isSameAs(aside);
        assertThat(label.text()).isEqualTo("相关文章");
        assertThat(page.getElementById(page.selectFirst("a.skip-link").attr("href").substring(1)).tagName()).isEqualTo("main");
        Element note = page.getElementById(page.selectFirst("a.footnote-ref").attr("href").substring(1));
        assertThat(note.closest(".footnotes")).as("the footnote the reference leads to").isNotNull();
        assertThat(note.text()).startsWith("注释。");
    }

    @Test
    void everyIdInTheDefaultThemesTemplatesIsKeptFromHeadings() throws IOException {
        Pattern id = Pattern.compile("\\bid=\"([^\"]*)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.toList()) {
                Matcher m = id.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("ids in %s", TEMPLATES).isNotEmpty().allSatisfy(value -> assertThat(value).doesNotContain("{"));
        assertThat(HeadingIds.PAGE_IDS).containsAll(used);
    }

    @Test
    void manyHeadingsOfTheSameTextGetTheirSuffixesWithoutTryingEachAgain(@TempDir Path root) {
        String body = "## 小标题\n\n内容\n\n".repeat(2_000) + "## 小标题-2000\n\n## 小标题\n";
        com.vladsch.flexmark.util.ast.Document document =
                new MarkdownRenderer(org.gazette.config.SiteConfig.defaults(), new ImageResolver(root)).parse(body);
        HeadingIds ids = new HeadingIds();

        ids.generateIds(document);

        java.util.List<String> given = new java.util.ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                given.add(heading.getAnchorRefId());
            }
        }
        assertThat(given).hasSize(2_002).startsWith("小标题", "小标题-1", "小标题-2").contains("小标题-1999")
                .endsWith("小标题-2000", "小标题-2001").doesNotHaveDuplicates();
        // Trying -1, -2, … again for each heading took 2 million lookups here.
        assertThat(ids.lookups()).isLessThan(10_000);
    }
}
