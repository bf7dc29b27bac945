package org.gazette.content;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns names into URL path segments: lower case, words joined by "-", only letters (Chinese
 * included, by block), digits and "-". The result may be empty, which callers report.
 *
 * <pre>{@code
 * Slugs.of("Five Year Review");  // "five-year-review"
 * Slugs.of("工作 综述");          // "工作-综述"
 * }</pre>
 */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // Letters and digits, with one '-' for each run of separators between them (none at the
        // ends); other characters are left out. A loop: every article and term name comes here.
        StringBuilder slug = new StringBuilder();
        boolean separated = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || isIdeographic(c)) {
                if (separated && slug.length() > 0) {
                    slug.append('-');
                }
                separated = false;
                slug.appendCodePoint(c);
            } else if (c == '-' || c == '_' || c == '.' || Character.isWhitespace(c)) {
                separated = true;
            }
        }
        return slug.toString();
    }

    /**
     * Chinese characters by block, assigned or not, as {@code markdown.Ideographs} counts them:
     * Java 17 knows Unicode 13, where Extensions H and I (U+31350…, U+2EBF0…, in names) and
     * U+9FFD to U+9FFF are unassigned and so no letters, while a newer Java knows them as letters.
     * By Java's tables alone, 王𱍑's page was /authors/王/ built on Java 17 and /authors/王𱍑/ on
     * Java 21 or later, and a tag of such characters alone was an error on one and a page on the other.
     */
    private static boolean isIdeographic(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x20000 && c <= 0x3FFFF;
    }

    /** The slug an article gets from its file: the name without a leading date, or its folder's for index.md. */
    public static String fromFileName(Path source) {
        String name = source.getFileName().toString().replaceFirst("\\.md$", "");
        if (name.equals("index") && source.getParent() != null) {
            name = source.getParent().getFileName().toString();
        }
        return of(name.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", ""));
    }
}
