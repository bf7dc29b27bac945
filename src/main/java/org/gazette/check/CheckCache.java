package org.gazette.check;

import static org.gazette.incremental.CacheData.readProblems;
import static org.gazette.incremental.CacheData.readString;
import static org.gazette.incremental.CacheData.readStrings;
import static org.gazette.incremental.CacheData.writeProblems;
import static org.gazette.incremental.CacheData.writeString;
import static org.gazette.incremental.CacheData.writeStrings;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.content.LazyText;
import org.gazette.content.Article;
import org.gazette.content.Author;
import org.gazette.content.Photo;
import org.gazette.incremental.CacheFiles;
import org.gazette.incremental.CodeStamp;
import org.gazette.markdown.BodyReference;
import org.gazette.markdown.ImageFileState;
import org.gazette.markdown.ImageResolver;
import org.gazette.output.Checksums;
import org.gazette.problem.Problem;

/**
 * What {@code gazette check} learnt about each article, kept on disk between runs so that the
 * next run reads and renders only the articles whose file changed (or whose images appeared or
 * went away). An entry holds the article's front matter, its problems, its summary and the
 * links in its body. The cache is one file in the user's cache folder, named after the site's
 * folder; it is dropped whole when {@code site.yaml} or Gazette itself changes, and ignored when
 * it cannot be read.
 *
 * <pre>{@code
 * CheckCache cache = CheckCache.load(CheckCache.locationFor(root), key);
 * ... the check runs, looking entries up and putting new ones ...
 * cache.save(CheckCache.locationFor(root), key);
 * }</pre>
 */
final class CheckCache {

    private static final int FORMAT = 6;
    /** How long a temporary file of this cache stays untouched before it counts as a killed check's. */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    /**
     * What is known of one Markdown file.
     *
     * @param hash     {@link #digest} of the file's bytes
     * @param parsing  the front matter's problems
     * @param article  the article without its body, when the front matter could be read
     * @param render   what rendering it found, when it was rendered
     */
    record Entry(String hash, List<Problem> parsing, Optional<Article> article, Optional<Rendering> render) {
    }

    /**
     * @param problems     the body's problems (images missing, photos misplaced)
     * @param succeeded    whether it rendered without an error
     * @param summary      the summary the lists would show
     * @param references   the links and images of the body
     * @param dependencies the image files the result depends on, and whether each was there
     */
    record Rendering(List<Problem> problems, boolean succeeded, String summary, List<BodyReference> references,
                     List<ImageFileState> dependencies) {
    }

    /**
     * The theme trial's result, and what it was made from.
     *
     * @param key    a digest of the theme's files and the sample articles' files
     * @param result what the trial found
     */
    record Trial(String key, ThemeTrial.Result result) {
    }

    /** What the last run kept: its entries and its theme trial. */
    private record Previous(Map<Path, Entry> entries, Optional<Trial> trial) {
        static final Previous NONE = new Previous(Map.of(), Optional.empty());
    }

    private final CompletableFuture<Previous> previous;
    private final Map<Path, Entry> current = new ConcurrentHashMap<>();
    /** Image files read again this run (their times changed): a photo many articles show is read once. */
    private final Map<Path, ImageFileState> looked = new ConcurrentHashMap<>();
    private volatile Optional<Trial> currentTrial = Optional.empty();

    private CheckCache(CompletableFuture<Previous> previous) {
        this.previous = previous;
    }

    static CheckCache empty() {
        return new CheckCache(CompletableFuture.completedFuture(Previous.NONE));
    }

    /** The last trial of the theme, when it was made from the same theme files and sample articles. */
    Optional<ThemeTrial.Result> trial(String key) {
        return previous().trial().filter(t -> t.key().equals(key)).map(Trial::result);
    }

    void putTrial(String key, ThemeTrial.Result result) {
        currentTrial = Optional.of(new Trial(key, result));
    }

    /** The cache file for a site: in {@code $XDG_CACHE_HOME/gazette} or {@code ~/.cache/gazette}, named by the site's folder. */
    static Path locationFor(Path root) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("gazette").resolve("check-" + sha256(root.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".bin");
    }

    /**
     * What results depend on besides the files themselves: Gazette's own code and the bytes of
     * {@code site.yaml} (empty when it is not a file), those the check takes its settings from.
     */
    static String keyFor(Optional<byte[]> siteYaml) {
        return FORMAT + "|" + CodeStamp.current() + "|" + digest(siteYaml.orElse(new byte[0]));
    }

