package org.gazette.content;

/**
 * Chinese characters by block, as slugs, the Markdown renderer's line breaks, the reading time,
 * the search tokenizer and its browser twin {@code search.js} count them: the characters of the
 * ideographic planes (Extension B and later, in many Chinese names) included.
 *
 * <pre>{@code
 * Ideographs.isIdeographic('中');     // true
 * Ideographs.isIdeographic(0x20000); // true: 𠀀, two chars in a Java string
 * }</pre>
 */
public final class Ideographs {

    private Ideographs() {
    }

    /**
     * The CJK Unified Ideographs blocks of the first plane and the whole of the two ideographic
     * planes, assigned or not. Java 17 knows Unicode 13, where U+9FFD to U+9FFF and Extensions H
     * and I (and later ones) are unassigned, while browsers know them as Han: by block, the build
     * and search.js, which lists the same ranges, agree whatever Unicode version each has.
     */
    public static boolean isIdeographic(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x20000 && c <= 0x3FFFF;
    }
}
