package org.gazette.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the dates editors write: {@code 2023-12-26}, {@code 2023-12-26 08:00},
 * {@code 2023-12-26T08:00:00+08:00}. Dates without a zone are in the site's zone; a date without
 * a time is at midnight.
 */
public final class ArticleDates {

    /** Runs of white space inside a date, made one space; compiled once, not for every article. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-M-d")
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

    private ArticleDates() {
    }

    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        String value = SPACES.matcher(text.strip()).replaceAll(" ");
        try {
            var parsed = LOCAL.parse(value);
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
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
