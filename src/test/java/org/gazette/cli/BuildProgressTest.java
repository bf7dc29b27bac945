package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build's progress display, on a clock the test moves. */
class BuildProgressTest {

    private final StringWriter text = new StringWriter();
    private long now;

    private BuildProgress progress(BuildProgress.Style style) {
        return new BuildProgress(new PrintWriter(text, true), style, () -> now);
    }

    /** The row blanked, wrapping off (a narrow terminal cuts the bar off), the text, and wrapping on again. */
    private static String drawn(String text) {
        return "\r\033[2K\033[?7l" + text + "\033[?7h";
    }

    @Test
    void onATerminalABarRedrawnInPlaceAtMostTenTimesASecondAndClearedAtTheEnd() {
        BuildProgress bar = progress(BuildProgress.Style.BAR);
        bar.phase("pages", 10_000);
        now += 150_000_000L;
        bar.advance(4_731);
        assertThat(text.toString()).isEqualTo(drawn("pages      4,731/10,000  47% [##############................]"));
        now += 50_000_000L;
        bar.advance(1);
        assertThat(text.toString()).as("not redrawn within 100 ms").doesNotContain("4,732");
        bar.finish();
        assertThat(text.toString()).endsWith("\r\033[2K");
    }

    @Test
    void stoppedWhileTheSiteIsPutInPlaceTheBarGivesWayToALineSayingSo() {
        BuildProgress bar = progress(BuildProgress.Style.BAR);
        bar.phase("pages", 10);
        now += 150_000_000L;
        bar.advance(10);
        bar.phase("writing", 0);
        bar.stopped();
        assertThat(text.toString()).endsWith(drawn("writing    [..............................]") + "\r\033[2K"
                + "Stopping once the site is in place: its files are being renamed into the output folder (this takes up to a minute).\n");
        bar.tick();
        assertThat(text.toString()).as("nothing drawn after").endsWith("minute).\n");

        text.getBuffer().setLength(0);
        BuildProgress lines = progress(BuildProgress.Style.LINES);
        lines.phase("writing", 0);
        lines.stopped();
        assertThat(text.toString()).as("in a CI log too").startsWith("Stopping once the site is in place");
    }

    @Test
    void stoppedInAnyOtherPhaseTheBarIsClearedAndNothingSaid() {
        BuildProgress bar = progress(BuildProgress.Style.BAR);
        now += 150_000_000L;
        bar.phase("pages", 10);
        bar.stopped();
        assertThat(text.toString()).isEqualTo(drawn("pages      0/10   0% [..............................]") + "\r\033[2K");
        BuildProgress quiet = progress(BuildProgress.Style.QUIET);
        quiet.phase("writing", 0);
        quiet.stopped();
        assertThat(text.toString()).as("--quiet").doesNotContain("Stopping");
    }

    @Test
    void aBarOnlyOnATerminalThatMovesItsCursorOutsideCi() {
        assertThat(BuildProgress.style(false, true, Map.of("TERM", "xterm-256color"))).isEqualTo(BuildProgress.Style.BAR);
        assertThat(BuildProgress.style(false, true, Map.of("TERM", "dumb"))).as("Emacs' shell").isEqualTo(BuildProgress.Style.LINES);
        assertThat(BuildProgress.style(false, true, Map.of("TERM", "xterm", "CI", "true"))).isEqualTo(BuildProgress.Style.LINES);
        assertThat(BuildProgress.style(false, true, Map.of("TERM", "xterm", "CI", "1"))).isEqualTo(BuildProgress.Style.LINES);
        assertThat(BuildProgress.style(false, true, Map.of("TERM", "xterm", "CI", "false"))).as("CI=false").isEqualTo(BuildProgress.Style.BAR);
        assertThat(BuildProgress.style(false, true, Map.of("TERM", "xterm", "CI", "0"))).as("CI=0").isEqualTo(BuildProgress.Style.BAR);
        assertThat(BuildProgress.style(false, true, Map.of("TERM", "xterm", "CI", ""))).as("CI=").isEqualTo(BuildProgress.Style.BAR);
        assertThat(BuildProgress.style(false, false, Map.of("TERM", "xterm"))).isEqualTo(BuildProgress.Style.LINES);
        assertThat(BuildProgress.style(true, true, Map.of("TERM", "xterm"))).isEqualTo(BuildProgress.Style.QUIET);
    }

