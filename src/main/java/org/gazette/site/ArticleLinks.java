package org.gazette.site;

import java.util.List;
import java.util.Optional;
import org.gazette.markdown.RenderedArticle;

/**
 * Where a reader goes from an article.
 *
 * @param newer   the next article by date
 * @param older   the previous article by date
 * @param related up to five articles sharing a tag or the column, the nearest before it in date (RelatedArticles), newest first
 */
public record ArticleLinks(Optional<RenderedArticle> newer, Optional<RenderedArticle> older, List<RenderedArticle> related) {

    public ArticleLinks {
        related = List.copyOf(related);
    }
}
