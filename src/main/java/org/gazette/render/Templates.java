package org.gazette.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gazette.content.SitePaths;
import org.gazette.problem.Problem;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * The theme's Pebble templates, compiled once and shared by every page. HTML escaping is on:
 * front matter values are always escaped; bodies are marked {@code | raw} by the templates.
 * Every template sees {@code site} (the settings), {@code columns} (for navigation: name, slug and
 * url of each) and {@code page} ({@link PageMeta}).
 *
 * <pre>{@code
 * Templates templates = new Templates(theme, site, strings, assets);
 * OutputFile page = templates.page("article", meta, Map.of("article", article));
 * }</pre>
 */
public final class Templates {

    public static final String SUFFIX = ".html";

    private final Theme theme;
    private final Site site;
    private final ThemeStrings strings;
    /** The site's language, for numbers in theme strings. */
    private final Locale locale;
    private final TemplateLoader loader;
    private final TemplateReferences references = new TemplateReferences();
    private final PebbleEngine engine;
    private final PageMemo memo;
    private final List<ColumnLink> navigation;

    /** A column in the navigation every page shows: its name and address (counts are on the topics page). */
    public record ColumnLink(String name, String slug, String url) {
    }

    public Templates(Theme theme, Site site, ThemeStrings strings, Assets assets) {
        this(theme, site, strings, assets, PageMemo.NONE);
    }

    /** Templates that skip pages {@code memo} says are unchanged since the previous build. */
    public Templates(Theme theme, Site site, ThemeStrings strings, Assets assets, PageMemo memo) {
        this.memo = memo;
        this.navigation = site.columns().stream().map(c -> new ColumnLink(c.name(), c.slug(), c.url())).toList();
        this.theme = theme;
        this.site = site;
        this.strings = strings;
        this.locale = site.config().locale();
        this.loader = new TemplateLoader(theme.templateFolders());
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .extension(new GazetteExtension(site.config(), strings, assets), references)
                .strictVariables(true)
                .autoEscaping(true)
                .defaultLocale(locale) // the date and numberformat filters: the site's language, not the JVM's
                .build();
        loader.setSuffix(SUFFIX);
    }

    /** A theme string, for titles made in code. */
    public String string(String key) {
        return strings.get(key);
    }

    /**
     * A theme string filled in with {@code values}, as the {@code format} filter fills one: in the
     * site's language, never the JVM's (an Arabic default wrote a year as ٢٠٢٣).
     */
    public String format(String key, Object... values) {
        return String.format(locale, strings.get(key), values);
    }

    /** Renders template {@code name} as the page {@code meta}, written at the page's output file. */
    public OutputFile page(String name, PageMeta meta, Map<String, Object> context) {
        return page(name, meta, context, Map::of);
    }

    /**
     * The same, with {@code derived} variables made only when the page is rendered: values computed
     * from {@code context} and the site alone (such as the JSON-LD of an article), which a build
     * that keeps unchanged pages need not compute for them.
     */
    public OutputFile page(String name, PageMeta meta, Map<String, Object> context, Supplier<Map<String, Object>> derived) {
        Map<String, Object> variables = globals(meta.path());
        variables.putAll(context);
        variables.put("page", meta);
        return memo.page(SitePaths.outputFile(meta.path()), name, variables, () -> {
            Map<String, Object> all = new HashMap<>(variables);
            all.putAll(derived.get());
            byte[] written = evaluate(name, all);
            if (Utf8PageWriter.isBlank(written)) { // an empty file left as an override, say: readers would get blank pages
                Path where = Path.of(loader.find(name).map(theme::describe).orElse("templates/" + name + SUFFIX));
                throw new ThemeException(Problem.error(where, 0, "the page " + meta.path() + " came out empty"
                        + " (write the template, or delete an empty override to use the theme's)"));
            }
            return written;
        });
    }

    /** What every template sees; a page's own variables may replace them (the topics page's {@code columns} have counts). */
    private Map<String, Object> globals(String pagePath) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("site", site.config());
        variables.put("columns", navigation);
        variables.put(GazetteExtension.PAGE_PATH, pagePath);
        return variables;
    }

    /**
     * Renders template {@code name} as UTF-8. Throws {@link ThemeException} with the template's
     * file and line when the template fails.
     */
    private byte[] evaluate(String name, Map<String, Object> variables) {
        Utf8PageWriter out = Utf8PageWriter.take(); // straight into UTF-8: see the class for why
        try {
            PebbleTemplate template = engine.getTemplate(name);
            template.evaluate(out, variables);
            return out.toBytes();
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name : e.getFileName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            if (e instanceof TemplateLoader.NotFound missing && e.getFileName() == null) {
                // Pebble does not say which template named the missing one: the template that did, at its line
                Optional<TemplateReferences.Location> asker = references.of(missing.name());
                file = asker.map(TemplateReferences.Location::template).orElse(file);
                line = asker.map(TemplateReferences.Location::line).orElse(line);
            }
            Path where = Path.of(loader.find(file).map(theme::describe).orElse("templates/" + file + SUFFIX));
            Throwable cause = e.getCause();
            if (cause instanceof ThemeException || e instanceof RefusedCacheTag.Refused) {
                // what the theme lacks or must not do, already saying what to do, told where the template asked for it
                throw new ThemeException(Problem.error(where, line, e.getPebbleMessage()));
            }
            throw new ThemeException(Problem.error(where, line, e.getPebbleMessage()
                    + (cause != null && cause != e ? ": " + cause.getMessage() : "")
                    + " (correct the template)"));
        } catch (ThemeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            Path where = Path.of(loader.find(name).map(theme::describe).orElse("templates/" + name + SUFFIX));
            throw new ThemeException(Problem.error(where, 0, "cannot render the page " + variables.get(GazetteExtension.PAGE_PATH) + ": " + e
                    + " (correct the template)"));
        } finally {
            out.release();
        }
    }
}
