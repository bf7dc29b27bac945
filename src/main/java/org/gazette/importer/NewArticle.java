package org.gazette.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gazette.config.SiteConfig;
import org.gazette.config.TermKind;
import org.gazette.content.ContentLoader;
import org.gazette.content.Slugs;

/**
 * A new article from the front-matter template, for {@code gazette new news/womens-day-forum
 * --title "…"}: a dated draft file under {@code content/} with every field the archive uses,
 * the optional ones commented out with an example.
 *
 * <pre>{@code
 * NewArticle article = NewArticle.of(config, "news/womens-day-forum", "三八节座谈会", now);
 * article.file();        // content/news/2024-03-08-womens-day-forum.md
 * article.write(root);   // refuses to overwrite an existing file
 * }</pre>
 *
 * @param file the file to create, relative to the site root
 * @param text its contents
 */
public record NewArticle(Path file, String text) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * Plans the article at {@code where}, a slug after optional folders ({@code news/march-8});
     * the last folder names the column, through {@code site.yaml}'s {@code slugs: columns:} when
     * it is a column's slug there. A year ({@code 2024/march-8}) is refused: it would be the column.
     *
     * @throws IllegalArgumentException when {@code where} or {@code title} cannot be used, with what to write instead
     */
    public static NewArticle of(SiteConfig config, String where, String title, ZonedDateTime date) {
        if (title.isBlank()) {
            throw new IllegalArgumentException("the title is empty (give one: --title \"三八节座谈会\")");
        }
        List<String> parts = new ArrayList<>(List.of(where.replace('\\', '/').split("/")));
        parts.removeIf(String::isEmpty);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("name the article as COLUMN/SLUG, such as news/womens-day-forum");
        }
        String slug = parts.remove(parts.size() - 1).replaceFirst("\\.md$", "");
        String clean = Slugs.of(slug);
        if (!clean.equals(slug)) {
            throw new IllegalArgumentException("the slug \"" + slug + "\" may only hold lower-case letters, digits and -"
                    + " (use " + (clean.isEmpty() ? "womens-day-forum" : clean) + ")");
        }
        for (String folder : parts) {
            if (folder.startsWith(".") || folder.contains(":")) {
                throw new IllegalArgumentException("the folder \"" + folder + "\" cannot be used under content/"
                        + " (use a name such as news)");
            }
        }
        String column = parts.isEmpty() ? "" : columnNamed(config, parts.get(parts.size() - 1));
        if (YEAR.matcher(column).matches()) {
            // A site that keeps its articles in year folders would otherwise get a column called 2024.
            throw new IllegalArgumentException("the folder \"" + column + "\" is a year, but the folder names the"
                    + " article's column (column: " + column + "); give the column's folder, such as news/" + slug
                    + " (the article's address takes its year from its date)");
        }
        Path file = Path.of(ContentLoader.CONTENT_FOLDER, parts.toArray(String[]::new))
                .resolve(DAY.format(date.withZoneSameInstant(config.timeZone())) + "-" + slug + ".md");
        return new NewArticle(file, template(title.strip(), date.withZoneSameInstant(config.timeZone()), column, slug));
    }

    /** Creates the file and its folders; an existing file is left alone. */
    public void write(Path root) throws IOException {
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** The column whose slug is {@code folder} in {@code site.yaml}, else the folder's own name. */
    private static String columnNamed(SiteConfig config, String folder) {
        Map<String, String> columns = config.slugs().slugs().getOrDefault(TermKind.COLUMN, Map.of());
        return columns.entrySet().stream().filter(e -> e.getValue().equals(folder)).map(Map.Entry::getKey)
                .findFirst().orElse(folder);
    }

    private static String template(String title, ZonedDateTime date, String column, String slug) {
        String columnLine = column.isEmpty()
                ? "# column: 工作动态                  # the section (栏目) it is listed under"
                : "column: " + YamlText.scalar(column);
        return String.join("\n",
                "---",
                "title: " + YamlText.scalar(title),
                "# subtitle: 副题                   # shown under the title as ——副题",
                "# kicker: 眉题                     # shown above the title",
                "date: " + MINUTE.format(date),
                "# authors:                         # the byline, as in 邵阳日报记者 伍洁 通讯员 杨超",
                "#   - { name: 伍洁, role: 记者, org: 邵阳日报 }",
                "#   - { name: 杨超, role: 通讯员 }",
                columnLine,
                "# tags: [妇联, 妇女代表大会]",
                "# summary: 一两句话的摘要           # else lists show the start of the text",
                "# photos:                          # put the photo files beside this file",
                "#   - id: photo-1",
                "#     src: images/" + slug + "-1.jpg",
                "#     caption: " + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日，……",
                "#     credit: 杨超                  # shown as （杨超 摄）",
                "# lead: photo-1                    # the photo shown above the text",
                "# aliases: [/news/2024/12345.html] # old addresses that must lead here",
                "draft: true                        # delete this line when the article is ready to publish",
                "# The text goes below the closing --- line: paragraphs separated by a blank line,",
                "# ## before a section heading, and ![](photo:photo-1) on a line of its own for a photo.",
                "---",
                "",
                "");
    }
}
