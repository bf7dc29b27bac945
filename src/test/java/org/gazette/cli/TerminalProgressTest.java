package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.gazette.deploy.Change;
import org.gazette.deploy.Plan;
import org.junit.jupiter.api.Test;

/** The deploy's progress bar, on a clock the test moves. */
class TerminalProgressTest {

    private final StringWriter text = new StringWriter();
    private long now;

    private static Change change(int i, Change.Kind kind) {
        return new Change("p/" + i + ".html", kind, "test", Optional.empty(), Optional.empty());
    }

    private TerminalProgress planned(int uploads, int deletes) {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text, true), true, () -> now);
        progress.planned(new Plan(IntStream.range(0, uploads).mapToObj(i -> change(i, Change.Kind.NEW)).toList(),
                IntStream.range(0, deletes).mapToObj(i -> change(i, Change.Kind.DELETE)).toList(), 0, Plan.Baseline.LISTING));
        return progress;
    }

    @Test
    void theBarIsRedrawnAtMostTenTimesASecondAndAlwaysAtTheLastChange() {
        TerminalProgress bar = planned(3, 1);
        bar.uploaded(change(0, Change.Kind.NEW));
        now += 50_000_000L;
        bar.uploaded(change(1, Change.Kind.NEW));
        assertThat(text.toString()).contains("1/3 uploaded, 0/1 deleted  25%").as("not redrawn within 100 ms").doesNotContain("2/3");
        now += 60_000_000L;
        bar.uploaded(change(2, Change.Kind.NEW));
        assertThat(text.toString()).contains("3/3 uploaded, 0/1 deleted  75%");
        now += 1_000_000L;
        bar.deleted(change(0, Change.Kind.DELETE));
        assertThat(text.toString()).as("the last change, however soon").contains("3/3 uploaded, 1/1 deleted 100%");
        bar.finished();
        assertThat(text.toString()).endsWith(TerminalLine.CLEAR);
    }

    @Test
    void aDeployOfManyFilesDrawsItsBarByTheClockNotByTheFile() {
        TerminalProgress bar = planned(14_000, 0);
        for (int i = 0; i < 14_000; i++) {
            now += 1_000_000L; // an upload a millisecond: 14 s
            bar.uploaded(change(i, Change.Kind.NEW));
        }
        assertThat(text.toString().split("uploaded", -1)).as("about ten draws a second, and the last").hasSizeBetween(130, 150);
    }

    @Test
    void offATerminalNothingIsDrawn() {
        TerminalProgress none = new TerminalProgress(new PrintWriter(text, true), false, () -> now);
        none.planned(new Plan(List.of(change(0, Change.Kind.NEW)), List.of(), 0, Plan.Baseline.LISTING));
        none.uploaded(change(0, Change.Kind.NEW));
        none.finished();
        assertThat(text.toString()).isEmpty();
    }
}
