package org.gazette.render;

import java.util.List;

/**
 * What every page's {@code <head>} and frame need.
 *
 * @param type        the page type, set on {@code <body data-page>}: home, article, column, tag,
 *                    author, year, month, archives, topics, 404
 * @param path        the page's site path, such as {@code /2023/12/five-year-review/}
 * @param title       the whole {@code <title>} text
 * @param description the meta description
 * @param canonical   the page's absolute URL
 * @param breadcrumbs the trail from the home page to this page, this page last
 */
public record PageMeta(String type, String path, String title, String description, String canonical,
                       List<Crumb> breadcrumbs) {

    public PageMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /**
     * One step of the breadcrumb trail.
     *
     * @param label what it says
     * @param path  its site path
     */
    public record Crumb(String label, String path) {
    }
}
