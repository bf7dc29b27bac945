package org.gazette.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gazette.content.Article;
import org.gazette.content.SitePaths;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/** One page per article, at its permalink, from the {@code article} template. */
public final class ArticlePages implements Generator {

    private final Templates templates;

    public ArticlePages(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> generate(Site site) {
        return site.articles().parallelStream().map(rendered -> page(site, rendered)).toList();
    }

    private OutputFile page(Site site, RenderedArticle rendered) {
        Article article = rendered.article();
        PageMeta page = new PageMeta(article.url(), article.title() + " - " + site.config().title(),
                rendered.summary(), site.config().absoluteUrl(SitePaths.encode(article.url())));
        String html = templates.render("article", article.url(),
                Map.of("page", page, "article", article, "body", rendered));
        return OutputFile.of(SitePaths.outputFile(article.url()), html.getBytes(StandardCharsets.UTF_8));
    }
}
