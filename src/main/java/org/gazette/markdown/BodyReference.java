package org.gazette.markdown;

/**
 * A link or image reference written in an article's body, where it was written.
 *
 * <pre>{@code
 * // line 12 of the file: 详见[上一篇](../five-year-review/)。
 * new BodyReference(BodyReference.Kind.LINK, "../five-year-review/", 12, 9);
 * }</pre>
 *
 * @param kind   how the site resolves it
 * @param target the address as written, such as {@code ../five-year-review/} or {@code images/a.jpg}
 * @param line   the line in the article's file
 * @param column the column of the address on that line, from 1
 */
public record BodyReference(Kind kind, String target, int line, int column) {

    /** How a reference is resolved. */
    public enum Kind {
        /** A Markdown link, or an autolink ({@code <https://..>}, a bare address): left as written, so relative to the article's page. */
        LINK,
        /** A Markdown image: resolved by the build relative to the article's file. */
        IMAGE,
        /** An {@code href} or {@code src} in raw HTML: left as written, so relative to the article's page. */
        HTML,
        /** A reference definition ({@code [ref]: target}), which a link or an image may use. */
        DEFINITION
    }
}
