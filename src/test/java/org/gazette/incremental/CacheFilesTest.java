package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache file is replaced whole, and a write that fails leaves the old file and nothing else. */
class CacheFilesTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheFileMakingItsFolder() throws IOException {
        Path file = folder.resolve("cache/a.bin");
        CacheFiles.replace(file, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
        CacheFiles.replace(file, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("two");
        assertThat(files(file.getParent())).containsExactly(file);
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path file = folder.resolve("a.bin");
        CacheFiles.replace(file, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> CacheFiles.replace(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(file).hasContent("old");
        assertThat(files(folder)).containsExactly(file);
    }

    private static Stream<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList().stream();
        }
    }
}
