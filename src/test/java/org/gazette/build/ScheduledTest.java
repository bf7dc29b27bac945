package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The note naming the articles a build leaves out until their date: a few named, soonest first; more counted. */
class ScheduledTest {

    private static Scheduled at(String file, String date) {
        return new Scheduled(Path.of(file), ZonedDateTime.parse(date + ":00+08:00[Asia/Shanghai]"));
    }

    @Test
    void noneGivesNoNote() {
        assertThat(Scheduled.note(List.of())).isEmpty();
    }

    @Test
    void aFewAreNamedSoonestFirst() {
        assertThat(Scheduled.note(List.of(at("content/b.md", "2026-12-15T09:00"), at("content/a.md", "2026-11-30T09:00"))))
                .hasValue("2 articles are scheduled: content/a.md, for 2026-11-30 09:00; content/b.md, for 2026-12-15 09:00;"
                        + " each appears with the first build after its time (schedule builds, such as every 15 minutes in CI,"
                        + " so that they come out on time)");
    }

    @Test
    void manyAreCountedWithTheFirstAndTheLast() {
        List<Scheduled> many = IntStream.rangeClosed(1, 9).mapToObj(d -> at("content/" + d + ".md", "2026-12-0" + d + "T08:00")).toList();
        assertThat(Scheduled.note(many)).hasValue("9 articles are scheduled, the first content/1.md, for 2026-12-01 08:00,"
                + " the last for 2026-12-09 08:00; each appears with the first build after its time (schedule builds, such as"
                + " every 15 minutes in CI, so that they come out on time)");
    }
}
