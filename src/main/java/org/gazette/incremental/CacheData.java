package org.gazette.incremental;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gazette.content.Article;
import org.gazette.content.Author;
import org.gazette.content.LazyText;
import org.gazette.content.Photo;
import org.gazette.markdown.Figure;
import org.gazette.markdown.Heading;
import org.gazette.markdown.RenderedArticle;
import org.gazette.problem.Problem;
import org.gazette.problem.Severity;

/**
 * Reads and writes the values Gazette's caches keep (the build cache, and {@code gazette check}'s
 * cache for strings, lists and problems): articles, their rendered bodies and their problems,
 * field by field in a fixed order. Strings are UTF-16 with an int length in characters (bodies
 * exceed the 64 KB of {@code writeUTF}): reading them back is a copy, where decoding UTF-8 was a
 * tenth of a rebuild's samples under the quick compiler, and Chinese text takes two bytes a
 * character instead of three. Changing a record means changing this class and the format number of
 * each cache that stores it.
 */
public final class CacheData {

    private CacheData() {
    }

    public static void writeString(DataOutputStream out, String text) throws IOException {
        out.writeInt(text.length());
        out.write(LazyText.utf16Of(text));
    }

    /** A long text, written as {@link #writeString} writes a string; one kept as bytes is written as those bytes, not decoded. */
    static void writeText(DataOutputStream out, LazyText text) throws IOException {
        out.writeInt(text.length());
        text.writeUtf16(out);
    }

