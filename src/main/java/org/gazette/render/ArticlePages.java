package org.gazette.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
        Map<RenderedArticle, Teaser> teasers = teasers(site);
        return PagesInOrder.map(site.articles(), rendered -> page(site, teasers, rendered));
    }

    @Override
    public void generate(Site site, Consumer<OutputFile> out) {
        Map<RenderedArticle, Teaser> teasers = teasers(site);
        PagesInOrder.forEach(site.articles(), rendered -> out.accept(page(site, teasers, rendered)));
    }

    /**
     * One teaser for each article, made before the pages and only read while they are made: each
     * article is shown on several pages, and a build that keeps pages finds the fingerprint of a
     * teaser it met before by the teaser itself, without comparing its fields again.
     */
    private static Map<RenderedArticle, Teaser> teasers(Site site) {
        Map<RenderedArticle, Teaser> teasers = new IdentityHashMap<>(site.articles().size() * 2);
        for (RenderedArticle article : site.articles()) {
            teasers.put(article, Teaser.of(article));
        }
        return teasers;
    }

    /**
     * What an article's page is made of, beside the settings and the theme: the article, the
     * teasers of those it links to (not the articles: an edit of one body leaves its neighbours'
     * pages as they were when their teasers of it are), and its column.
     */
    record Inputs(RenderedArticle article, Neighbours links, Optional<TermLink> column) {
    }

    private static Teaser teaser(Map<RenderedArticle, Teaser> teasers, RenderedArticle article) {
        Teaser made = teasers.get(article);
        return made != null ? made : Teaser.of(article);
    }

    private OutputFile page(Site site, Map<RenderedArticle, Teaser> teasers, RenderedArticle rendered) {
        Article article = rendered.article();
        Inputs inputs = new Inputs(rendered, Neighbours.of(site.links().get(article.url()), linked -> teaser(teasers, linked)),
                site.columnOf(article).map(TermLink::of));
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
