package org.gazette.render;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.ArticleLinks;

/** An article page's links to other articles, as teasers: the newer and older by date, and the related. */
public record Neighbours(Optional<Teaser> newer, Optional<Teaser> older, List<Teaser> related) {

    /** The links as the teasers {@code teasers} gives for their articles. */
    public static Neighbours of(ArticleLinks links, Function<RenderedArticle, Teaser> teasers) {
        return new Neighbours(links.newer().map(teasers), links.older().map(teasers),
                links.related().stream().map(teasers).toList());
    }
}
