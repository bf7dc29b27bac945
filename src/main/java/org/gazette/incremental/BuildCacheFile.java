package org.gazette.incremental;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.gazette.content.Article;
import org.gazette.markdown.ImageFileState;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;

/**
 * The build cache on disk, {@code .gazette/cache/build.bin}: a header naming the format and the
 * Gazette that wrote it, the state of the last build, and a CRC-32C of all of it at the end. A
 * file that is truncated, altered, of another format or from another Gazette is not used.
 * Written to a temporary file and renamed, so that a build stopped halfway leaves the old cache
 * or none.
 */
final class BuildCacheFile {

    static final String MAGIC = "gazette-build-cache";
    /** Raised whenever what is stored, or how, changes. */
    static final int FORMAT = 8;

    private BuildCacheFile() {
    }

    /** A copied file the last build hashed: its source's size, time and inode, and the hash. */
    record CopiedFile(long size, long modified, long inode, String checksum) {
    }

    /** A generator's files the last build made from inputs with this key. */
    record GeneratorRun(byte[] key, List<String> paths) {
    }

    /**
     * What one build leaves for the next.
     *
     * @param output         the output folder it wrote, absolute
     * @param manifestDigest the digest of the manifest it wrote there: its pages are reused only if the folder still holds them
     * @param articles       each article file's front matter and body
     * @param pages          each page's input fingerprint, by output path
     * @param generators     each generator's input fingerprint and files, by name
     * @param copied         each copied file's state, by source path
     */
    record State(String output, String manifestDigest, Map<Path, ArticleStore.Entry> articles,
                 Map<String, byte[]> pages, Map<String, GeneratorRun> generators, Map<String, CopiedFile> copied,
                 Layout layout) {

        State(String output, String manifestDigest, Map<Path, ArticleStore.Entry> articles,
              Map<String, byte[]> pages, Map<String, GeneratorRun> generators, Map<String, CopiedFile> copied) {
            this(output, manifestDigest, articles, pages, generators, copied, Layout.NONE);
        }

        static State empty() {
            return new State("", "", Map.of(), Map.of(), Map.of(), Map.of());
        }
    }

    /**
     * The segments a state's articles were read from: the next save writes a segment whose
     * articles are all unchanged as it is, instead of encoding them again (after an edit, all but one).
     *
     * @param segments in file order
     */
    record Layout(List<Segment> segments) {
        static final Layout NONE = new Layout(List.of());
    }

    /**
     * One segment as read, checked by the file's CRC, and its articles. Its bytes are in memory
     * while the articles are, whose long texts are slices of them ({@link SegmentInput}).
     */
    record Segment(byte[] bytes, List<Path> paths) {
    }

    /** The state in {@code file}; empty when there is none, with {@code reason} told why when the file is there but unusable. */
    static Optional<State> read(Path file, Consumer<String> reason) {
        return read(file, reason, () -> false);
    }

    /** Thrown inside {@link #read} when the caller no longer wants the state. */
    private static final class Dropped extends RuntimeException {
        Dropped() {
            super(null, null, false, false);
        }
    }

    /**
     * As {@link #read(Path, Consumer)}, stopping early (empty, nothing told)
     * once {@code dropped} says the state is no longer wanted: a build that finds itself up to
     * date does not decode a cache it will not use.
     */
    static Optional<State> read(Path file, Consumer<String> reason, BooleanSupplier dropped) {
        if (!Files.isRegularFile(file) || dropped.getAsBoolean()) {
            return Optional.empty();
        }
        CRC32C checksum = new CRC32C();
        InputStream stream;
        try {
            stream = Files.newInputStream(file);
        } catch (IOException e) {
            reason.accept("the build cache " + file + " cannot be read (" + e.getMessage() + "); it is rebuilt");
            return Optional.empty();
        }
        try (CheckedInputStream checking = new CheckedInputStream(new BufferedInputStream(stream, 1 << 16), checksum);
             DataInputStream in = new DataInputStream(checking)) {
            if (!MAGIC.equals(CacheData.readString(in)) || in.readInt() != FORMAT) {
                reason.accept("the build cache " + file + " is of another format; it is rebuilt");
                return Optional.empty();
            }
            if (!CodeStamp.current().equals(CacheData.readString(in))) {
                reason.accept("the build cache was made by another Gazette or another Java; it is rebuilt");
                return Optional.empty();
            }
            State state = readState(in, dropped);
            long expected = checksum.getValue();
            if (in.readLong() != expected || in.read() != -1) {
                reason.accept("the build cache " + file + " is damaged; it is rebuilt");
                return Optional.empty();
            }
            return Optional.of(state);
        } catch (Dropped e) {
            return Optional.empty();
        } catch (InvalidPathException e) {
            // Sound, but made under a UTF-8 locale and read under LANG=C: not "damaged". The walk of
            // the sources tells what to do about names this locale cannot read.
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A file cut short ends in an EOFException, which has no message: "damaged (null)" told nothing.
            String why = e instanceof java.io.EOFException ? "it ends too soon" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            reason.accept("the build cache " + file + " is damaged (" + why + "); it is rebuilt");
            return Optional.empty();
        }
    }

