package org.gazette.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gazette.content.Slugs;
import org.gazette.content.SourceWalk;
import org.gazette.problem.Problem;
import org.gazette.yaml.ControlCharacters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * {@code gazette import}: turns legacy plain-text and HTML articles into Gazette Markdown, one
 * folder per article ({@code content/2023/five-year-review/index.md}, photos beside it). A file
 * that cannot be imported (empty, binary, in an unknown encoding) is reported and the others go
 * on; an article imported before is left as it is, so that the import can be run again.
 *
 * <pre>{@code
 * ImportReport report = Importer.run(List.of(Path.of("old/")), ImportOptions.into(Path.of("content")));
 * report.print(out);
 * }</pre>
 */
public final class Importer {

    static final Set<String> TEXT = Set.of("txt", "text");
    static final Set<String> HTML = Set.of("html", "htm", "shtml", "xhtml", "asp", "aspx", "php", "jsp");

    /** The article being written, hidden from the build until it is renamed index.md. */
    static final String PARTIAL = ".index.md.importing";

    private final ImportOptions options;
    private final Set<Path> targets = new HashSet<>();
    /** The articles imported (or found imported before) in this run, by their text: see {@link #sameText}. */
    private final Map<String, First> firsts = new HashMap<>();

    /**
     * The first file that gave an article.
     *
     * @param now whether this run wrote it, and may add a later page's old address to its aliases
     */
    private record First(Path source, Path index, boolean now) {
    }

    private Importer(ImportOptions options) {
        this.options = options;
    }

