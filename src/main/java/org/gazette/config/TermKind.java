package org.gazette.config;

/**
 * The ways articles are grouped by name, each with its own listing pages under a folder:
 * {@code /columns/工作综述/}, {@code /tags/妇联/}, {@code /authors/伍洁/}.
 */
public enum TermKind {
    COLUMN("columns"),
    TAG("tags"),
    AUTHOR("authors");

    private final String folder;

    TermKind(String folder) {
        this.folder = folder;
    }

    /** The URL folder of this kind's pages, and its key under {@code slugs:} in {@code site.yaml}. */
    public String folder() {
        return folder;
    }
}
