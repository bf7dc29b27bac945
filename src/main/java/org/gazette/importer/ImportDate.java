package org.gazette.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's date as the legacy archive writes it ({@code 2023年12月26日}, {@code 2023-12-26 08:00},
 * {@code 2023/12/26}, {@code 2023.12.26}), written back in the form front matter takes.
 *
 * <pre>{@code
 * ImportDate.find("发布时间：2023年12月26日 08:00").orElseThrow().text(); // "2023-12-26 08:00"
 * ImportDate.find("2023-12-26").orElseThrow().text();                    // "2023-12-26"
 * }</pre>
 *
 * @param when    the local date and time
 * @param hasTime whether a time of day was given
 */
record ImportDate(LocalDateTime when, boolean hasTime) {

    static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})\\s*日?(?:\\s*[T ]?\\s*(\\d{1,2})[:：时](\\d{2})(?:[:：分](\\d{2}))?)?");
    /** The labels old pages and text files put before an article's date, followed by a colon: one list for both. */
    static final String LABELS = "发布时间|发布日期|时间|日期|发表时间|来源时间";
    /** A label before a date on a line of its own. */
    static final Pattern LABEL = Pattern.compile("^(" + LABELS + ")[:：]\\s*");
    /** The source old pages print before or after the date: one name, such as 来源：市妇联. */
    private static final Pattern SOURCE = Pattern.compile("^(来源|稿源|信息来源)[:：]\\s*\\S+\\s+|\\s*(来源|稿源|信息来源)[:：]\\s*\\S+$");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    /** The first date in {@code text}, when it is a real date. */
    static Optional<ImportDate> find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<ImportDate> date = of(m);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The date of a line that holds nothing else but a label such as 发布时间： and the source
     * the archive names beside it ({@code 发布时间：2024-03-08 10:30 来源：市妇联}).
     */
    static Optional<ImportDate> wholeLine(String text) {
        String line = SOURCE.matcher(text.strip()).replaceFirst("");
        line = LABEL.matcher(line).replaceFirst("");
        Matcher m = DATE.matcher(line);
        return m.matches() ? of(m) : Optional.empty();
    }

    /** The date a photo caption begins with, such as 2023年3月7日，…… */
    static Optional<LocalDate> captionDate(String caption) {
        Matcher m = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日").matcher(caption.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImportDate> of(Matcher m) {
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (day.getYear() < 1900 || day.getYear() > 2200) {
                return Optional.empty();
            }
            if (m.group(4) == null) {
                return Optional.of(new ImportDate(day.atStartOfDay(), false));
            }
            int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            return Optional.of(new ImportDate(day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds), true));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code 2023-12-26 08:00}, or {@code 2023-12-26} without a time. */
    String text() {
        return hasTime ? MINUTE.format(when) : DAY.format(when);
    }
}
