package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.OutputMemo;
import org.gazette.content.LazyText;
import org.junit.jupiter.api.Test;

/**
 * The counts kept from the last build: through edits, deletions, additions, moves and a
 * retitling, the postings made from kept counts and the changed articles counted afresh are
 * those of a count of every article, and only the changed articles are counted; the shards'
 * fingerprints, those taken from the kept ones too, are those of shards made afresh, and an edit
 * fingerprints the shards of its words alone.
 */
class KeptCountsTest {

    private static final String[] SENTENCES = {
        "妇联组织开展家庭教育讲座，邀请专家为家长答疑。", "巾帼志愿者走进社区，为老人送去温暖。",
        "乡村振兴中的女性力量日益凸显，合作社带动增收。", "维权服务站接待来访群众，提供法律援助。",
        "春节前夕，慰问困难妇女儿童家庭。", "The 2024 report counts 1,200 volunteers.",
    };

    /** An article whose text is made from {@code seed}: a word of its own, some shared sentences, and a summary. */
    private static SearchDocument doc(int seed, String title) {
        StringBuilder body = new StringBuilder("unique" + seed + " ");
        for (int i = 0; i <= seed % 4; i++) {
            body.append(SENTENCES[(seed + i) % SENTENCES.length]);
        }
        return new SearchDocument(title, "摘要" + seed % 3, LazyText.of(body.toString()), "/a/" + seed + "/", "2024-01-01", 2024,
                seed % 2 == 0 ? "工作动态" : "", "记者 伍洁", "\n\n邵阳日报记者 伍洁\n工作动态\n标签" + seed % 5);
    }

    private static SearchDocument doc(int seed) {
        return doc(seed, "第" + seed + "篇报道：妇女之家");
    }

    /** What a store would key an article by: all of its text the index counts. */
    private static byte[] keyOf(SearchDocument doc) {
        return (doc.searchText() + "\u0000" + doc.url()).getBytes(StandardCharsets.UTF_8);
    }

    /** The last build's counts, as the store hands them back: written and read again. */
    private KeptCounts kept = KeptCounts.NONE;
    /** The last build's shards: small, so that thirty articles make a thousand of them. */
    private Shards shards;
    private static final int SHARD_BYTES = 40;

    @Test
    void postingsFromKeptCountsAreThoseOfACountOfEveryArticle() throws IOException {
        List<SearchDocument> docs = new ArrayList<>();
        for (int seed = 0; seed < 30; seed++) {
            docs.add(doc(seed));
        }
        assertThat(build(docs)).as("articles counted with nothing kept").isEqualTo(30);
        assertThat(build(docs)).as("articles counted with all kept").isZero();

        SearchDocument edited = docs.get(10);
        docs.set(10, new SearchDocument(edited.title(), edited.summary(), LazyText.of("新词汇 omega 出现在正文中。"), edited.url(), edited.date(),
                edited.year(), edited.column(), edited.authors(), edited.labels()));
        assertThat(build(docs)).as("one body edited, its own word unique10 gone").isEqualTo(1);

        docs.remove(5);
        assertThat(build(docs)).as("one article deleted").isZero();
        assertThat(shards.fingerprinted()).as("every article after it numbered anew: all fingerprinted").isEqualTo(shards.count());
        assertThat(build(docs)).as("nothing changed").isZero();
        assertThat(shards.fingerprinted()).as("nothing changed: none fingerprinted").isZero();
        SearchDocument same = docs.get(4);
        docs.set(4, new SearchDocument(same.title(), same.summary(), LazyText.of(same.body().get().replace("unique", "special")), same.url(), same.date(),
                same.year(), same.column(), same.authors(), same.labels()));
        assertThat(build(docs)).as("one word of a body replaced, the length kept").isEqualTo(1);
        assertThat(shards.count()).isEqualTo(1024);
        // Its length and so its scores may change with any edit: the shards of all of its words, and no other.
        assertThat(shards.fingerprinted()).as("the shards of the edited article's words").isBetween(1, 100);

        docs.add(doc(100));
        docs.add(12, doc(101));
        assertThat(build(docs)).as("one article added last, one in the middle").isEqualTo(2);

        docs.set(3, doc(3, "改了标题的报道"));
        assertThat(build(docs)).as("one retitled").isEqualTo(1);

        SearchDocument moved = docs.remove(20);
        docs.add(2, moved);
        assertThat(build(docs)).as("one moved earlier: counted again, the others kept").isEqualTo(1);

        docs.add(docs.remove(0));
        assertThat(build(docs)).as("the oldest moved last: counted again").isEqualTo(1);

        docs.set(7, docs.get(8));
        assertThat(build(docs)).as("an article in place of another, beside itself: one of the two counted").isEqualTo(1);
        assertThat(build(docs)).as("two articles of one key kept: neither taken").isEqualTo(2);

        docs.clear();
        assertThat(build(docs)).as("every article deleted").isZero();
        docs.add(doc(7));
        assertThat(build(docs)).isEqualTo(1);
    }

