package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index's kept counts: read back as written, ignored when damaged, and neither read
 * nor written beyond the file's limit (the heap's eighth, for a build), the old file then deleted.
 */
class SearchCountsFileTest {

    @TempDir
    Path folder;

    private SearchCountsFile store(long limit) {
        return new SearchCountsFile(folder.resolve("search-counts.bin"), limit, article -> Optional.empty());
    }

    @Test
    void countsAreReadBackAsWritten() {
        store(1000).save(8, out -> out.writeLong(42));
        assertThat(store(1000).load((in, bytes) -> in.readLong())).contains(42L);
    }

    @Test
    void aFileWithAByteChangedOrCutShortIsNotRead() throws IOException {
        store(1000).save(16, out -> {
            out.writeLong(42);
            out.writeLong(43);
        });
        Path file = folder.resolve("search-counts.bin");
        byte[] bytes = Files.readAllBytes(file);
        byte[] changed = bytes.clone();
        changed[changed.length - 8] ^= 1; // in the second number: the reader reads it without complaint
        Files.write(file, changed);
        assertThat(store(1000).load((in, size) -> in.readLong() + in.readLong())).isEmpty();
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertThat(store(1000).load((in, size) -> in.readLong() + in.readLong())).isEmpty();
        Files.write(file, bytes);
        assertThat(store(1000).load((in, size) -> in.readLong() + in.readLong())).contains(85L);
    }

    @Test
    void countsBeyondTheLimitAreNeitherReadNorWrittenAndTheOldFileGoes() {
        store(1000).save(8, out -> out.writeLong(42));
        assertThat(store(10).load((in, bytes) -> in.readLong())).as("a file larger than the limit").isEmpty();
        assertThat(store(1000).load((in, bytes) -> in.readLong())).contains(42L);

        store(1000).save(2000, out -> out.writeLong(7));
        assertThat(folder.resolve("search-counts.bin")).doesNotExist();
        assertThat(store(1000).load((in, bytes) -> in.readLong())).isEmpty();
    }
}
