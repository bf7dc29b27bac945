package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.content.LazyText;
import org.gazette.content.Article;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.OutputMemo;
import org.junit.jupiter.api.Test;

/**
 * The counts the index keeps between builds are written only when they changed, and a count
 * started ahead of the index ends with the build: awaited when the build kept the index as it was,
 * let go without keeping anything when the build failed.
 */
class CountAheadTest {

    /** Keeps the counts in memory; each save counted, and held until {@link #allowSaving} opens. */
    private static final class MemoryStore implements CountsStore {
        final AtomicInteger saves = new AtomicInteger();
        final CountDownLatch saving = new CountDownLatch(1);
        final CountDownLatch allowSaving = new CountDownLatch(1);
        final CountDownLatch allowLoading;
        /** The thread that called {@link #load}: the count's own, not another test's build's of the same name. */
        final CompletableFuture<Thread> loader = new CompletableFuture<>();
        volatile byte[] kept;

        MemoryStore(boolean loadAtOnce) {
            allowLoading = new CountDownLatch(loadAtOnce ? 0 : 1);
        }

        @Override
        public Optional<byte[]> keyOf(RenderedArticle article) {
            return Optional.of((article.article().url() + "\u0000" + article.text().get()).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public <T> Optional<T> load(Reader<T> reader) {
            loader.complete(Thread.currentThread());
            await(allowLoading);
            byte[] bytes = kept;
            if (bytes == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(reader.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)), bytes.length));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void save(long bytes, Writer writer) {
            saving.countDown();
            await(allowSaving);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                writer.writeTo(new DataOutputStream(out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kept = out.toByteArray();
            saves.incrementAndGet();
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static SearchDocument doc(int seed, String body) {
        return new SearchDocument("第" + seed + "篇报道", "", LazyText.of(body), "/a/" + seed + "/", "2024-01-01", 2024, "", "", "");
    }

    private static byte[] keyOf(SearchDocument doc) {
        return (doc.url() + "\u0000" + doc.body().get()).getBytes(StandardCharsets.UTF_8);
    }

    private static void countWords(SearchIndex index, List<SearchDocument> docs) {
        index.countWords(docs, docs.stream().map(CountAheadTest::keyOf).toList());
    }

    @Test
    void theCountsAreWrittenOnlyWhenAnArticleWasCountedOrLeft() {
        MemoryStore store = new MemoryStore(true);
        store.allowSaving.countDown();
        SearchIndex index = index(store);
        List<SearchDocument> docs = new ArrayList<>();
        for (int seed = 0; seed < 5; seed++) {
            docs.add(doc(seed, "妇联组织开展家庭教育讲座 " + seed));
        }
        countWords(index, docs);
        assertThat(store.saves).as("the first count").hasValue(1);
        countWords(index, docs);
        assertThat(store.saves).as("every article kept, in the same order").hasValue(1);
        docs.set(2, doc(2, "巾帼志愿者走进社区"));
        countWords(index, docs);
        assertThat(store.saves).as("one article edited").hasValue(2);
        docs.remove(4);
        countWords(index, docs);
        assertThat(store.saves).as("one article deleted: none counted, one fewer kept").hasValue(3);
        countWords(index, docs);
        assertThat(store.saves).hasValue(3);
    }

    @Test
    void aCountTheIndexDidNotTakeIsAwaitedUntilItHasKeptItsCounts() throws InterruptedException {
        MemoryStore store = new MemoryStore(true);
        SearchIndex index = index(store);
        index.countAhead(articles(3));
        assertThat(store.saving.await(30, TimeUnit.SECONDS)).as("the count reached its save").isTrue();
        Thread awaiting = new Thread(index::awaitCountAhead);
        awaiting.start();
        awaiting.join(300);
        assertThat(awaiting.isAlive()).as("still waiting while the count saves").isTrue();
        store.allowSaving.countDown();
        awaiting.join(30_000);
        assertThat(awaiting.isAlive()).isFalse();
        assertThat(store.saves).as("kept by the time the wait ended").hasValue(1);
    }

    @Test
    void aCountDroppedByAFailedBuildKeepsNothing() throws Exception {
        MemoryStore store = new MemoryStore(false);
        store.allowSaving.countDown();
        SearchIndex index = index(store);
        index.countAhead(articles(3));
        Thread counting = store.loader.get(30, TimeUnit.SECONDS);
        index.dropCountAhead();
        store.allowLoading.countDown();
        counting.join(30_000);
        assertThat(counting.isAlive()).isFalse();
        assertThat(store.saves).hasValue(0);
        assertThat(store.kept).isNull();
    }

    private static SearchIndex index(CountsStore store) {
        return new SearchIndex(SearchIndex.INLINE_POSTINGS, SearchIndex.CHUNK_POSTINGS, SearchIndex.SHARD_BYTES, OutputMemo.NONE, store);
    }

    private static List<RenderedArticle> articles(int count) {
        List<RenderedArticle> articles = new ArrayList<>();
        for (int i = count; i > 0; i--) { // newest first
            String slug = "a" + i;
            Article article = new Article(Path.of("content", slug + ".md"), "第" + i + "篇", "", "",
                    ZonedDateTime.parse("2024-01-0" + i + "T08:00+08:00[Asia/Shanghai]"), Optional.empty(), List.of(), "",
                    List.of(), "", List.of(), Optional.empty(), slug, List.of(), false, "/" + slug + "/", LazyText.of("正文" + i), 5);
            articles.add(new RenderedArticle(article, LazyText.of("<p>正文" + i + "</p>"), "正文" + i, LazyText.of("正文" + i), List.of(), List.of(),
                    Optional.empty(), List.of(), 1));
        }
        return articles;
    }
}