    /**
     * Makes the postings of {@code docs} from the kept counts, checks them against a count of
     * every article, keeps the counts (through their bytes) for the next, and says how many were counted.
     */
    private int build(List<SearchDocument> docs) throws IOException {
        List<byte[]> keys = docs.stream().map(KeptCountsTest::keyOf).toList();
        int[] earlier = kept.numbersOf(keys);
        TokenCounts counts = TokenCounts.count(docs, kept.counts(), earlier);
        Postings postings = Postings.of(counts);
        shards = Shards.of(postings, SHARD_BYTES, new Shards.Before(kept.shardFingerprints(), Postings.Scale.of(kept.counts().lengths)),
                counts.changed);
        Postings afresh = Postings.of(docs);
        assertThat(postings(postings)).isEqualTo(postings(afresh));
        assertThat(shards.fingerprints()).usingElementComparator(Arrays::compare)
                .as("the shards' fingerprints").containsExactlyElementsOf(Shards.of(afresh, SHARD_BYTES).fingerprints());
        kept = roundTrip(new KeptCounts(keys, counts, shards.fingerprints()));
        return (int) Arrays.stream(earlier).filter(number -> number < 0).count();
    }

    /** Each token's text with its articles and scores: what the index's files are made of, whatever the token numbers. */
    private static Map<String, String> postings(Postings postings) {
        Map<String, String> byText = new TreeMap<>();
        for (int t = 0; t < postings.size(); t++) {
            int from = postings.start(t);
            int to = postings.end(t);
            byText.put(postings.token(t), Arrays.toString(Arrays.copyOfRange(postings.docs(), from, to))
                    + Arrays.toString(Arrays.copyOfRange(postings.scores(), from, to)));
        }
        return byText;
    }

