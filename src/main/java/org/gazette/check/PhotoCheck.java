package org.gazette.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.content.Article;
import org.gazette.content.Photo;
import org.gazette.markdown.BodyReference;
import org.gazette.problem.Problem;

/**
 * Warns about photos too large to publish as they are: every photo of the front matter and
 * every image of the body whose file is over the limit. (A photo that is missing is the build's
 * error, reported once, by the build.)
 *
 * <pre>{@code
 * new PhotoCheck(root, 1_000_000).check(article, references);
 * // content/2023/a/index.md:14:1: warning: photo photo-1.jpg is 6.2 MB, over the limit of 1 MB ...
 * }</pre>
 */
final class PhotoCheck {

    private final Path root;
    private final long limit;
    private final Map<Path, OptionalLong> sizes = new ConcurrentHashMap<>();

    PhotoCheck(Path root, long limit) {
        this.root = root;
        this.limit = limit;
    }

    List<Problem> check(Article article, List<BodyReference> references) {
        List<Problem> problems = new ArrayList<>();
        Set<Path> reported = new HashSet<>();
        for (Photo photo : article.photos()) {
            tooLarge(article, photo.src(), photo.line(), 0, reported).ifPresent(problems::add);
        }
        for (BodyReference reference : references) {
            if (reference.kind() == BodyReference.Kind.IMAGE) {
                tooLarge(article, reference.target(), reference.line(), reference.column(), reported).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private Optional<Problem> tooLarge(Article article, String src, int line, int column, Set<Path> reported) {
        Optional<Path> file = fileOf(article, src);
        if (file.isEmpty() || !reported.add(file.get())) {
            return Optional.empty();
        }
        OptionalLong size = sizes.computeIfAbsent(file.get(), this::sizeOf);
        if (size.isEmpty() || size.getAsLong() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(article.source(), line, column, "photo " + src + " is " + describe(size.getAsLong())
                + ", over the limit of " + describe(limit) + " (save it smaller: about 1600 pixels wide at JPEG quality 80"
                + " is usually under 500 KB; or raise the limit with --max-photo-size)"));
    }

    /** The local file an image reference names, the first the build would find; empty for addresses elsewhere. */
    private Optional<Path> fileOf(Article article, String src) {
        return ImageFiles.candidates(article, src).stream().filter(file -> Files.isRegularFile(root.resolve(file))).findFirst();
    }

    private OptionalLong sizeOf(Path file) {
        try {
            return OptionalLong.of(Files.size(root.resolve(file)));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** 6.2 MB, 850 KB, 999 bytes: sizes in the units of {@code --max-photo-size}. */
    static String describe(long bytes) {
        if (bytes >= 1_000_000) {
            return trim(String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0)) + " MB";
        }
        if (bytes >= 1_000) {
            return trim(String.format(Locale.ROOT, "%.1f", bytes / 1_000.0)) + " KB";
        }
        return bytes + " bytes";
    }

    private static String trim(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }
}
