package org.gazette.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.problem.Problem;
import org.gazette.problem.ReadProblems;

/**
 * Lists {@code content/} under a site root: every {@code *.md} file is read as a
 * {@link SourceFile}, every other file is kept as a file to copy. Hidden files and folders
 * (starting with ".") and editors' backups and locks ("a.md~", "#a.md#", Word's "~$稿件.docx"),
 * and the files Explorer, Finder and Word leave in folders (Thumbs.db, desktop.ini, ~WRL0001.tmp) are
 * skipped: never published.
 *
 * <pre>{@code
 * ContentTree tree = ContentLoader.load(Path.of("."));
 * }</pre>
 */
public final class ContentLoader {

    public static final String CONTENT_FOLDER = "content";

    private ContentLoader() {
    }

    public static ContentTree load(Path root) {
        return load(root, null);
    }

    /**
     * The same, with a link under {@code content/} into {@code output} (may be null), the folder
     * the build writes, among the tree's faults: each build would publish the last one inside
     * itself. Links out of the site's folder, links to nothing and loops are faults too; the rest is read. Throws when
     * {@code content} itself is a file or a link to nothing, or a folder or article cannot be read.
     */
    public static ContentTree load(Path root, Path output) {
        return load(root, output, null);
    }

    /**
     * The same, each article's stamp taken before it is read ({@link SourceFile#stampToKeep}), and
     * an article {@code known} has a fingerprint for under its stamp left unread
     * ({@link SourceFile#unread}). Only where the file system keeps change times and inodes:
     * elsewhere (Windows) a time put back would hide a change, and every article is read.
     */
    public static ContentTree load(Path root, Path output, KnownSources known) {
        LinkGuard guard = LinkGuard.of(root, output);
        Path content = root.resolve(CONTENT_FOLDER);
        SourceWalk.refuseUnlessFolder(content);
        if (!Files.isDirectory(content)) {
            return new ContentTree(List.of(), List.of(), List.of());
        }
        List<Problem> faults = new ArrayList<>();
        List<Path> paths = paths(root, guard, refusal -> faults.addAll(ReadProblems.of(refusal, root)));
        boolean stamped = known != null && FileStamp.keepsChangeTimes(content);
        List<SourceFile> sources = readArticles(paths.stream().filter(ContentLoader::isArticle).toList(),
                path -> stamped ? readUnlessKnown(path, root.resolve(path), known) : new SourceFile(path, read(root.resolve(path))));
        List<Path> files = paths.stream().filter(path -> !isArticle(path)).toList();
        faults.addAll(copiesAndTextArticles(root, paths));
        return new ContentTree(sources, files, faults);
    }

    /**
     * The articles at {@code paths}, each read by {@code reader}, in their order. Of several that
     * cannot be read, the first in order is thrown, as a read one by one would throw it: a
     * parallel stream throws whichever failure came first in time, another file on every run.
     */
    static List<SourceFile> readArticles(List<Path> paths, Function<Path, SourceFile> reader) {
        // Read on every core: ten thousand small files take a while one by one.
        List<Read> reads = paths.parallelStream().map(path -> Read.of(path, reader)).toList();
        for (Read read : reads) {
            if (read.failure() != null) {
                throw read.failure();
            }
        }
        return reads.stream().map(Read::source).toList();
    }

    /** An article read, or why it could not be. */
    private record Read(SourceFile source, UncheckedIOException failure) {
        static Read of(Path path, Function<Path, SourceFile> reader) {
            try {
                return new Read(reader.apply(path), null);
            } catch (UncheckedIOException e) {
                return new Read(null, e);
            }
        }
    }

    /**
     * An error for each file of {@code tree} that would be published as it is but is an article
     * by another name ({@link #looksLikeArticle}) or a copy of one ({@link #copiedArticle}).
     */
    public static List<Problem> strayFileProblems(ContentTree tree) {
        List<Problem> problems = new ArrayList<>();
        for (Path file : tree.files()) {
            if (looksLikeArticle(file)) {
                String name = file.getFileName().toString();
                problems.add(Problem.error(file, 0, "only files ending in .md are read as articles; this one would be published"
                        + " as it is (rename it to " + name.substring(0, name.lastIndexOf('.')) + ".md, or move it out of content/)"));
            } else {
                copiedArticle(file).ifPresent(article -> problems.add(Problem.error(file, 0, "a copy of the article "
                        + article + ", which would be published as it is, front matter and unpublished text included"
                        + " (delete it, or move it out of content/)")));
            }
        }
        return problems;
    }

