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
            // By block too: Java 17 knows Unicode 13, where Extensions H and I (in names: 王𱍑) are no
            // letters, and by its tables alone 王𱍑's page was /authors/王/ there and /authors/王𱍑/ on Java 21.
            if (Character.isLetterOrDigit(c) || Ideographs.isIdeographic(c)) {
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

    /** The slug an article gets from its file: the name without a leading date, or its folder's for index.md. */
    public static String fromFileName(Path source) {
        String name = source.getFileName().toString().replaceFirst("\\.md$", "");
        if (name.equals("index") && source.getParent() != null) {
            name = source.getParent().getFileName().toString();
        }
        return of(name.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", ""));
    }
}
