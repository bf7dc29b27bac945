package org.gazette.build;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.gazette.config.SiteConfig;
import org.gazette.config.SiteConfigLoader;
import org.gazette.content.GitDates;
import org.gazette.incremental.Inputs;
import org.gazette.problem.Outcome;

/**
 * What the site's model takes besides the articles, as the build's inputs' fingerprint found it:
 * the settings, the commit for dates from git, and the files of {@code static/}. A build with a
 * cache takes them from its {@link Inputs}, so that the fingerprint it records is that of what it
 * built from, even when a file is saved, or comes and goes, while it runs; {@code check}, which
 * keys its cache on {@code site.yaml}, takes the settings from the bytes its key was taken of;
 * {@code serve}, which records no fingerprint, reads them afresh.
 *
 * @param settings   the settings of {@code site.yaml}
 * @param gitHead    what {@link GitDates#head} answers, for dates from git
 * @param staticFile whether a file of {@code static/} (its path from the site root) may be published
 */
public record Fingerprinted(Supplier<Outcome<SiteConfig>> settings, Supplier<String> gitHead, Predicate<Path> staticFile) {

    /** Everything read from the site at {@code root} when it is needed. */
    static Fingerprinted afresh(Path root) {
        return new Fingerprinted(() -> SiteConfigLoader.load(root), () -> GitDates.head(root), file -> true);
    }

    /**
     * Read afresh, but for the settings, taken from {@code site.yaml}'s bytes already read
     * ({@link SiteConfigLoader#readIfFile}).
     */
    public static Fingerprinted withSiteYaml(Path root, Optional<byte[]> siteYaml) {
        Outcome<SiteConfig> settings = settingsOf(siteYaml, root);
        return new Fingerprinted(() -> settings, () -> GitDates.head(root), file -> true);
    }

    /** As {@code inputs} found them, when there are inputs; else afresh. */
    static Fingerprinted of(Optional<Inputs> inputs, Path root) {
        if (inputs.isEmpty()) {
            return afresh(root);
        }
        Inputs found = inputs.get();
        return new Fingerprinted(() -> settingsOf(found.siteYaml(), root), found::gitHead,
                file -> found.staticFiles().contains(root.resolve(file)));
    }

    /**
     * The settings of the bytes read. A site.yaml not found as a file (none, or a folder) gives the
     * defaults, as a site without one, or, when what is there now cannot be read (a folder, a file
     * not to be read), the model's error; not the settings of a site.yaml come since, which the
     * key does not name.
     */
    private static Outcome<SiteConfig> settingsOf(Optional<byte[]> siteYaml, Path root) {
        if (siteYaml.isPresent()) {
            return SiteConfigLoader.of(siteYaml);
        }
        Outcome<SiteConfig> now = SiteConfigLoader.load(root);
        return now.value().isPresent() ? SiteConfigLoader.of(Optional.empty()) : now;
    }
}
