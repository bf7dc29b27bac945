package org.gazette.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.gazette.config.SiteConfig;
import org.gazette.content.SitePaths;

/**
 * The functions and filters Gazette adds to Pebble:
 *
 * <pre>
 * {{ url('/assets/style.css') }}          link relative to the page being rendered
 * {{ absolute_url(article.url) }}         absolute, percent-encoded URL
 * {{ article.date | zhdate }}             2023年12月26日
 * {{ article.date | isodate }}            2023-12-26T08:00:00+08:00
 * </pre>
 */
final class GazetteExtension extends AbstractExtension {

    /** The context variable holding the site path of the page being rendered. */
    static final String PAGE_PATH = "pagePath";

    private final SiteConfig config;

    GazetteExtension(SiteConfig config) {
        this.config = config;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "url", new OneArgumentFunction((path, context) ->
                        SitePaths.relative((String) context.getVariable(PAGE_PATH), path)),
                "absolute_url", new OneArgumentFunction((path, context) ->
                        config.absoluteUrl(SitePaths.encode(path))));
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "zhdate", new DateFilter(date -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"),
                "isodate", new DateFilter(date -> date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    }

    private record OneArgumentFunction(java.util.function.BiFunction<String, EvaluationContext, String> body) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return body.apply(String.valueOf(args.get("path")), context);
        }
    }

    private record DateFilter(java.util.function.Function<ZonedDateTime, String> format) implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            if (input instanceof ZonedDateTime date) {
                return format.apply(date);
            }
            throw new IllegalArgumentException("a date filter was given " + input + ", which is not a date");
        }
    }
}
