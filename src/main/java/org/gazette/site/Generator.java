package org.gazette.site;

import java.util.List;
import java.util.function.Consumer;

/**
 * Makes some of the site's output files from the whole model: article pages, the home page,
 * theme assets. Generators are listed explicitly by the build; each is independent of the others.
 *
 * <pre>{@code
 * Generator robots = site -> List.of(OutputFile.of("robots.txt", "User-agent: *\n".getBytes(UTF_8)));
 * }</pre>
 */
public interface Generator {

    List<OutputFile> generate(Site site);

    /**
     * What of {@code site} this generator's files depend on besides the settings and the theme:
     * a value of records, lists and strings that a build cache fingerprints, making the files again
     * only when it changes. Every article by default; a generator that reads less says so, so that
     * editing one article does not make its files again.
     */
    default Object dependsOn(Site site) {
        return site.articles();
    }

    /**
     * Whether the files depend on the theme (its templates, strings or assets). A generator that
     * says no is not made again when only the theme changed.
     */
    default boolean usesTheme() {
        return true;
    }

    /**
     * Whether the files depend on settings besides those the articles read (a generator that uses
     * the theme reads them all). One that says no, made from the articles alone, is not made again
     * for a new title or base URL.
     */
    default boolean readsSettings() {
        return true;
    }

    /**
     * The same files, each handed to {@code out} as soon as it is made, so that the build need not
     * hold them all; generators of many files override it (and may call {@code out} from several
     * threads).
     */
    default void generate(Site site, Consumer<OutputFile> out) {
        generate(site).forEach(out);
    }
}
