package org.gazette.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One article: its front matter, validated, and its Markdown body, not yet rendered. Optional
 * text fields are empty strings when absent.
 *
 * @param source   the file, relative to the site root
 * @param url      the site path of its page, such as {@code /2023/12/five-year-review/}
 * @param body     the Markdown after the front matter (read from the build cache only when used)
 * @param bodyLine the line of the file where the body starts
 */
public record Article(
        Path source,
        String title,
        String subtitle,
        String kicker,
        ZonedDateTime date,
        Optional<ZonedDateTime> updated,
        List<Author> authors,
        String column,
        List<String> tags,
        String summary,
        List<Photo> photos,
        Optional<String> lead,
        String slug,
        List<String> aliases,
        boolean draft,
        String url,
        LazyText body,
        int bodyLine) {

    /**
     * By source file, its path written with {@code /} on every system: Windows' {@code \} sorts
     * after digits and capitals where {@code /} sorts before them ({@code march/index.md} against
     * {@code march8.md}), and a build there would order articles of the same minute, and what
     * follows from that order, otherwise than Linux.
     */
    public static final Comparator<Article> BY_SOURCE = Comparator.comparing(a -> a.source().toString().replace('\\', '/'));

    public Article {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        photos = List.copyOf(photos);
        aliases = List.copyOf(aliases);
    }

    /** The same article with {@code updated} set, for dates found outside the front matter (git). */
    public Article withUpdated(ZonedDateTime date) {
        return new Article(source, title, subtitle, kicker, this.date, Optional.of(date), authors, column, tags, summary,
                photos, lead, slug, aliases, draft, url, body, bodyLine);
    }

    public Optional<Photo> photo(String id) {
        return photos.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
