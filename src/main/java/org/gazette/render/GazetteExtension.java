package org.gazette.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.Scope;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.gazette.config.SiteConfig;
import org.gazette.config.TermKind;
import org.gazette.content.SitePaths;
import org.gazette.content.TermSlugs;

/**
 * The functions and filters Gazette adds to Pebble:
 *
 * <pre>
 * {{ url('/2023/12/x/') }}                link relative to the page being rendered
 * {{ asset('style.css') }}                link to a theme asset, under its fingerprinted name
 * {{ absolute_url(article.url) }}         absolute, percent-encoded URL
 * {{ t('nav.archives') }}                 a theme string in the site's language
 * {{ tag_url('妇联') }}                    link to a tag's page (also column_url, author_url)
 * {{ article.date | longdate }}           2023年12月26日 (the theme string date.format)
 * {{ article.date | isodate }}            2023-12-26T08:00:00+08:00
 * {{ t('list.month') | format(2023, 12) }} String.format: 2023年12月
 * </pre>
 */
final class GazetteExtension extends AbstractExtension {

    /** The context variable holding the site path of the page being rendered. */
    static final String PAGE_PATH = "pagePath";

    private final SiteConfig config;
    private final ThemeStrings strings;
    private final Assets assets;

    GazetteExtension(SiteConfig config, ThemeStrings strings, Assets assets) {
        this.config = config;
        this.strings = strings;
        this.assets = assets;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "url", new OneArgument("path", (path, context) -> relative(context, path)),
                "asset", new OneArgument("name", (name, context) -> relative(context, assets.path(name))),
                "absolute_url", new OneArgument("path", (path, context) -> config.absoluteUrl(SitePaths.encode(path))),
                "t", new OneArgument("key", (key, context) -> strings.get(key)),
                "column_url", new OneArgument("name", (name, context) -> relative(context, TermSlugs.url(config, TermKind.COLUMN, name))),
                "tag_url", new OneArgument("name", (name, context) -> relative(context, TermSlugs.url(config, TermKind.TAG, name))),
                "author_url", new OneArgument("name", (name, context) -> relative(context, TermSlugs.url(config, TermKind.AUTHOR, name))));
    }

    @Override
    public List<TokenParser> getTokenParsers() {
        return List.of(new RefusedCacheTag(), new IfValueTag());
    }

    /**
     * Ahead of Pebble's own resolver, which they leave everything but plain record components, and
     * the names a record lacks, to.
     */
    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(new RecordAttributes(), new UnknownRecordAttributes());
    }

    @Override
    public Map<String, Filter> getFilters() {
        Locale locale = config.locale();
        return Map.of(
                "longdate", new DateFilter("longdate", longDate(locale)),
                "isodate", new DateFilter("isodate", date -> date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
                "format", new FormatFilter(locale));
    }

    /**
     * The theme's date format, its pattern read once rather than for each of the tens of thousands
     * of dates a build prints. Strings read from a theme have had it checked ({@link FormattedStrings});
     * one given in code that cannot be read fails where it is used.
     */
    private java.util.function.Function<ZonedDateTime, String> longDate(Locale locale) {
        try {
            return DateTimeFormatter.ofPattern(strings.get("date.format"), locale)::format;
        } catch (IllegalArgumentException e) {
            return date -> {
                throw e;
            };
        }
    }

    /**
     * A link from the page being rendered. The 404 page is served at any unknown address, so its
     * links are absolute paths under the base URL rather than relative ones.
     */
    private String relative(EvaluationContext context, String path) {
        String page = pagePath(context);
        if (page.equals(IndexPages.NOT_FOUND) && path.startsWith("/")) {
            return config.basePath() + SitePaths.encode(path).substring(1);
        }
        return SitePaths.relative(page, path);
    }

    /**
     * The path of the page being rendered. A macro's scope hides the page's variables (Pebble gives
     * it its arguments alone), so inside one the path is read from the scopes the page began with.
     */
    private static String pagePath(EvaluationContext context) {
        Object page = context.getVariable(PAGE_PATH);
        if (page == null && context instanceof EvaluationContextImpl evaluation) {
            for (Scope scope : evaluation.getScopeChain().getGlobalScopes()) {
                if (scope.get(PAGE_PATH) instanceof String path) {
                    return path;
                }
            }
        }
        if (page == null) {
            throw new IllegalStateException("no " + PAGE_PATH + " among the variables of the page being rendered");
        }
        return (String) page;
    }

    private record OneArgument(String name, BiFunction<String, EvaluationContext, String> body) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of(name);
        }

        /** A theme error here (a string or asset the theme lacks) is told at the template line that asked for it. */
        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            try {
                return body.apply(String.valueOf(args.get(name)), context);
            } catch (ThemeException e) {
                throw new PebbleException(e, e.problem().message(), line, self.getName());
            }
        }
    }

    /** {@code String.format} with the filter's arguments, in order. */
    private record FormatFilter(Locale locale) implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return null; // positional arguments, keyed "0", "1", ...
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object[] values = new Object[args.size()];
            for (int i = 0; i < values.length; i++) {
                Object value = args.get(String.valueOf(i));
                values[i] = value instanceof Long number && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE
                        ? Integer.valueOf(number.intValue()) : value;
            }
            try {
                return String.format(locale, String.valueOf(input), values);
            } catch (IllegalFormatException e) {
                // Without the cause: its message is Java's ("d != java.lang.String").
                throw new TemplateMistake("format cannot fill \"" + input + "\" with " + Arrays.toString(values)
                        + " (give it values of the kinds its % places ask for: %d a whole number, %s any text)", line, self.getName());
            }
        }
    }

    private record DateFilter(String name, java.util.function.Function<ZonedDateTime, String> format) implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            if (input instanceof ZonedDateTime date) {
                return format.apply(date);
            }
            throw new TemplateMistake(name + " was given " + (input == null ? "nothing" : "\"" + input + "\"")
                    + ", which is not a date (give it a date such as article.date; test a date that may be missing first:"
                    + " {% if article.updated %})", line, self.getName());
        }
    }
}
