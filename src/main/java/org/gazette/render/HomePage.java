package org.gazette.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/** The home page: the newest articles with their summaries, from the {@code home} template. */
public final class HomePage implements Generator {

    private final Templates templates;

    public HomePage(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> generate(Site site) {
        var config = site.config();
        String description = config.description().isEmpty() ? config.title() : config.description();
        PageMeta page = new PageMeta("/", config.title(), description, config.absoluteUrl("/"));
        var newest = site.articles().subList(0, Math.min(config.homeSize(), site.articles().size()));
        String html = templates.render("home", "/", Map.of("page", page, "articles", newest));
        return List.of(OutputFile.of("index.html", html.getBytes(StandardCharsets.UTF_8)));
    }
}
