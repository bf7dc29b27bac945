package org.gazette.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.gazette.markdown.RenderedArticle;

/**
 * Where the search index keeps its counts of each article's words from one build to the next, so
 * that an edit counts the article edited alone: at 10,000 articles counting every one was the
 * largest part of an edit's work. The counts are kept with each article's key, which changes
 * whenever the text the index counts can; an article whose key is not the kept one's is counted
 * again.
 *
 * <pre>{@code
 * Optional<byte[]> key = store.keyOf(article);
 * Optional<KeptCounts> kept = store.load(KeptCounts::readFrom);
 * store.save(kept.bytes(), kept::writeTo);
 * }</pre>
 */
public interface CountsStore {

    /** Keeps nothing: every article is counted. */
    CountsStore NONE = new CountsStore() {
        @Override
        public Optional<byte[]> keyOf(RenderedArticle article) {
            return Optional.empty();
        }

        @Override
        public <T> Optional<T> load(Reader<T> reader) {
            return Optional.empty();
        }

        @Override
        public void save(long bytes, Writer writer) {
        }
    };

    /** Reads what a {@link Writer} wrote; {@code bytes} is how many there are at most. */
    interface Reader<T> {
        T readFrom(DataInputStream in, long bytes) throws IOException;
    }

    /** Writes the counts. */
    interface Writer {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * A fingerprint of everything the article's counted text is made from (its file, the settings
     * its parsing and Markdown read, Gazette's code); empty when the store does not know the article.
     */
    Optional<byte[]> keyOf(RenderedArticle article);

    /** What the last {@link #save} wrote, read by {@code reader}; empty when there is none, or it is damaged or another Gazette's. */
    <T> Optional<T> load(Reader<T> reader);

    /**
     * Replaces what is kept with what {@code writer} writes, about {@code bytes} bytes: a store may
     * keep nothing rather than more than it can read back. A failure to write is the next build's
     * loss of time, not this build's failure.
     */
    void save(long bytes, Writer writer);
}
