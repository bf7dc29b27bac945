package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gazette.build.Scheduled;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of the last build: read back as written, and any damage to it noticed. */
class LastBuildTest {

    @TempDir
    Path folder;

    private final LastBuild last = new LastBuild(new byte[] {1, 2, 3}, "d41d8cd98f00b204e9800998ecf8427e",
            Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-11-29T10:00:40Z"), 5, 41, 84,
            List.of(Problem.warning(Path.of("content/a.md"), 6, "this draft is dated 2024-10-15, which has passed")),
            List.of(new Scheduled(Path.of("content/b.md"), java.time.ZonedDateTime.parse("2026-12-15T09:00+08:00[Asia/Shanghai]"))));

    @Test
    void readsBackWhatWasWritten() throws IOException {
        last.write(folder);
        Optional<LastBuild> read = LastBuild.read(folder);
        assertThat(read).isPresent();
        assertThat(read.get().inputs()).containsExactly(1, 2, 3);
        assertThat(read.get()).usingRecursiveComparison().isEqualTo(last);
    }

    @Test
    void aRecordWithAnyByteChangedOrCutShortIsNotBelieved() throws IOException {
        last.write(folder);
        Path file = folder.resolve(LastBuild.FILE);
        byte[] good = Files.readAllBytes(file);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x10; // one bit: a time, a count or a warning changed
            Files.write(file, bad);
            assertThat(LastBuild.read(folder)).as("byte %d changed", i).isEmpty();
        }
        for (int length = 0; length < good.length; length += 7) {
            Files.write(file, java.util.Arrays.copyOf(good, length));
            assertThat(LastBuild.read(folder)).as("cut to %d bytes", length).isEmpty();
        }
    }
}
