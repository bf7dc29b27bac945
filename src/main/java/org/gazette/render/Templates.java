package org.gazette.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gazette.config.SiteConfig;
import org.gazette.problem.Problem;

/**
 * The theme's Pebble templates, compiled once and shared by every page. HTML escaping is on:
 * front matter values are always escaped; bodies are marked {@code | raw} by the templates.
 *
 * <pre>{@code
 * Templates templates = new Templates(Theme.locate(root, "default"), config);
 * String html = templates.render("article", "/2023/12/x/", Map.of("article", article));
 * }</pre>
 */
public final class Templates {

    public static final String SUFFIX = ".html";

    private final Theme theme;
    private final SiteConfig config;
    private final TemplateLoader loader;
    private final PebbleEngine engine;

    public Templates(Theme theme, SiteConfig config) {
        this.theme = theme;
        this.config = config;
        this.loader = new TemplateLoader(theme.templateFolders());
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .extension(new GazetteExtension(config))
                .strictVariables(true)
                .autoEscaping(true)
                .build();
        loader.setSuffix(SUFFIX);
    }

    /**
     * Renders template {@code name} for the page at {@code pagePath}; {@code site} and
     * {@code pagePath} are added to the context. Throws {@link ThemeException} with the
     * template's file and line when the template fails.
     */
    public String render(String name, String pagePath, Map<String, Object> context) {
        Map<String, Object> variables = new HashMap<>(context);
        variables.put("site", config);
        variables.put(GazetteExtension.PAGE_PATH, pagePath);
        try {
            PebbleTemplate template = engine.getTemplate(name);
            StringWriter out = new StringWriter();
            template.evaluate(out, variables);
            return out.toString();
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name : e.getFileName();
            Path where = Path.of(loader.find(file).map(theme::describe).orElse("templates/" + file + SUFFIX));
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new ThemeException(Problem.error(where, line, e.getPebbleMessage()
                    + (e.getCause() != null && e.getCause() != e ? ": " + e.getCause().getMessage() : "")
                    + " (correct the template)"));
        } catch (IOException e) {
            throw new ThemeException(Problem.error(Path.of(name), 0, "cannot render: " + e.getMessage()));
        }
    }
}
