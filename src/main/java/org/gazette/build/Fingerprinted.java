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
 * built from, even when a file is saved, or comes and goes, while it runs; {@code check} and
 * {@code serve}, which record no fingerprint, read them afresh.
 *
 * @param settings   the settings of {@code site.yaml}
 * @param gitHead    what {@link GitDates#head} answers, for dates from git
 * @param staticFile whether a file of {@code static/} (its path from the site root) may be published
 */
record Fingerprinted(Supplier<Outcome<SiteConfig>> settings, Supplier<String> gitHead, Predicate<Path> staticFile) {

    /** Everything read from the site at {@code root} when it is needed. */
    static Fingerprinted afresh(Path root) {
        return new Fingerprinted(() -> SiteConfigLoader.load(root), () -> GitDates.head(root), file -> true);
    }

    /** As {@code inputs} found them, when there are inputs; else afresh. */
    static Fingerprinted of(Optional<Inputs> inputs, Path root) {
        if (inputs.isEmpty()) {
            return afresh(root);
        }
        Inputs found = inputs.get();
        // A site.yaml the inputs did not find (none, or a folder) is read as before: the model tells what is wrong.
        return new Fingerprinted(() -> found.siteYaml().map(bytes -> SiteConfigLoader.of(Optional.of(bytes)))
                .orElseGet(() -> SiteConfigLoader.load(root)), found::gitHead,
                file -> found.staticFiles().contains(root.resolve(file)));
    }
}