    public static ImportReport run(List<Path> inputs, ImportOptions options) {
        Importer importer = new Importer(options);
        List<ImportReport.Entry> entries = new ArrayList<>();
        int skipped = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> files = listFolder(input);
                for (Path file : files) {
                    if (isArticle(file)) {
                        entries.add(importer.importAlone(file, Optional.of(input)));
                    } else {
                        skipped++;
                    }
                }
            } else if (Files.isRegularFile(input)) {
                entries.add(importer.importAlone(input, Optional.empty()));
            } else {
                entries.add(new ImportReport.Entry(input, Optional.empty(), List.of(Problem.error(input, 0,
                        "no such file or folder (check the name)"))));
            }
        }
        return new ImportReport(entries, skipped);
    }

    private static List<Path> listFolder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !SourceWalk.hasHiddenPart(folder.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean isArticle(Path file) {
        String extension = extension(file);
        return TEXT.contains(extension) || HTML.contains(extension);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Imports one file, whatever becomes of it: a page the importer fails on (its markup nested
     * too deeply for the stack, or a fault of the importer) is that page's error in the report,
     * and the archive's other files are imported all the same.
     */
    private ImportReport.Entry importAlone(Path file, Optional<Path> folder) {
        try {
            return importFile(file, folder);
        } catch (StackOverflowError e) {
            return failed(file, "the importer ran out of stack on this page (its markup is nested too deeply to be read);"
                    + " not imported (the import went on with the other files)");
        } catch (RuntimeException e) {
            return failed(file, "the importer failed on this page (" + e + "); not imported (the import went on with the"
                    + " other files; report this one with the page)");
        }
    }

    private ImportReport.Entry importFile(Path file, Optional<Path> folder) {
        List<Problem> notes = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(file, "cannot be read: " + e.getMessage() + " (check that it exists and can be read)");
        }
        boolean html = HTML.contains(extension(file)) || (!TEXT.contains(extension(file)) && looksLikeHtml(bytes));
        Decoded decoded = TextDecoder.decode(bytes, html);
        if (decoded.text().isEmpty()) {
            return failed(file, decoded.failure().orElse("cannot be read") + "; not imported");
        }
        if (decoded.converted()) {
            notes.add(Problem.warning(file, 0, "converted from " + decoded.encoding() + " (GBK) to UTF-8"
                    + " (check that the Chinese text reads correctly)"));
        }
        String text = decoded.text().get();
        LegacyArticle legacy;
        if (html) {
            Document page = Jsoup.parse(text);
            // A folder of an old site holds its list pages among the articles; a page named by itself is imported.
            Optional<Integer> links = folder.isPresent() ? ListPage.links(page) : Optional.empty();
            if (links.isPresent()) {
                notes.add(Problem.warning(file, 0, "a list of " + links.get() + " links with little text of its own,"
                        + " such as a column's page: not an article, left alone (to import it all the same, name the file"
                        + " by itself)"));
                return new ImportReport.Entry(file, Optional.empty(), notes);
            }
            legacy = HtmlReader.read(page, file, folder.orElse(file.getParent() == null ? Path.of(".") : file.getParent()),
                    options.fullWidth());
        } else {
            legacy = PlainTextReader.read(text, options.fullWidth());
        }
        ImportedArticle article = new ArticleAssembler(file).assemble(legacy);
        notes.addAll(article.notes());
        return write(file, folder, article, notes);
    }

    private ImportReport.Entry write(Path file, Optional<Path> folder, ImportedArticle article, List<Problem> notes) {
        // --date only fills in: an archive imported with it must keep the dates its articles give.
        Optional<ImportDate> date = article.date().or(() -> fromFileName(file)).or(() -> options.date().flatMap(ImportDate::find));
        if (date.isEmpty()) {
            Optional<LocalDate> latest = article.photos().stream().flatMap(p -> p.taken().stream()).max(LocalDate::compareTo);
            notes.add(Problem.warning(file, 0, "no date was found: write it in the front matter, or import again with --date"
                    + latest.map(d -> " (its latest photo caption is dated " + d + ")").orElse("")));
        }
        String slug = options.slug().orElseGet(() -> slugOf(file));
        ImportOrigin origin = ImportOrigin.of(file, folder);
        List<String> aliases = folder.filter(f -> options.aliases() && HTML.contains(extension(file)))
                .map(f -> List.of("/" + f.relativize(file).toString().replace('\\', '/'))).orElse(List.of());
        Optional<String> title = ArticleWriter.titleLine(article);
        Place place = place(options.output().resolve(date.map(d -> String.valueOf(d.when().getYear())).orElse("undated")),
                slug, origin, title);
        Path bundle = place.bundle();
        Path index = bundle.resolve("index.md");
        String text = sameText(article, date);
        if (place.before()) {
            // Running the import again is expected (after fixing some files): its earlier articles stay as edited since.
            firsts.putIfAbsent(text, new First(file, index, false));
            notes.sort(Problem.BY_POSITION);
            return new ImportReport.Entry(file, Optional.empty(), Optional.of(index), notes);
        }
        First first = firsts.get(text);
        if (first != null) {
            return duplicate(file, first, aliases, notes);
        }
        if (place.another()) {
            notes.add(0, Problem.error(file, 0, index.toString().replace('\\', '/') + " exists already and holds another article"
                    + place.known().map(t -> " (" + t + ")").orElse("") + ", left as it is; not imported (if it is this"
                    + " article, retitled since, nothing is to be done; else import this file with --slug, or into another --output)"));
            return new ImportReport.Entry(file, Optional.empty(), notes);
        }
        targets.add(bundle.toAbsolutePath().normalize());
        if (!bundle.getFileName().toString().equals(slug)) {
            notes.add(Problem.warning(file, 0, "another imported article has the slug " + slug + ": this one is "
                    + bundle.getFileName() + " (give it a better slug in the front matter)"));
        }
        String written = ArticleWriter.write(article, date, options.column(), options.tags(), bundle.getFileName().toString(),
                aliases, origin);
        // Control characters (typed, or as &#8; in a page) would only be warned of at every build
        String markdown = ControlCharacters.without(written);
        if (!markdown.equals(written)) {
            String found = written.codePoints().filter(ControlCharacters::isForbidden).distinct()
                    .mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(", "));
            notes.add(Problem.warning(file, 0, "invisible control characters (" + found + ") were left out of the article:"
                    + " text pasted from Word or WeChat brings them, and feeds may not hold them"));
        }
        // The photos first, and the article last, renamed into place whole: an import stopped
        // (Ctrl+C, kill) leaves no article cut short or without its photos, which the next import
        // would take for one imported before; it finds no article there and writes it afresh.
        Path partial = bundle.resolve(PARTIAL);
        try {
            Files.createDirectories(bundle);
            notes.addAll(placePhotos(file, bundle, article));
            Files.writeString(partial, markdown, StandardCharsets.UTF_8);
            Files.move(partial, index);
        } catch (IOException e) {
            notes.add(0, Problem.error(file, 0, "cannot write " + index + ": " + e.getMessage()
                    + " (check that the folder can be written); not imported"));
            return new ImportReport.Entry(file, Optional.empty(), notes);
        }
        firsts.put(text, new First(file, index, true));
        notes.sort(Problem.BY_POSITION);
        return new ImportReport.Entry(file, Optional.of(index), notes);
    }

    /**
     * What makes two files one article: the same headline, date, byline, text and photos (their
     * captions, and the bytes of those copied: a 图片新闻 of one day is one headline with no text,
     * and another day's photos). An old site published many
     * articles twice, under two addresses (a column's and the home page's, a copy in another
     * folder); the second is not imported again, and with --aliases its address is added to
     * the first's aliases, when this run wrote it, so that both old addresses lead to the one article.
     */
    private static String sameText(ImportedArticle article, Optional<ImportDate> date) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\n", article.title(), date.map(ImportDate::text).orElse(""), article.authors().toString(),
                    article.body()).getBytes(StandardCharsets.UTF_8));
            for (ImportedPhoto photo : article.photos()) {
                digest.update(String.join("\n", "", photo.caption(), photo.credit(), photo.alt(), "").getBytes(StandardCharsets.UTF_8));
                digest.update(photo.origin().map(Importer::photoBytes).orElse(photo.src().getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A photo's bytes, or its path when it cannot be read (its copying says so). */
    private static byte[] photoBytes(Path photo) {
        try {
            return Files.readAllBytes(photo);
        } catch (IOException e) {
            return photo.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static ImportReport.Entry duplicate(Path file, First first, List<String> aliases, List<Problem> notes) {
        String shown = first.index().toString().replace('\\', '/');
        if (!aliases.isEmpty() && first.now()) {
            try {
                String markdown = Files.readString(first.index(), StandardCharsets.UTF_8);
                Path partial = first.index().resolveSibling(PARTIAL);
                Files.writeString(partial, ArticleWriter.withAlias(markdown, aliases.get(0)), StandardCharsets.UTF_8);
                Files.move(partial, first.index(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                notes.add(Problem.warning(file, 0, "its old address " + aliases.get(0) + " was added to the aliases of " + shown));
            } catch (IOException e) {
                notes.add(Problem.warning(file, 0, "its old address " + aliases.get(0) + " could not be added to the aliases of "
                        + shown + " (" + e.getMessage() + "): add it there by hand"));
            }
        } else if (!aliases.isEmpty()) {
            notes.add(Problem.warning(file, 0, "to keep its old address, add " + aliases.get(0) + " to the aliases of " + shown
                    + " if it is not there"));
        }
        notes.sort(Problem.BY_POSITION);
        return new ImportReport.Entry(file, Optional.empty(), Optional.of(first.index()), Optional.of(first.source()), notes);
    }

    /** The title: line of an article's front matter, by which an article imported before is known again. */
    private static Optional<String> titleLine(String markdown) {
        return markdown.lines().skip(1).takeWhile(line -> !line.equals("---")).filter(line -> line.startsWith("title:"))
                .map(String::strip).findFirst();
    }

    /** Copies the photos found beside an HTML page; says where those of a plain-text article must go. */
    private static List<Problem> placePhotos(Path file, Path bundle, ImportedArticle article) {
        List<Problem> notes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ImportedPhoto photo : article.photos()) {
            if (photo.src().matches("(?i)^(https?:)?//.*")) {
                notes.add(Problem.warning(file, photo.line(), photo.id() + " is still on the old site at " + photo.src()
                        + " (save it as " + bundle.resolve(photo.id() + ".jpg").toString().replace('\\', '/') + " and change its src)"));
                continue;
            }
            if (photo.origin().isPresent()) {
                try {
                    // A photo there already, in a folder without its article, was left by an import stopped.
                    Files.copy(photo.origin().get(), bundle.resolve(photo.src()), StandardCopyOption.REPLACE_EXISTING);
                    continue;
                } catch (IOException e) {
                    notes.add(Problem.warning(file, photo.line(), photo.id() + " could not be copied from " + photo.origin().get()
                            + ": " + e.getMessage()));
                }
            }
            missing.add(photo.src() + photo.taken().map(d -> " (" + d + ")").orElse(""));
        }
        if (!missing.isEmpty()) {
            notes.add(Problem.warning(file, 0, "put the photo files beside " + bundle.resolve("index.md").toString().replace('\\', '/')
                    + " under these names, which its photos: list gives: " + String.join(", ", missing)));
        }
        return notes;
    }

    /**
     * Where an article goes: {@code slug}, else {@code slug-2}, {@code slug-3}, … past the places
     * this import gave other files and those holding articles imported earlier from other files.
     * An article imported earlier from this file is found there again, whatever the files around it
     * did since (one that could not be imported then and is fixed now takes the next free place).
     * An article without the comment naming its file (written by hand, or by an older import) is
     * known by its title: another title there is not passed over, as it may be this article retitled.
     *
     * @param before  a place holding this file's article already
     * @param another a place holding another article, which keeps the file out
     * @param known   what is known of that other article: its title line, or why it could not be read
     */
    private record Place(Path bundle, boolean before, boolean another, Optional<String> known) {

        static Place free(Path bundle) {
            return new Place(bundle, false, false, Optional.empty());
        }

        static Place before(Path bundle) {
            return new Place(bundle, true, false, Optional.empty());
        }

        static Place another(Path bundle, Optional<String> known) {
            return new Place(bundle, false, true, known);
        }
    }

    private Place place(Path year, String slug, ImportOrigin origin, Optional<String> title) {
        for (int n = 1; ; n++) {
            Path bundle = year.resolve(n == 1 ? slug : slug + "-" + n);
            if (targets.contains(bundle.toAbsolutePath().normalize())) {
                continue;
            }
            Path index = bundle.resolve("index.md");
            if (!Files.exists(index)) {
                // Taken when the article is written there (a page published twice is not).
                return Place.free(bundle);
            }
            String there;
            try {
                there = Files.readString(index, StandardCharsets.UTF_8);
            } catch (IOException e) {
                targets.add(bundle.toAbsolutePath().normalize());
                return Place.another(bundle, Optional.of("unreadable: " + e.getMessage()));
            }
            // A place passed over stays open to the file whose article it holds, later in this run.
            Optional<ImportOrigin> theirs = ImportOrigin.in(there);
            if (theirs.isPresent() ? theirs.get().sameFileAs(origin) : titleLine(there).equals(title)) {
                targets.add(bundle.toAbsolutePath().normalize());
                return Place.before(bundle);
            }
            if (theirs.isEmpty()) {
                targets.add(bundle.toAbsolutePath().normalize());
                return Place.another(bundle, titleLine(there));
            }
        }
    }

    /**
     * The file's name as a slug, without a leading date: {@code 2023-12-26-Congress.txt} gives
     * {@code congress}, {@code news/12345/index.html} gives {@code 12345}.
     */
    private static String slugOf(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        // Old sites often keep each page as a folder's index.html: the folder is its name.
        if ((name.equalsIgnoreCase("index") || name.equalsIgnoreCase("default")) && file.getParent() != null
                && file.getParent().getFileName() != null) {
            name = file.getParent().getFileName().toString();
        }
        String slug = Slugs.of(name.replaceFirst("^\\d{4}[-_.]?\\d{2}[-_.]?\\d{2}[-_]", ""));
        return slug.isEmpty() ? "article" : slug;
    }

    /** A date at the start of the file's name: {@code 2023-12-26-x.txt}, {@code 20231226_x.html}. */
    private static Optional<ImportDate> fromFileName(Path file) {
        String name = file.getFileName().toString();
        Matcher m = Pattern.compile("^(\\d{4})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)").matcher(name);
        return m.find() ? ImportDate.find(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : Optional.empty();
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }

    private static ImportReport.Entry failed(Path file, String message) {
        return new ImportReport.Entry(file, Optional.empty(), List.of(Problem.error(file, 0, message)));
    }
}
