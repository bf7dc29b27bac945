package org.gazette.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How to import, and what to add that legacy text does not say.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.into(Path.of("content"))
 *         .withDate("2023-12-26 08:00").withColumn("工作综述").withTags(List.of("妇联")).withSlug("five-year-review");
 * }</pre>
 *
 * @param output    the folder articles are written into, as {@code YEAR/SLUG/index.md}
 * @param date      the date for articles that give none, in their text or their file's name (as {@code 2023-12-26} or
 *                  {@code 2023-12-26 08:00}); never replaces a date an article gives
 * @param column    the column of every imported article, or empty
 * @param tags      tags for every imported article
 * @param slug      the slug, for a single article; else each is named after its file
 * @param fullWidth whether to make half-width punctuation between Chinese characters full width
 * @param aliases   whether an HTML page's path under the folder it was imported from becomes an alias, so its old address keeps working
 */
public record ImportOptions(Path output, Optional<String> date, String column, List<String> tags, Optional<String> slug,
                            boolean fullWidth, boolean aliases) {

    public ImportOptions {
        tags = List.copyOf(tags);
    }

    public static ImportOptions into(Path output) {
        return new ImportOptions(output, Optional.empty(), "", List.of(), Optional.empty(), true, false);
    }

    public ImportOptions withDate(String text) {
        return new ImportOptions(output, Optional.of(text), column, tags, slug, fullWidth, aliases);
    }

    public ImportOptions withColumn(String name) {
        return new ImportOptions(output, date, name, tags, slug, fullWidth, aliases);
    }

    public ImportOptions withTags(List<String> names) {
        return new ImportOptions(output, date, column, names, slug, fullWidth, aliases);
    }

    public ImportOptions withSlug(String name) {
        return new ImportOptions(output, date, column, tags, Optional.of(name), fullWidth, aliases);
    }

    public ImportOptions withFullWidth(boolean normalise) {
        return new ImportOptions(output, date, column, tags, slug, normalise, aliases);
    }

    public ImportOptions withAliases(boolean keepOldAddresses) {
        return new ImportOptions(output, date, column, tags, slug, fullWidth, keepOldAddresses);
    }
}
