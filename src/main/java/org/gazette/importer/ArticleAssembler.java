package org.gazette.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.Author;
import org.gazette.content.Byline;
import org.gazette.problem.Problem;

/**
 * Recognises the parts of a newspaper article among a legacy article's blocks, the way the
 * printed page arranges them:
 *
 * <pre>
 * 热烈庆祝邵阳市第十六次妇女代表大会胜利召开     kicker: a short line before the headline
 * 跟党奋进新征程 巾帼建功新时代                  headline: before the —— line (or the byline)
 * ——邵阳市妇联五年工作综述                      subtitle
 * 邵阳日报记者 伍洁 通讯员 杨超                  byline: authors with roles and organisation
 * ▲2023年3月7日，市委书记……（杨超 摄）           a photo: caption, date, credit
 * 坚持政治铸魂，凝聚“她共识”                    a section heading: a short line without a full stop
 * </pre>
 *
 * The first photo printed before the byline is the lead photo; photos after the last paragraph
 * are left for the page to show after the text. Everything else is body text, in order: nothing
 * is dropped, and what stood in an unexpected place is listed in the notes.
 *
 * <pre>{@code
 * ImportedArticle article = new ArticleAssembler(Path.of("old/a.txt")).assemble(legacy);
 * }</pre>
 */
final class ArticleAssembler {

    /** The headline block is looked for among the first blocks only. */
    static final int HEADER_WINDOW = 12;
    static final int HEADLINE_LONGEST = 40;
    static final int HEADING_LONGEST = 30;
    static final int CAPTION_LONGEST = 250;
    private static final String CAPTION_MARK = "▲";
    private static final Pattern SUBTITLE = Pattern.compile("^(——|──|--|—|－－)\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？；：，、…!?;:,]$");
    private static final Pattern CREDIT = Pattern.compile("\\s*[（(]\\s*([^（）()]{1,40}?)\\s*摄\\s*[）)]\\s*$");
    private static final Pattern EDITOR_LINE = Pattern.compile("^[（(]?(责任编辑|责编|编辑|审核|审校|校对|来源|作者|监制|终审)[:：].*");
    private static final Pattern END_MARK = Pattern.compile("^[（(\\[【]?\\s*(完|终|全文完)\\s*[）)\\]】]?$");

    private enum Role { BODY, KICKER, TITLE, SUBTITLE, BYLINE, DATE, PHOTO, HEADING }

    private final Path source;

    ArticleAssembler(Path source) {
        this.source = source;
    }

