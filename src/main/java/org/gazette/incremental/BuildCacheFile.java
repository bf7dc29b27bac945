package org.gazette.incremental;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazette.content.Article;
import org.gazette.markdown.RenderedArticle;
import org.gazette.output.Manifest;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;

/**
 * The build cache on disk, {@code .gazette/cache/build.bin}: a header naming the format and the
 * Gazette that wrote it, the state of the last build, and a SHA-256 of all of it at the end. A
 * file that is truncated, altered, of another format or from another Gazette is not used.
 * Written to a temporary file and renamed, so that a build stopped halfway leaves the old cache
 * or none.
 */
final class BuildCacheFile {

    static final String MAGIC = "gazette-build-cache";
    /** Raised whenever what is stored, or how, changes. */
    static final int FORMAT = 1;

    private BuildCacheFile() {
    }

    /** A copied file the last build hashed: its source's size and time, and the hash. */
    record CopiedFile(long size, long modified, String sha256) {
    }

    /** A generator's files the last build made from inputs with this key. */
    record GeneratorRun(byte[] key, List<String> paths) {
    }

    /**
     * What one build leaves for the next.
     *
     * @param output      the output folder it wrote, absolute
     * @param manifestSha SHA-256 of the manifest it wrote there: its pages are reused only if the folder still holds them
     * @param articles    each article file's front matter and body
     * @param pages       each page's input fingerprint, by output path
     * @param generators  each generator's input fingerprint and files, by name
     * @param copied      each copied file's state, by source path
     */
    record State(String output, String manifestSha, Map<java.nio.file.Path, ArticleStore.Entry> articles,
                 Map<String, byte[]> pages, Map<String, GeneratorRun> generators, Map<String, CopiedFile> copied) {

        static State empty() {
            return new State("", "", Map.of(), Map.of(), Map.of(), Map.of());
        }
    }

    /** The state in {@code file}; empty when there is none, with {@code reason} told why when the file is there but unusable. */
    static Optional<State> read(Path file, java.util.function.Consumer<String> reason) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        MessageDigest digest = Manifest.sha256();
        try (DigestInputStream digesting = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), digest);
             DataInputStream in = new DataInputStream(digesting)) {
            if (!MAGIC.equals(CacheData.readString(in)) || in.readInt() != FORMAT) {
                reason.accept("the build cache " + file + " is of another format; it is rebuilt");
                return Optional.empty();
            }
            if (!CodeStamp.current().equals(CacheData.readString(in))) {
                reason.accept("the build cache was made by another Gazette; it is rebuilt");
                return Optional.empty();
            }
            State state = readState(in);
            digesting.on(false);
            byte[] expected = digest.digest();
            if (!Arrays.equals(expected, in.readNBytes(expected.length)) || in.read() != -1) {
                reason.accept("the build cache " + file + " is damaged; it is rebuilt");
                return Optional.empty();
            }
            return Optional.of(state);
        } catch (IOException | RuntimeException e) {
            reason.accept("the build cache " + file + " is damaged (" + e.getMessage() + "); it is rebuilt");
            return Optional.empty();
        }
    }

    static void write(Path file, State state) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            MessageDigest digest = Manifest.sha256();
            try (DigestOutputStream digesting = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), digest);
                 DataOutputStream out = new DataOutputStream(digesting)) {
                CacheData.writeString(out, MAGIC);
                out.writeInt(FORMAT);
                CacheData.writeString(out, CodeStamp.current());
                writeState(out, state);
                out.flush();
                digesting.on(false);
                out.write(digest.digest());
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeState(DataOutputStream out, State state) throws IOException {
        CacheData.writeString(out, state.output());
        CacheData.writeString(out, state.manifestSha());
        out.writeInt(state.articles().size());
        for (var article : state.articles().entrySet()) {
            ArticleStore.Entry entry = article.getValue();
            CacheData.writeString(out, article.getKey().toString());
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
                for (ArticleStore.FileState image : entry.images()) {
                    CacheData.writeString(out, image.path());
                    out.writeLong(image.size());
                    out.writeLong(image.modified());
                }
            }
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
            CacheData.writeString(out, copy.getValue().sha256());
        }
    }

    private static State readState(DataInputStream in) throws IOException {
        String output = CacheData.readString(in);
        String manifestSha = CacheData.readString(in);
        int articleCount = CacheData.count(in);
        Map<Path, ArticleStore.Entry> articles = new HashMap<>(articleCount * 2);
        for (int i = 0; i < articleCount; i++) {
            Path path = Path.of(CacheData.readString(in));
            byte[] parseKey = CacheData.readBytes(in);
            Article article = in.readBoolean() ? CacheData.readArticle(in) : null;
            List<Problem> parseProblems = CacheData.readProblems(in);
            Outcome<Article> parsed = article == null ? Outcome.failed(parseProblems) : Outcome.of(article, parseProblems);
            Outcome<RenderedArticle> rendered = null;
            List<ArticleStore.FileState> images = List.of();
            if (in.readBoolean()) {
                if (article == null) {
                    throw new IOException("a body without its article");
                }
                RenderedArticle body = CacheData.readRendered(in, article);
                rendered = Outcome.of(body, CacheData.readProblems(in));
                int imageCount = CacheData.count(in);
                images = new ArrayList<>(imageCount);
                for (int j = 0; j < imageCount; j++) {
                    images.add(new ArticleStore.FileState(CacheData.readString(in), in.readLong(), in.readLong()));
                }
            }
            articles.put(path, new ArticleStore.Entry(parseKey, parsed, rendered, images));
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
            copied.put(CacheData.readString(in), new CopiedFile(in.readLong(), in.readLong(), CacheData.readString(in)));
        }
        return new State(output, manifestSha, articles, pages, generators, copied);
    }
}
