package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.content.LazyText;
import org.gazette.corpus.CorpusSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache file's segments: a save writes those whose articles are unchanged as the last build
 * read them, and what it writes so reads back as the articles themselves, whose long texts were
 * not decoded on the way.
 */
class BuildCacheFileTest {

    @TempDir
    Path work;
    private Path file;
    private BuildCacheFile.State first;

    @BeforeEach
    void buildSiteOfThreeSegments() throws IOException {
        Path root = work.resolve("site");
        CorpusSite.write(600, root);
        assertThat(Build.run(TestSites.options(root, work.resolve("out")).withCache(root.resolve(BuildOptions.CACHE_FOLDER)))
                .succeeded()).isTrue();
        file = root.resolve(BuildOptions.CACHE_FOLDER).resolve(IncrementalBuild.FILE);
        first = read(file);
        assertThat(first.layout().segments()).hasSize(3);
    }

    @Test
    void unchangedSegmentsAreCopiedAndReadBackAsTheArticles() throws IOException {
        Path copy = work.resolve("copy.bin");
        assertThat(BuildCacheFile.write(copy, first, first)).isEqualTo(3);
        assertSameArticles(read(copy), first);

        // One article changed (an equal entry, but not the one read): its segment is encoded again.
        Map<Path, ArticleStore.Entry> articles = new HashMap<>(first.articles());
        Path changed = first.layout().segments().get(1).paths().get(7);
        ArticleStore.Entry entry = articles.get(changed);
        articles.put(changed, new ArticleStore.Entry(entry.parseKey(), entry.parsed(), entry.rendered(), entry.images()));
        Path edited = work.resolve("edited.bin");
        assertThat(BuildCacheFile.write(edited, withArticles(articles), first)).isEqualTo(2);
        assertSameArticles(read(edited), first);
    }

    @Test
    void textsAreDecodedOnlyWhenReadAndWrittenAgainAsTheyWere() throws IOException {
        List<LazyText> texts = new ArrayList<>();
        first.articles().values().forEach(entry -> {
            texts.add(entry.parsed().value().orElseThrow().body());
            texts.add(entry.rendered().value().orElseThrow().html());
            texts.add(entry.rendered().value().orElseThrow().text());
        });
        assertThat(texts).hasSize(3 * 600).noneMatch(LazyText::isRead);

        // Every segment encoded again, none copied: the texts go out as the bytes they came in as.
        Path encoded = work.resolve("encoded.bin");
        assertThat(BuildCacheFile.write(encoded, first, BuildCacheFile.State.empty())).isZero();
        assertThat(texts).noneMatch(LazyText::isRead);
        BuildCacheFile.State again = read(encoded);
        assertSameArticles(again, first);
        assertThat(texts).allMatch(LazyText::isRead);
        Path body = first.layout().segments().get(2).paths().get(0);
        assertThat(again.articles().get(body).parsed().value().orElseThrow().body().get()).contains("。");
    }

    @Test
    void keptSegmentsAreWrittenAsTheyWereReadWhateverBecameOfTheFile() throws IOException {
        try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
            bytes.setLength(bytes.length() / 2); // the file cut short since, or another build's
        }
        Path copy = work.resolve("copy.bin");
        assertThat(BuildCacheFile.write(copy, first, first)).isEqualTo(3);
        assertSameArticles(read(copy), first);
        Files.delete(file);
        assertThat(BuildCacheFile.write(copy, first, first)).isEqualTo(3);
        assertSameArticles(read(copy), first);
    }

    private static BuildCacheFile.State read(Path file) {
        List<String> reasons = new ArrayList<>();
        BuildCacheFile.State state = BuildCacheFile.read(file, reasons::add).orElseThrow(() -> new AssertionError(reasons));
        assertThat(reasons).isEmpty();
        return state;
    }

    private BuildCacheFile.State withArticles(Map<Path, ArticleStore.Entry> articles) {
        return new BuildCacheFile.State(first.output(), first.manifestDigest(), articles, first.pages(), first.generators(),
                first.copied());
    }

    private static void assertSameArticles(BuildCacheFile.State actual, BuildCacheFile.State expected) {
        assertThat(actual.articles().keySet()).isEqualTo(expected.articles().keySet());
        expected.articles().forEach((path, entry) -> {
            ArticleStore.Entry read = actual.articles().get(path);
            assertThat(Arrays.equals(read.parseKey(), entry.parseKey())).as("%s", path).isTrue();
            assertThat(read.parsed()).as("%s", path).isEqualTo(entry.parsed());
            assertThat(read.rendered()).as("%s", path).isEqualTo(entry.rendered());
            assertThat(read.images()).as("%s", path).isEqualTo(entry.images());
        });
    }
}
