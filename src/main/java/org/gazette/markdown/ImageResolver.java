package org.gazette.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.ContentLoader;
import org.gazette.content.CopiedFiles;
import org.gazette.content.SitePaths;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;

/**
 * Finds the file behind an image reference and its place in the site. A relative {@code src}
 * is relative to the article's folder under {@code content/} and is published at the same path
 * without {@code content/}; an absolute one ({@code /images/logo.png}) is looked up in
 * {@code static/} and then {@code content/}; an {@code http(s)://} address is an error (its size
 * is unknown, and the page would shift as it loads), a {@code data:} one is left alone. A file
 * whose pixel size cannot be read ({@link ImageSize}) is an error, not an image that shifts the page;
 * so is a file under {@code content/} with a hidden name (".private/"), which is not published.
 *
 * <pre>{@code
 * new ImageResolver(root).resolve(Path.of("content/2023/x.md"), 12, "images/visit.jpg");
 * // link "/2023/images/visit.jpg", size 800x533
 * }</pre>
 */
public final class ImageResolver {

    public static final String STATIC_FOLDER = CopiedFiles.STATIC_FOLDER;

    private final Path root;
    /** Each file looked at, read once per build. */
    private final Map<Path, Looked> looked = new ConcurrentHashMap<>();
    private final Map<Path, Set<Path>> consulted = new ConcurrentHashMap<>();
    /** The names each folder holds, listed once per build. */
    private final Map<Path, Set<String>> folderNames = new ConcurrentHashMap<>();

    public ImageResolver(Path root) {
        this.root = root;
    }

    public Outcome<ResolvedImage> resolve(Path source, int line, String src) {
        if (src.matches("(?i)^(https?:)?//.*")) {
            return Outcome.failed(Problem.error(source, line, "image " + src + " is on another site (save it beside the article"
                    + " and give its file name, such as " + suggestedName(src) + ": a page cannot know the size of a photo"
                    + " elsewhere, so it would shift as the photo loads, and the photo would go when that site does)"));
        }
        if (src.startsWith("data:")) {
            return Outcome.of(new ResolvedImage(src, Optional.empty()), List.of());
        }
        String path = SitePaths.decode(src.replaceAll("[?#].*$", ""));
        Path content = root.resolve(ContentLoader.CONTENT_FOLDER).normalize();
        if (path.startsWith("/")) {
            String relative = path.substring(1);
            for (Path folder : List.of(root.resolve(STATIC_FOLDER).normalize(), content)) {
                Path file = folder.resolve(relative).normalize();
                if (file.startsWith(folder) && consult(source, file)) {
                    // static/ is published whole; content/ leaves out hidden files
                    return folder.equals(content) ? foundInContent(source, line, src, path, file) : found(source, line, src, path, file);
                }
            }
            for (Path folder : List.of(root.resolve(STATIC_FOLDER).normalize(), content)) {
                Path file = folder.resolve(relative).normalize();
                if (file.startsWith(folder) && Files.isSymbolicLink(file)) {
                    return Outcome.failed(linkToNothing(source, line, src, file));
                }
            }
            return Outcome.failed(Problem.error(source, line, "image " + src + " not found (put it in "
                    + STATIC_FOLDER + path + " or " + ContentLoader.CONTENT_FOLDER + path + ", or correct the path)"));
        }
        Path file = root.resolve(source).getParent().resolve(path).normalize();
        if (!file.startsWith(content)) {
            return Outcome.failed(Problem.error(source, line, "image " + src + " points outside content/"
                    + " (keep images beside the article, or use a path starting with /)"));
        }
        if (!consult(source, file)) {
            return Outcome.failed(Files.isSymbolicLink(file) ? linkToNothing(source, line, src, file) : notFound(source, line, src, file));
        }
        return foundInContent(source, line, src, "/" + content.relativize(file).toString().replace('\\', '/'), file);
    }

