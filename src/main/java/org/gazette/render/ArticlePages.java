package org.gazette.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.SitePaths;
import org.gazette.markdown.Figure;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * One page per article, at its permalink, from the {@code article} template, with its
 * neighbours, related articles, social-media meta and schema.org {@code NewsArticle}.
 */
public final class ArticlePages implements Generator {

    private final Templates templates;

    public ArticlePages(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> generate(Site site) {
        return PagesInOrder.map(site.articles(), rendered -> page(site, rendered));
    }

    @Override
    public void generate(Site site, Consumer<OutputFile> out) {
        PagesInOrder.forEach(site.articles(), rendered -> out.accept(page(site, rendered)));
    }

    /**
     * What an article's page is made of, beside the settings and the theme: the article, the
     * teasers of those it links to (not the articles: an edit of one body leaves its neighbours'
     * pages as they were when their teasers of it are), and its column.
     */
    record Inputs(RenderedArticle article, Neighbours links, Optional<TermLink> column) {
    }

    private OutputFile page(Site site, RenderedArticle rendered) {
        Article article = rendered.article();
        Inputs inputs = new Inputs(rendered, Neighbours.of(site.links().get(article.url())), site.columnOf(article).map(TermLink::of));
        SiteConfig config = site.config();
        return templates.page("article", article.url(), inputs, made -> variables(config, made));
    }

    /** The page's variables, from {@code inputs}, the settings and the theme's strings alone (see {@link Templates#page(String, String, Record, java.util.function.Function)}). */
    private Templates.PageVariables variables(SiteConfig config, Inputs inputs) {
        RenderedArticle rendered = inputs.article();
        Article article = rendered.article();
        String canonical = config.absoluteUrl(SitePaths.encode(article.url()));
        List<PageMeta.Crumb> crumbs = new ArrayList<>();
        crumbs.add(new PageMeta.Crumb(templates.string("nav.home"), "/"));
        inputs.column().ifPresent(column -> crumbs.add(new PageMeta.Crumb(column.name(), column.url())));
        crumbs.add(new PageMeta.Crumb(article.title(), article.url()));
        PageMeta meta = new PageMeta("article", article.url(), article.title() + " - " + config.title(),
                rendered.summary(), canonical, crumbs);
        Optional<String> image = firstImage(rendered).map(src -> URI.create(canonical).resolve(src).toString());
        return new Templates.PageVariables(meta, Map.of(
                "article", article,
                "body", rendered,
                "links", inputs.links(),
                "column", inputs.column().map(Object.class::cast).orElse(""),
                "image", image.orElse(""),
                "jsonLd", JsonLd.newsArticle(config, rendered, image)));
    }

    private static Optional<String> firstImage(RenderedArticle rendered) {
        return rendered.lead().or(() -> rendered.figures().stream().findFirst()).map(Figure::src);
    }
}