    /** A string's length in characters, as {@link #writeString} wrote it: a negative or huge one is damage. */
    static int stringLength(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 32 << 20) {
            throw new IOException("a string of " + length + " characters");
        }
        return length;
    }

    public static String readString(DataInputStream in) throws IOException {
        if (in instanceof SegmentInput segment) { // the build cache's articles: decoded where they lie
            return segment.readString();
        }
        int length = stringLength(in);
        byte[] bytes = readUpTo(in, length * 2);
        if (bytes.length != length * 2) {
            throw new IOException("the file ends inside a string");
        }
        return LazyText.stringOf(bytes, 0, length);
    }

    static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A key: a few bytes. */
    static byte[] readBytes(DataInputStream in) throws IOException {
        return readBytes(in, 1 << 20);
    }

    /** Bytes written by {@link #writeBytes}, refused when longer than {@code limit} or cut short. */
    static byte[] readBytes(DataInputStream in, int limit) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > limit) {
            throw new IOException("a block of " + length + " bytes");
        }
        byte[] bytes = readUpTo(in, length);
        if (bytes.length != length) {
            throw new IOException("the file ends inside a block");
        }
        return bytes;
    }

    /** Up to this many bytes are read into an array of their size made at once. */
    private static final int AT_ONCE = 4 << 20;

    /**
     * {@code length} bytes, fewer when the file ends first. {@code readNBytes(length)} reads in
     * pieces of 8 KB and copies them together, twice the memory of a segment of articles or a long
     * body; a length over {@link #AT_ONCE} is still read so, as a damaged one must not take the heap.
     */
    private static byte[] readUpTo(DataInputStream in, int length) throws IOException {
        if (length > AT_ONCE) {
            return in.readNBytes(length);
        }
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length);
        return read == length ? bytes : Arrays.copyOf(bytes, read);
    }

    static void writeArticle(DataOutputStream out, Article a) throws IOException {
        writeString(out, a.source().toString());
        writeString(out, a.title());
        writeString(out, a.subtitle());
        writeString(out, a.kicker());
        writeString(out, a.date().toString());
        writeString(out, a.updated().map(ZonedDateTime::toString).orElse(""));
        out.writeInt(a.authors().size());
        for (Author author : a.authors()) {
            writeString(out, author.name());
            writeString(out, author.role());
            writeString(out, author.org());
        }
        writeString(out, a.column());
        writeStrings(out, a.tags());
        writeString(out, a.summary());
        out.writeInt(a.photos().size());
        for (Photo p : a.photos()) {
            writeString(out, p.id());
            writeString(out, p.src());
            writeString(out, p.caption());
            writeString(out, p.credit());
            writeString(out, p.alt());
            out.writeInt(p.line());
        }
        writeString(out, a.lead().orElse("\0"));
        writeString(out, a.slug());
        writeStrings(out, a.aliases());
        out.writeBoolean(a.draft());
        writeString(out, a.url());
        writeText(out, a.body());
        out.writeInt(a.bodyLine());
    }

    static Article readArticle(SegmentInput in) throws IOException {
        Path source = Path.of(readString(in));
        String title = readString(in);
        String subtitle = readString(in);
        String kicker = readString(in);
        ZonedDateTime date = ZonedDateTime.parse(readString(in));
        String updated = readString(in);
        int authorCount = count(in);
        List<Author> authors = new ArrayList<>(authorCount);
        for (int i = 0; i < authorCount; i++) {
            authors.add(new Author(readString(in), readString(in), readString(in)));
        }
        String column = readString(in);
        List<String> tags = readStrings(in);
        String summary = readString(in);
        int photoCount = count(in);
        List<Photo> photos = new ArrayList<>(photoCount);
        for (int i = 0; i < photoCount; i++) {
            photos.add(new Photo(readString(in), readString(in), readString(in), readString(in), readString(in), in.readInt()));
        }
        String lead = readString(in);
        return new Article(source, title, subtitle, kicker, date,
                updated.isEmpty() ? Optional.empty() : Optional.of(ZonedDateTime.parse(updated)),
                authors, column, tags, summary, photos, lead.equals("\0") ? Optional.empty() : Optional.of(lead),
                readString(in), readStrings(in), in.readBoolean(), readString(in), in.readText(), in.readInt());
    }

    /** A rendered body without its article, which the build supplies (its {@code updated} may come from git). */
    static void writeRendered(DataOutputStream out, RenderedArticle r) throws IOException {
        writeText(out, r.html());
        writeString(out, r.summary());
        writeText(out, r.text());
        out.writeInt(r.headings().size());
        for (Heading h : r.headings()) {
            out.writeInt(h.level());
            writeString(out, h.id());
            writeString(out, h.text());
        }
        writeFigures(out, r.figures());
        writeFigures(out, r.lead().stream().toList());
        writeFigures(out, r.unplaced());
        out.writeInt(r.readingMinutes());
    }

    static RenderedArticle readRendered(SegmentInput in, Article article) throws IOException {
        LazyText html = in.readText();
        String summary = readString(in);
        LazyText text = in.readText();
        int headingCount = count(in);
        List<Heading> headings = new ArrayList<>(headingCount);
        for (int i = 0; i < headingCount; i++) {
            headings.add(new Heading(in.readInt(), readString(in), readString(in)));
        }
        List<Figure> figures = readFigures(in);
        Optional<Figure> lead = readFigures(in).stream().findFirst();
        return new RenderedArticle(article, html, summary, text, headings, figures, lead, readFigures(in), in.readInt());
    }

    public static void writeProblems(DataOutputStream out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            writeString(out, p.file().toString());
            out.writeInt(p.line());
            out.writeInt(p.column());
            writeString(out, p.severity().name());
            writeString(out, p.message());
        }
    }

    public static List<Problem> readProblems(DataInputStream in) throws IOException {
        int n = count(in);
        List<Problem> problems = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Path file = Path.of(readString(in));
            int line = in.readInt();
            int column = in.readInt();
            Severity severity = Severity.valueOf(readString(in));
            problems.add(new Problem(file, line, column, severity, readString(in)));
        }
        return problems;
    }

    private static void writeFigures(DataOutputStream out, List<Figure> figures) throws IOException {
        out.writeInt(figures.size());
        for (Figure f : figures) {
            writeString(out, f.src());
            out.writeInt(f.width());
            out.writeInt(f.height());
            writeString(out, f.alt());
            writeString(out, f.caption());
            writeString(out, f.credit());
        }
    }

    private static List<Figure> readFigures(DataInputStream in) throws IOException {
        int n = count(in);
        List<Figure> figures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            figures.add(new Figure(readString(in), in.readInt(), in.readInt(), readString(in), readString(in), readString(in)));
        }
        return figures;
    }

    public static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    public static List<String> readStrings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(readString(in));
        }
        return strings;
    }

    public static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("a count of " + n);
        }
        return n;
    }
}