    private static final Pattern PICTURE = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|bmp|svg)$");

    /** Whether {@code address} names a picture file (.jpg, .png, …), as an image's address does. */
    public static boolean namesPicture(String address) {
        return PICTURE.matcher(address).find();
    }

    /** The last segment of an address, as a file name to save it under: remote.jpg for http://old.example.org/upload/remote.jpg. */
    private static String suggestedName(String src) {
        String path = src.replaceAll("[?#].*$", "");
        String name = SitePaths.decode(path.substring(path.lastIndexOf('/') + 1));
        return name.isEmpty() || name.contains(" ") ? "photo.jpg" : name;
    }

    /**
     * No file at {@code file}: perhaps one named so but for capitals. The message depends on the
     * folder's names, so the folder is consulted too: the caches render again when they change.
     */
    private Problem notFound(Path source, int line, String src, Path file) {
        consulted.get(source).add(file.getParent());
        String otherCase = FolderNames.otherCase(file)
                .map(name -> FolderNames.advice(name, file.getFileName().toString()))
                .orElse("check the file name");
        return Problem.error(source, line, "image " + src + " not found (expected at "
                + root.relativize(file).toString().replace('\\', '/') + "; " + otherCase + ")");
    }

    /** The image's name is right, but its file is a symbolic link to nothing (a share not mounted, a moved target). */
    private Problem linkToNothing(Path source, int line, String src, Path file) {
        return Problem.error(source, line, "image " + src + " is a symbolic link that leads to nothing ("
                + root.relativize(file).toString().replace('\\', '/') + ": correct the link, or remove it)");
    }

    /** A file under content/ in a hidden folder, or with a hidden name, is there but never published. */
    private Outcome<ResolvedImage> foundInContent(Path source, int line, String src, String link, Path file) {
        Path relative = root.resolve(ContentLoader.CONTENT_FOLDER).normalize().relativize(file);
        Optional<String> hidden = ContentLoader.hiddenPart(relative);
        if (hidden.isPresent()) {
            boolean inFolder = relative.getParent() != null && ContentLoader.hiddenPart(relative.getParent()).isPresent();
            return Outcome.failed(Problem.error(source, line, "image " + src + (inFolder
                    ? " is in the hidden folder " + hidden.get() + ", which is not published (rename the folder without its"
                            + " leading \".\", or move the image out of it)"
                    : " has a hidden name, starting with \".\", and is not published (rename the file without its leading \".\")")));
        }
        return found(source, line, src, link, file);
    }

    /**
     * Every file looked at for the images of {@code source}, found or not: an article's rendering
     * holds as long as none of them has changed (the build cache checks them).
     */
    public Set<Path> consulted(Path source) {
        return consulted.getOrDefault(source, Set.of());
    }

    /**
     * What an earlier run saw in these files ({@link #state}, named as {@link #nameOf} names
     * them), taken for those whose length, time and inode are the same: an edited article's photos
     * are not read again for their pixel size (reading the first one took an edit about 50 ms
     * of the JVM's first use of the image readers).
     */
    public void remember(List<ImageFileState> states) {
        for (ImageFileState state : states) {
            Path file = fileNamed(state.path());
            if (state.untouched(file)) {
                Looked.seen(state.named(file.toString())).ifPresent(seen -> looked.putIfAbsent(file, seen));
            }
        }
    }

    /** A file as this resolver found it: its state for the caches, its pixel size, and whether it is a JPEG cut short. */
    private record Looked(ImageFileState state, Optional<ImageSize> size, boolean cutShort) {

        /** The pixel size as {@link #at} writes it in the state, and whether the JPEG is cut short. */
        private static final Pattern SEEN_SIZE = Pattern.compile("(\\d{1,9})x(\\d{1,9})( cut short)?");

        /** Reads {@code file}: its length and time, then whether it is there, its pixel size and whether it ends too soon. */
        static Looked at(Path file) {
            AtomicReference<Optional<ImageSize>> size = new AtomicReference<>(Optional.empty());
            AtomicBoolean cutShort = new AtomicBoolean();
            ImageFileState state = ImageFileState.of(file.toString(), file, f -> {
                if (Files.isDirectory(f)) { // consulted for an image not found beside it: its names
                    return "folder:" + FolderNames.digest(f);
                }
                if (!Files.isRegularFile(f)) {
                    return "absent";
                }
                size.set(ImageSize.read(f));
                cutShort.set(size.get().isPresent() && JpegEnding.cutShort(f));
                // Unreadable, with the reason an editor is told: an empty file mended into a damaged one is another problem.
                return size.get().map(s -> s.width() + "x" + s.height() + (cutShort.get() ? " cut short" : ""))
                        .orElseGet(() -> "unreadable:" + unreadable(f));
            });
            return new Looked(state, size.get(), cutShort.get());
        }

        /** A file whose pixel size {@code state} holds, as {@link #at} saw it; none for the other states, read afresh. */
        static Optional<Looked> seen(ImageFileState state) {
            Matcher size = SEEN_SIZE.matcher(state.seen());
            if (!size.matches()) {
                return Optional.empty();
            }
            ImageSize pixels = new ImageSize(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)));
            return Optional.of(new Looked(state, Optional.of(pixels), size.group(3) != null));
        }

        /** Whether a file was there, readable as an image or not. */
        boolean isFile() {
            return !state.seen().equals("absent") && !state.seen().startsWith("folder:");
        }
    }

    /**
     * {@code file}, one of the places an article looked for an image, as this build found it: what
     * the body took from it (whether it is there, its pixel size) with the length and time read
     * before. The build cache keeps a body while what it took stays the same.
     */
    public ImageFileState state(Path file) {
        return looked.computeIfAbsent(file, Looked::at).state();
    }

    /** {@code file}'s name relative to the site root: a cache that names files so holds for a copy of the site too. */
    public String nameOf(Path file) {
        return root.relativize(file).toString();
    }

    /** The file a name from {@link #nameOf} stands for. */
    public Path fileNamed(String name) {
        return root.resolve(name);
    }

    /** As {@link #state}, read afresh, for a caller without a resolver. */
    public static ImageFileState stateAfresh(Path file) {
        return Looked.at(file).state();
    }

    private boolean consult(Path source, Path file) {
        consulted.computeIfAbsent(source, s -> ConcurrentHashMap.newKeySet()).add(file);
        // Whether it is there as the caches keep it: a photo that comes or goes just after must not
        // leave a body made without it under the state of one with it, nor the other way.
        return looked.computeIfAbsent(file, Looked::at).isFile() && namedAsWritten(file);
    }

    /**
     * Whether {@code file}'s name, and its folders' names below the site's root, are names their
     * folders hold exactly: on macOS's and Windows' disks {@code images/photo-1.jpg} opens
     * {@code Images/Photo-1.JPG} (and a composed name a decomposed one), which the web server
     * would not find. So every system gives the answer Linux and the server give.
     */
    private boolean namedAsWritten(Path file) {
        Path folder = root.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        for (Path at = absolute; at.getParent() != null && !at.equals(folder); at = at.getParent()) {
            if (!folderNames.computeIfAbsent(at.getParent(), f -> Set.copyOf(FolderNames.names(f))).contains(at.getFileName().toString())) {
                return false;
            }
        }
        return true;
    }

    /** A file whose size cannot be read would be an image without width and height, or none at all: an error. */
    private Outcome<ResolvedImage> found(Path source, int line, String src, String link, Path file) {
        Looked image = looked.computeIfAbsent(file, Looked::at);
        if (image.size().isEmpty()) {
            return Outcome.failed(Problem.error(source, line, "image " + src + unreadable(file)));
        }
        // A warning, not an error: the page keeps its layout, and one photo must not hold back the whole site.
        List<Problem> problems = image.cutShort()
                ? List.of(Problem.warning(source, line, "image " + src + " is cut short: the file ends before the photo"
                        + " does, and readers see its top part above a grey band (copy it again from the original)"))
                : List.of();
        return Outcome.of(new ResolvedImage(link, image.size()), problems);
    }

    /** Why the size of {@code file} could not be read, and what to do. */
    private static String unreadable(Path file) {
        if (ImageSize.isSvg(file)) {
            return " gives no size (give its <svg> element width and height in pixels, or a viewBox)";
        }
        try {
            if (Files.size(file) == 0) {
                return " is an empty file, 0 bytes (copy the photo again, or replace the file)";
            }
        } catch (IOException e) {
            return " cannot be read: " + e.getMessage() + " (check that the file can be read)";
        }
        return " is not a " + ImageSize.FORMATS + " file that Gazette can read (it is damaged, cut short or of"
                + " another kind: export it again as JPEG or PNG, or replace the file)";
    }
}
