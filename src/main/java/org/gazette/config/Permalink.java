package org.gazette.config;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL pattern of article pages, such as {@code /:year/:month/:slug/}.
 *
 * <pre>{@code
 * Permalink.parse("/:year/:month/:slug/").orElseThrow().expand(date, "five-year-review");
 * // "/2023/12/five-year-review/"
 * }</pre>
 */
public record Permalink(String pattern) {

    public static final String DEFAULT = "/:year/:month/:slug/";
    private static final Pattern TOKEN = Pattern.compile(":([a-z]+)");
    private static final Set<String> TOKENS = Set.of("year", "month", "day", "slug");

    /** Checks the pattern: it starts and ends with "/", uses only known tokens, has :slug and keeps pages inside the site. */
    public static Optional<String> validate(String pattern) {
        if (!pattern.startsWith("/") || !pattern.endsWith("/")) {
            return Optional.of("permalink must start and end with / (like " + DEFAULT + ")");
        }
        Matcher m = TOKEN.matcher(pattern);
        while (m.find()) {
            if (!TOKENS.contains(m.group(1))) {
                return Optional.of("permalink uses :" + m.group(1) + ", which is not one of :year, :month, :day, :slug");
            }
        }
        if (pattern.startsWith("/.gazette/")) {
            return Optional.of("permalink " + pattern + " leads into /.gazette/, where the build keeps its own files (use another path, like "
                    + DEFAULT + ")");
        }
        if (!pattern.contains(":slug")) {
            return Optional.of("permalink must contain :slug so that every article gets its own page");
        }
        return PathSegments.problem(pattern).map(problem -> "permalink " + pattern + " " + problem
                + " (separate folders with single /, without . or .., like " + DEFAULT + ")");
    }

    /** The site path of an article's page, always ending in "/". */
    public String expand(ZonedDateTime date, String slug) {
        return pattern
                .replace(":year", zeroPadded(date.getYear(), 4))
                .replace(":month", zeroPadded(date.getMonthValue(), 2))
                .replace(":day", zeroPadded(date.getDayOfMonth(), 2))
                .replace(":slug", slug);
    }

    /** {@code String.format("%0<width>d", value)} without parsing a format for every article. */
    static String zeroPadded(int value, int width) {
        if (value < 0) {
            return String.format(Locale.ROOT, "%0" + width + "d", value);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