    @Test
    void inALogAPlainLineEveryFiveSecondsSoThatShortBuildsPrintNothing() {
        BuildProgress lines = progress(BuildProgress.Style.LINES);
        lines.phase("parsing", 10_000);
        lines.advance(9_000);
        assertThat(text.toString()).isEmpty();
        now += 5_000_000_000L;
        lines.advance(500);
        lines.phase("pages", 0);
        now += 6_000_000_000L;
        lines.advance(1);
        assertThat(text.toString()).isEqualTo("parsing: 9500/10000 (95%) after 5 s\npages after 11 s\n");
    }

    @Test
    void theTestsOfWhatACommandSaysCanTellItsProgressLinesApart() {
        BuildProgress lines = progress(BuildProgress.Style.LINES);
        lines.phase("git dates", 0);
        now += 5_000_000_000L;
        lines.tick();
        lines.phase("site model", 3);
        now += 5_000_000_000L;
        lines.advance(1);
        String said = text + "content/a.md:4: tags must be a list of words\nBuild failed: 1 error after 12 s\n";

        assertThat(ProgressLines.without(said)).isEqualTo("content/a.md:4: tags must be a list of words\nBuild failed: 1 error after 12 s\n");
        assertThat(said).as("lines of both kinds were printed").contains("git dates after 5 s\n", "site model: 1/3 (33%) after 10 s\n");
    }

    @Test
    void aNewPhaseIsShownAtOnceThoughItCountsNothing() {
        BuildProgress bar = progress(BuildProgress.Style.BAR);
        bar.phase("reading", 0);
        assertThat(text.toString()).as("a build of a tenth of a second shows no bar").isEmpty();
        now += 120_000_000L;
        bar.phase("pages", 10_000);
        bar.advance(10_000);
        now += 20_000_000L;
        bar.phase("listings", 0);
        assertThat(text.toString()).isEqualTo(drawn("pages      0/10,000   0% [..............................]")
                + drawn("listings   [..............................]"));
        bar.finish();
        bar.tick();
        assertThat(text.toString()).as("nothing drawn after the end").endsWith("\r\033[2K");
    }

    @Test
    void inALogAPhaseThatCountsNothingStillGetsALineEveryFiveSeconds() {
        BuildProgress lines = progress(BuildProgress.Style.LINES);
        lines.phase("listings", 0);
        now += 4_000_000_000L;
        lines.tick();
        assertThat(text.toString()).isEmpty();
        now += 2_000_000_000L;
        lines.tick();
        now += 1_000_000_000L;
        lines.tick();
        assertThat(text.toString()).isEqualTo("listings after 6 s\n");
    }

    @Test
    void nothingIsDrawnBeforeTheFirstPhase() { // a build waiting for another's lock: its note says so
        BuildProgress lines = progress(BuildProgress.Style.LINES);
        now += 6_000_000_000L;
        lines.tick();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void quietPrintsNothingNotEvenNotesAndTimingsAddUpEachPhase() {
        BuildProgress quiet = progress(BuildProgress.Style.QUIET);
        quiet.phase("reading", 0);
        now += 250_000_000L;
        quiet.note("the build cache is damaged; it is rebuilt");
        quiet.phase("pages", 10);
        now += 1_500_000_000L;
        quiet.advance(10);
        quiet.finish();
        assertThat(text.toString()).isEmpty();
        assertThat(quiet.timings()).isEqualTo("reading 0.25 s, pages 1.50 s");
    }

    @Test
    void notesGoOnTheirOwnLineUnlessQuiet() {
        BuildProgress lines = progress(BuildProgress.Style.LINES);
        lines.note("the build cache was made by another Gazette; it is rebuilt");
        assertThat(text.toString()).isEqualTo("note: the build cache was made by another Gazette; it is rebuilt\n");
    }
}
