package org.gazette.check;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What to check and how.
 *
 * <pre>{@code
 * CheckOptions options = CheckOptions.of(Path.of(".")).withMaxPhotoBytes(2_000_000).withStrict(true);
 * }</pre>
 *
 * @param root          the site root, holding {@code site.yaml}, {@code content/} and {@code themes/}
 * @param maxPhotoBytes photos larger than this are warned about
 * @param strict        warnings count as errors
 * @param clock         what "now" is, for drafts whose date has passed
 */
public record CheckOptions(Path root, long maxPhotoBytes, boolean strict, Clock clock) {

    /** One megabyte: a news photo 1600 pixels wide is usually well under it. */
    public static final long DEFAULT_MAX_PHOTO_BYTES = 1_000_000;

    public static CheckOptions of(Path root) {
        return new CheckOptions(root, DEFAULT_MAX_PHOTO_BYTES, false, Clock.systemUTC());
    }

    public CheckOptions withMaxPhotoBytes(long bytes) {
        return new CheckOptions(root, bytes, strict, clock);
    }

    public CheckOptions withStrict(boolean warningsAreErrors) {
        return new CheckOptions(root, maxPhotoBytes, warningsAreErrors, clock);
    }

    public CheckOptions withClock(Clock now) {
        return new CheckOptions(root, maxPhotoBytes, strict, now);
    }
}
