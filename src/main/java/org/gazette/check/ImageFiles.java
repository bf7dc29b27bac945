package org.gazette.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gazette.content.Article;
import org.gazette.content.ContentLoader;
import org.gazette.content.SitePaths;
import org.gazette.markdown.ImageResolver;

/**
 * Where the build looks for the file of an image reference, as {@link ImageResolver} does: a
 * relative address beside the article (inside {@code content/}); an absolute one in
 * {@code static/}, then in {@code content/}; an address elsewhere ({@code https://}) nowhere.
 *
 * <pre>{@code
 * ImageFiles.candidates(article, "images/a.jpg"); // [content/2023/images/a.jpg]
 * ImageFiles.candidates(article, "/logo.png");    // [static/logo.png, content/logo.png]
 * }</pre>
 */
final class ImageFiles {

    private ImageFiles() {
    }

    /** The files, relative to the site root, in the order the build tries them. */
    static List<Path> candidates(Article article, String src) {
        if (Addresses.scheme(src).isPresent() || src.startsWith("//")) {
            return List.of();
        }
        String path = SitePaths.decode(Addresses.withoutQuery(src));
        if (path.startsWith("/")) {
            return List.of(ImageResolver.STATIC_FOLDER, ContentLoader.CONTENT_FOLDER).stream()
                    .map(folder -> Path.of(folder).resolve(path.substring(1)).normalize())
                    .filter(file -> file.startsWith(file.getName(0)) && !file.toString().contains(".."))
                    .toList();
        }
        return besideArticle(article, path).stream().toList();
    }

    /**
     * The folder whose names the build's message tells from when a relative image is not found
     * (one named so but for capitals): empty for other addresses.
     */
    static Optional<Path> folderAsked(Article article, String src) {
        if (Addresses.scheme(src).isPresent() || src.startsWith("//")) {
            return Optional.empty();
        }
        String path = SitePaths.decode(Addresses.withoutQuery(src));
        return path.startsWith("/") ? Optional.empty() : besideArticle(article, path).map(Path::getParent);
    }

    private static Optional<Path> besideArticle(Article article, String path) {
        Path folder = article.source().getParent() == null ? Path.of("") : article.source().getParent();
        Path file = folder.resolve(path).normalize();
        return file.startsWith(ContentLoader.CONTENT_FOLDER) ? Optional.of(file) : Optional.empty();
    }
}