    /**
     * Whether {@code file} may be written as a check cache: it is missing or empty, or it is one
     * (of any version, since its key starts with the format number). Anything else — an article,
     * site.yaml given by mistake — would be overwritten.
     */
    static boolean mayHold(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 256))) {
            return readString(in).matches("\\d+\\|.*");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The previous run's entries, or none when the file is missing, unreadable or made under
     * another key; read on a thread of its own while the check lists and reads the sources, and
     * waited for at the first look-up (at 10,000 articles, reading it took a fifth of a check
     * that found nothing changed, on one core while the other was idle).
     */
    static CheckCache load(Path file, String key) {
        return new CheckCache(CompletableFuture.supplyAsync(() -> read(file, key), runnable -> {
            Thread thread = new Thread(runnable, "gazette-check-cache-load");
            thread.setDaemon(true); // a check that stops early does not wait for it
            thread.start();
        }));
    }

    private static Previous read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Previous.NONE;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!readString(in).equals(key)) {
                return Previous.NONE;
            }
            int count = in.readInt();
            Map<Path, Entry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                Path path = Path.of(readString(in));
                entries.put(path, readEntry(in));
            }
            return new Previous(entries, in.readBoolean() ? Optional.of(readTrial(in)) : Optional.empty());
        } catch (IOException | RuntimeException e) {
            return Previous.NONE;
        }
    }

    /** The last run's entries and trial, once read. */
    private Previous previous() {
        try {
            return previous.join();
        } catch (CompletionException e) {
            // Reading catches what a damaged file throws: what is left (out of memory) is the check's failure.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Writes the entries of this run (files deleted since the last are gone); a cache that cannot be written is no error. */
    void save(Path given, String key) {
        // A bare name (--cache .check-cache.bin) has no parent until it is made absolute.
        Path file = given.toAbsolutePath();
        CacheFiles.dropLeftoversOlderThan(file, LEFTOVER_AGE); // a killed check's: check takes no lock, so by age
        if ((!changed() && Files.isRegularFile(file)) || Files.isDirectory(file)) {
            return; // nothing new; or a folder in the way, which no file can replace
        }
        try {
            CacheFiles.replace(file, stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                writeString(out, key);
                out.writeInt(current.size());
                for (Map.Entry<Path, Entry> entry : current.entrySet()) {
                    writeString(out, entry.getKey().toString());
                    writeEntry(out, entry.getValue());
                }
                out.writeBoolean(currentTrial.isPresent());
                if (currentTrial.isPresent()) {
                    writeTrial(out, currentTrial.get());
                }
                out.flush();
            });
        } catch (IOException | UncheckedIOException e) {
            // Without a cache the next check is slower, not wrong.
        }
    }

    /** The previous run's entry for {@code path}, when the file still has {@code hash} and no dependency changed. */
    Optional<Entry> lookUp(Path root, Path path, String hash) {
        Entry entry = previous().entries().get(path);
        if (entry == null || !entry.hash().equals(hash) || (entry.article().isPresent() && entry.render().isEmpty())) {
            return Optional.empty();
        }
        if (entry.render().isEmpty()) {
            return Optional.of(entry);
        }
        Rendering rendering = entry.render().get();
        // A fresh clone's new times, remembered so that the next run need not read the images again.
        return ImageFileState.allStill(rendering.dependencies(), root::resolve, file -> looked.computeIfAbsent(file, ImageResolver::stateAfresh))
                .map(now -> now.equals(rendering.dependencies()) ? entry : new Entry(entry.hash(), entry.parsing(), entry.article(),
                        Optional.of(new Rendering(rendering.problems(), rendering.succeeded(), rendering.summary(), rendering.references(), now))));
    }

    void put(Path path, Entry entry) {
        current.put(path, entry);
    }

    /** Whether this run learnt anything the file does not hold yet. */
    private boolean changed() {
        return !current.equals(previous().entries()) || !currentTrial.equals(previous().trial());
    }

    Optional<Entry> current(Path path) {
        return Optional.ofNullable(current.get(path));
    }

    /**
     * What tells a file's bytes from their last version: XXH3's 128 bits, as the build's cache
     * tells them ({@code Fingerprint}), for change and not tampering. SHA-256 took three times as
     * long as MD5 under the quick compiler the hook and {@code bin/gazette} run with (2.0 to 2.25 s
     * for the 175 MB of 100,000 articles, against 0.7 s), and MD5 five times as long as XXH3.
     */
    static String digest(byte[] bytes) {
        return Checksums.wide(bytes);
    }

    /** For the cache file's name, which earlier versions gave the same way. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void writeTrial(DataOutputStream out, Trial trial) throws IOException {
        writeString(out, trial.key());
        writeProblems(out, trial.result().problems());
        out.writeInt(trial.result().patterns().size());
        for (SitePages.Pattern pattern : trial.result().patterns()) {
            writeString(out, pattern.kind().map(Enum::name).orElse(""));
            writeString(out, pattern.suffix());
        }
        out.writeBoolean(trial.result().complete());
    }

    private static Trial readTrial(DataInputStream in) throws IOException {
        String key = readString(in);
        List<Problem> problems = readProblems(in);
        int count = in.readInt();
        List<SitePages.Pattern> patterns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String kind = readString(in);
            patterns.add(new SitePages.Pattern(kind.isEmpty() ? Optional.empty()
                    : Optional.of(SitePages.Pattern.Placeholder.valueOf(kind)), readString(in)));
        }
        return new Trial(key, new ThemeTrial.Result(problems, patterns, in.readBoolean()));
    }

    private static void writeEntry(DataOutputStream out, Entry entry) throws IOException {
        writeString(out, entry.hash());
        writeProblems(out, entry.parsing());
        out.writeBoolean(entry.article().isPresent());
        if (entry.article().isPresent()) {
            writeArticle(out, entry.article().get());
        }
        out.writeBoolean(entry.render().isPresent());
        if (entry.render().isPresent()) {
            Rendering r = entry.render().get();
            writeProblems(out, r.problems());
            out.writeBoolean(r.succeeded());
            writeString(out, r.summary());
            out.writeInt(r.references().size());
            for (BodyReference reference : r.references()) {
                out.writeByte(reference.kind().ordinal());
                writeString(out, reference.target());
                out.writeInt(reference.line());
                out.writeInt(reference.column());
            }
            out.writeInt(r.dependencies().size());
            for (ImageFileState d : r.dependencies()) {
                writeString(out, d.path());
                out.writeLong(d.size());
                out.writeLong(d.modified());
                out.writeLong(d.inode());
                writeString(out, d.seen());
            }
        }
    }

    private static Entry readEntry(DataInputStream in) throws IOException {
        String hash = readString(in);
        List<Problem> parsing = readProblems(in);
        Optional<Article> article = in.readBoolean() ? Optional.of(readArticle(in)) : Optional.empty();
        Optional<Rendering> render = Optional.empty();
        if (in.readBoolean()) {
            List<Problem> problems = readProblems(in);
            boolean succeeded = in.readBoolean();
            String summary = readString(in);
            int count = in.readInt();
            List<BodyReference> references = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                references.add(new BodyReference(BodyReference.Kind.values()[in.readByte()], readString(in), in.readInt(), in.readInt()));
            }
            int dependencies = in.readInt();
            List<ImageFileState> list = new ArrayList<>(dependencies);
            for (int i = 0; i < dependencies; i++) {
                list.add(new ImageFileState(readString(in), in.readLong(), in.readLong(), in.readLong(), readString(in)));
            }
            render = Optional.of(new Rendering(problems, succeeded, summary, references, list));
        }
        return new Entry(hash, parsing, article, render);
    }

    private static void writeArticle(DataOutputStream out, Article a) throws IOException {
        writeString(out, a.source().toString());
        writeStrings(out, List.of(a.title(), a.subtitle(), a.kicker(), a.date().format(DateTimeFormatter.ISO_ZONED_DATE_TIME),
                a.updated().map(d -> d.format(DateTimeFormatter.ISO_ZONED_DATE_TIME)).orElse(""), a.column(), a.summary(),
                a.lead().orElse("\0"), a.slug(), a.url()));
        out.writeInt(a.authors().size());
        for (Author author : a.authors()) {
            writeStrings(out, List.of(author.name(), author.role(), author.org()));
        }
        writeStrings(out, a.tags());
        out.writeInt(a.photos().size());
        for (Photo p : a.photos()) {
            writeStrings(out, List.of(p.id(), p.src(), p.caption(), p.credit(), p.alt()));
            out.writeInt(p.line());
        }
        writeStrings(out, a.aliases());
        out.writeBoolean(a.draft());
        out.writeInt(a.bodyLine());
    }

    /** The article as it was, but for its body, which the check does not need again: its links are kept apart. */
    private static Article readArticle(DataInputStream in) throws IOException {
        Path source = Path.of(readString(in));
        List<String> f = readStrings(in);
        int authorCount = in.readInt();
        List<Author> authors = new ArrayList<>(authorCount);
        for (int i = 0; i < authorCount; i++) {
            List<String> a = readStrings(in);
            authors.add(new Author(a.get(0), a.get(1), a.get(2)));
        }
        List<String> tags = readStrings(in);
        int photoCount = in.readInt();
        List<Photo> photos = new ArrayList<>(photoCount);
        for (int i = 0; i < photoCount; i++) {
            List<String> p = readStrings(in);
            photos.add(new Photo(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), in.readInt()));
        }
        List<String> aliases = readStrings(in);
        boolean draft = in.readBoolean();
        int bodyLine = in.readInt();
        return new Article(source, f.get(0), f.get(1), f.get(2), ZonedDateTime.parse(f.get(3)),
                f.get(4).isEmpty() ? Optional.empty() : Optional.of(ZonedDateTime.parse(f.get(4))), authors, f.get(5), tags,
                f.get(6), photos, f.get(7).equals("\0") ? Optional.empty() : Optional.of(f.get(7)), f.get(8), aliases, draft,
                f.get(9), LazyText.EMPTY, bodyLine);
    }
}
