package org.gazette.render;

import java.time.format.DateTimeFormatter;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The theme strings that are filled in with values ({@code list.month} with a year and a month)
 * or read as a date pattern ({@code date.format}), checked when the strings are read: a
 * translation with a placeholder too many, or {@code %d} where a name goes, would otherwise fail
 * in the middle of the build without saying which file.
 *
 * <pre>{@code
 * FormattedStrings.problem("list.year", "%d年第%d");
 * // Optional[list.year "%d年第%d" cannot be filled with the year (write %d where a number goes and %s
 * // where a name or text goes, in that order, such as "%d年")]
 * }</pre>
 */
final class FormattedStrings {

    /** What a string is filled with: the values named for people, sample values, and the default theme's string. */
    private record Filling(String values, String example, Object... samples) {
    }

    /** The strings Gazette's code formats, and those the default theme's templates and search script do. */
    private static final Map<String, Filling> FILLINGS = Map.ofEntries(
            Map.entry("list.year", new Filling("the year", "%d年", 2023)),
            Map.entry("list.month", new Filling("the year and the month", "%d年%d月", 2023, 12)),
            Map.entry("list.column", new Filling("the column's name", "栏目：%s", "要闻")),
            Map.entry("list.tag", new Filling("the tag", "标签：%s", "妇联")),
            Map.entry("list.author", new Filling("the author's name", "作者：%s", "伍洁")),
            Map.entry("list.page", new Filling("the page number", "（第%d页）", 2)),
            Map.entry("list.description", new Filling("the heading and the number of articles", "%s，共%d篇文章", "栏目：要闻", 12)),
            Map.entry("pager.position", new Filling("the page number and the number of pages", "第 %d / %d 页", 2, 5)),
            Map.entry("article.reading", new Filling("the minutes", "阅读约 %d 分钟", 3)),
            Map.entry("archives.count", new Filling("the number of articles", "%d篇", 12)),
            Map.entry("search.count", new Filling("the number of articles found", "找到 %d 篇文章", 12)),
            Map.entry("search.about", new Filling("the number of articles found", "约 %d 篇文章", 12)),
            Map.entry("search.none", new Filling("the words searched for", "没有找到包含“%s”的文章。", "妇联")),
            Map.entry("search.credit", new Filling("the photographers' names", "摄影：%s", "杨超")),
            Map.entry("search.noneFiltered", new Filling("the words searched for", "在所选栏目或年份中没有找到包含“%s”的文章。", "妇联")));

    static final String DATE_FORMAT = "date.format";

    private FormattedStrings() {
    }

    /** What is wrong with {@code value} as the string {@code key}, if anything. */
    static Optional<String> problem(String key, String value) {
        if (key.equals(DATE_FORMAT)) {
            try {
                DateTimeFormatter.ofPattern(value, Locale.ROOT);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(key + " \"" + value + "\" is not a date pattern: " + e.getMessage()
                        + " (write y for the year, M the month and d the day, such as \"y年M月d日\";"
                        + " put other letters in single quotes)");
            }
        }
        Filling filling = FILLINGS.get(key);
        if (filling == null) {
            return Optional.empty();
        }
        try {
            String.format(Locale.ROOT, value, filling.samples());
            return Optional.empty();
        } catch (IllegalFormatException e) {
            return Optional.of(key + " \"" + value + "\" cannot be filled with " + filling.values()
                    + " (write %d where a number goes and %s where a name or text goes, in that order, such as \""
                    + filling.example() + "\")");
        }
    }
}
