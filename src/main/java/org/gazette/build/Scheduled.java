package org.gazette.build;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.gazette.content.ArticleDates;

/**
 * An article the build leaves out until its date: it appears with the first build after that
 * time, so build and check name it, lest an editor think it comes out by itself.
 *
 * <pre>{@code
 * Scheduled.note(List.of(new Scheduled(Path.of("content/2024/a.md"), date)));
 * // 1 article is scheduled: content/2024/a.md, for 2026-11-30 09:00; it appears with the first build after that time ...
 * }</pre>
 *
 * @param source the article's file, relative to the site root
 * @param date   when it falls due, in the site's zone
 */
public record Scheduled(Path source, ZonedDateTime date) {

    /** More than this many are counted, not named one by one. */
    private static final int NAMED = 3;

    /** One line naming the scheduled articles, soonest first, and when they come out; nothing when there are none. */
    public static Optional<String> note(List<Scheduled> scheduled) {
        if (scheduled.isEmpty()) {
            return Optional.empty();
        }
        List<Scheduled> soonest = scheduled.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
        int n = soonest.size();
        String after = n == 1 ? "; it appears with the first build after that time (schedule builds, such as every 15 minutes"
                + " in CI, so that it comes out on time)"
                : "; each appears with the first build after its time (schedule builds, such as every 15 minutes in CI, so"
                + " that they come out on time)";
        if (n == 1) {
            return Optional.of("1 article is scheduled: " + soonest.get(0).shown() + after);
        }
        if (n <= NAMED) {
            return Optional.of(n + " articles are scheduled: " + String.join("; ", soonest.stream().map(Scheduled::shown).toList())
                    + after);
        }
        return Optional.of(n + " articles are scheduled, the first " + soonest.get(0).shown() + ", the last for "
                + ArticleDates.show(soonest.get(n - 1).date()) + after);
    }

    private String shown() {
        return source.toString().replace('\\', '/') + ", for " + ArticleDates.show(date);
    }
}
