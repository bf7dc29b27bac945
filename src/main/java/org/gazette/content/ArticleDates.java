package org.gazette.content;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.problem.Problem;

/**
 * Reads the dates editors write: {@code 2023-12-26}, {@code 2023-12-26 08:00},
 * {@code 2023-12-26T08:00:00+08:00}. Dates without a zone are in the site's zone; a date without
 * a time is at midnight.
 */
public final class ArticleDates {

    /** Runs of white space inside a date, made one space; compiled once, not for every article. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4) // four digits, no sign: -2023-01-01 is no date
            .appendPattern("-M-d")
            .optionalStart()
            .appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart()
            .appendPattern("H:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    /** The year, month and day a date starts with, as written, signed or of any length: for {@link #faultOf}. */
    private static final Pattern WRITTEN_DAY = Pattern.compile("([+-]?\\d+)-(\\d{1,2})-(\\d{1,2})(?![0-9])");

    /** The years a date may have: year 0000, -2023 or 20234 is a slip of the keyboard, not a date of the archive. */
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;

    /**
     * The moment from which an article dated {@code date} is no longer more than a year ahead:
     * the build leaves a future article out, and one that far ahead likely has its year mistyped
     * (2204 for 2024) and would vanish unnoticed, so build and check warn of it until then.
     */
    public static Instant farAheadUntil(ZonedDateTime date) {
        return date.minusYears(1).toInstant();
    }

    /** Whether an article dated {@code date} is, at {@code now}, more than a year ahead. */
    public static boolean isFarAhead(ZonedDateTime date, Instant now) {
        return now.isBefore(farAheadUntil(date));
    }

    /**
     * A warning for each of {@code articles} dated more than a year after {@code now}
     * ({@link #isFarAhead}), which the build leaves out; {@code root} is the site's folder, whose
     * files give the warnings their lines.
     */
    public static List<Problem> farAheadWarnings(Path root, List<Article> articles, Instant now) {
        FrontMatterLines lines = new FrontMatterLines(root);
        return articles.stream().filter(a -> isFarAhead(a.date(), now))
                .map(a -> Problem.warning(a.source(), lines.lineOf(a, "date"), farAheadWarning(a, a.date().toLocalDate())))
                .toList();
    }

    /** What build and check say of an article dated {@code day}, more than a year ahead ({@link #isFarAhead}). */
    public static String farAheadWarning(Article article, LocalDate day) {
        String publish = article.draft() ? "gazette build --drafts --future" : "gazette build --future";
        return "this " + (article.draft() ? "draft" : "article") + " is dated " + day + ", more than a year ahead: it is"
                + " left out until then (is the year right? " + publish + " publishes it now)";
    }

    /**
     * Whether {@code updated} is before {@code date}, the article's publication: a mistake, but for
     * an update written as the day alone (at midnight) on the day of publication, which means that day.
     */
    public static boolean isUpdatedBefore(ZonedDateTime updated, ZonedDateTime date) {
        boolean sameDay = updated.toLocalDate().equals(date.toLocalDate()) && updated.toLocalTime().equals(LocalTime.MIDNIGHT);
        return updated.isBefore(date) && !sameDay;
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    /** An article's date as editors write it, in its zone (the site's): {@code 2026-12-15 09:00}. */
    public static String show(ZonedDateTime date) {
        return MINUTE.format(date);
    }

    /** The advice given with a date that cannot be read. */
    public static final String HINT = " (use YYYY-MM-DD or YYYY-MM-DD HH:MM, such as 2023-12-26 08:00)";

    private ArticleDates() {
    }

    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        String value = text.strip();
        if (isCommonForm(value)) {
            return readCommonForm(value, zone);
        }
        return parseAnyForm(value, zone);
    }

