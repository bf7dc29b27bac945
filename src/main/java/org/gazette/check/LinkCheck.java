package org.gazette.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.ArticleDates;
import org.gazette.content.ContentLoader;
import org.gazette.content.SiteLinks;
import org.gazette.content.SitePaths;
import org.gazette.markdown.BodyReference;
import org.gazette.markdown.LinkSchemes;
import org.gazette.problem.Problem;

/**
 * Finds the links of an article's body that lead nowhere in the site: to an address no page or
 * file has, or to a Markdown file (which the site does not publish; its page does); and those that
 * lead to a draft (an error: broken until it is published) or to an article scheduled for later
 * (a warning naming when it comes out), which readers do not have yet. Addresses
 * outside the site ({@code https://elsewhere}, {@code mailto:}) are left alone; images written in
 * Markdown are the build's to check.
 *
 * <pre>{@code
 * new LinkCheck(root, config, pages, articlesBySource, live).check(article, references);
 * // content/2024/a.md:9:12: error: link ../2023/12/review/ leads nowhere: the site has no page ...
 * // content/2024/a.md:11:3: error: link /2024/10/volunteer-draft/ leads to the draft content/2024/v.md, which is not published ...
 * }</pre>
 */
final class LinkCheck {

    private final Path root;
    private final SiteConfig config;
    private final SitePages pages;
    private final Map<Path, Article> bySource;
    private final LivePages live;

    LinkCheck(Path root, SiteConfig config, SitePages pages, Map<Path, Article> bySource, LivePages live) {
        this.root = root;
        this.config = config;
        this.pages = pages;
        this.bySource = bySource;
        this.live = live;
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
            return reference.kind() == BodyReference.Kind.LINK || reference.kind() == BodyReference.Kind.DEFINITION
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
        if (SiteLinks.leavesSite(config, bare)) {
            return Optional.of(error(article, reference, what + " " + written + " leaves the site, which is published under "
                    + base + " (start it with " + base + ", or make it relative)"));
        }
        String target = siteTarget(article, bare);
        if (pages.contains(target)) {
            return unpublished(article, reference, what + " " + written, target);
        }
        return Optional.of(error(article, reference, what + " " + written + " leads nowhere: the site has no page or file at "
                + target + " (" + hint(article, target) + ")"));
    }

    /**
     * A link to a page or file the site makes only for a draft or a scheduled article, which
     * readers of {@code article} do not have: none from a draft (checked once it is published),
     * none to an article that comes out before {@code article} does.
     */
    private Optional<Problem> unpublished(Article article, BodyReference reference, String link, String target) {
        if (article.draft() || live.now().contains(target)) {
            return Optional.empty();
        }
        boolean scheduled = LivePages.isScheduled(article, live.at());
        Optional<Article> to = pages.articleAt(target);
        if (to.isPresent() && to.get().draft()) {
            return Optional.of(error(article, reference, link + " leads to the draft " + show(to.get().source())
                    + ", which is not published: the link is broken until it is (publish that article, or remove the link)"));
        }
        if (to.isPresent()) {
            if (!to.get().date().isAfter(article.date())) {
                return Optional.empty();
            }
            return Optional.of(warning(article, reference, link + " leads to " + show(to.get().source())
                    + ", which comes out on " + ArticleDates.show(to.get().date()) + ": until then the link is broken"
                    + " (add the link once that article is out, or bring its date forward)"));
        }
        String listed = (pages.file(target).isPresent() ? " a file" : " a page") + (link.endsWith(" " + target) ? "" : " at " + target);
        if (live.scheduled().contains(target)) {
            // A list or file that an article scheduled for later makes: one scheduled itself may come out after it.
            return scheduled ? Optional.empty() : Optional.of(warning(article, reference, link + " leads to" + listed
                    + " that the site has only once an article scheduled for later is out: until then the link is broken"
                    + " (add the link once that article is out)"));
        }
        return Optional.of(error(article, reference, link + " leads to" + listed + " that the site makes only for drafts,"
                + " which are not published: the link is broken until one is (publish the draft, or remove the link)"));
    }

    /**
     * The path in the site, from its root, that the link or address {@code reference} leads to,
     * if it leads into the site: for files that no article links.
     */
    Optional<String> target(Article article, BodyReference reference) {
        String written = reference.target().strip();
        if (reference.kind() == BodyReference.Kind.IMAGE || written.isEmpty() || written.startsWith("#")) {
            return Optional.empty();
        }
        return sitePathOf(written).map(path -> siteTarget(article, Addresses.withoutQuery(SitePaths.decode(path))));
    }

    /** The path in the site that {@code bare}, a decoded path without query, leads to from the article's page. */
    private String siteTarget(Article article, String bare) {
        return SiteLinks.siteTarget(config, article.url(), bare);
    }

    /** The part of an address inside this site: a path, or an absolute URL on the site's own host. */
    private Optional<String> sitePathOf(String written) {
        if (LinkSchemes.active(written).isPresent()) {
            return Optional.empty(); // javascript: hidden by an entity is no path of the site: told as active HTML, or an error
        }
        return SiteLinks.sitePathOf(config, written);
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
        Optional<String> otherCase = pages.sameButForCase(target);
        if (otherCase.isPresent()) {
            return "the site has " + otherCase.get() + ", the same but for capitals or Unicode form, which web servers tell"
                    + " apart: link to " + SitePaths.relative(article.url(), otherCase.get());
        }
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
