package org.gazette.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.gazette.content.Ideographs;

/**
 * The search tokenizer, defined once and implemented twice: here for the build and in the
 * theme's {@code search.js} for the browser; {@code search/tokenizer-vectors.json} in the test
 * resources holds both to the same results.
 *
 * <ol>
 * <li>Normalise: Unicode NFKC (full-width letters, digits and punctuation become half-width),
 *     then lower case; an unpaired surrogate becomes U+FFFD. Then quotation marks and 书名号
 *     (“ ” ‘ ’ " ' 「 」 『 』 《 》 〈 〉) are dropped: they are transparent, so that “三八”国际妇女节
 *     reads as 三八国际妇女节; an apostrophe (' or ’) between two Latin letters (women's) is kept.</li>
 * <li>Chinese, Japanese and Korean characters: each character is a token, and so is each pair
 *     of neighbouring characters (a bigram), so that 家风家训 gives 家, 家风, 风, 风家, 家, 家训, 训.</li>
 * <li>Other letters and digits: runs of them are whole tokens (words, numbers, 2023, g20).</li>
 * <li>Everything else (spaces, punctuation, symbols) separates tokens and is dropped.</li>
 * </ol>
 *
 * <pre>{@code
 * Tokenizer.tokens("乡村振兴 G20"); // [乡, 乡村, 村, 村振, 振, 振兴, 兴, g20]
 * }</pre>
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** NFKC, lower case, unpaired surrogates replaced, quotation marks dropped: the form in which text is indexed and matched. */
    public static String normalize(String text) {
        return withoutQuotes(fold(text));
    }

    /** The definition: {@link #normalizeRun} of the whole text, quotation marks dropped. */
    static String normalizeWhole(String text) {
        return withoutQuotes(normalizeRun(text));
    }

    /**
     * {@code text} without its quotation marks and 书名号, which are transparent to search: a phrase
     * matches across them. An apostrophe between two Latin letters is part of a word (women's), not a quote.
     */
    static String withoutQuotes(String text) {
        char[] chars = text.toCharArray();
        StringBuilder out = null;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean dropped = isQuote(c) && !((c == '\'' || c == '’') && i > 0 && i + 1 < chars.length
                    && isLatin(chars[i - 1]) && isLatin(chars[i + 1]));
            if (dropped && out == null) {
                out = new StringBuilder(chars.length).append(chars, 0, i);
            } else if (!dropped && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isQuote(char c) {
        return switch (c) {
            case '“', '”', '‘', '’', '"', '\'', '「', '」', '『', '』', '《', '》', '〈', '〉' -> true;
            default -> false;
        };
    }

    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** NFKC, lower case, unpaired surrogates replaced, a run between Chinese characters at a time. */
    private static String fold(String text) {
        // A run of text between two Chinese characters at a time: NFKC and lower-casing never join
        // a Chinese character with its neighbours nor change it, so the runs can be normalised apart,
        // and in Chinese text most runs are one punctuation mark, normalised once for the whole
        // build. Plain array reads: charAt on such text is a call under the quick compiler.
        char[] chars = text.toCharArray();
        for (char c : chars) {
            if (c == CAPITAL_SIGMA) {
                return normalizeRun(text);
            }
        }
        StringBuilder out = new StringBuilder(chars.length);
        int i = 0;
        while (i < chars.length) {
            int start = i;
            while (i < chars.length && isInert(chars[i])) {
                i++;
            }
            out.append(chars, start, i - start);
            start = i;
            while (i < chars.length && !isInert(chars[i])) {
                i++;
            }
            if (i > start) {
                appendNormalized(chars, start, i, out);
            }
        }
        return out.toString();
    }

    /**
     * The CJK unified ideographs of the first plane (U+3400 to U+4DBF, U+4E00 to U+9FFF): no
     * decomposition, no case, and Unicode composes no character from one of them with another
     * character (the compatibility ideographs, which NFKC changes, lie elsewhere).
     */
    private static boolean isInert(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF;
    }

    /**
     * The one letter Java lower-cases by context, to ς at the end of a word, and its words run
     * across Chinese characters: a text with it is normalised whole.
     */
    private static final char CAPITAL_SIGMA = '\u03A3';

    /** Each character's form on its own, when some run held it alone; filled as the build meets them. */
    private static final String[] ALONE = new String[0x10000];

    private static void appendNormalized(char[] chars, int from, int to, StringBuilder out) {
        if (to - from == 1) {
            char c = chars[from];
            String alone = ALONE[c]; // a String is safely shared without a lock; a race normalises twice
            if (alone == null) {
                alone = normalizeRun(String.valueOf(c));
                ALONE[c] = alone;
            }
            out.append(alone);
            return;
        }
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = chars[i] < 0x80;
        }
        if (!ascii) {
            out.append(normalizeRun(new String(chars, from, to - from)));
            return;
        }
        // ASCII is in NFKC already (every composition has a non-ASCII part); lower case is A-Z alone.
        for (int i = from; i < to; i++) {
            char c = chars[i];
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
    }

    /** Lone surrogates replaced, NFKC, lower case: what {@link #fold} gives, a whole text at once. */
    static String normalizeRun(String text) {
        String nfkc = Normalizer.normalize(replaceLoneSurrogates(text), Normalizer.Form.NFKC);
        return nfkc.toLowerCase(Locale.ROOT);
    }

    /** Receives the tokens of a text as {@link #scan} finds them, without making strings of the Chinese ones. */
    public interface Sink {
        /** One Chinese, Japanese or Korean character. */
        void character(int c);

        /** Two neighbouring such characters, reported before the second one's {@link #character}. */
        void pair(int first, int second);

        /** A run of other letters and digits. */
        void word(String word);
    }

    /** The tokens of {@code text}, in order, repeats kept (they count as term frequency). */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        scan(text, new Sink() {
            @Override
            public void character(int c) {
                tokens.add(new String(Character.toChars(c)));
            }

            @Override
            public void pair(int first, int second) {
                tokens.add(new StringBuilder(2).appendCodePoint(first).appendCodePoint(second).toString());
            }

            @Override
            public void word(String word) {
                tokens.add(word);
            }
        });
        return tokens;
    }

    /** Normalizes {@code text} and reports its tokens to {@code sink}, in order: the one definition of a token. */
    public static void scan(String text, Sink sink) {
        String normalized = normalize(text);
        char[] chars = normalized.toCharArray(); // read as an array, as in normalize
        int wordStart = -1;
        int previousWide = -1;
        for (int i = 0; i < chars.length; ) {
            int c = Character.codePointAt(chars, i);
            int next = i + Character.charCount(c);
            if (isWide(c)) {
                if (wordStart >= 0) {
                    sink.word(normalized.substring(wordStart, i));
                    wordStart = -1;
                }
                if (previousWide >= 0) {
                    sink.pair(previousWide, c);
                }
                sink.character(c);
                previousWide = c;
            } else {
                previousWide = -1;
                if (isWordCharacter(c)) {
                    if (wordStart < 0) {
                        wordStart = i;
                    }
                } else if (wordStart >= 0) {
                    sink.word(normalized.substring(wordStart, i));
                    wordStart = -1;
                }
            }
            i = next;
        }
        if (wordStart >= 0) {
            sink.word(normalized.substring(wordStart));
        }
    }

    /** Chinese (Han), Japanese kana and Korean hangul: indexed as characters and bigrams. */
    public static boolean isWide(int c) {
        return c < 0x10000 ? WIDE_BMP.get(c) : Ideographs.isIdeographic(c) || isWideScript(c);
    }

    /**
     * {@link #isWide} for the characters below U+10000, looked up once: finding a character's
     * script is a search through Unicode's table of ranges, and the build asks for every
     * character of every article.
     */
    private static final BitSet WIDE_BMP = new BitSet(0x10000);

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (Ideographs.isIdeographic(c) || isWideScript(c)) {
                WIDE_BMP.set(c);
            }
        }
    }

    private static boolean isWideScript(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Letters and numbers of any other script, as {@code \p{L}} and {@code \p{N}} in JavaScript. */
    static boolean isWordCharacter(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String replaceLoneSurrogates(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
