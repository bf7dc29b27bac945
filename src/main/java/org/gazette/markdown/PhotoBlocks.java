package org.gazette.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.Article;
import org.gazette.content.Photo;
import org.gazette.content.SitePaths;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;

/**
 * Replaces the paragraphs that show a photo with {@link FigureNode}s. A paragraph is a photo
 * block when it holds only an image, written as one of:
 *
 * <pre>
 * ![](photo:visit)                        a photo from front matter, by id
 * ![alt](images/x.jpg "caption")          an image with its caption as title
 * ![alt](images/x.jpg)                    an image, with the caption on the next line
 * ▲2023年3月7日，市委书记……（杨超 摄）
 * </pre>
 *
 * A trailing （name 摄） in a caption becomes the credit. An image anywhere else (inside a sentence,
 * or with text after it that is not a ▲ caption) is an error: it would show without its size,
 * caption or credit, and its {@code src} as written, not found in the site.
 */
final class PhotoBlocks {

    static final String PHOTO_SCHEME = "photo:";
    /** The scheme typed with a Chinese input method's full-width colon. */
    private static final String FULL_WIDTH_SCHEME = "photo：";
    private static final String CAPTION_MARK = "▲";
    private static final Pattern CREDIT = Pattern.compile("\\s*[（(]\\s*([^（）()]{1,40}?)\\s*摄\\s*[）)]\\s*$");

    private final Article article;
    private final ImageResolver images;
    private final List<Problem> problems;
    private final List<String> placed = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    /** Each front-matter photo resolved once, by id: a photo placed twice has one missing file, told once. */
    private final Map<String, Optional<ResolvedImage>> photoImages = new HashMap<>();
    private final Set<String> creditsTold = new HashSet<>();

    PhotoBlocks(Article article, ImageResolver images, List<Problem> problems) {
        this.article = article;
        this.images = images;
        this.problems = problems;
    }

