package org.gazette.config;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The rules for an address written by hand that the site answers with a redirect: an article's
 * alias, or a redirect of {@code site.yaml}. It is one path of this site, in full: the page made
 * for it must stay inside the output folder, and hosts that read {@code _redirects} must not take
 * it for a pattern.
 *
 * <pre>{@code
 * OldAddress.problem("alias", "/news/2023/12345.html"); // empty
 * OldAddress.problem("alias", "/*");                    // "alias \"/*\" holds a *, which hosts ..."
 * }</pre>
 */
public final class OldAddress {

    /** The longest name of a folder or file, in UTF-8 bytes: most file systems take 255. */
    public static final int MAX_NAME_BYTES = 200;

    private OldAddress() {
    }

    /** What is wrong with {@code address}, told as "{@code what} "address" ...", or empty when nothing is. */
    public static Optional<String> problem(String what, String address) {
        String named = what + " \"" + address + "\"";
        if (!address.startsWith("/") || address.contains("..") || PathSegments.problem(address).isPresent()) {
            return Optional.of(named + " must be a path in this site starting with / (such as /news/2023/12345.html)");
        }
        if (address.contains("?") || address.contains("#")) {
            return Optional.of(named + " holds a " + (address.contains("?") ? "query (?…)" : "fragment (#…)")
                    + ", which browsers do not send as part of the path: no page of a static site can answer it"
                    + " (give the path alone, such as " + address.substring(0, address.replace('#', '?').indexOf('?'))
                    + ", and redirect the addresses with queries in the web server or CDN)");
        }
        if (address.contains("*") || address.contains("/:")) {
            // _redirects is read by Netlify and Cloudflare Pages, where /* or /:name is a pattern: one
            // address would send every address of the site to one page
            return Optional.of(named + " holds " + (address.contains("*") ? "a *" : "a part starting with :")
                    + ", which hosts reading _redirects take for a pattern matching many addresses, all of which would"
                    + " lead to one page (give each old address in full, such as /news/2023/12345.html)");
        }
        if (address.equals("/.gazette") || address.startsWith("/.gazette/")) {
            return Optional.of(named + " leads into /.gazette/, where the build keeps its own files (use another path)");
        }
        // Its folders are named as written: one too long would fail the build as it wrote them.
        return Arrays.stream(address.split("/")).filter(name -> name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES)
                .findFirst().map(name -> what + " \"" + address.substring(0, 21) + "…\" has a part "
                        + name.getBytes(StandardCharsets.UTF_8).length + " bytes long, more than the " + MAX_NAME_BYTES
                        + " a folder's name may take (give the old address as it was, or leave it out)");
    }
}
