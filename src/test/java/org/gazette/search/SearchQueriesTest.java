package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries readers type, run through the theme's search.js in Node against the index the build
 * writes for a small site of articles like the archive's: each asserts which articles are found.
 */
class SearchQueriesTest {

    @TempDir
    static Path root;
    @TempDir
    static Path output;

    @BeforeAll
    static void build() {
        TestSites.write(root.resolve("site.yaml"), "title: 测试档案\nbase_url: https://example.org/\n");
        article("meeting", "市妇联举办“三八”国际妇女节座谈会", "2024-03-08", "座谈会在市妇联召开。");
        article("families", "2023年度“最美家庭”评选结果揭晓", "2023-03-01", "全市共评选出最美家庭100户。");
        article("ebook", "五年工作回顾", "2023-12-26", "制作《邵阳妇运百年》电子书，反响热烈。");
        article("fifteenth", "活动通知", "2022-04-01", "4月15日，开展活动5项。");
        article("fifth", "会议通知", "2022-03-01", "3月5日召开会议。");
        article("review", "五年工作回顾", "2023-12-27", "## 家庭工作\n\n2023年，全市新建家长学校50所。\n\n- 最美家庭\n- 100户");
        // 巾帼建功 in the title of a long feature, in passing in a short report, as a tag, and as a column's name.
        String filler = "全市各级妇联组织围绕中心服务大局，团结引领广大妇女在经济社会发展中贡献力量。".repeat(30);
        article("feature", "跟党奋进新征程 巾帼建功新时代", "2023-01-10",
                filler + "\n\n开展巾帼建功活动。\n\n" + filler + "\n\n巾帼建功成果丰硕。");
        article("report", "市妇联召开2023年工作会议", "2023-06-01", "会议要求深入开展巾帼建功活动，部署全年重点工作。");
        write("tagged", "---\ntitle: 女职工技能竞赛举行\ndate: 2023-07-01\nslug: tagged\ntags: [巾帼建功]\n---\n\n竞赛在市工人文化宫举行。\n");
        write("columned", "---\ntitle: 女企业家座谈\ndate: 2023-08-01\nslug: columned\ncolumn: 巾帼建功\n---\n\n座谈会在市里召开。\n");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
    }

    static void article(String slug, String title, String date, String body) {
        write(slug, "---\ntitle: " + title + "\ndate: " + date + "\nslug: " + slug + "\n---\n\n" + body + "\n");
    }

    static void write(String slug, String text) {
        TestSites.write(root.resolve("content/" + slug + ".md"), text);
    }

    /** The slugs of the articles each query finds, in the order search.js gives them. */
    static List<List<String>> run(String... queries) throws Exception {
        JsonFactory json = new JsonFactory();
        Path file = Files.createTempFile(root, "queries", ".json");
        try (JsonGenerator g = json.createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (String query : queries) {
                g.writeString(query);
            }
            g.writeEndArray();
        }
        NodeScripts.Run run = NodeScripts.node("src/test/js/run-queries.mjs", output.resolve("search") + "/", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, List<String>> results = new HashMap<>();
        try (JsonParser p = json.createParser(run.out())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                List<String> slugs = new ArrayList<>();
                results.put(p.currentName(), slugs);
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("urls")) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            slugs.add(p.getText().replaceAll(".*/([^/]+)/$", "$1"));
                        }
                    }
                }
            }
        }
        return List.of(queries).stream().map(results::get).toList();
    }

    @Test
    void aPhraseIsFoundAcrossQuotationMarksAndBookTitleMarks() throws Exception {
        assertThat(run("三八国际妇女节", "最美家庭评选", "邵阳妇运百年电子书", "“三八”国际", "《邵阳妇运百年》"))
                .containsExactly(List.of("meeting"), List.of("families"), List.of("ebook"), List.of("meeting"), List.of("ebook"));
        assertThat(run("妇女节座谈会在", "\"三八。国际\"")).as("sentence punctuation still separates; a query across it finds nothing")
                .containsExactly(List.of(), List.of());
    }

    @Test
    void aTermStartingOrEndingWithADigitIsAWholeNumberThere() throws Exception {
        assertThat(run("5日", "15日", "月5日")).as("5日 is not found in 15日, though that article has a 5 of its own")
                .containsExactly(List.of("fifth"), List.of("fifteenth"), List.of("fifth"));
    }

    @Test
    void aMatchDoesNotRunFromOneBlockIntoTheNext() throws Exception {
        assertThat(run("家庭工作2023", "最美家庭100户", "家长学校50所"))
                .as("a heading and the paragraph under it, two list items, are not one text")
                .containsExactly(List.of(), List.of("families"), List.of("review"));
    }

    @Test
    void theTitleRanksFirstAndTheColumnLast() throws Exception {
        List<String> found = run("巾帼建功").get(0);
        assertThat(found).containsExactlyInAnyOrder("feature", "report", "tagged", "columned");
        assertThat(found.get(0)).as("the long feature titled with it before the short report that mentions it and the tag")
                .isEqualTo("feature");
        assertThat(found.get(3)).as("the article that is merely in the column of that name last").isEqualTo("columned");
        assertThat(run("巾帼建功 新时代", "巾帼").get(0)).as("by the title's words first").startsWith("feature");
    }
}