    /** Rewrites {@code document} in place and returns the ids of the front-matter photos it placed. */
    List<String> place(Document document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                paragraphs.add(paragraph);
            } else if (node instanceof Link link) {
                reportMistypedImage(document, link);
            } else if (node instanceof ImageRef imageRef && imageRef.isDefined()) {
                reportImageReference(document, imageRef);
            }
        }
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.getParent() != null) {
                placeIn(document, paragraph);
            }
        }
        return List.copyOf(placed);
    }

    /** The figures {@link #place} put in the body, in order. */
    List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** The front-matter photo {@code photo} as a figure on the article's page. */
    Optional<Figure> figureOf(Photo photo, boolean lazy) {
        String[] captioned = captionAndCredit(photo);
        return imageOf(photo).map(resolved -> figure(resolved, photo.alt(), captioned[0], captioned[1]));
    }

    /**
     * A front-matter photo's caption and credit, once: a caption ending in its own （X 摄）, as
     * one copied from a printed page does, gives the credit shown, and beside a different
     * {@code credit:} it is told at the photo's line (once a photo).
     */
    private String[] captionAndCredit(Photo photo) {
        String caption = withoutMark(photo.caption());
        Matcher m = CREDIT.matcher(caption);
        if (!m.find()) {
            return new String[] {caption, photo.credit()};
        }
        String credit = m.group(1).strip();
        if (!photo.credit().isEmpty() && !photo.credit().equals(credit) && creditsTold.add(photo.id())) {
            problems.add(Problem.warning(article.source(), photo.line(), "the caption of photo \"" + photo.id() + "\" ends with （"
                    + credit + " 摄） and its credit: is " + photo.credit() + "; the page shows （" + credit + " 摄） (keep one of"
                    + " them: remove credit:, or the （" + credit + " 摄） from the caption)"));
        }
        return new String[] {caption.substring(0, m.start()).strip(), credit};
    }

    /**
     * {@code caption} without the ▲ it starts with when copied from a printed page: the theme
     * draws the mark before every caption, and the page would show two.
     */
    private static String withoutMark(String caption) {
        String text = caption.strip();
        return text.startsWith(CAPTION_MARK) ? text.substring(CAPTION_MARK.length()).strip() : caption;
    }

    /** The image of front-matter photo {@code photo}, its problems reported the first time only. */
    private Optional<ResolvedImage> imageOf(Photo photo) {
        return photoImages.computeIfAbsent(photo.id(), id -> {
            Outcome<ResolvedImage> image = images.resolve(article.source(), photo.line(), photo.src());
            problems.addAll(image.problems());
            return image.value();
        });
    }

    private void placeIn(Document document, Paragraph paragraph) {
        List<Node> children = meaningful(paragraph);
        if (children.isEmpty() || !(children.get(0) instanceof Image image)) {
            reportInlineImages(document, paragraph);
            return;
        }
        int line = article.bodyLine() + document.getLineNumber(image.getStartOffset());
        String caption = "";
        int captionLine = line + 1;
        if (children.size() > 1) {
            if (!(children.get(1) instanceof SoftLineBreak || children.get(1) instanceof HardLineBreak)) {
                reportInlineImages(document, paragraph);
                return;
            }
            String rest = textOf(children.subList(2, children.size())).strip();
            if (!rest.startsWith(CAPTION_MARK)) {
                reportInlineImages(document, paragraph);
                return;
            }
            caption = rest.substring(CAPTION_MARK.length()).strip();
        } else if (paragraph.getNext() instanceof Paragraph next && textOf(meaningful(next)).strip().startsWith(CAPTION_MARK)) {
            caption = textOf(meaningful(next)).strip().substring(CAPTION_MARK.length()).strip();
            captionLine = article.bodyLine() + document.getLineNumber(next.getStartOffset());
            next.unlink();
        }
        figureFor(image, line, caption, captionLine).ifPresent(figure -> {
            figures.add(figure);
            paragraph.insertBefore(new FigureNode(figure));
            paragraph.unlink();
        });
    }

    private Optional<Figure> figureFor(Image image, int line, String captionBelow, int captionLine) {
        String url = image.getUrl().toString();
        String alt = image.getText().toString().strip();
        if (url.startsWith(FULL_WIDTH_SCHEME)) {
            problems.add(Problem.error(article.source(), line, "photo " + url + " is written with a full-width colon ："
                    + " (type the half-width colon: ![](" + halfWidth(url) + "))"));
            return Optional.empty();
        }
        if (url.startsWith(PHOTO_SCHEME)) {
            String id = url.substring(PHOTO_SCHEME.length());
            Optional<Photo> photo = article.photo(id);
            if (photo.isEmpty()) {
                problems.add(Problem.error(article.source(), line, "photo \"" + id + "\" is not listed under photos:"
                        + " in the front matter (add it there, or correct the id)"));
                return Optional.empty();
            }
            placed.add(id);
            Photo p = photo.get();
            String[] fromFrontMatter = captionAndCredit(p);
            String caption = captionBelow.isEmpty() ? fromFrontMatter[0] : captionBelow;
            String credit = captionBelow.isEmpty() ? fromFrontMatter[1] : p.credit();
            Matcher m = CREDIT.matcher(caption);
            if (!captionBelow.isEmpty() && m.find()) {
                // The ▲ line beside the photo is the more specific: its credit is shown, the front matter's not as well.
                credit = m.group(1).strip();
                caption = caption.substring(0, m.start()).strip();
                if (!p.credit().isEmpty() && !p.credit().equals(credit)) {
                    problems.add(Problem.warning(article.source(), captionLine, "the caption line credits （" + credit + " 摄）"
                            + " and photo \"" + id + "\" in the front matter credit: " + p.credit() + "; the page shows （"
                            + credit + " 摄） (keep one of them: remove credit: from the front matter, or the （" + credit
                            + " 摄） from the caption line)"));
                }
            }
            String shownCaption = caption;
            String shownCredit = credit;
            return imageOf(p).map(r -> figure(r, alt.isEmpty() ? p.alt() : alt, shownCaption, shownCredit));
        }
        String caption = captionBelow.isEmpty() ? withoutMark(image.getTitle().toString()).strip() : captionBelow;
        String credit = "";
        Matcher m = CREDIT.matcher(caption);
        if (m.find()) {
            credit = m.group(1).strip();
            caption = caption.substring(0, m.start()).strip();
        }
        Outcome<ResolvedImage> resolved = images.resolve(article.source(), line, url);
        problems.addAll(resolved.problems());
        String finalCaption = caption;
        String finalCredit = credit;
        return resolved.value().map(r -> figure(r, alt, finalCaption, finalCredit));
    }

    private Figure figure(ResolvedImage image, String alt, String caption, String credit) {
        String link = SitePaths.relative(article.url(), image.link());
        // Without an alt of its own the image gets alt="", not its caption: the figcaption beside it
        // describes it already, and a screen reader would read a long caption twice.
        return new Figure(link, image.size().map(ImageSize::width).orElse(0),
                image.size().map(ImageSize::height).orElse(0), alt, caption, credit);
    }

    private void reportInlineImages(Document document, Paragraph paragraph) {
        for (Node node : paragraph.getDescendants()) {
            if (node instanceof Image image) {
                int line = article.bodyLine() + document.getLineNumber(image.getStartOffset());
                String what = image.getUrl().startsWith(PHOTO_SCHEME) ? "photo " : "image ";
                problems.add(Problem.error(article.source(), line, what + image.getUrl()
                        + " must stand on a line of its own, with a blank line before and after (a caption may follow on"
                        + " the next line, starting with ▲)"));
            }
        }
    }

    /**
     * {@code ![图][p]} with {@code [p]: images/x.jpg}: the build finds an image's file only when it
     * is written in round brackets, so this one would show broken, with no size or caption.
     */
    private void reportImageReference(Document document, ImageRef imageRef) {
        int line = article.bodyLine() + document.getLineNumber(imageRef.getStartOffset());
        Reference reference = imageRef.getReferenceNode(document);
        String target = reference == null ? "images/x.jpg" : reference.getUrl().toString();
        problems.add(Problem.error(article.source(), line, "image " + imageRef.getChars() + " takes its file from a"
                + " reference ([" + imageRef.getReference() + "]: " + target + "), which the build does not follow (write the"
                + " file in round brackets, on a line of its own: ![" + imageRef.getText() + "](" + target + "))"));
    }

    /**
     * An image typed with a full-width ！ ({@code ！[](photo:b)}), or a photo written without its !:
     * Markdown reads a link, which shows nothing, and the photo would go to the end as unplaced.
     */
    private void reportMistypedImage(Document document, Link link) {
        String url = link.getUrl().toString();
        boolean fullWidthBang = link.getPrevious() instanceof Text before && before.getChars().toString().endsWith("！");
        boolean photo = url.startsWith(PHOTO_SCHEME) || url.startsWith(FULL_WIDTH_SCHEME);
        // A sentence may well end in ！ before a link (欢迎报名！[报名表](../form/)): only a picture's address is a slip.
        boolean picture = photo || ImageResolver.namesPicture(url);
        if (!picture || (!fullWidthBang && !photo)) {
            return;
        }
        int line = article.bodyLine() + document.getLineNumber(link.getStartOffset());
        String meant = "![" + link.getText() + "](" + halfWidth(url) + ")";
        String colon = url.startsWith(FULL_WIDTH_SCHEME) ? " and a full-width colon ：" : "";
        String message = fullWidthBang
                ? (photo ? "photo " : "image ") + url + " is written with a full-width ！" + colon
                        + (colon.isEmpty() ? " (type the half-width !: " : " (type both half-width: ") + meant + ")"
                : "photo " + url + " is written as a link, which shows nothing (put a half-width ! before it: " + meant + ")";
        problems.add(Problem.error(article.source(), line, message));
    }

    /** {@code url} with the full-width colon of its photo scheme made half-width. */
    private static String halfWidth(String url) {
        return url.startsWith(FULL_WIDTH_SCHEME) ? PHOTO_SCHEME + url.substring(FULL_WIDTH_SCHEME.length()) : url;
    }

    private static List<Node> meaningful(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child : parent.getChildren()) {
            if (!(child instanceof Text && child.getChars().isBlank())) {
                children.add(child);
            }
        }
        return children;
    }

    private static String textOf(List<Node> nodes) {
        StringBuilder text = new StringBuilder();
        for (Node node : nodes) {
            text.append(node instanceof Text ? node.getChars().toString() : new TextCollectingVisitor().collectAndGetText(node));
        }
        return text.toString();
    }
}