    private static KeptCounts roundTrip(KeptCounts counts) throws IOException {
        byte[] bytes = bytesOf(counts);
        return KeptCounts.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)), bytes.length);
    }

    private static byte[] bytesOf(KeptCounts counts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        counts.writeTo(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    /**
     * When most articles changed (a setting every article reads, an edit of the whole archive), the
     * kept counts are let go before the articles are counted: held beside each counted article's
     * counts and the new postings, at 100,000 articles they would take the count to half as much
     * again as a count of every article. Seen through a weak reference to the kept counts, looked at
     * as the count reads its first article.
     */
    @Test
    void theKeptCountsAreLetGoWhenMostArticlesAreCountedAgain() {
        List<SearchDocument> earlier = new ArrayList<>();
        for (int seed = 0; seed < 10; seed++) {
            earlier.add(doc(seed));
        }
        int[] none = new int[earlier.size()];
        Arrays.fill(none, -1);
        byte[] file;
        try {
            file = bytesOf(new KeptCounts(earlier.stream().map(KeptCountsTest::keyOf).toList(),
                    TokenCounts.count(earlier, TokenCounts.NONE, none)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SearchDocument> docs = new ArrayList<>(List.of(earlier.get(0))); // one article kept, nine new
        for (int seed = 20; seed < 29; seed++) {
            docs.add(doc(seed));
        }
        List<WeakReference<TokenCounts>> loaded = new ArrayList<>();
        CountsStore store = new CountsStore() {
            @Override
            public Optional<byte[]> keyOf(RenderedArticle article) {
                return Optional.empty();
            }

            @Override
            public <T> Optional<T> load(Reader<T> reader) {
                try {
                    T kept = reader.readFrom(new DataInputStream(new ByteArrayInputStream(file)), file.length);
                    loaded.add(new WeakReference<>(((KeptCounts) kept).counts()));
                    return Optional.of(kept);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void save(long bytes, Writer writer) {
            }
        };
        boolean[] heldWhileCounting = new boolean[1];
        List<SearchDocument> watched = new AbstractList<>() {
            private boolean looked;

            @Override
            public SearchDocument get(int index) {
                if (!looked) {
                    looked = true;
                    for (int i = 0; i < 5 && loaded.get(0).get() != null; i++) {
                        System.gc();
                    }
                    heldWhileCounting[0] = loaded.get(0).get() != null;
                }
                return docs.get(index);
            }

            @Override
            public int size() {
                return docs.size();
            }
        };
        SearchIndex index = new SearchIndex(SearchIndex.INLINE_POSTINGS, SearchIndex.CHUNK_POSTINGS, SearchIndex.SHARD_BYTES,
                OutputMemo.NONE, store);
        Postings postings = index.countWords(watched, docs.stream().map(KeptCountsTest::keyOf).toList()).postings();
        assertThat(loaded).hasSize(1);
        assertThat(heldWhileCounting[0]).as("the kept counts held while the articles are counted").isFalse();
        assertThat(postings(postings)).isEqualTo(postings(Postings.of(docs)));
    }

    @Test
    void aSizeBeyondTheFileIsRefusedBeforeAnythingSoLargeIsMade() throws IOException {
        TokenCounts counts = TokenCounts.count(List.of(doc(1), doc(2)), TokenCounts.NONE, new int[] {-1, -1});
        byte[] bytes = bytesOf(new KeptCounts(List.of(keyOf(doc(1)), keyOf(doc(2))), counts));
        // The number of articles' lengths, after the two keys: as large as an int goes.
        int at = 4 + 2 + keyOf(doc(1)).length + 2 + keyOf(doc(2)).length;
        byte[] damaged = bytes.clone();
        damaged[at] = 0x7f;
        assertThatThrownBy(() -> KeptCounts.readFrom(new DataInputStream(new ByteArrayInputStream(damaged)), damaged.length))
                .isInstanceOf(IOException.class).hasMessageContaining("in a file of");
        assertThatThrownBy(() -> KeptCounts.readFrom(new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 1)),
                bytes.length - 1)).isInstanceOf(IOException.class);
    }

    @Test
    void aWordRepeatedBeyondTheMostCountsAsTheMost() {
        String body = "词 ".repeat(40_000);
        TokenCounts counts = TokenCounts.count(List.of(new SearchDocument("标题", "", LazyText.of(body), "/a/", "2024-01-01", 2024, "", "", "")),
                TokenCounts.NONE, new int[] {-1});
        int word = tokenNamed(Postings.of(counts), "词");
        assertThat((int) counts.frequencies[counts.starts[word]]).isEqualTo(TokenCounts.MOST * 2);
        assertThat(counts.lengths[0]).as("the article's length is not capped").isEqualTo(40_000 + 3 * SearchIndex.TITLE_WEIGHT); // 标, 标题 and 题
    }

    private static int tokenNamed(Postings postings, String text) {
        for (int t = 0; t < postings.size(); t++) {
            if (postings.token(t).equals(text)) {
                return t;
            }
        }
        throw new AssertionError(text + " is not a token");
    }

    @Test
    void keysOfArticlesTheStoreDoesNotKnowAreNeverTaken() {
        KeptCounts known = new KeptCounts(List.of(KeptCounts.UNKNOWN, "b".getBytes(StandardCharsets.UTF_8)),
                TokenCounts.count(List.of(doc(1), doc(2)), TokenCounts.NONE, new int[] {-1, -1}));
        assertThat(known.numbersOf(List.of(KeptCounts.UNKNOWN, "b".getBytes(StandardCharsets.UTF_8)))).containsExactly(-1, 1);
    }
}
