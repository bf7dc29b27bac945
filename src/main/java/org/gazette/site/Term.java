package org.gazette.site;

import java.util.List;
import org.gazette.config.TermKind;
import org.gazette.markdown.RenderedArticle;

/**
 * A column, tag or author with its articles, newest first.
 *
 * @param kind     column, tag or author
 * @param name     as editors write it: 工作综述, 妇联, 伍洁
 * @param slug     its URL segment
 * @param articles its articles, newest first
 * @param roles    for authors, the roles they wrote in (记者, 通讯员, 摄影), most frequent first; else empty
 */
public record Term(TermKind kind, String name, String slug, List<RenderedArticle> articles, List<String> roles) {

    public Term {
        articles = List.copyOf(articles);
        roles = List.copyOf(roles);
    }

    /** The site path of its first listing page, such as {@code /columns/工作综述/}. */
    public String url() {
        return "/" + kind.folder() + "/" + slug + "/";
    }

    public int count() {
        return articles.size();
    }
}
