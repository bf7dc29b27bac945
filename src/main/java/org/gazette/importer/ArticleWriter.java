package org.gazette.importer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gazette.content.Author;

/**
 * Writes an imported article as a Gazette Markdown file, front matter in the order and style
 * editors write it by hand (authors and tags on one line each, photos as a list).
 *
 * <pre>{@code
 * String markdown = ArticleWriter.write(article, "2023-12-26 08:00", "工作综述", List.of("妇联"), "five-year-review", List.of(),
 *         new ImportOrigin("shaoyang-womens-federation-congress.txt"));
 * }</pre>
 */
final class ArticleWriter {

    private ArticleWriter() {
    }

    static String write(ImportedArticle article, Optional<ImportDate> date, String column, List<String> tags, String slug,
                        List<String> aliases, ImportOrigin origin) {
        StringBuilder md = new StringBuilder("---\n");
        field(md, "title", article.title());
        field(md, "subtitle", article.subtitle());
        field(md, "kicker", article.kicker());
        if (date.isPresent()) {
            md.append("date: ").append(date.get().text()).append('\n');
        } else {
            md.append("date:                 # none was found: write it, such as 2023-12-26 08:00\n");
        }
        if (!article.authors().isEmpty()) {
            md.append("authors:\n");
            for (Author author : article.authors()) {
                md.append("  - { name: ").append(YamlText.flowScalar(author.name()));
                if (!author.role().isEmpty()) {
                    md.append(", role: ").append(YamlText.flowScalar(author.role()));
                }
                if (!author.org().isEmpty()) {
                    md.append(", org: ").append(YamlText.flowScalar(author.org()));
                }
                md.append(" }\n");
            }
        }
        field(md, "column", column);
        if (!tags.isEmpty()) {
            md.append("tags: ").append(flowList(tags)).append('\n');
        }
        if (!article.photos().isEmpty()) {
            md.append("photos:\n");
            for (ImportedPhoto photo : article.photos()) {
                md.append("  - id: ").append(YamlText.scalar(photo.id())).append('\n');
                md.append("    src: ").append(YamlText.scalar(photo.src())).append('\n');
                photoField(md, "caption", photo.caption());
                photoField(md, "credit", photo.credit());
                photoField(md, "alt", photo.alt());
            }
        }
        article.lead().ifPresent(lead -> md.append("lead: ").append(YamlText.scalar(lead)).append('\n'));
        field(md, "slug", slug);
        if (!aliases.isEmpty()) {
            md.append("aliases: ").append(flowList(aliases)).append('\n');
        }
        md.append(origin.line()).append('\n');
        md.append("---\n");
        if (!article.body().isEmpty()) {
            md.append('\n').append(article.body());
        }
        return md.toString();
    }

    /** An article this writer wrote, with one more old address among its aliases (the last line of its front matter names its file). */
    static String withAlias(String markdown, String alias) {
        int end = markdown.indexOf("\n---\n", 3) + 1;
        String front = markdown.substring(0, end);
        int list = front.indexOf("\naliases: [");
        String more;
        if (list >= 0) {
            int close = front.indexOf("]\n", list);
            more = front.substring(0, close) + ", " + YamlText.flowScalar(alias) + front.substring(close);
        } else {
            int origin = front.lastIndexOf("\n" + ImportOrigin.PREFIX) + 1;
            more = front.substring(0, origin) + "aliases: " + flowList(List.of(alias)) + "\n" + front.substring(origin);
        }
        return more + markdown.substring(end);
    }

    /** The title: line {@link #write} gives the article (as read back, stripped), by which a rerun knows an article without its origin. */
    static Optional<String> titleLine(ImportedArticle article) {
        return article.title().isEmpty() ? Optional.empty() : Optional.of(("title: " + YamlText.scalar(article.title())).strip());
    }

    private static void field(StringBuilder md, String key, String value) {
        if (!value.isEmpty()) {
            md.append(key).append(": ").append(YamlText.scalar(value)).append('\n');
        }
    }

    private static void photoField(StringBuilder md, String key, String value) {
        if (!value.isEmpty()) {
            md.append("    ").append(key).append(": ").append(YamlText.scalar(value)).append('\n');
        }
    }

    private static String flowList(List<String> words) {
        return words.stream().map(YamlText::flowScalar).collect(Collectors.joining(", ", "[", "]"));
    }
}