    /**
     * True for the forms editors and importers write nearly always, {@code 2023-12-26},
     * {@code 2023-12-26 08:00} and {@code 2023-12-26 08:00:00} (or {@code T08:00}), month, day and
     * hour of one digit or two: read by {@link #readCommonForm} without the formatter, whose parse
     * was a seventieth of a full build.
     */
    private static boolean isCommonForm(String value) {
        int at = digits(value, 0, 4, 4);
        at = at > 0 && at < value.length() && value.charAt(at) == '-' ? digits(value, at + 1, 1, 2) : -1;
        at = at > 0 && at < value.length() && value.charAt(at) == '-' ? digits(value, at + 1, 1, 2) : -1;
        if (at < 0 || at == value.length()) {
            return at == value.length();
        }
        if (value.charAt(at) != ' ' && value.charAt(at) != 'T') {
            return false;
        }
        at = digits(value, at + 1, 1, 2);
        at = at > 0 && at < value.length() && value.charAt(at) == ':' ? digits(value, at + 1, 2, 2) : -1;
        if (at > 0 && at < value.length() && value.charAt(at) == ':') {
            at = digits(value, at + 1, 2, 2);
        }
        return at == value.length();
    }

    /** The index after {@code min} to {@code max} ASCII digits from {@code from}, or -1. */
    private static int digits(String value, int from, int min, int max) {
        int at = from;
        while (at < value.length() && at - from < max && value.charAt(at) >= '0' && value.charAt(at) <= '9') {
            at++;
        }
        return at - from >= min ? at : -1;
    }

    /** A value {@link #isCommonForm} accepts, read as the formatter reads it (strictly: 2023-02-30 is no date). */
    private static Optional<ZonedDateTime> readCommonForm(String value, ZoneId zone) {
        int[] numbers = new int[6]; // year, month, day, and hour, minute and second when written
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                numbers[count] = numbers[count] * 10 + (c - '0');
            } else {
                count++;
            }
        }
        if (numbers[0] < FIRST_YEAR || numbers[0] > LAST_YEAR) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(numbers[0], numbers[1], numbers[2]);
            if (count == 2) {
                return Optional.of(day.atStartOfDay(zone));
            }
            return Optional.of(day.atTime(LocalTime.of(numbers[3], numbers[4], numbers[5])).atZone(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Any form the formatter reads: seconds, fractions, an offset, runs of white space. */
    static Optional<ZonedDateTime> parseAnyForm(String text, ZoneId zone) {
        String value = SPACES.matcher(text.strip()).replaceAll(" ");
        try {
            var parsed = LOCAL.parse(value);
            int year = parsed.get(ChronoField.YEAR);
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return Optional.empty();
            }
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS) && parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                return Optional.of(OffsetDateTime.from(parsed).atZoneSameInstant(zone));
            }
            if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                return Optional.of(LocalDateTime.from(parsed).atZone(zone));
            }
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.from(parsed).atStartOfDay(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What is wrong with {@code text}, refused by {@link #parse}, when it is written as a date
     * whose numbers are wrong, said as the end of a sentence about it; empty for other texts.
     *
     * <pre>{@code
     * ArticleDates.faultOf("2023-02-30"); // "is not a day of the calendar (February 2023 has 28 days)"
     * ArticleDates.faultOf("0000-01-01"); // "has the year 0000, not one from 1000 to 9999 (use YYYY-MM-DD ...)"
     * ArticleDates.faultOf("5 May");      // empty
     * }</pre>
     */
    public static Optional<String> faultOf(String text) {
        Matcher written = WRITTEN_DAY.matcher(text.strip());
        if (!written.lookingAt()) {
            return Optional.empty();
        }
        String year = written.group(1);
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < FIRST_YEAR) {
            return Optional.of("has the year " + year + ", not one from " + FIRST_YEAR + " to " + LAST_YEAR + HINT);
        }
        int month = Integer.parseInt(written.group(2));
        if (month < 1 || month > 12) {
            return Optional.of("is not a day of the calendar (there is no month " + month + "; write YYYY-MM-DD)");
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(year), month);
        int day = Integer.parseInt(written.group(3));
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return Optional.of("is not a day of the calendar (" + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + year + " has " + yearMonth.lengthOfMonth() + " days)");
        }
        return Optional.empty();
    }
}