    /**
     * Writes {@code state} to {@code file}: a segment {@code earlier} was read from whose articles
     * are all as {@code earlier} had them is written as it was read, the other articles encoded.
     * Gives the number of segments written as read.
     */
    static int write(Path file, State state, State earlier) throws IOException {
        int[] copied = new int[1];
        CacheFiles.replace(file, stream -> {
            CRC32C checksum = new CRC32C();
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(stream, checksum));
            CacheData.writeString(out, MAGIC);
            out.writeInt(FORMAT);
            CacheData.writeString(out, CodeStamp.current());
            copied[0] = writeState(out, state, earlier);
            out.flush();
            out.writeLong(checksum.getValue()); // read back after the body, so not part of its own sum
            out.flush();
        });
        return copied[0];
    }

    /** Articles per segment of the file. */
    private static final int SEGMENT = 256;

    private static byte[] encode(List<Map.Entry<Path, ArticleStore.Entry>> articles) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(articles.size() * 8192);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(articles.size());
            for (var article : articles) {
                writeArticle(out, article.getKey(), article.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Decodes one segment's articles into {@code articles}; gives their paths, in order. */
    private static List<Path> decode(byte[] segment, Map<Path, ArticleStore.Entry> articles) {
        try (SegmentInput in = new SegmentInput(segment)) {
            int count = CacheData.count(in);
            List<Path> paths = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Path path = Path.of(CacheData.readString(in));
                articles.put(path, readArticle(in));
                paths.add(path);
            }
            if (in.read() != -1) {
                throw new IOException("a segment longer than its articles");
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeArticle(DataOutputStream out, Path path, ArticleStore.Entry entry) throws IOException {
        CacheData.writeString(out, path.toString());
        CacheData.writeBytes(out, entry.parseKey());
        out.writeBoolean(entry.parsed().value().isPresent());
        if (entry.parsed().value().isPresent()) {
            CacheData.writeArticle(out, entry.parsed().value().get());
        }
        CacheData.writeProblems(out, entry.parsed().problems());
        boolean rendered = entry.rendered() != null && entry.rendered().value().isPresent();
        out.writeBoolean(rendered);
        if (rendered) {
            CacheData.writeRendered(out, entry.rendered().value().get());
            CacheData.writeProblems(out, entry.rendered().problems());
            out.writeInt(entry.images().size());
            for (ImageFileState image : entry.images()) {
                CacheData.writeString(out, image.path());
                out.writeLong(image.size());
                out.writeLong(image.modified());
                out.writeLong(image.inode());
                CacheData.writeString(out, image.seen());
            }
        }
    }

    private static ArticleStore.Entry readArticle(SegmentInput in) throws IOException {
        byte[] parseKey = CacheData.readBytes(in);
        Article article = in.readBoolean() ? CacheData.readArticle(in) : null;
        List<Problem> parseProblems = CacheData.readProblems(in);
        Outcome<Article> parsed = article == null ? Outcome.failed(parseProblems) : Outcome.of(article, parseProblems);
        Outcome<RenderedArticle> rendered = null;
        List<ImageFileState> images = List.of();
        if (in.readBoolean()) {
            if (article == null) {
                throw new IOException("a body without its article");
            }
            RenderedArticle body = CacheData.readRendered(in, article);
            rendered = Outcome.of(body, CacheData.readProblems(in));
            int imageCount = CacheData.count(in);
            images = new ArrayList<>(imageCount);
            for (int j = 0; j < imageCount; j++) {
                images.add(new ImageFileState(CacheData.readString(in), in.readLong(), in.readLong(), in.readLong(),
                        CacheData.readString(in)));
            }
        }
        return new ArticleStore.Entry(parseKey, parsed, rendered, images);
    }

    private static int writeState(DataOutputStream out, State state, State earlier) throws IOException {
        CacheData.writeString(out, state.output());
        CacheData.writeString(out, state.manifestDigest());
        // Articles in segments: the largest part of the file by far. A segment the earlier state was
        // read from whose articles are all unchanged is written as it was read (checked then, by the
        // file's CRC); the other articles are encoded on every core.
        List<byte[]> copied = new ArrayList<>();
        Set<Path> placed = new HashSet<>();
        for (Segment segment : earlier.layout().segments()) {
            if (segment.paths().stream().allMatch(p -> state.articles().get(p) != null
                    && state.articles().get(p) == earlier.articles().get(p))) {
                copied.add(segment.bytes());
                placed.addAll(segment.paths());
            }
        }
        List<Map.Entry<Path, ArticleStore.Entry>> articles = state.articles().entrySet().stream()
                .filter(e -> !placed.contains(e.getKey())).toList();
        List<byte[]> encoded = IntStream.range(0, (articles.size() + SEGMENT - 1) / SEGMENT).parallel()
                .mapToObj(i -> encode(articles.subList(i * SEGMENT, Math.min((i + 1) * SEGMENT, articles.size()))))
                .toList();
        out.writeInt(copied.size() + encoded.size());
        for (byte[] segment : copied) {
            CacheData.writeBytes(out, segment);
        }
        for (byte[] segment : encoded) {
            CacheData.writeBytes(out, segment);
        }
        out.writeInt(state.pages().size());
        for (var page : state.pages().entrySet()) {
            CacheData.writeString(out, page.getKey());
            CacheData.writeBytes(out, page.getValue());
        }
        out.writeInt(state.generators().size());
        for (var run : state.generators().entrySet()) {
            CacheData.writeString(out, run.getKey());
            CacheData.writeBytes(out, run.getValue().key());
            out.writeInt(run.getValue().paths().size());
            for (String path : run.getValue().paths()) {
                CacheData.writeString(out, path);
            }
        }
        out.writeInt(state.copied().size());
        for (var copy : state.copied().entrySet()) {
            CacheData.writeString(out, copy.getKey());
            out.writeLong(copy.getValue().size());
            out.writeLong(copy.getValue().modified());
            out.writeLong(copy.getValue().inode());
            CacheData.writeString(out, copy.getValue().checksum());
        }
        return copied.size();
    }

    private static State readState(DataInputStream in, BooleanSupplier dropped) throws IOException {
        String output = CacheData.readString(in);
        String manifestDigest = CacheData.readString(in);
        int segmentCount = CacheData.count(in);
        List<byte[]> segments = new ArrayList<>(segmentCount);
        for (int i = 0; i < segmentCount; i++) {
            segments.add(CacheData.readBytes(in, 1 << 30)); // a segment of articles
        }
        Map<Path, ArticleStore.Entry> articles = new ConcurrentHashMap<>();
        List<Segment> layout;
        try {
            layout = IntStream.range(0, segmentCount).parallel().mapToObj(i -> {
                if (dropped.getAsBoolean()) {
                    throw new Dropped();
                }
                byte[] segment = segments.get(i);
                return new Segment(segment, decode(segment, articles));
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int pageCount = CacheData.count(in);
        Map<String, byte[]> pages = new HashMap<>(pageCount * 2);
        for (int i = 0; i < pageCount; i++) {
            pages.put(CacheData.readString(in), CacheData.readBytes(in));
        }
        int generatorCount = CacheData.count(in);
        Map<String, GeneratorRun> generators = new HashMap<>();
        for (int i = 0; i < generatorCount; i++) {
            String name = CacheData.readString(in);
            byte[] key = CacheData.readBytes(in);
            int pathCount = CacheData.count(in);
            List<String> paths = new ArrayList<>(pathCount);
            for (int j = 0; j < pathCount; j++) {
                paths.add(CacheData.readString(in));
            }
            generators.put(name, new GeneratorRun(key, paths));
        }
        int copyCount = CacheData.count(in);
        Map<String, CopiedFile> copied = new HashMap<>(copyCount * 2);
        for (int i = 0; i < copyCount; i++) {
            copied.put(CacheData.readString(in), new CopiedFile(in.readLong(), in.readLong(), in.readLong(), CacheData.readString(in)));
        }
        return new State(output, manifestDigest, articles, pages, generators, copied, new Layout(layout));
    }
}
