package org.gazette.importer;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.Author;
import org.gazette.problem.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an article page of an old web site: the headline (its {@code h1}, else its
 * {@code og:title} or {@code <title>}), the date (from its meta data, a {@code <time>}, or a line
 * such as 发布时间：2023-12-26), the author (作者：…), and the article's own part of the page,
 * found by the usual names of content areas or else as the element with the most paragraph
 * text. In it, paragraphs, headings, lists, tables, links, emphasis and images with their
 * captions (a {@code figcaption}, a ▲ line, a centred line under a centred photo) become blocks;
 * anything else is kept as its text and named in the notes.
 *
 * <pre>{@code
 * LegacyArticle page = HtmlReader.read(html, Path.of("old/news/12345.html"), Path.of("old"), true);
 * }</pre>
 */
final class HtmlReader {

    private static final List<String> CONTENT = List.of("[itemprop=articleBody]", "article .content", ".TRS_Editor",
            "#zoom", ".article-content", ".article_content", ".articleContent", "#articleContent", ".news-content",
            ".news_content", "#content", ".content", "article", "main");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "center", "blockquote", "dd", "dt",
            "main", "header", "footer", "address", "pre", "li", "dl");
    /** Never article text: code, styles and form controls. Anything else inside the article is kept, if only as text. */
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "input", "button",
            "select", "textarea", "svg", "canvas", "map", "area", "object", "param");
    private static final Set<String> INLINE = Set.of("span", "font", "u", "ins", "sub", "sup", "small", "big", "abbr",
            "cite", "q", "label", "mark", "time", "nobr", "acronym", "dfn", "kbd", "samp", "var", "tt", "s", "strike", "del");
    /** Names after 作者：, up to the next label (浏览次数：128 is no name). */
    private static final Pattern AUTHOR = Pattern.compile(
            "(作者|记者|文)[:：]\\s*([\\p{IsHan}·]{2,8}(?:[\\s、，,]+[\\p{IsHan}·]{2,8}(?![\\p{IsHan}·]*[:：]))*)");
    /** A date label anywhere in a text: the labels a text file's date line may have ({@link ImportDate#LABELS}). */
    private static final Pattern LABELLED_DATE = Pattern.compile("(" + ImportDate.LABELS + ")[:：]");
    /** A labelled date and what follows it, up to a time of day: group 2. */
    private static final Pattern LABELLED_DATE_TEXT = Pattern.compile(LABELLED_DATE.pattern() + "\\s*(\\S+(?:\\s+\\d{1,2}:\\d{2})?)");
    /** An info line is short: a longer block that names a date is article text. */
    private static final int INFO_LONGEST = 120;
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*[-_|—–]+\\s*[^-_|—–]+$");

    private final Path file;
    private final Path folder;
    private final boolean fullWidth;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Path> images = new HashMap<>();
    private final List<Problem> notes = new ArrayList<>();
    private final Set<String> unknown = new LinkedHashSet<>();
    private final Set<String> details = new LinkedHashSet<>();
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder markdown = new StringBuilder();
    private boolean centered;

    private HtmlReader(Path file, Path folder, boolean fullWidth) {
        this.file = file;
        this.folder = folder;
        this.fullWidth = fullWidth;
    }

    /**
     * @param folder the folder the page was imported from: addresses starting with / are looked up in it
     */
    static LegacyArticle read(String html, Path file, Path folder, boolean fullWidth) {
        return read(Jsoup.parse(html), file, folder, fullWidth);
    }

    /** Reads a page parsed already; the page is changed (scripts, styles and forms removed). */
    static LegacyArticle read(Document page, Path file, Path folder, boolean fullWidth) {
        return new HtmlReader(file, folder, fullWidth).read(page);
    }

    private LegacyArticle read(Document page) {
        if (MarkupDepth.limit(page)) {
            notes.add(Problem.warning(file, 0, "markup nested more than " + MarkupDepth.DEEPEST + " elements deep was kept as"
                    + " its text only, without links, emphasis or paragraphs (check how it reads)"));
        }
        Optional<String> title = title(page);
        Optional<ImportDate> date = date(page);
        List<Author> authors = authors(page);
        page.select(String.join(",", DROP)).remove();
        Element content = contentOf(page);
        walk(content);
        flush();
        attachCaptions();
        Optional<String> infoLine = date.flatMap(this::dropInfoLine);
        if (authors.isEmpty()) {
            authors = infoLine.map(HtmlReader::authorsIn).orElse(List.of());
        }
        if (!details.isEmpty()) {
            notes.add(Problem.warning(file, 0, "the date and author were read from the page's line \""
                    + String.join(" / ", details) + "\"; anything else in it is not in the article (add what it should keep)"));
        }
        if (!unknown.isEmpty()) {
            notes.add(Problem.warning(file, 0, "kept as plain text, without their markup: <" + String.join(">, <", unknown)
                    + "> (check how they read)"));
        }
        return new LegacyArticle(blocks, title.map(this::clean), date, authors, images, notes);
    }

    private Optional<String> title(Document page) {
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return Optional.of(h1.text());
        }
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return Optional.of(og.attr("content"));
        }
        if (!page.title().isBlank()) {
            notes.add(Problem.warning(file, 0, "the headline was taken from the page's <title>, without what followed a"
                    + " - or | (check it)"));
            return Optional.of(TITLE_SUFFIX.matcher(page.title()).replaceFirst(""));
        }
        return Optional.empty();
    }

    private Optional<ImportDate> date(Document page) {
        for (Element meta : page.select("meta[content]")) {
            String name = (meta.attr("name") + meta.attr("property") + meta.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (name.matches(".*(publishdate|pubdate|published_time|datepublished|publish_date|^date$).*")) {
                Optional<ImportDate> date = ImportDate.find(meta.attr("content"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (Element time : page.select("time")) {
            Optional<ImportDate> date = ImportDate.find(time.attr("datetime") + " " + time.text());
            if (date.isPresent()) {
                return date;
            }
        }
        for (Element info : page.select("[class~=(?i)date|time|info|source|pub], [id~=(?i)date|time|info|source|pub]")) {
            Optional<ImportDate> date = ImportDate.find(info.ownText() + " " + info.text());
            if (date.isPresent()) {
                details.add(info.text().strip());
                return date;
            }
        }
        Matcher labelled = LABELLED_DATE_TEXT.matcher(page.text());
        return labelled.find() ? ImportDate.find(labelled.group(2)) : Optional.empty();
    }

    private List<Author> authors(Document page) {
        for (Element info : page.select("[class~=(?i)author|info|source|byline], [id~=(?i)author|info|source|byline]")) {
            List<Author> authors = authorsIn(info.text());
            if (!authors.isEmpty()) {
                details.add(info.text().strip());
                return authors;
            }
        }
        return List.of();
    }

    /** The authors a line names after 作者：, 记者： or 文：, or none. */
    private static List<Author> authorsIn(String line) {
        Matcher m = AUTHOR.matcher(line);
        if (!m.find()) {
            return List.of();
        }
        String role = m.group(1).equals("记者") ? "记者" : "";
        return List.of(m.group(2).split("[\\s、，,]+")).stream().map(name -> new Author(name, role, "")).toList();
    }

    /** The article's part of the page: a known content area, else the element with the most paragraph text. */
    private Element contentOf(Document page) {
        for (String selector : CONTENT) {
            Element found = page.selectFirst(selector);
            if (found != null && found.text().length() >= 20) {
                return found;
            }
        }
        return page.body().getAllElements().stream()
                .max(Comparator.comparingInt(HtmlReader::paragraphText))
                .filter(e -> paragraphText(e) > 0)
                .orElse(page.body());
    }

    private static int paragraphText(Element element) {
        int length = 0;
        for (Element child : element.children()) {
            if (child.tagName().equals("p") || child.tagName().equals("br")) {
                length += child.text().length() + 10;
            }
        }
        for (TextNode text : element.textNodes()) {
            length += text.text().strip().length();
        }
        return length;
    }

    private void walk(Element element) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                append(text.getWholeText(), MarkdownText.escape(text.getWholeText()).replace("\n", " "));
            } else if (node instanceof Element child) {
                element(child);
            }
        }
    }

    private void element(Element e) {
        String tag = e.tagName();
        switch (tag) {
            case "br" -> flush();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flush();
                String text = clean(e.text());
                if (!text.isEmpty()) {
                    blocks.add(new Block(tag.equals("h1") ? Block.Kind.TEXT : Block.Kind.HEADING, text, MarkdownText.escape(text),
                            0, 1, 1, Optional.empty(), false));
                }
            }
            case "img" -> image(e, "");
            case "figure" -> {
                flush();
                Element img = e.selectFirst("img");
                Element caption = e.selectFirst("figcaption");
                if (img != null) {
                    image(img, caption == null ? "" : caption.text());
                } else {
                    walk(e);
                    flush();
                }
            }
            case "table" -> table(e);
            case "ul", "ol" -> list(e, tag.equals("ol"));
            case "a" -> link(e);
            case "strong", "b" -> emphasis(e, "**");
            case "em", "i" -> emphasis(e, "*");
            case "iframe", "video", "audio", "embed", "source" -> {
                String src = e.attr("src").strip();
                flush();
                if (!src.isEmpty()) {
                    embed(tag, src);
                }
            }
            default -> {
                if (BLOCKS.contains(tag)) {
                    flush();
                    boolean outer = centered;
                    centered = outer || centred(e);
                    walk(e);
                    flush();
                    centered = outer;
                } else {
                    if (!INLINE.contains(tag)) {
                        unknown.add(tag);
                    }
                    walk(e);
                }
            }
        }
    }

    /** A video, audio or iframe becomes a link to what it played, when that is a web address. */
    private void embed(String tag, String src) {
        Optional<String> destination = LegacyAddress.destination(src, LegacyAddress.EMBEDS);
        if (destination.isEmpty()) {
            notes.add(Problem.warning(file, 0, "a <" + tag + "> was left out: its address " + src
                    + " is no web address (only http, https and relative addresses are kept)"));
            return;
        }
        String label = switch (tag) {
            case "video" -> "视频";
            case "audio" -> "音频";
            default -> "嵌入内容";
        };
        String text = "[" + label + "](" + destination.get() + ")";
        blocks.add(new Block(Block.Kind.VERBATIM, text, text, 0, 1, 1, Optional.empty(), false));
        notes.add(Problem.warning(file, 0, "a <" + tag + "> was kept as a link to " + src + " (embed it again if it should play)"));
    }

    private static boolean centred(Element e) {
        return e.tagName().equals("center") || e.attr("align").equalsIgnoreCase("center")
                || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("text-align:center");
    }

    private void image(Element img, String caption) {
        boolean inCentre = centered || centred(img);
        flush();
        String src = img.attr("src").strip();
        if (src.isEmpty() || src.startsWith("data:")) {
            notes.add(Problem.warning(file, 0, "an image without an address was left out"));
            return;
        }
        local(src).ifPresent(path -> images.put(src, path));
        String text = clean(caption);
        blocks.add(new Block(Block.Kind.IMAGE, text, MarkdownText.escape(text), 0, 1, 1, Optional.of(src), inCentre));
        String alt = img.attr("alt").strip();
        if (text.isEmpty() && alt.length() >= 4 && alt.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            blocks.set(blocks.size() - 1, new Block(Block.Kind.IMAGE, clean(alt), MarkdownText.escape(clean(alt)), 0, 1, 1,
                    Optional.of(src), inCentre));
        }
    }

    /**
     * The image file, when it is beside the page or elsewhere in the folder imported from. One
     * outside that folder ({@code ../../../etc/passwd}, or a link in it to a file elsewhere) is
     * refused with a note: the import copies what it finds into the site, which is published.
     */
    private Optional<Path> local(String src) {
        if (src.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || src.startsWith("//")) {
            return Optional.empty();
        }
        String path = URLDecoder.decode(src.replaceAll("[?#].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        Path base = path.startsWith("/") ? folder : (file.getParent() == null ? Path.of(".") : file.getParent());
        Path candidate = base.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        if (!inFolder(candidate)) {
            notes.add(Problem.warning(file, 0, "the image " + src + " is outside the folder imported, " + folder
                    + ": it was not copied (copy the photo beside the article by hand if it belongs to it)"));
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** Whether the file, its symbolic links followed, is in the folder imported. */
    private boolean inFolder(Path candidate) {
        try {
            return candidate.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private void link(Element a) {
        String href = a.attr("href").strip();
        String text = a.text();
        if (href.isEmpty() || !a.select("img").isEmpty()) {
            walk(a);
            return;
        }
        Optional<String> destination = LegacyAddress.destination(href, LegacyAddress.LINKS);
        if (destination.isEmpty()) {
            notes.add(Problem.warning(file, 0, "a link to " + href + " was kept as its text only: only web (http, https),"
                    + " mail (mailto) and relative addresses are kept"));
            walk(a);
            return;
        }
        append(text, "[" + MarkdownText.escape(text) + "](" + destination.get() + ")");
    }

    private void emphasis(Element e, String mark) {
        String text = e.text();
        if (text.isBlank() || !e.select("img, br, p, div").isEmpty()) {
            walk(e);
            return;
        }
        append(text, mark + MarkdownText.escape(text.strip()) + mark);
    }

    private void table(Element table) {
        flush();
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            List<String> cells = row.select("> th, > td").stream().map(c -> MarkdownText.escape(clean(c.text()))).toList();
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder md = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < columns) {
                cells.add("");
            }
            md.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (r == 0) {
                md.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        blocks.add(new Block(Block.Kind.VERBATIM, clean(table.text()), md.toString().strip(), 0, 1, 1, Optional.empty(), false));
        if (!table.select("[colspan], [rowspan]").isEmpty()) {
            notes.add(Problem.warning(file, 0, "a table with merged cells was kept as a simple table (check it)"));
        }
    }

    private void list(Element list, boolean ordered) {
        flush();
        StringBuilder md = new StringBuilder();
        int n = 1;
        for (Element item : list.select("> li")) {
            String text = MarkdownText.escape(clean(item.text()));
            md.append(ordered ? (n++) + ". " : "- ").append(text).append('\n');
        }
        if (md.length() > 0) {
            blocks.add(new Block(Block.Kind.VERBATIM, clean(list.text()), md.toString().strip(), 0, 1, 1, Optional.empty(), false));
        }
    }

    private void append(String text, String md) {
        plain.append(text);
        markdown.append(md);
    }

    /** Ends the paragraph being collected. */
    private void flush() {
        String text = clean(plain.toString());
        if (!text.isEmpty()) {
            String md = Punctuation.joinSpaces(markdown.toString().replace('\u3000', ' '));
            blocks.add(new Block(Block.Kind.TEXT, text, fullWidth ? Punctuation.fullWidthMarkdown(md) : md, 0, 1, 1,
                    Optional.empty(), centered));
        }
        plain.setLength(0);
        markdown.setLength(0);
    }

    /** A ▲ line, or a short centred line under a centred photo, is that photo's caption. */
    private void attachCaptions() {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block image = blocks.get(i);
            Block next = blocks.get(i + 1);
            if (image.kind() != Block.Kind.IMAGE || next.kind() != Block.Kind.TEXT) {
                continue;
            }
            boolean marked = next.text().startsWith("▲");
            boolean centredCaption = image.centered() && next.centered() && next.text().length() <= 120;
            if (marked || centredCaption) {
                String caption = marked ? next.text().substring(1).strip() : next.text();
                blocks.set(i, new Block(Block.Kind.IMAGE, caption, MarkdownText.escape(caption), image.line(), 1, 1,
                        image.image(), image.centered()));
                blocks.remove(i + 1);
            }
        }
    }

    /**
     * Drops the page's 发布时间：… 来源：… line from the article once its date is read, when the
     * article's part of the page holds it: the page's info element, or a labelled line near the
     * top giving the same date. What else it said is listed in the notes with it.
     *
     * @return the line dropped, for the authors it may name
     */
    private Optional<String> dropInfoLine(ImportDate date) {
        List<String> infoLines = details.stream().map(this::clean).toList();
        for (int i = 0; i < Math.min(blocks.size(), ArticleAssembler.HEADER_WINDOW); i++) {
            Block block = blocks.get(i);
            boolean info = infoLines.contains(block.text());
            boolean labelled = block.text().length() <= INFO_LONGEST && LABELLED_DATE.matcher(block.text()).find()
                    && ImportDate.find(block.text()).equals(Optional.of(date));
            if (block.kind() == Block.Kind.TEXT && (info || labelled)) {
                blocks.remove(i);
                if (!info && ImportDate.wholeLine(block.text()).isEmpty()) {
                    details.add(block.text());
                }
                return Optional.of(block.text());
            }
        }
        return Optional.empty();
    }

    private String clean(String text) {
        String joined = Punctuation.joinSpaces(text.replace('\u3000', ' '));
        return fullWidth ? Punctuation.fullWidth(joined) : joined;
    }

}
