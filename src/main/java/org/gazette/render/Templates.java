package org.gazette.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.LinkGuard;
import org.gazette.content.SitePaths;
import org.gazette.content.SourceWalk;
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
    private final Map<String, PageTemplate> pageTemplates = new ConcurrentHashMap<>();

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
        this.loader = new TemplateLoader(theme.templateFolders(), theme::describe, theme.files());
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .extension(new GazetteExtension(site.config(), strings, assets), references)
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy(HtmlEscaping.NAME, new HtmlEscaping())
                .defaultLocale(locale) // the date and numberformat filters: the site's language, not the JVM's
                .build();
        loader.setSuffix(SUFFIX);
    }

    /**
     * Warnings for the site's and the theme's own templates that nothing uses (a page template
     * misnamed, say), found by reading every template once; one that cannot be read is told when
     * a page uses it, as before. The inherited default theme's templates are not looked at.
     */
    public List<Problem> unusedTemplates() {
        List<Path> own = theme.templateFolders().stream()
                .filter(folder -> theme.inherited().stream().noneMatch(folder::startsWith)).toList();
        for (Path folder : theme.templateFolders()) {
            for (Path file : SourceWalk.files(folder, LinkGuard.NONE, p -> !SourceWalk.hasHiddenPart(folder.relativize(p))
                    && p.getFileName().toString().endsWith(SUFFIX))) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                try {
                    engine.getTemplate(relative.substring(0, relative.length() - SUFFIX.length()));
                } catch (RuntimeException e) {
                    // told by the page that uses it
                }
            }
        }
        return UnusedTemplates.warnings(own, references.names(), theme::describe);
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
        Map<String, Object> variables = globals(meta.path());
        variables.putAll(context);
        variables.put("page", meta);
        return memo.page(SitePaths.outputFile(meta.path()), pageTemplate(name), variables, () -> render(name, meta.path(), variables));
    }

    /** A page's own variables: its {@link PageMeta}, and those its template reads beside the ones every template sees. */
    public record PageVariables(PageMeta meta, Map<String, Object> context) {
    }

    /**
     * Renders template {@code name} as the page at site path {@code path}, whose variables
     * {@code variables} makes from {@code inputs} alone, with the settings and the theme's strings:
     * a build that keeps unchanged pages fingerprints {@code inputs} (with what every template sees)
     * instead of every variable, and makes the variables only for a page it renders: walking the
     * variables of 10,000 kept article pages took about 0.3 of an edit's 4.3 CPU seconds.
     * {@code variables} must read nothing else, or a change to what it read would leave the page stale.
     */
    public <I extends Record> OutputFile page(String name, String path, I inputs, Function<I, PageVariables> variables) {
        Map<String, Object> key = globals(path);
        key.put(INPUTS, inputs);
        return memo.page(SitePaths.outputFile(path), pageTemplate(name), key, () -> {
            PageVariables made = variables.apply(inputs);
            if (!made.meta().path().equals(path)) {
                throw new IllegalStateException("the variables of the page " + path + " are those of " + made.meta().path());
            }
            Map<String, Object> all = globals(path);
            all.putAll(made.context());
            all.put("page", made.meta());
            return render(name, path, all);
        });
    }

    /** Where a page made from inputs has them among what its key is made of: a name no template variable has. */
    private static final String INPUTS = " inputs";

    private byte[] render(String name, String path, Map<String, Object> variables) {
        byte[] written = evaluate(name, variables);
        if (Utf8PageWriter.isBlank(written)) { // an empty file left as an override, say: readers would get blank pages
            throw new ThemeException(Problem.error(where(blankFile(name)), 0, "the page " + path + " came out empty"
                    + " (write the template, or delete an empty override to use the theme's)"));
        }
        return written;
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
     * file and line when the template fails, and the page when it failed while rendering it.
     */
    private byte[] evaluate(String name, Map<String, Object> variables) {
        Utf8PageWriter out = Utf8PageWriter.take(); // straight into UTF-8: see the class for why
        String rendering = "cannot render the page " + variables.get(GazetteExtension.PAGE_PATH) + ": ";
        try {
            PebbleTemplate template = engine.getTemplate(name);
            template.evaluate(out, variables);
            return out.toBytes();
        } catch (TemplateLoader.NotUtf8 e) {
            throw new ThemeException(e.problem());
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name : e.getFileName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            if (e instanceof TemplateLoader.NotFound missing && e.getFileName() == null) {
                // Pebble does not say which template named the missing one: the template that did, at its line
                Optional<TemplateReferences.Location> asker = references.of(missing.name());
                file = asker.map(TemplateReferences.Location::template).orElse(file);
                line = asker.map(TemplateReferences.Location::line).orElse(line);
            }
            file = callerOfMissingFunction(e.getPebbleMessage(), file, name, line).orElse(file);
            Path where = where(file);
            Throwable cause = e.getCause();
            if (cause instanceof ThemeException || e instanceof RefusedCacheTag.Refused) {
                // what the theme lacks or must not do, already saying what to do, told where the template asked for it
                throw new ThemeException(Problem.error(where, line, e.getPebbleMessage()));
            }
            // A fault of the template itself is the same on every page; one met while rendering may be this page's alone
            String page = e instanceof ParserException || e instanceof LoaderException ? "" : rendering;
            if (e instanceof TemplateMistake) {
                throw new ThemeException(Problem.error(where, line, page + e.getPebbleMessage()));
            }
            throw new ThemeException(Problem.error(where, line, page + e.getPebbleMessage()
                    + (cause != null && cause != e ? ": " + cause.getMessage() : "")
                    + (readsAnOptional(file, line) ? OPTIONALS_ARE_VALUES : " (correct the template)")));
        } catch (ThemeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            Optional<ThemeException> unreadable = unreadableTemplate();
            if (unreadable.isPresent()) {
                throw unreadable.get();
            }
            throw new ThemeException(Problem.error(where(name), 0, rendering + e + " (correct the template)"));
        } finally {
            out.release();
        }
    }

    private static final Pattern MISSING_FUNCTION = Pattern.compile("Function or Macro \\[(.+)] does not exist\\.");

    /**
     * The template that calls the missing function of {@code message} at {@code line}, when
     * {@code reported}, which Pebble names, does not: Pebble names the template being rendered,
     * which is the parent ({@code base}) when the call is in a child's block at the same line.
     * Looked for in {@code page}'s template and those it names, the page's own first.
     */
    private Optional<String> callerOfMissingFunction(String message, String reported, String page, int line) {
        Matcher missing = MISSING_FUNCTION.matcher(message == null ? "" : message);
        if (line < 1 || !missing.find() || calls(reported, line, missing.group(1))) {
            return Optional.empty();
        }
        Deque<String> next = new ArrayDeque<>(List.of(page));
        Set<String> seen = new HashSet<>();
        while (!next.isEmpty()) {
            String template = next.removeFirst();
            if (seen.add(template)) {
                if (calls(template, line, missing.group(1))) {
                    return Optional.of(template);
                }
                references.namedBy(template).stream().sorted().forEach(next::addLast);
            }
        }
        return Optional.empty();
    }

    /** Whether line {@code line} of template {@code name} calls {@code function}. */
    private boolean calls(String name, int line, String function) {
        List<String> lines = loader.find(name).map(this::read).map(String::lines).map(java.util.stream.Stream::toList)
                .orElse(List.of());
        return line <= lines.size() && Pattern.compile("\\b" + Pattern.quote(function) + "\\s*\\(").matcher(lines.get(line - 1)).find();
    }

    /** A template written for earlier Gazettes, whose values that may be missing were Optionals: {@code .present}, {@code .get}. */
    private static final Pattern OPTIONAL_CALL = Pattern.compile("\\.(present|isPresent|get|empty|isEmpty)\\b(?!\\s*\\()");
    private static final String OPTIONALS_ARE_VALUES = " (article.updated, article.lead, body.lead, links.newer and"
            + " links.older are now the value itself, or null when there is none, not an Optional: write"
            + " {% if links.newer %}{{ links.newer.url }}{% endif %} where the template has .present and .get)";

    /** Whether line {@code line} of template {@code name} reads one of those values the old way. */
    private boolean readsAnOptional(String name, int line) {
        if (line < 1) {
            return false;
        }
        List<String> lines = loader.find(name).map(this::read).map(String::lines).map(java.util.stream.Stream::toList)
                .orElse(List.of());
        return line <= lines.size() && OPTIONAL_CALL.matcher(lines.get(line - 1)).find();
    }

    /**
     * The template Pebble could not read, among those others name, when it failed without saying
     * which (a {@code {% macro %}} left open in an imported file fails with an index out of bounds).
     * A template that cannot be read is not kept, so asking for it again fails again.
     */
    private Optional<ThemeException> unreadableTemplate() {
        for (String name : new TreeSet<>(references.names())) {
            try {
                engine.getTemplate(name);
            } catch (PebbleException e) {
                // told by the page that uses it, as before
            } catch (RuntimeException e) {
                Path file = where(name);
                String text = loader.find(name).map(this::read).orElse("");
                return Optional.of(new ThemeException(OpenTags.in(text)
                        .map(tag -> Problem.error(file, tag.line(), "{% " + tag.name() + " %} is not closed (add {% end"
                                + tag.name() + " %} where it ends)"))
                        .orElseGet(() -> Problem.error(file, 0, "Pebble cannot read this template: " + e
                                + " (look for a tag left open or a bracket not closed)"))));
            }
        }
        return Optional.empty();
    }

    /** Page template {@code name} with the templates it is made of, found once per build. */
    private PageTemplate pageTemplate(String name) {
        return pageTemplates.computeIfAbsent(name, n -> new PageTemplate(n, madeOf(n)));
    }

    /**
     * Template {@code name} and every template it names, and they name, found by parsing them;
     * empty when one names a template by a computed value or cannot be parsed (its page fails).
     */
    private Optional<SortedSet<String>> madeOf(String name) {
        Deque<String> queue = new ArrayDeque<>(List.of(name));
        SortedSet<String> seen = new TreeSet<>();
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (seen.add(next)) {
                try {
                    engine.getTemplate(next); // parsed: its references noted
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
                if (references.namesUnknown(next)) {
                    return Optional.empty();
                }
                queue.addAll(references.namedBy(next));
            }
        }
        return Optional.of(Collections.unmodifiableSortedSet(seen));
    }

    /**
     * The file to blame for a page that came out empty: the page's template, or a template it
     * names (its layout, say) that is blank.
     */
    private String blankFile(String name) {
        Deque<String> queue = new ArrayDeque<>(List.of(name));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (seen.add(next)) {
                if (loader.find(next).map(this::read).filter(String::isBlank).isPresent()) {
                    return next;
                }
                queue.addAll(new TreeSet<>(references.namedBy(next)));
            }
        }
        return name;
    }

    /** How template {@code name} is named in problems. */
    private Path where(String name) {
        return Path.of(loader.find(name).map(theme::describe).orElse("templates/" + name + SUFFIX));
    }

    private String read(Path file) {
        try {
            return new String(theme.files().read(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
