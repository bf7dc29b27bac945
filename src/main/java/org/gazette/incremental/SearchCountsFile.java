package org.gazette.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.gazette.markdown.RenderedArticle;
import org.gazette.search.CountsStore;

/**
 * The search index's counts of the articles' words kept in a stamped cache file
 * ({@code search-counts.bin}), no larger than {@code limit} bytes. A count holds the kept counts
 * and the new ones at once, beside the pages being rendered: at 100,000 articles (330 MB of
 * counts) an edit under -Xmx2g ran out of memory where counting every article did not. Counts
 * larger than the limit (an eighth of the heap, for a build) are neither read nor written, and
 * the file is deleted: every article is counted, as without it.
 *
 * <pre>{@code
 * CountsStore store = new SearchCountsFile(folder.resolve("search-counts.bin"), maxHeap / 8, articles::fingerprint);
 * }</pre>
 */
final class SearchCountsFile implements CountsStore {

    private final Path file;
    private final long limit;
    private final Function<RenderedArticle, Optional<byte[]>> keys;

    SearchCountsFile(Path file, long limit, Function<RenderedArticle, Optional<byte[]>> keys) {
        this.file = file;
        this.limit = limit;
        this.keys = keys;
    }

    @Override
    public Optional<byte[]> keyOf(RenderedArticle article) {
        return keys.apply(article);
    }

    @Override
    public <T> Optional<T> load(Reader<T> reader) {
        try {
            if (Files.size(file) > limit) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // none kept yet
        }
        return StampedCacheFile.read(file, reader::readFrom);
    }

    @Override
    public void save(long bytes, Writer writer) {
        try {
            if (bytes > limit) {
                Files.deleteIfExists(file);
            } else {
                StampedCacheFile.write(file, "", writer::writeTo);
            }
        } catch (IOException | UncheckedIOException e) {
            // The next build counts every article again, and writes the file anew.
        }
    }
}