    ImportedArticle assemble(LegacyArticle legacy) {
        List<Block> blocks = legacy.blocks();
        Role[] roles = new Role[blocks.size()];
        Arrays.fill(roles, Role.BODY);
        List<Problem> notes = new ArrayList<>(legacy.notes());
        int window = Math.min(blocks.size(), HEADER_WINDOW);

        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.IMAGE || isMarkedCaption(blocks.get(i))) {
                roles[i] = Role.PHOTO;
            }
        }
        // The date line first: wherever it stands among kicker, headline and byline, it is never one of them.
        Optional<ImportDate> date = legacy.date();
        int dateline = first(blocks, roles, window, 0, b -> ImportDate.wholeLine(b.text()).isPresent());
        if (dateline >= 0) {
            roles[dateline] = Role.DATE;
            date = date.or(() -> ImportDate.wholeLine(blocks.get(dateline).text()));
        }
        int subtitle = first(blocks, roles, window, 0, b -> SUBTITLE.matcher(b.text()).find() && b.text().length() > 2);
        if (subtitle >= 0) {
            roles[subtitle] = Role.SUBTITLE;
        }
        int title = findTitle(blocks, roles, window, subtitle, legacy.title());
        if (title >= 0) {
            roles[title] = Role.TITLE;
        }
        int kicker = findKicker(blocks, roles, title);
        if (kicker >= 0) {
            roles[kicker] = Role.KICKER;
        }
        int byline = findByline(blocks, roles, window, Math.max(title, subtitle));
        List<Author> authors = legacy.authors();
        if (byline >= 0) {
            roles[byline] = Role.BYLINE;
            authors = Byline.parse(blocks.get(byline).text()).orElseThrow();
        }
        int headerEnd = max(kicker, title, subtitle, byline, dateline);
        markUnmarkedCaptions(blocks, roles, notes);
        markHeadings(blocks, roles, headerEnd);

        List<ImportedPhoto> photos = photos(blocks, roles, legacy);
        Map<Integer, ImportedPhoto> photoAt = new HashMap<>();
        int n = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (roles[i] == Role.PHOTO) {
                photoAt.put(i, photos.get(n++));
            }
        }
        Optional<String> lead = Optional.empty();
        for (int i = 0; i < headerEnd; i++) {
            if (roles[i] == Role.PHOTO) {
                lead = Optional.of(photoAt.get(i).id());
                break;
            }
        }
        for (int i = 0; i < headerEnd; i++) {
            if (roles[i] == Role.BODY) {
                notes.add(note(blocks.get(i), "text printed before the headline was kept as body text, in its place"
                        + " (move it if it belongs elsewhere)"));
            }
        }
        String body = body(blocks, roles, photoAt, lead, notes);
        if (title < 0 && legacy.title().isEmpty()) {
            notes.add(Problem.warning(source, 0, "no headline was found (write the title: in the front matter)"));
        }
        return new ImportedArticle(
                title >= 0 ? blocks.get(title).text() : legacy.title().orElse(""),
                subtitle >= 0 ? SUBTITLE.matcher(blocks.get(subtitle).text()).replaceFirst("").strip() : "",
                kicker >= 0 ? blocks.get(kicker).text() : "",
                date, authors, photos, lead, body, notes);
    }

    /**
     * The headline: the page's own, else the line before the subtitle, else before the byline, else the first line;
     * a date line between them is passed over.
     */
    private static int findTitle(List<Block> blocks, Role[] roles, int window, int subtitle, Optional<String> given) {
        if (given.isPresent()) {
            return first(blocks, roles, window, 0, b -> b.text().equals(given.get()));
        }
        int overSubtitle = aboveDateLine(roles, subtitle);
        if (overSubtitle >= 0 && headlineAt(blocks, roles, overSubtitle)) {
            return overSubtitle;
        }
        int byline = first(blocks, roles, window, 0, b -> Byline.parse(b.text()).isPresent());
        int overByline = aboveDateLine(roles, byline);
        if (overByline >= 0 && headlineAt(blocks, roles, overByline)) {
            return overByline;
        }
        int firstLine = 0;
        while (firstLine < blocks.size() && roles[firstLine] == Role.DATE) {
            firstLine++;
        }
        return firstLine < blocks.size() && headlineAt(blocks, roles, firstLine) ? firstLine : -1;
    }

    /** The line right over the headline, or the article's first line when it is a headline-like line before it. */
    private static int findKicker(List<Block> blocks, Role[] roles, int title) {
        int over = aboveDateLine(roles, title);
        if (over < 0) {
            return -1;
        }
        if (headlineAt(blocks, roles, over)) {
            return over;
        }
        return headlineAt(blocks, roles, 0) ? 0 : -1;
    }

    /** The block right over {@code index}, passing over a date line between them; -1 when there is none. */
    private static int aboveDateLine(Role[] roles, int index) {
        int above = index - 1;
        while (above >= 0 && roles[above] == Role.DATE) {
            above--;
        }
        return above;
    }

    /** Whether the block at {@code index} is not yet anything else and may be a headline or kicker (no 来源： or 编辑： line). */
    private static boolean headlineAt(List<Block> blocks, Role[] roles, int index) {
        return index >= 0 && roles[index] == Role.BODY && headline(blocks.get(index))
                && !EDITOR_LINE.matcher(blocks.get(index).text()).matches();
    }

    /** A byline just after the headline block, else anywhere in the header window. */
    private static int findByline(List<Block> blocks, Role[] roles, int window, int after) {
        for (int i = Math.max(0, after + 1); i < Math.min(blocks.size(), after + 4); i++) {
            if (roles[i] == Role.BODY && isByline(blocks.get(i))) {
                return i;
            }
        }
        return first(blocks, roles, window, 0, ArticleAssembler::isByline);
    }

    private static boolean isByline(Block block) {
        return block.kind() == Block.Kind.TEXT && Byline.parse(block.text()).isPresent();
    }

    /**
     * A paragraph set apart like the ▲ captions of the same file, in a file whose paragraphs are
     * one blank line apart: a caption whose ▲ was lost. Listed in the notes, since it is a guess.
     */
    private void markUnmarkedCaptions(List<Block> blocks, Role[] roles, List<Problem> notes) {
        List<Block> marked = new ArrayList<>();
        List<Integer> paragraphGaps = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (roles[i] == Role.PHOTO && blocks.get(i).kind() == Block.Kind.TEXT) {
                marked.add(blocks.get(i));
            } else if (roles[i] == Role.BODY && i > 0) {
                paragraphGaps.add(blocks.get(i).gapBefore());
            }
        }
        if (marked.isEmpty() || marked.stream().anyMatch(b -> b.gapBefore() < 2) || paragraphGaps.isEmpty()) {
            return;
        }
        List<Integer> sorted = paragraphGaps.stream().sorted().toList();
        if (sorted.get(sorted.size() / 2) > 1) {
            return;
        }
        for (int i = 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (roles[i] == Role.BODY && block.kind() == Block.Kind.TEXT && block.gapBefore() >= 2 && block.gapAfter() >= 2
                    && block.text().length() <= CAPTION_LONGEST && !headline(block)) {
                roles[i] = Role.PHOTO;
                notes.add(note(block, "a paragraph set apart like this file's ▲ captions was taken as the caption of a photo"
                        + " whose ▲ is missing (if it is text of the article, move it from photos: into the body)"));
            }
        }
    }

    /** Short lines without a full stop, each followed by text: the section headings of the body. */
    private static void markHeadings(List<Block> blocks, Role[] roles, int headerEnd) {
        for (int i = Math.max(0, headerEnd); i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (roles[i] != Role.BODY) {
                continue;
            }
            if (block.kind() == Block.Kind.HEADING) {
                roles[i] = Role.HEADING;
                continue;
            }
            boolean followedByText = i + 1 < blocks.size() && roles[i + 1] == Role.BODY
                    && blocks.get(i + 1).kind() == Block.Kind.TEXT;
            if (block.kind() == Block.Kind.TEXT && followedByText && block.text().length() <= HEADING_LONGEST
                    && headline(block) && !EDITOR_LINE.matcher(block.text()).matches()
                    && !END_MARK.matcher(block.text()).matches() && ImportDate.wholeLine(block.text()).isEmpty()) {
                roles[i] = Role.HEADING;
            }
        }
    }

    private List<ImportedPhoto> photos(List<Block> blocks, Role[] roles, LegacyArticle legacy) {
        List<ImportedPhoto> photos = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (roles[i] != Role.PHOTO) {
                continue;
            }
            Block block = blocks.get(i);
            String id = "photo-" + (photos.size() + 1);
            String caption = block.text().startsWith(CAPTION_MARK) ? block.text().substring(CAPTION_MARK.length()).strip() : block.text();
            String credit = "";
            Matcher m = CREDIT.matcher(caption);
            if (m.find()) {
                credit = m.group(1).strip();
                caption = caption.substring(0, m.start()).strip();
            }
            Optional<LocalDate> taken = ImportDate.captionDate(caption);
            Optional<Path> origin = block.image().map(legacy.images()::get);
            String src = block.image().filter(s -> origin.isEmpty() && s.matches("(?i)^(https?:)?//.*"))
                    .orElse(id + extension(block.image().orElse("")));
            photos.add(new ImportedPhoto(id, src, caption, credit, "", taken, origin, block.line()));
        }
        return photos;
    }

    private static String extension(String src) {
        String path = src.replaceAll("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return extension.matches("\\.(jpe?g|png|gif|webp|bmp|avif)") ? extension : ".jpg";
    }

    private String body(List<Block> blocks, Role[] roles, Map<Integer, ImportedPhoto> photoAt, Optional<String> lead,
                        List<Problem> notes) {
        int lastText = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (roles[i] == Role.BODY || roles[i] == Role.HEADING) {
                lastText = i;
            }
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            switch (roles[i]) {
                case BODY -> {
                    parts.add(block.markdown());
                    noteOddText(block, notes);
                }
                case HEADING -> parts.add("## " + block.markdown());
                case PHOTO -> {
                    String id = photoAt.get(i).id();
                    // The lead shows above the text, and photos after the text show after it by themselves.
                    if (!lead.filter(id::equals).isPresent() && i < lastText) {
                        parts.add("![](photo:" + id + ")");
                    }
                }
                default -> {
                    // kicker, headline, subtitle, byline and date are in the front matter
                }
            }
        }
        return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
    }

    private void noteOddText(Block block, List<Problem> notes) {
        String text = block.text();
        if (block.kind() != Block.Kind.TEXT) {
            return;
        }
        if (EDITOR_LINE.matcher(text).matches()) {
            notes.add(note(block, "\"" + text + "\" was kept as body text (delete it if the site should not show it)"));
        } else if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            notes.add(note(block, "a line of symbols only (" + text + ") was kept as body text (delete it if it was a separator)"));
        }
    }

    private static boolean isMarkedCaption(Block block) {
        return block.kind() == Block.Kind.TEXT && block.text().startsWith(CAPTION_MARK);
    }

    /** A short line that does not end like a sentence: a headline, a kicker or a section heading. */
    static boolean headline(Block block) {
        String text = block.text();
        return block.kind() == Block.Kind.TEXT && !text.isEmpty() && text.length() <= HEADLINE_LONGEST
                && !SENTENCE_END.matcher(text).matches() && !text.startsWith(CAPTION_MARK)
                && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static int first(List<Block> blocks, Role[] roles, int limit, int from, Predicate<Block> test) {
        for (int i = from; i < limit; i++) {
            if (roles[i] == Role.BODY && blocks.get(i).kind() == Block.Kind.TEXT && test.test(blocks.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int max(int... indexes) {
        int max = -1;
        for (int index : indexes) {
            max = Math.max(max, index);
        }
        return max;
    }

    private Problem note(Block block, String message) {
        return Problem.warning(source, block.line(), message);
    }
}
