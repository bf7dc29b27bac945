package org.gazette.check;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What to check and how.
 *
 * <pre>{@code
 * CheckOptions options = CheckOptions.of(Path.of(".")).withMaxPhotoBytes(2_000_000).withStrict(true)
 *         .withCache(CheckOptions.defaultCache(Path.of(".")));
 * }</pre>
 *
 * @param root          the site root, holding {@code site.yaml}, {@code content/} and {@code themes/}
 * @param maxPhotoBytes photos larger than this are warned about
 * @param strict        warnings count as errors
 * @param clock         what "now" is, for drafts whose date has passed
 * @param cache         the file that keeps what the last check learnt, so that this one reads only what changed; none to read everything
 */
public record CheckOptions(Path root, long maxPhotoBytes, boolean strict, Clock clock, Optional<Path> cache) {

    /** One megabyte: a news photo 1600 pixels wide is usually well under it. */
    public static final long DEFAULT_MAX_PHOTO_BYTES = 1_000_000;

    public static CheckOptions of(Path root) {
        return new CheckOptions(root, DEFAULT_MAX_PHOTO_BYTES, false, Clock.systemUTC(), Optional.empty());
    }

    public CheckOptions withMaxPhotoBytes(long bytes) {
        return new CheckOptions(root, bytes, strict, clock, cache);
    }

    public CheckOptions withStrict(boolean warningsAreErrors) {
        return new CheckOptions(root, maxPhotoBytes, warningsAreErrors, clock, cache);
    }

    public CheckOptions withClock(Clock now) {
        return new CheckOptions(root, maxPhotoBytes, strict, now, cache);
    }

    /** Keeps what this check learns in {@code file} for the next, and uses what the last one kept there. */
    public CheckOptions withCache(Path file) {
        return new CheckOptions(root, maxPhotoBytes, strict, clock, Optional.of(file));
    }

    /** The cache file of the site at {@code root}, in the user's cache folder. */
    public static Path defaultCache(Path root) {
        return CheckCache.locationFor(root);
    }

    /** Whether {@code file} is missing, empty or a check cache: anything else must not be written over. */
    public static boolean mayHoldCache(Path file) {
        return CheckCache.mayHold(file);
    }
}
