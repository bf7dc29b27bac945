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
import org.gazette.site.ArticleLinks;
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

    private OutputFile page(Site site, RenderedArticle rendered) {
        SiteConfig config = site.config();
        Article article = rendered.article();
        String canonical = config.absoluteUrl(SitePaths.encode(article.url()));
        List<PageMeta.Crumb> crumbs = new ArrayList<>();
        crumbs.add(new PageMeta.Crumb(templates.string("nav.home"), "/"));
        site.columnOf(article).ifPresent(column -> crumbs.add(new PageMeta.Crumb(column.name(), column.url())));
        crumbs.add(new PageMeta.Crumb(article.title(), article.url()));
        PageMeta meta = new PageMeta("article", article.url(), article.title() + " - " + config.title(),
                rendered.summary(), canonical, crumbs);
        Optional<String> image = firstImage(rendered).map(src -> URI.create(canonical).resolve(src).toString());
        ArticleLinks links = site.links().get(article.url());
        return templates.page("article", meta, Map.of(
                "article", article,
                "body", rendered,
                "links", Neighbours.of(links),
                "column", site.columnOf(article).map(TermLink::of).map(Object.class::cast).orElse(""),
                "image", image.orElse("")),
                () -> Map.of("jsonLd", JsonLd.newsArticle(config, rendered, image)));
    }

    private static Optional<String> firstImage(RenderedArticle rendered) {
        return rendered.lead().or(() -> rendered.figures().stream().findFirst()).map(Figure::src);
    }
}