    /**
     * The files under {@code content/} that are not articles, relative to {@code root}, as
     * {@link #load} gives them but without reading the articles, and without the faults, which the
     * build tells: what {@code gazette check} lists as published.
     */
    public static List<Path> otherFiles(Path root, Path output) {
        if (!Files.isDirectory(root.resolve(CONTENT_FOLDER))) {
            return List.of();
        }
        return paths(root, LinkGuard.of(root, output), refusal -> { }).stream().filter(path -> !isArticle(path)).toList();
    }

    /** Every file under {@code content/} the build reads, relative to {@code root}: hidden ones are not. */
    private static List<Path> paths(Path root, LinkGuard guard, Consumer<UncheckedIOException> faults) {
        Path content = root.resolve(CONTENT_FOLDER);
        // By the name alone: the walk enters no hidden folder, so no path it asks about lies in one.
        return SourceWalk.files(content, guard, path -> hiddenName(path.getFileName().toString()).isEmpty(), faults).stream()
                .map(path -> below(root, path))
                .toList();
    }

    /**
     * {@code path}, which the walk made by resolving names against {@code root}, relative to it:
     * its names after root's. Not {@code root.relativize(path)}, which looks for "." and ".." in
     * every name of both and took more of an edit's main thread than the walk itself.
     */
    private static Path below(Path root, Path path) {
        int skipped = root.toString().isEmpty() ? 0 : root.getNameCount();
        return path.subpath(skipped, path.getNameCount());
    }

    private static boolean isArticle(Path path) {
        return path.getFileName().toString().endsWith(".md");
    }

    /**
     * A Markdown file by another name ("a.markdown", "a.MD"): not read as an article, it would be
     * published as it is, which an editor never means.
     */
    public static boolean looksLikeArticle(Path path) {
        String name = path.getFileName().toString();
        return !isArticle(path) && name.toLowerCase(Locale.ROOT).matches(".+\\.(md|markdown|mdown|mkd|mkdn)");
    }

    /**
     * A copy of an article under another name ("a.md.orig" from git mergetool, "a.md.txt" from
     * Notepad's Save as, "a.md.bak"): not read as an article, it would be published as it is,
     * source, drafts and all. Empty when {@code path} is not one, else the article's name ("a.md",
     * for "a.MD.txt" too).
     */
    public static Optional<String> copiedArticle(Path path) {
        String name = path.getFileName().toString();
        int md = name.toLowerCase(Locale.ROOT).indexOf(".md.");
        return md > 0 && !isArticle(path) ? Optional.of(name.substring(0, md) + ".md") : Optional.empty();
    }

    /** The name, without .md, of a copy Explorer, Finder or a browser makes: "a - 副本", "a - Copy", "a copy", "a (1)", "a 2". */
    private static final Pattern COPY_SUFFIX = Pattern.compile("(?: - 副本| - copy| copy| \\(\\d+\\)| \\d+)+", Pattern.CASE_INSENSITIVE);

    /** A front matter's title: line, its value in group 1. */
    private static final Pattern TITLE = Pattern.compile("(?m)^title\\s*[:：][ \\t]*(.*?)[ \\t]*$");

