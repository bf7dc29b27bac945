package org.gazette.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.validation.BuiltSites.BuiltSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every internal link and file reference of every generated page resolves to a file of the
 * output folder, and every {@code #fragment} names an id of the page it points at.
 *
 * <p>References checked: {@code a[href]}, {@code area[href]}, {@code link[href]},
 * {@code img[src]}, {@code script[src]}, the candidates of {@code srcset} on {@code img} and
 * {@code source}, and the URLs of the {@code og:url}, {@code og:image} and {@code twitter:image}
 * meta tags. A reference is resolved against the page's URL (and its {@code <base href>},
 * if any), percent-decoded, and looked up in the output folder, where a folder stands for its
 * {@code index.html}. Absolute URLs under the site's own {@code base_url} (canonical links, for
 * instance) are checked the same way; other http(s) URLs and other schemes (mailto:, tel:,
 * data:) are not fetched.
 */
class LinkTest {

    /** Where pages are taken to be while resolving their links; never contacted. */
    static final URI ROOT = URI.create("http://gazette.invalid/");

    @TempDir
    static Path folder;
    static BuiltSite example;
    static BuiltSite corpus;

    @BeforeAll
    static void buildSites() {
        example = BuiltSites.example(folder.resolve("example"));
        corpus = BuiltSites.corpus(folder.resolve("corpus"));
    }

    @Test
    void everyLinkOfTheExampleSiteResolves() {
        assertLinksResolve(example);
    }

    @Test
    void everyLinkOfTheCorpusSiteResolves() {
        assertLinksResolve(corpus);
    }

    static void assertLinksResolve(BuiltSite site) {
        List<String> pages = site.htmlPages();
        assertThat(pages).as("HTML pages of the %s", site).isNotEmpty();
        Checker checker = new Checker(site);
        List<String> broken = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        int checked = 0;
        for (String page : pages) {
            Document document = checker.document(page);
            for (Reference reference : references(document)) {
                checked++;
                Optional<String> problem = checker.problem(page, document, reference.value());
                if (problem.isPresent()) {
                    broken.add(page + ": " + reference + ": " + problem.get());
                    kinds.add(problem.get());
                }
            }
        }
        System.out.printf("links: %s: %d pages, %d references, %d broken%n", site, pages.size(), checked, broken.size());
        if (!broken.isEmpty()) {
            fail("%d broken links in the %s.%nBy problem:%n%s%nEach broken link, as page: reference: problem:%n%s",
                    broken.size(), site, BuiltSites.tally(kinds), String.join("\n", broken));
        }
    }

    /** An attribute value that refers to another file or place, as found in a page. */
    record Reference(String element, String name, String attribute, String value) {
        @Override
        public String toString() {
            return "<" + element + (name.isEmpty() ? "" : " " + name) + " " + attribute + "=\"" + value + "\">";
        }
    }

    static List<Reference> references(Document document) {
        List<Reference> references = new ArrayList<>();
        add(references, document, "a[href]", "href");
        add(references, document, "area[href]", "href");
        add(references, document, "link[href]", "href");
        add(references, document, "img[src]", "src");
        add(references, document, "script[src]", "src");
        add(references, document, "meta[property=og:url][content], meta[property=og:image][content], meta[name=twitter:image][content]", "content");
        for (Element element : document.select("img[srcset], source[srcset]")) {
            for (String url : srcset(element.attr("srcset"))) {
                references.add(new Reference(element.tagName(), "", "srcset", url));
            }
        }
        return references;
    }

    static void add(List<Reference> references, Document document, String selector, String attribute) {
        for (Element element : document.select(selector)) {
            String name = element.hasAttr("property") ? "property=\"" + element.attr("property") + "\""
                    : element.tagName().equals("meta") ? "name=\"" + element.attr("name") + "\"" : "";
            references.add(new Reference(element.tagName(), name, attribute, element.attr(attribute)));
        }
    }

    /** The URLs of a srcset: candidates are separated by commas, each a URL and an optional descriptor. */
    static List<String> srcset(String value) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            String url = value.substring(start, i);
            boolean descriptorFollows = true;
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
                descriptorFollows = false;
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
            if (descriptorFollows) {
                int depth = 0;
                while (i < n && (depth > 0 || value.charAt(i) != ',')) {
                    char c = value.charAt(i++);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }
            }
        }
        return urls;
    }

    /** Resolves references of one site's pages, caching parsed pages and their ids. */
    static final class Checker {
        private final BuiltSite site;
        private final Map<String, Document> documents = new HashMap<>();
        private final Map<String, Set<String>> ids = new HashMap<>();

        Checker(BuiltSite site) {
            this.site = site;
        }

        Document document(String page) {
            return documents.computeIfAbsent(page, p -> {
                try {
                    return Jsoup.parse(site.output().resolve(p).toFile(), "UTF-8", ROOT.resolve(BuiltSites.relativeUri(p)).toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        Set<String> ids(String page) {
            return ids.computeIfAbsent(page, p -> {
                Set<String> found = new HashSet<>();
                document(p).select("[id]").forEach(element -> found.add(element.id()));
                return found;
            });
        }

        /** What is wrong with a reference on a page, or empty when it resolves. */
        Optional<String> problem(String page, Document document, String value) {
            String trimmed = value.strip();
            if (trimmed.isEmpty()) {
                return Optional.empty(); // the page itself
            }
            URI url;
            try {
                URI base = ROOT.resolve(BuiltSites.relativeUri(page));
                Element baseElement = document.selectFirst("base[href]");
                if (baseElement != null) {
                    base = base.resolve(new URI(baseElement.attr("href").strip()));
                }
                url = base.resolve(new URI(trimmed));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.of("not a valid URL (" + e.getMessage() + ")");
            }
            String path;
            if (sameOrigin(url, ROOT)) {
                path = url.getPath();
            } else if (sameOrigin(url, site.baseUrl()) && url.getPath() != null && url.getPath().startsWith(site.baseUrl().getPath())) {
                path = "/" + url.getPath().substring(site.baseUrl().getPath().length());
            } else {
                return Optional.empty(); // an external http(s) link or another scheme: not fetched
            }
            if (path == null || path.isEmpty()) {
                path = "/";
            }
            String relative = path.substring(1);
            if (Path.of(relative.isEmpty() ? "." : relative).normalize().startsWith("..") || path.contains("/../")) {
                return Optional.of("points outside the site: " + path);
            }
            Path target = site.output().resolve(relative);
            String targetPage = relative;
            if (path.endsWith("/") || Files.isDirectory(target)) {
                target = target.resolve("index.html");
                targetPage = (relative.isEmpty() || relative.endsWith("/") ? relative : relative + "/") + "index.html";
            }
            if (!Files.isRegularFile(target)) {
                return Optional.of("no file " + targetPage + " in the output");
            }
            String fragment = url.getFragment();
            if (fragment != null && !fragment.isEmpty()) {
                if (!targetPage.endsWith(".html")) {
                    return Optional.of("fragment #" + fragment + " on " + targetPage + ", which is not an HTML page");
                }
                if (!ids(targetPage).contains(fragment)) {
                    return Optional.of("no element with id=\"" + fragment + "\" in " + targetPage);
                }
            }
            return Optional.empty();
        }
    }

    static boolean sameOrigin(URI url, URI origin) {
        return url.getScheme() != null && url.getScheme().equalsIgnoreCase(origin.getScheme())
                && url.getHost() != null && url.getHost().equalsIgnoreCase(origin.getHost())
                && port(url) == port(origin);
    }

    static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
