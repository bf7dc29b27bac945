package org.gazette.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.ContentLoader;
import org.gazette.content.SitePaths;
import org.gazette.markdown.LinkSchemes;
import org.gazette.problem.Problem;

/**
 * Finds the links of an article's body that lead nowhere in the site: to an address no page or
 * file has, or to a Markdown file (which the site does not publish; its page does). Addresses
 * outside the site ({@code https://elsewhere}, {@code mailto:}) are left alone; images written in
 * Markdown are the build's to check.
 *
 * <pre>{@code
 * new LinkCheck(root, config, pages, articlesBySource).check(article, references);
 * // content/2024/a.md:9:12: error: link ../2023/12/review/ leads nowhere: the site has no page ...
 * }</pre>
 */
final class LinkCheck {

    private final Path root;
    private final SiteConfig config;
    private final SitePages pages;
    private final Map<Path, Article> bySource;

    LinkCheck(Path root, SiteConfig config, SitePages pages, Map<Path, Article> bySource) {
        this.root = root;
        this.config = config;
        this.pages = pages;
        this.bySource = bySource;
    }

    List<Problem> check(Article article, List<BodyReference> references) {
        List<Problem> problems = new ArrayList<>();
        for (BodyReference reference : references) {
            if (reference.kind() != BodyReference.Kind.IMAGE) {
                check(article, reference).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private Optional<Problem> check(Article article, BodyReference reference) {
        String written = reference.target().strip();
        String what = reference.kind() == BodyReference.Kind.HTML ? "address" : "link";
        if (written.isEmpty()) {
            return reference.kind() == BodyReference.Kind.LINK
                    ? Optional.of(warning(article, reference, "a link has no address (write it between the round brackets, or remove the link)"))
                    : Optional.empty();
        }
        if (written.startsWith("#")) {
            return Optional.empty();
        }
        Optional<String> path = sitePathOf(written);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String decoded = SitePaths.decode(path.get());
        String bare = Addresses.withoutQuery(decoded);
        if (bare.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return Optional.of(markdownLink(article, reference, what, written, bare));
        }
        String base = config.basePath();
        String target;
        if (bare.startsWith("/") && !base.equals("/")) {
            if (!bare.startsWith(base)) {
                return Optional.of(error(article, reference, what + " " + written + " leaves the site, which is published under "
                        + base + " (start it with " + base + ", or make it relative)"));
            }
            target = Addresses.resolve("/", "/" + bare.substring(base.length()));
        } else {
            target = Addresses.resolve(article.url(), bare);
        }
        if (pages.contains(target)) {
            return Optional.empty();
        }
        return Optional.of(error(article, reference, what + " " + written + " leads nowhere: the site has no page or file at "
                + target + " (" + hint(article, target) + ")"));
    }

    /** The part of an address inside this site: a path, or an absolute URL on the site's own host. */
    private Optional<String> sitePathOf(String written) {
        if (LinkSchemes.active(written).isPresent()) {
            return Optional.empty(); // javascript: hidden by an entity is no path of the site: told as active HTML, or an error
        }
        Optional<String> scheme = Addresses.scheme(written);
        if (scheme.isEmpty() && !written.startsWith("//")) {
            return Optional.of(written);
        }
        if (scheme.isPresent() && !scheme.get().equals("http") && !scheme.get().equals("https")) {
            return Optional.empty();
        }
        String host = config.baseUrl().getHost();
        String rest = written.replaceFirst("^(?i)(https?:)?//", "");
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        // Elsewhere on the site's own host (its home page, another section) is outside the site too.
        if (host == null || !authority.equalsIgnoreCase(host) || !(path + "/").startsWith(config.basePath())) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private Problem markdownLink(Article article, BodyReference reference, String what, String written, String path) {
        List<Path> candidates = new ArrayList<>();
        Path folder = article.source().getParent() == null ? Path.of("") : article.source().getParent();
        if (path.startsWith("/")) {
            candidates.add(Path.of(path.substring(1)));
            candidates.add(Path.of(ContentLoader.CONTENT_FOLDER, path.substring(1)));
        } else {
            candidates.add(folder.resolve(path));
        }
        for (Path candidate : candidates) {
            Article target = bySource.get(candidate.normalize());
            if (target != null) {
                return error(article, reference, what + " " + written + " leads to the Markdown file " + show(target.source())
                        + ", which is not published (link to its page instead: " + SitePaths.relative(article.url(), target.url())
                        + (config.basePath().equals("/") ? ", or " + target.url() : "") + ")");
            }
        }
        Path expected = candidates.get(0).normalize();
        return error(article, reference, what + " " + written + " leads to " + show(expected)
                + ", which does not exist; and a Markdown file is not published anyway (link to the article's page, such as ../"
                + "five-year-review/)");
    }

    private String hint(Article article, String target) {
        List<Article> sameSlug = pages.sameSlug(target);
        if (!sameSlug.isEmpty()) {
            Article match = sameSlug.get(0);
            return "did you mean " + SitePaths.relative(article.url(), match.url()) + ", the page of " + show(match.source()) + "?";
        }
        List<String> sameName = pages.sameFileName(target);
        if (!sameName.isEmpty()) {
            String file = sameName.get(0);
            return "the file " + pages.file("/" + file).map(LinkCheck::show).orElse(file) + " is published at /" + file
                    + ": link to " + SitePaths.relative(article.url(), "/" + file);
        }
        return "check the address; an article's page is at its date and slug, such as /2023/12/five-year-review/";
    }

    private static Problem error(Article article, BodyReference reference, String message) {
        return Problem.error(article.source(), reference.line(), reference.column(), message);
    }

    private static Problem warning(Article article, BodyReference reference, String message) {
        return Problem.warning(article.source(), reference.line(), reference.column(), message);
    }

    private static String show(Path path) {
        return path.toString().replace('\\', '/');
    }
}