    /**
     * Articles that are copies of another beside them ("a - 副本.md" beside "a.md"), which would be
     * published at an address of their own, old text beside the new, and text files written as
     * articles ("a.txt" starting with --- and a title: line), which would be published as they
     * are, source and unpublished text included: each is an error naming what to do.
     * {@code paths} are the files of {@code content/}, relative to {@code root}.
     */
    static List<Problem> copiesAndTextArticles(Path root, List<Path> paths) {
        Set<Path> articles = Set.copyOf(paths.stream().filter(ContentLoader::isArticle).toList());
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            String name = path.getFileName().toString();
            Optional<Path> original = isArticle(path) ? copiedFrom(path, articles) : Optional.empty();
            if (original.isPresent() && isCopy(root.resolve(path), root.resolve(original.get()))) {
                problems.add(Problem.error(path, 0, "a copy of " + original.get().getFileName() + ", which would be published too,"
                        + " at an address of its own (delete it, or give it its own name and slug)"));
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".txt") && copiedArticle(path).isEmpty()
                    && startsAsArticle(root.resolve(path))) {
                problems.add(Problem.error(path, 0, "this text file is written as an article (it starts with --- and a title:"
                        + " line), but only files ending in .md are read as articles; it would be published as it is, front"
                        + " matter and unpublished text included (rename it to " + name.substring(0, name.length() - ".txt".length())
                        + ".md)"));
            }
        }
        return problems;
    }

    /**
     * The article beside {@code path} whose name {@code path}'s is a copy's of ("a 2 - 副本.md" of
     * "a 2.md", or else of "a.md"): the longest such stem that is an article, if any.
     */
    private static Optional<Path> copiedFrom(Path path, Set<Path> articles) {
        String name = path.getFileName().toString();
        String stem = name.substring(0, name.length() - ".md".length());
        for (int end = stem.length() - 1; end > 0; end--) {
            // Every copy's suffix starts with a space: most names have none to try, and no path is made for them.
            if (stem.charAt(end) != ' ' || !COPY_SUFFIX.matcher(stem.substring(end)).matches()) {
                continue;
            }
            Path original = path.resolveSibling(stem.substring(0, end) + ".md");
            if (articles.contains(original)) {
                return Optional.of(original);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code copy} really is a copy of {@code original}: the same bytes, or the same
     * front matter title. "家风故事 2.md" with a title of its own is the next of a series, not a copy.
     */
    private static boolean isCopy(Path copy, Path original) {
        try {
            byte[] copied = Files.readAllBytes(copy);
            byte[] first = Files.readAllBytes(original);
            if (Arrays.equals(copied, first)) {
                return true;
            }
            Optional<String> title = title(copied);
            return title.isPresent() && title.equals(title(first));
        } catch (IOException e) {
            return false; // the article's reading fails and is told where it is read
        }
    }

    /** The title: of the front matter at the start of {@code bytes}, without its quotes, if any. */
    private static Optional<String> title(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r", "");
        if (!text.startsWith("---\n")) {
            return Optional.empty();
        }
        int end = text.indexOf("\n---", 3);
        Matcher title = TITLE.matcher(end < 0 ? text : text.substring(0, end));
        if (!title.find()) {
            return Optional.empty();
        }
        String value = title.group(1);
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Whether {@code file} starts with a "---" line and has a "title:" line among its next ones. */
    private static boolean startsAsArticle(Path file) {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(4096);
        } catch (IOException e) {
            return false; // published as any other file; its reading fails there
        }
        String text = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r", "");
        return text.startsWith("---\n") && Pattern.compile("(?m)^title\\s*[:：]").matcher(text).find();
    }

    /**
     * The first folder or file name of {@code relative} (a path inside {@code content/}) that
     * starts with ".", or the name of an editor's backup ("a.md~", "#a.md#") or of the lock file
     * Word and Excel keep beside a document while it is open ("~$稿件.docx"), or a file Explorer,
     * Finder or Word leaves in folders (Thumbs.db, desktop.ini, ~WRL0001.tmp: {@link StaticFiles#isLeftBySystem}):
     * such files are not read or published.
     */
    public static Optional<String> hiddenPart(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return Optional.of(part.toString());
            }
        }
        return hiddenName(relative.getFileName().toString());
    }

    /** {@code name} when a file so named is not read or published wherever it lies ({@link #hiddenPart}), else nothing. */
    private static Optional<String> hiddenName(String name) {
        if (name.startsWith(".") || name.endsWith("~") || name.startsWith("#") && name.endsWith("#") || name.startsWith("~$")
                || StaticFiles.isLeftBySystem(name)) {
            return Optional.of(name); // hidden, an editor's backup, an Office lock, or what Explorer, Finder or Word leave behind
        }
        return Optional.empty();
    }

    /**
     * The article at {@code file}, its stamp taken first: left unread when {@code known} has its
     * fingerprint under that stamp. Taken before the read, a stamp kept with these bytes is an
     * older one whenever the file was written while it was read: the next build reads it again.
     */
    private static SourceFile readUnlessKnown(Path path, Path file, KnownSources known) {
        long lookedAt = System.currentTimeMillis();
        FileStamp stamp;
        try {
            stamp = FileStamp.of(file);
        } catch (IOException e) {
            return new SourceFile(path, read(file)); // gone or unreadable: the read tells why
        }
        Optional<byte[]> key = known.keyOf(path, stamp);
        return key.isPresent() ? SourceFile.unread(path, file, stamp, lookedAt, key.get())
                : SourceFile.read(path, file, stamp, lookedAt, read(file));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
