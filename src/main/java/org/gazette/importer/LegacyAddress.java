package org.gazette.importer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * An address of a legacy page (a link's {@code href}, an embed's {@code src}) made fit to be the
 * destination of a Markdown link. Only web, mail and relative addresses are kept: a
 * {@code javascript:} link would run in readers' pages. What is kept is written so that nothing
 * in it can end the link early or start HTML: spaces, control characters, {@code < > ( ) " ' \}
 * and non-ASCII characters are percent-encoded (as a browser would send them), and {@code &} is
 * escaped, as Markdown would otherwise read {@code &colon;} as a colon.
 *
 * <pre>{@code
 * LegacyAddress.destination("http://old.example.org/a (1).html", LegacyAddress.LINKS)
 *     // Optional["http://old.example.org/a%20%281%29.html"]
 * LegacyAddress.destination(" JavaScript:alert(1)", LegacyAddress.LINKS)   // Optional.empty()
 * LegacyAddress.destination("mailto:fl@example.org", LegacyAddress.EMBEDS) // Optional.empty()
 * }</pre>
 */
final class LegacyAddress {

    /** The schemes a link may keep. */
    static final Set<String> LINKS = Set.of("http", "https", "mailto");
    /** The schemes a video, audio or iframe may keep. */
    static final Set<String> EMBEDS = Set.of("http", "https");

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final String ENCODED = "<>()\"'\\`";

    private LegacyAddress() {
    }

    /**
     * The address as a Markdown link destination, when its scheme is one of {@code schemes} or it
     * has none (a relative address).
     *
     * @param address the attribute's value, its entities decoded (as jsoup gives it)
     */
    static Optional<String> destination(String address, Set<String> schemes) {
        if (!kept(address, schemes)) {
            return Optional.empty();
        }
        return Optional.of(encoded(address.strip()));
    }

    /**
     * Whether the scheme a browser would read is one of {@code schemes}, or there is none. A browser
     * skips leading spaces and control characters and drops tabs and line breaks anywhere
     * ({@code java&#9;script:}), and reads the scheme in any case; an address whose entities were
     * encoded twice by the old system ({@code javascript&amp;colon;}) is read decoded too.
     */
    static boolean kept(String address, Set<String> schemes) {
        for (String reading : new String[] {address, Parser.unescapeEntities(address, true)}) {
            String asRead = reading.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
            Matcher scheme = SCHEME.matcher(asRead);
            if (scheme.find() && !schemes.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String encoded(String address) {
        StringBuilder out = new StringBuilder(address.length() + 16);
        address.codePoints().forEach(c -> {
            if (c <= 0x20 || c >= 0x7F || ENCODED.indexOf(c) >= 0) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append(String.format("%%%02X", b & 0xFF));
                }
            } else if (c == '&') {
                out.append("\\&");
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
