package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gazette.build.Build;
import org.gazette.corpus.CorpusSite;
import org.gazette.incremental.Fingerprint;
import org.gazette.markdown.RenderedArticle;
import org.gazette.output.Manifest;
import org.gazette.site.OutputFile;
import org.gazette.site.OutputMemo;
import org.gazette.site.Site;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index's memo keys: what each shard and record file is made from must decide every
 * byte of it (a build cache keeps a group whose key is unchanged), and one edited or one new
 * article must change the keys of few groups (such a build rewrites only those).
 */
class SearchIndexMemoTest {

    @TempDir
    Path folder;

    /** One group as the index made it: a fingerprint of its inputs, and its files' hashes by path. */
    private record Group(String inputs, Map<String, String> files) {
    }

    @Test
    void equalKeysMeanEqualFilesAndAnEditOrANewArticleRemakesOnlyTheShardsOfItsWords() throws IOException {
        // 1,001 articles: the article count, rounded to three digits for the scores (1,000), stays
        // the same when one is added, as it does for 99 additions in 100 at 10,000.
        Path source = folder.resolve("source");
        CorpusSite.write(1001, source);
        Site first = site(source);
        Map<String, Group> before = groups(first);
        int shards = (int) before.keySet().stream().filter(n -> n.startsWith("search/t/")).count();
        assertThat(shards).isGreaterThanOrEqualTo(2048);

        Path edited;
        try (Stream<Path> files = Files.walk(source.resolve("content"))) {
            edited = files.filter(f -> f.toString().endsWith(".md")).sorted().toList().get(500);
        }
        Files.writeString(edited, Files.readString(edited) + "\n本段为测试追加的一句话，提到妇联和家庭教育。\n");
        Site second = site(source);
        Map<String, Group> afterEdit = groups(second);
        assertThat(afterEdit.keySet()).isEqualTo(before.keySet());
        Set<String> remade = remade(before, afterEdit);
        assertThat(remade).as("groups remade after one edit").isNotEmpty()
                .filteredOn(name -> name.startsWith("search/r/")).hasSize(1);
        assertOnlyItsShards(remade, shardsOf(edited, List.of(first, second), shards), shards);

        // A new article, the newest: it takes the next number, and no other article's moves.
        RenderedArticle newest = second.articles().get(0);
        Path added = source.resolve("content/added.md");
        Files.writeString(added, "---\ntitle: 新增的一篇报道\ndate: "
                + newest.article().date().plusMinutes(1).toLocalDateTime().toString().replace('T', ' ')
                + "\n---\n\n巾帼志愿者走进社区，开展家庭教育讲座。\n");
        Site third = site(source);
        assertThat(third.articles().get(0).article().title()).isEqualTo("新增的一篇报道");
        Map<String, Group> afterAdd = groups(third);
        Set<String> remadeByAdding = remade(afterEdit, afterAdd);
        int lastRecords = (third.articles().size() - 1) / SearchIndex.RECORDS_PER_FILE;
        assertThat(remadeByAdding).filteredOn(name -> name.startsWith("search/r/")).isSubsetOf("search/r/" + lastRecords);
        assertOnlyItsShards(remadeByAdding, shardsOf(added, List.of(third), shards), shards);
    }

    /** The groups in both whose inputs differ; for the others, the files must be the same. */
    private static Set<String> remade(Map<String, Group> before, Map<String, Group> after) {
        Set<String> remade = new TreeSet<>();
        for (String name : before.keySet()) {
            if (!after.containsKey(name)) {
                continue;
            }
            if (before.get(name).inputs().equals(after.get(name).inputs())) {
                assertThat(after.get(name).files()).as("%s: same inputs, so the same files", name).isEqualTo(before.get(name).files());
            } else {
                remade.add(name);
            }
        }
        return remade;
    }

    /** The shards holding a word of the article's text in any of {@code sites}. */
    private static Set<String> shardsOf(Path article, List<Site> sites, int shards) {
        Set<String> its = new TreeSet<>();
        for (Site site : sites) {
            site.articles().stream().filter(a -> article.toAbsolutePath().endsWith(a.article().source())).findFirst()
                    .map(a -> SearchDocument.of(a).searchText()).map(Tokenizer::tokens).orElseThrow()
                    .forEach(token -> its.add("search/t/" + SearchIndex.shardOf(token, shards)));
        }
        return its;
    }

    /**
     * The remade shards are the article's own (its words; its scores, which depend on its length)
     * but for the odd score rounded differently as the average length moves a little.
     */
    private static void assertOnlyItsShards(Set<String> remade, Set<String> its, int shards) {
        assertThat(its.size()).as("the article's shards, of %d", shards).isLessThan(shards / 2);
        assertThat(remade.stream().filter(name -> name.startsWith("search/t/") && !its.contains(name)).count())
                .as("shards remade without a word of the article").isLessThan(shards / 100);
    }

    private static Site site(Path source) {
        return Build.model(TestSites.options(source, source.resolve("out"))).value().orElseThrow();
    }

    /** Runs the index through a memo that makes every group and records its inputs and files. */
    private static Map<String, Group> groups(Site site) {
        Map<String, Group> groups = new ConcurrentHashMap<>();
        OutputMemo recording = (name, inputs, make, out) -> {
            List<OutputFile> files = make.get();
            Map<String, String> hashes = new TreeMap<>();
            for (OutputFile file : files) {
                hashes.put(file.path(), HexFormat.of().formatHex(Manifest.md5().digest(((OutputFile.Generated) file).bytes())));
                out.accept(file);
            }
            groups.put(name, new Group(HexFormat.of().formatHex(new Fingerprint().add(inputs).digest()), hashes));
        };
        // Small shards: a 1,001-article site in thousands of them, as a large archive has.
        new SearchIndex(SearchIndex.INLINE_POSTINGS, SearchIndex.CHUNK_POSTINGS, 2_000, recording, CountsStore.NONE).generate(site);
        return new TreeMap<>(groups);
    }
}
