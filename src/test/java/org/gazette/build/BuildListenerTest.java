package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build tells its listener: each counted phase's steps add up to the number it announced. */
class BuildListenerTest {

    @TempDir
    Path work;

    /** One phase as the listener heard it. */
    record Heard(String name, int steps, AtomicInteger advanced) {
    }

    static final class Recorder implements BuildListener {
        final List<Heard> phases = new ArrayList<>();

        @Override
        public synchronized void phase(String name, int steps) {
            phases.add(new Heard(name, steps, new AtomicInteger()));
        }

        @Override
        public synchronized void advance(int steps) {
            phases.get(phases.size() - 1).advanced().addAndGet(steps);
        }
    }

    @Test
    void eachCountedPhaseAdvancesAsManyStepsAsItAnnounced() throws IOException {
        Path root = work.resolve("site");
        TestSites.copy(TestSites.site("minimal"), root);
        BuildOptions options = TestSites.options(root, work.resolve("out")).withCache(root.resolve(BuildOptions.CACHE_FOLDER));

        Recorder first = new Recorder();
        assertThat(Build.run(options, first).succeeded()).isTrue();
        Path article = root.resolve("content/news/2023-12-26-five-year-review.md");
        Files.writeString(article, Files.readString(article) + "\n又一段。\n");
        Recorder edit = new Recorder();
        assertThat(Build.run(options, edit).succeeded()).isTrue();

        for (Recorder build : List.of(first, edit)) {
            assertThat(build.phases).extracting(Heard::name).contains("parsing", "rendering", "pages", "listings", "writing");
            for (Heard phase : build.phases) {
                assertThat(phase.advanced().get()).as(phase.name()).isEqualTo(phase.steps());
            }
            // Four sources, a draft and one dated far ahead among them: two articles published.
            assertThat(build.phases).filteredOn(phase -> phase.steps() > 0).extracting(Heard::name, Heard::steps)
                    .containsExactly(tuple("parsing", 4), tuple("rendering", 2), tuple("pages", 2));
        }
    }
}
