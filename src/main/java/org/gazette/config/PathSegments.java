package org.gazette.config;

import java.util.Optional;

/**
 * The rule a site path written by hand (the permalink pattern, an alias) must keep so that the
 * file made for it stays inside the output folder: its segments are names, never "." or "..",
 * empty (a "//") or holding "\", which Windows reads as a folder separator.
 *
 * <pre>{@code
 * PathSegments.problem("/:year/:slug/");     // empty
 * PathSegments.problem("/../../:slug/");     // "holds a . or .. folder"
 * }</pre>
 */
public final class PathSegments {

    private PathSegments() {
    }

    /** What is wrong with {@code sitePath} (one starting with "/"), or empty when nothing is; a final "/" is allowed. */
    public static Optional<String> problem(String sitePath) {
        String[] segments = sitePath.substring(sitePath.startsWith("/") ? 1 : 0).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("holds a . or .. folder, which would put pages outside the site");
            }
            if (segment.isEmpty() && i < segments.length - 1) {
                return Optional.of("holds //");
            }
            if (segment.indexOf('\\') >= 0) {
                return Optional.of("holds \\, which some systems read as a folder separator");
            }
            if (segment.chars().anyMatch(Character::isISOControl)) {
                return Optional.of("holds a control character");
            }
        }
        return Optional.empty();
    }
}
