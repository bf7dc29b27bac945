package org.gazette.build;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What to build and how.
 *
 * <pre>{@code
 * BuildOptions options = BuildOptions.of(Path.of(".")).withDrafts(true);
 * }</pre>
 *
 * @param root    the site root, holding {@code site.yaml}, {@code content/} and {@code themes/}
 * @param output  the folder to write, {@code site/} in the root by default
 * @param drafts  include articles marked {@code draft: true}
 * @param future  include articles dated after now
 * @param baseUrl publish at this URL instead of {@code site.yaml}'s {@code base_url}
 * @param clock   what "now" is, for future-dated articles
 * @param gitDates take an article's {@code updated} from its last commit when the front matter has none
 * @param cache    the build cache folder, such as {@code .gazette/cache} in the root; none: build everything afresh
 */
public record BuildOptions(Path root, Path output, boolean drafts, boolean future, Optional<URI> baseUrl, Clock clock,
                           boolean gitDates, Optional<Path> cache) {

    /** The build cache folder a site keeps by default. */
    public static final String CACHE_FOLDER = ".gazette/cache";

    public static BuildOptions of(Path root) {
        return new BuildOptions(root, root.resolve("site"), false, false, Optional.empty(), Clock.systemUTC(), true,
                Optional.empty());
    }

    /** The same options with the build cache in {@code folder}. */
    public BuildOptions withCache(Path folder) {
        return new BuildOptions(root, output, drafts, future, baseUrl, clock, gitDates, Optional.of(folder));
    }

    public BuildOptions withGitDates(boolean use) {
        return new BuildOptions(root, output, drafts, future, baseUrl, clock, use, cache);
    }

    public BuildOptions withOutput(Path folder) {
        return new BuildOptions(root, folder, drafts, future, baseUrl, clock, gitDates, cache);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(root, output, include, future, baseUrl, clock, gitDates, cache);
    }

    public BuildOptions withFuture(boolean include) {
        return new BuildOptions(root, output, drafts, include, baseUrl, clock, gitDates, cache);
    }

    public BuildOptions withBaseUrl(URI url) {
        return new BuildOptions(root, output, drafts, future, Optional.of(url), clock, gitDates, cache);
    }

    public BuildOptions withClock(Clock now) {
        return new BuildOptions(root, output, drafts, future, baseUrl, now, gitDates, cache);
    }
}
