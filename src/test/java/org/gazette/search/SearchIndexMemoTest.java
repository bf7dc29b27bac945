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
import org.gazette.output.Manifest;
import org.gazette.site.OutputFile;
import org.gazette.site.OutputMemo;
import org.gazette.site.Site;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index's memo keys: what each shard and record file is made from must decide every
 * byte of it (a build cache keeps a group whose key is unchanged), and one edited article must
 * change the keys of few groups (an edit build rewrites only those).
 */
class SearchIndexMemoTest {

    @TempDir
    Path folder;

    /** One group as the index made it: a fingerprint of its inputs, and its files' hashes by path. */
    private record Group(String inputs, Map<String, String> files) {
    }

    @Test
    void equalKeysMeanEqualFilesAndAnEditRemakesOnlyTheShardsOfItsWords() throws IOException {
        Path source = folder.resolve("source");
        CorpusSite.write(300, source);
        Site first = site(source);
        Map<String, Group> before = groups(first);

        Path edited;
        try (Stream<Path> files = Files.walk(source.resolve("content"))) {
            edited = files.filter(f -> f.toString().endsWith(".md")).sorted().toList().get(150);
        }
        Files.writeString(edited, Files.readString(edited) + "\n本段为测试追加的一句话，提到妇联和家庭教育。\n");
        Site second = site(source);
        Map<String, Group> after = groups(second);

        assertThat(after.keySet()).isEqualTo(before.keySet());
        Set<String> remade = new TreeSet<>();
        for (String name : before.keySet()) {
            if (before.get(name).inputs().equals(after.get(name).inputs())) {
                assertThat(after.get(name).files()).as("%s: same inputs, so the same files", name).isEqualTo(before.get(name).files());
            } else {
                remade.add(name);
            }
        }
        int shards = (int) before.keySet().stream().filter(n -> n.startsWith("search/t/")).count();
        assertThat(shards).isGreaterThanOrEqualTo(2048);
        // The edited article's own shards change (its words, and its scores, which depend on its
        // length); elsewhere only the odd score rounded differently as the average length moves.
        Set<String> itsShards = new TreeSet<>();
        for (Site site : List.of(first, second)) {
            site.articles().stream().filter(a -> edited.toAbsolutePath().endsWith(a.article().source())).findFirst()
                    .map(a -> SearchDocument.of(a).searchText()).map(Tokenizer::tokens).orElseThrow()
                    .forEach(token -> itsShards.add("search/t/" + SearchIndex.shardOf(token, shards)));
        }
        assertThat(remade).as("groups remade after one edit").isNotEmpty()
                .filteredOn(name -> name.startsWith("search/r/")).hasSize(1);
        assertThat(remade.stream().filter(name -> name.startsWith("search/t/") && !itsShards.contains(name)).count())
                .as("shards remade without a word of the article").isLessThan(shards / 20);
        assertThat(itsShards.size()).as("the article's shards, of %d", shards).isLessThan(shards * 3 / 4);
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
                hashes.put(file.path(), HexFormat.of().formatHex(Manifest.sha256().digest(((OutputFile.Generated) file).bytes())));
                out.accept(file);
            }
            groups.put(name, new Group(HexFormat.of().formatHex(new Fingerprint().add(inputs).digest()), hashes));
        };
        // Small shards: a 300-article site in thousands of them, as a large archive has thousands.
        new SearchIndex(SearchIndex.INLINE_POSTINGS, SearchIndex.CHUNK_POSTINGS, 500, recording).generate(site);
        return new TreeMap<>(groups);
    }
}
