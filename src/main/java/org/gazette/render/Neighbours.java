package org.gazette.render;

import java.util.List;
import java.util.Optional;
import org.gazette.site.ArticleLinks;

/** An article page's links to other articles, as teasers: the newer and older by date, and the related. */
public record Neighbours(Optional<Teaser> newer, Optional<Teaser> older, List<Teaser> related) {

    public static Neighbours of(ArticleLinks links) {
        return new Neighbours(links.newer().map(Teaser::of), links.older().map(Teaser::of),
                links.related().stream().map(Teaser::of).toList());
    }
}
