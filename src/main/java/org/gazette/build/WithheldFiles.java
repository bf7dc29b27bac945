package org.gazette.build;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.ContentLoader;
import org.gazette.content.SiteLinks;
import org.gazette.content.SitePaths;
import org.gazette.markdown.BodyReference;
import org.gazette.markdown.BodyReferences;

/**
 * The files under {@code content/} kept back with articles that are not published (drafts, and
 * articles dated later): a takedown takes an article's photos with it, and a scheduled article's
 * photos do not come out before it. Withheld are
 * <ul>
 * <li>the files in the folder of a page bundle ({@code content/2023/x/index.md}, and the folders
 *     below it that are no bundle of their own) whose article is not published. An {@code index.md}
 *     whose folder, or a folder below it, holds other articles ({@code content/2024/index.md}, a
 *     special-topic page beside the year's articles) is no bundle: it keeps back only the files it uses;</li>
 * <li>any other file that an unpublished article uses (a photo in its front matter, an image, link
 *     or {@code src}/{@code href} in its body) and no published article does;</li>
 * </ul>
 * Images (front-matter photos, {@code ![](..)}) are read from the article's source folder, as the
 * build resolves them; links ({@code [..](..)}, autolinks) from the article's page URL, as browsers
 * and {@code gazette check} do ({@link SiteLinks}), an absolute URL on the site's own host and base
 * path included. A reference definition, which may serve either, and an {@code src}/{@code href} of
 * raw HTML are read both ways. Uses are found as the build parses the body ({@link BodyReferences}),
 * so a link whose address holds spaces counts whole and an address in a code block does not count.
 *
 * <pre>{@code
 * Set<Path> withheld = WithheldFiles.of(articles, published::contains, tree.files(), config);
 * withheld.contains(Path.of("content/2023/five-year-review/photo-1.jpg")); // true while the article is a draft
 * }</pre>
 */
public final class WithheldFiles {

    /** A %XX escape, as a file's name may be written in an address. */
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

    private WithheldFiles() {
    }

    /**
     * @param articles    every article read, published or not
     * @param isPublished whether an article (by its source) is in the site being built
     * @param files       the files under {@code content/}, relative to the site root
     * @param config      the site's settings: its base URL, which an absolute address may start with
     * @return the files not to publish, as given in {@code files}
     */
    public static Set<Path> of(List<Article> articles, Predicate<Path> isPublished, List<Path> files,
                               SiteConfig config) {
        // The folders holding an article that is not an index.md, and the folders above them: no bundle's.
        Set<Path> withArticles = new HashSet<>();
        for (Article article : articles) {
            if (!article.source().getFileName().toString().equals("index.md")) {
                for (Path folder = article.source().getParent(); folder != null && withArticles.add(folder); folder = folder.getParent()) {
                    // every folder up to content/
                }
            }
        }
        BodyReferences references = new BodyReferences();
        Map<Path, Article> bundles = new HashMap<>();
        Set<Path> usedUnpublished = new HashSet<>();
        for (Article article : articles) {
            if (isBundle(article.source()) && !withArticles.contains(article.source().getParent())) {
                bundles.put(article.source().getParent(), article);
            }
            if (!isPublished.test(article.source())) {
                usedUnpublished.addAll(uses(article, references, config, true));
            }
        }
        Set<Path> withheld = new HashSet<>();
        for (Path file : files) {
            Article owner = bundleOf(file, bundles);
            if (owner != null ? !isPublished.test(owner.source()) : usedUnpublished.contains(file)) {
                withheld.add(file);
            }
        }
        if (withheld.isEmpty()) {
            return withheld;
        }
        Set<String> names = new HashSet<>();
        withheld.forEach(file -> names.add(file.getFileName().toString()));
        articles.parallelStream().filter(a -> isPublished.test(a.source()))
                .map(a -> uses(a, references, config, mayName(a.body().get(), names))).toList()
                .forEach(withheld::removeAll);
        return withheld;
    }

    /**
     * Whether {@code body} could name one of the files called {@code names}: by name, or with
     * %XX escapes. Only such a body is parsed for its uses; a percentage ("增长12%") is no escape,
     * and reading every body with one parsed most of a news archive again at every build.
     */
    static boolean mayName(String body, Set<String> names) {
        return PERCENT_ESCAPE.matcher(body).find() || names.stream().anyMatch(body::contains);
    }

    /** Whether the article is a page bundle's {@code index.md}: not {@code content/index.md}, whose folder is all of content. */
    private static boolean isBundle(Path source) {
        Path folder = source.getParent();
        return source.getFileName().toString().equals("index.md") && folder != null
                && !folder.equals(Path.of(ContentLoader.CONTENT_FOLDER));
    }

    /** The article of the nearest bundle whose folder holds {@code file}, or null. */
    private static Article bundleOf(Path file, Map<Path, Article> bundles) {
        for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
            Article bundle = bundles.get(folder);
            if (bundle != null) {
                return bundle;
            }
        }
        return null;
    }

    /** The files under content/ that {@code article} uses, relative to the site root: its photos', and its body's if {@code body}. */
    private static Set<Path> uses(Article article, BodyReferences references, SiteConfig config, boolean body) {
        Set<Path> uses = new HashSet<>();
        Path folder = article.source().getParent() == null ? Path.of("") : article.source().getParent();
        article.photos().forEach(photo -> addImage(uses, folder, photo.src(), config.basePath()));
        for (BodyReference reference : body ? references.of(article) : List.<BodyReference>of()) {
            // A definition may serve an image or a link, and raw HTML's src is read both ways: either use counts.
            if (reference.kind() != BodyReference.Kind.LINK) {
                addImage(uses, folder, reference.target(), config.basePath());
            }
            if (reference.kind() != BodyReference.Kind.IMAGE) {
                addLink(uses, article, reference.target(), config);
            }
        }
        return uses;
    }

    /** A link's use: the file at the site path it leads to from the article's page ({@link SiteLinks}). */
    private static void addLink(Set<Path> uses, Article article, String written, SiteConfig config) {
        Optional<String> path = SiteLinks.sitePathOf(config, written.strip());
        if (path.isEmpty()) {
            return; // another site's, or mailto:, javascript: ...
        }
        String bare = SiteLinks.withoutQuery(SitePaths.decode(path.get()));
        if (bare.isEmpty() || SiteLinks.leavesSite(config, bare)) {
            return;
        }
        String target = SiteLinks.siteTarget(config, article.url(), bare);
        try {
            uses.add(Path.of(ContentLoader.CONTENT_FOLDER).resolve(target.substring(1)).normalize());
        } catch (InvalidPathException e) {
            // not a name of this file system: no file of content/ either
        }
    }

    /** An image's use: the file it names from the article's source folder, as the build resolves it. */
    private static void addImage(Set<Path> uses, Path folder, String written, String basePath) {
        String address = SitePaths.decode(SiteLinks.withoutQuery(written.strip()));
        if (address.isEmpty() || address.startsWith("//") || SiteLinks.scheme(address).isPresent()) {
            return; // another site's, or mailto:, photo:, javascript: ...
        }
        Path content = Path.of(ContentLoader.CONTENT_FOLDER);
        try {
            if (address.startsWith("/")) {
                uses.add(content.resolve(address.substring(1)).normalize());
                if (!basePath.equals("/") && address.startsWith(basePath)) {
                    uses.add(content.resolve(address.substring(basePath.length())).normalize());
                }
            } else {
                uses.add(folder.resolve(address).normalize());
            }
        } catch (InvalidPathException e) {
            // not a name of this file system: no file of content/ either
        }
    }
}
