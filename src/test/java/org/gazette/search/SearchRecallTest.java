package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.corpus.CorpusSite;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recall and precision of the search, measured as readers get it: 200 substrings of 2 to 8
 * Chinese characters drawn at random from 1,000 corpus articles, run through the theme's
 * search.js in Node against the index the build writes, each result set compared with a plain
 * substring scan of every article. Long posting lists are split early here, so that the
 * chunked lists are exercised too.
 */
class SearchRecallTest {

    static final int ARTICLES = 1000;
    static final int QUERIES = 200;

    @TempDir
    static Path folder;
    static Site site;
    static Path index;

    @BeforeAll
    static void buildIndex() throws IOException {
        CorpusSite.write(ARTICLES, folder.resolve("source"));
        site = Build.model(TestSites.options(folder.resolve("source"), folder.resolve("out"))).value().orElseThrow();
        index = folder.resolve("site");
        for (OutputFile file : new SearchIndex(40, 150).generate(site)) {
            Path target = index.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, ((OutputFile.Generated) file).bytes());
        }
    }

    @Test
    void randomChineseSubstringsFindExactlyTheArticlesContainingThem() throws Exception {
        List<String> texts = site.articles().stream().map(r -> Tokenizer.normalize(SearchDocument.of(r).searchText())).toList();
        Set<String> queries = new LinkedHashSet<>();
        Random random = new Random(20261128);
        while (queries.size() < QUERIES) {
            String text = texts.get(random.nextInt(texts.size()));
            int length = 2 + random.nextInt(7);
            if (text.length() <= length) {
                continue;
            }
            int start = random.nextInt(text.length() - length);
            String query = text.substring(start, start + length);
            if (query.codePoints().allMatch(Tokenizer::isWide)) {
                queries.add(query);
            }
        }
        Map<String, Set<String>> expected = new HashMap<>();
        for (String query : queries) {
            Set<String> urls = new TreeSet<>();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).contains(query)) {
                    urls.add(site.articles().get(i).article().url());
                }
            }
            expected.put(query, urls);
        }
        Map<String, List<String>> actual = run(new ArrayList<>(queries));

        int found = 0;
        int relevant = 0;
        List<String> wrong = new ArrayList<>();
        for (String query : queries) {
            Set<String> got = new TreeSet<>(actual.get(query));
            relevant += expected.get(query).size();
            found += got.stream().filter(expected.get(query)::contains).count();
            if (!got.equals(expected.get(query))) {
                wrong.add(query + ": expected " + expected.get(query) + " got " + got);
            }
        }
        System.out.printf("search recall: %d queries, %d relevant results, %d found, %d wrong result sets%n",
                queries.size(), relevant, found, wrong.size());
        assertThat(wrong).as("queries whose results differ from a substring scan").isEmpty();
        assertThat(relevant).isGreaterThan(QUERIES);
    }

    @Test
    void commonWordsAcrossSplitListsAreComplete() throws Exception {
        List<String> queries = List.of("新闻", "中国", "发展", "习近平", "人民");
        Map<String, List<String>> actual = run(queries);
        for (String query : queries) {
            long expected = site.articles().stream()
                    .filter(r -> Tokenizer.normalize(SearchDocument.of(r).searchText()).contains(query)).count();
            assertThat(actual.get(query)).as(query).hasSize((int) expected).doesNotHaveDuplicates();
            assertThat(expected).as("%s is common enough to be split into chunks", query).isGreaterThan(150);
        }
    }

    private static Map<String, List<String>> run(List<String> queries) throws Exception {
        Path file = folder.resolve("queries-" + queries.size() + ".json");
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (String q : queries) {
                g.writeString(q);
            }
            g.writeEndArray();
        }
        NodeScripts.Run run = NodeScripts.node("src/test/js/run-queries.mjs", index.resolve("search").toString() + "/", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, List<String>> results = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(run.out())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String query = p.currentName();
                p.nextToken();
                List<String> urls = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("urls")) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            urls.add(p.getText());
                        }
                    }
                }
                results.put(query, urls);
            }
        }
        return results;
    }
}
