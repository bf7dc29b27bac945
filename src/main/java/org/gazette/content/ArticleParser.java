package org.gazette.content;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.gazette.config.OldAddress;
import org.gazette.config.SiteConfig;
import org.gazette.config.TermKind;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.yaml.YamlMap;

/**
 * Turns a {@link SourceFile} into an {@link Article}, reporting every problem of the file at
 * once: the Markdown body is kept as text for the renderer.
 *
 * <pre>{@code
 * Outcome<Article> article = new ArticleParser(config).parse(source);
 * }</pre>
 */
public final class ArticleParser {

    static final Set<String> KEYS = Set.of("title", "subtitle", "kicker", "date", "updated", "authors",
            "column", "tags", "summary", "photos", "lead", "slug", "aliases", "draft");
    private static final Set<String> AUTHOR_KEYS = Set.of("name", "role", "org");
    private static final Set<String> PHOTO_KEYS = Set.of("id", "src", "caption", "credit", "alt");
    /** Free text, in which a " #" is more likely a slip than a comment. */
    private static final List<String> TEXTS = List.of("title", "subtitle", "kicker", "summary");
    private static final List<String> PHOTO_TEXTS = List.of("caption", "alt", "credit");
    /** Commas, Chinese commas and the enumeration comma, with the spaces around them. */
    private static final Pattern COMMAS = Pattern.compile("\\s*[,，、]\\s*");
    private static final Pattern WIDE_COMMA = Pattern.compile("\\s*，\\s*");
    /** Between two people's names: a Chinese comma or 、, or a comma between Chinese names ("伍洁, 杨超", not "Davis, Jr."). */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*[，、]\\s*|(?<=\\p{IsHan})\\s*,\\s*(?=\\p{IsHan})");

    /** Two Chinese words parted by a space: 妇联 巾帼. */
    private static final Pattern SPACED_NAMES = Pattern.compile("\\p{IsHan}[\\s\u3000]+\\p{IsHan}");
    /**
     * Two Chinese names parted by a space, 伍洁 杨超; not a two-character name spaced to line up
     * with three-character ones, as newspapers print them (伍　洁).
     */
    private static final Pattern TWO_NAMES = Pattern.compile("\\p{IsHan}{2}[\\s\u3000]+\\p{IsHan}{2}");
    /** The space between two Chinese words, where a tag is split. */
    private static final Pattern SPACED_WORDS = Pattern.compile("(?<=\\p{IsHan})[\\s\u3000]+(?=\\p{IsHan})");

    /** Read for {@link org.gazette.config.ArticleSettings} alone: the build cache keeps articles while those are unchanged. */
    private final SiteConfig config;

    public ArticleParser(SiteConfig config) {
        this.config = config;
    }

    public Outcome<Article> parse(SourceFile source) {
        Outcome<FrontMatter> split = FrontMatter.split(source);
        if (split.value().isEmpty()) {
            return Outcome.failed(split.problems());
        }
        FrontMatter frontMatter = split.value().get();
        List<Problem> problems = new ArrayList<>(split.problems());
        Optional<YamlMap> parsed = YamlMap.parse(frontMatter.yaml(), source.path(), frontMatter.yamlLine(), problems);
        if (parsed.isEmpty()) {
            return Outcome.failed(problems);
        }
        YamlMap map = parsed.get();
        // One problem where the front matter opens, not "missing" for each required key; keys
        // refused as such (a list as a key) were reported already.
        if (map.keys().isEmpty() && problems.isEmpty()) {
            return Outcome.failed(Problem.error(source.path(), frontMatter.yamlLine() - 1, "the front matter is empty"
                    + " (it needs at least title and date, such as the lines title: 跟党奋进新征程 巾帼建功新时代"
                    + " and date: 2023-12-26)"));
        }
        map.checkKeys(KEYS);
        map.warnTextCutByComment(TEXTS);
        map.warnInvisibleCharacters(TEXTS);

        String title = map.text("title").orElse("");
        if (title.isEmpty() && !map.holdsCollection("title")) { // a list is reported as such, not as missing
            map.reportError("title is missing (add a line such as title: 跟党奋进新征程 巾帼建功新时代)");
        }
        Optional<ZonedDateTime> date = readDate(map, "date");
        if (!map.has("date")) {
            map.reportError("date is missing (add a line such as date: 2023-12-26)");
        }
        Optional<ZonedDateTime> updated = readDate(map, "updated");
        date.ifPresent(published -> updated.filter(u -> ArticleDates.isUpdatedBefore(u, published)).ifPresent(u ->
                map.reportError("updated", "updated " + map.text("updated").orElse("") + " is earlier than the date "
                        + map.text("date").orElse("") + ": the page would say it was updated before it was published, and"
                        + " the sitemap would date it so (write the day of the last change, the date's or later, in updated:,"
                        + " or remove the line; if the date was corrected, correct updated: with it)")));
        List<Author> authors = readAuthors(map);
        List<Photo> photos = readPhotos(map);
        Optional<String> lead = map.text("lead");
        lead.filter(id -> photos.stream().noneMatch(p -> p.id().equals(id)))
                .ifPresent(id -> map.reportError("lead", "lead photo \"" + id + "\" is not among the photos"
                        + " (use the id of one of the photos listed under photos:)"));
        String slug = readSlug(map, source);
        String column = map.text("column").orElse("");
        List<String> tags = map.words("tags");
        map.refuseInvisibleCharacters("column", "column");
        map.refuseInvisibleCharacters("tags", "tag");
        refuseCommas(map, tags, authors);
        checkTermSlugs(map, authors, column, tags);
        List<String> aliases = map.words("aliases");
        for (String alias : aliases) {
            OldAddress.problem("alias", alias).ifPresent(message -> map.reportError("aliases", message));
        }
        Article article = new Article(
                source.path(),
                title,
                map.text("subtitle").orElse(""),
                map.text("kicker").orElse(""),
                date.orElse(ZonedDateTime.now(config.timeZone())),
                updated,
                authors,
                column,
                tags,
                map.text("summary").orElse(""),
                photos,
                lead,
                slug,
                aliases,
                map.flag("draft").orElse(false),
                date.map(d -> config.permalink().expand(d, slug)).orElse(""),
                LazyText.of(frontMatter.body()),
                frontMatter.bodyLine());
        return Outcome.of(article, problems);
    }

    /**
     * A list written as one text: {@code tags: 妇联, 三八节} is YAML for the single tag "妇联, 三八节",
     * which would get a page of its own; so is a Chinese comma typed inside a list ({@code [家风，家教]}),
     * and a 、 or any comma between two Chinese names ("伍洁, 杨超"). Another comma inside a list's
     * entry, where YAML splits on none, is meant: "Washington, D.C.", 妇女、和平与安全, "Davis, Jr.".
     */
    private static void refuseCommas(YamlMap map, List<String> tags, List<Author> authors) {
        Pattern inTags = map.holdsCollection("tags") ? WIDE_COMMA : COMMAS;
        // 【妇联, 巾帼】 or ［…］: full-width brackets typed for a list are not kept in the hint
        List<String> splitTags = tags.stream().flatMap(inTags::splitAsStream).map(t -> t.replaceAll("^[【［\\[]+|[】］\\]]+$", ""))
                .filter(t -> !t.isEmpty()).toList();
        tags.stream().filter(tag -> inTags.matcher(tag).find()).forEach(tag -> map.reportError("tags", "tag \"" + tag
                + "\" is one text with commas (write a list: tags: [" + String.join(", ", splitTags) + "])"));
        // 妇联 巾帼, typed with a space (tags: 妇联 巾帼, or [妇联　巾帼]), is one tag to YAML too
        List<String> spacedTags = splitTags.stream().flatMap(SPACED_WORDS::splitAsStream).filter(t -> !t.isEmpty()).toList();
        tags.stream().filter(tag -> !inTags.matcher(tag).find() && SPACED_NAMES.matcher(tag).find()).forEach(tag -> map.reportError(
                "tags", "tag \"" + tag + "\" is two words parted by a space (write a list: tags: [" + String.join(", ", spacedTags) + "])"));
        authors.stream().map(Author::name).filter(name -> NAME_SEPARATORS.matcher(name).find()).forEach(name -> map.reportError("authors",
                "author \"" + name + "\" is one text with commas (give each author an entry of their own, such as authors: ["
                        + String.join(", ", NAME_SEPARATORS.splitAsStream(name).filter(n -> !n.isEmpty()).toList()) + "])"));
    }

    /** A column, tag or author name must give a usable URL. */
    private void checkTermSlugs(YamlMap map, List<Author> authors, String column, List<String> tags) {
        String hint = " gives no usable URL (use letters or digits in it, or give it a slug in site.yaml under slugs: ";
        if (!column.isEmpty() && TermSlugs.of(config, TermKind.COLUMN, column).isEmpty()) {
            map.reportError("column", "column \"" + column + "\"" + hint + "columns:)");
        }
        tags.stream().filter(name -> TermSlugs.of(config, TermKind.TAG, name).isEmpty())
                .forEach(name -> map.reportError("tags", "tag \"" + name + "\"" + hint + "tags:)"));
        authors.stream().map(Author::name).filter(name -> TermSlugs.of(config, TermKind.AUTHOR, name).isEmpty())
                .forEach(name -> map.reportError("authors", "author \"" + name + "\"" + hint + "authors:)"));
        checkTermLength(map, "column", TermKind.COLUMN, column.isEmpty() ? List.of() : List.of(column));
        checkTermLength(map, "tags", TermKind.TAG, tags);
        checkTermLength(map, "authors", TermKind.AUTHOR, authors.stream().map(Author::name).toList());
    }

    /**
     * A name whose slug, which names its page's folder (/columns/妇联动态/), is longer than a
     * folder's name may be: the build would fail only as it wrote that page, after reading and
     * rendering everything, and check would not see it.
     */
    private void checkTermLength(YamlMap map, String key, TermKind kind, List<String> names) {
        for (String name : names) {
            int bytes = TermSlugs.of(config, kind, name).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_SLUG_BYTES) {
                String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
                map.reportError(key, singular + " \"" + name.substring(0, Math.min(20, name.length())) + "…\" is " + bytes
                        + " bytes long in its page's address, more than the " + MAX_SLUG_BYTES + " a folder's name may"
                        + " take (give a shorter name, or give it a short slug in site.yaml under slugs: " + kind.folder() + ":)");
            }
        }
    }

    private Optional<ZonedDateTime> readDate(YamlMap map, String key) {
        Optional<String> text = map.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZonedDateTime> date = ArticleDates.parse(text.get(), config.timeZone());
        if (date.isEmpty()) {
            map.reportError(key, key + " \"" + text.get() + "\" "
                    + ArticleDates.faultOf(text.get()).orElse("is not a date" + ArticleDates.HINT));
        }
        return date;
    }

    private static List<Author> readAuthors(YamlMap map) {
        // A byline typed as one text (authors: 邵阳日报记者 伍洁 通讯员 杨超): its names parted from
        // their roles would be authors named 通讯员 and 邵阳日报记者, so the hint is the structured form.
        Optional<List<Author>> byline = map.holdsCollection("authors") ? Optional.empty() : map.text("authors").flatMap(Byline::parse);
        if (byline.isPresent()) {
            map.reportError("authors", "authors must be a list, one entry a line starting with \"- \" (" + structured(byline) + ")");
            return List.of();
        }
        List<Author> authors = new ArrayList<>();
        List<YamlMap> named = new ArrayList<>();
        for (YamlMap entry : map.maps("authors", AUTHOR_KEYS, "name", "{ name: 伍洁, role: 记者, org: 邵阳日报 }")) {
            entry.checkKeys(AUTHOR_KEYS);
            entry.refuseInvisibleCharacters("name", "author");
            String name = entry.text("name").orElse("");
            if (name.isEmpty()) {
                if (!entry.holdsCollection("name")) { // a list is reported as such, not as missing
                    entry.reportError("an author has no name (add name: 伍洁, or remove the entry)");
                }
                continue;
            }
            authors.add(new Author(name, entry.text("role").orElse(""), entry.text("org").orElse("")));
            named.add(entry);
        }
        refuseBylineWords(authors, named);
        return authors;
    }

    /**
     * A name that is a role (通讯员) or ends with one (邵阳日报记者) is an error giving the
     * structured form: the build would make it an author with a page of its own, and list it as a
     * person. One that looks like two names parted by a space (伍洁 杨超) is a warning: it may be one
     * person's (阿依古丽 买买提, 欧阳 娜娜) or a unit's (市妇联 宣传部).
     */
    private static void refuseBylineWords(List<Author> authors, List<YamlMap> entries) {
        List<String> names = authors.stream().map(Author::name).toList();
        // Made only for a name refused: reading the byline for every article cost a build a tenth of its parsing.
        Supplier<String> hint = () -> " (" + structured(Byline.parse(String.join(" ", names)).or(() -> plainNames(names))) + ")";
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<String> role = Arrays.stream(name.split("[\\s\u3000]+"))
                    .flatMap(word -> Byline.ROLES.stream().filter(word::endsWith)).findFirst();
            if (role.isPresent()) {
                entries.get(i).reportError("name", "author \"" + name + "\" " + (name.equals(role.get()) ? "is" : "holds")
                        + " the role " + role.get() + ", which is not a name" + hint.get());
            } else if (TWO_NAMES.matcher(name).find()) {
                entries.get(i).reportWarning("name", "author \"" + name + "\" looks like two names parted by a space: if it is"
                        + " two people, " + hint.get().substring(2, hint.get().length() - 1) + "; if it is one name, write it"
                        + " without the space, or with · between its parts (阿依古丽·买买提)");
            }
        }
    }

    /** The names parted at their spaces, when none holds a role: 伍洁 杨超 is 伍洁 and 杨超. */
    private static Optional<List<Author>> plainNames(List<String> names) {
        List<String> words = names.stream().flatMap(name -> Arrays.stream(name.split("[\\s\u3000]+"))).toList();
        boolean roles = words.stream().anyMatch(word -> Byline.ROLES.stream().anyMatch(word::endsWith));
        return roles ? Optional.empty() : Optional.of(words.stream().map(word -> new Author(word, "", "")).toList());
    }

    /** The byline {@code authors} as front-matter entries, or an example of them when it could not be read. */
    private static String structured(Optional<List<Author>> authors) {
        List<String> entries = authors.orElse(List.of(new Author("伍洁", "记者", "邵阳日报"), new Author("杨超", "通讯员", "")))
                .stream().map(a -> "- { name: " + a.name() + (a.role().isEmpty() ? "" : ", role: " + a.role())
                        + (a.org().isEmpty() ? "" : ", org: " + a.org()) + " }").toList();
        return "write each author on a line of their own under authors:, the role apart from the name: "
                + String.join(", then ", entries);
    }

    private static List<Photo> readPhotos(YamlMap map) {
        List<Photo> photos = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<YamlMap> entries = map.maps("photos", PHOTO_KEYS, null, "{ src: photo-1.jpg, caption: ... }");
        for (int i = 0; i < entries.size(); i++) {
            YamlMap entry = entries.get(i);
            entry.checkKeys(PHOTO_KEYS);
            entry.warnTextCutByComment(PHOTO_TEXTS);
            String id = entry.text("id").orElse("photo-" + (i + 1));
            if (!ids.add(id)) {
                entry.reportError("id", "two photos have the id \"" + id + "\" (give each photo its own id)");
            }
            Optional<String> src = entry.text("src");
            if (src.isEmpty()) {
                entry.reportError("photo \"" + id + "\" has no src (add src: images/name.jpg)");
                continue;
            }
            photos.add(new Photo(id, src.get(), entry.text("caption").orElse(""), entry.text("credit").orElse(""),
                    entry.text("alt").orElse(""), entry.line("src")));
        }
        return photos;
    }

    private static String readSlug(YamlMap map, SourceFile source) {
        Optional<String> given = map.text("slug");
        if (given.isPresent()) {
            String slug = Slugs.of(given.get());
            if (!slug.equals(given.get())) {
                map.reportError("slug", "slug \"" + given.get() + "\" may only hold lower-case letters, digits and -"
                        + " (use slug: " + (slug.isEmpty() ? "five-year-review" : slug) + ")");
            }
            return checkLength(map, slug);
        }
        String slug = Slugs.fromFileName(source.path());
        if (slug.isEmpty()) {
            map.reportError("the file name gives no usable slug (rename the file or add slug: five-year-review)");
        }
        return checkLength(map, slug);
    }

    /** Longest slug, in UTF-8 bytes: it names a folder, and file systems allow 255 bytes to a name. */
    static final int MAX_SLUG_BYTES = OldAddress.MAX_NAME_BYTES;

    private static String checkLength(YamlMap map, String slug) {
        int bytes = slug.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SLUG_BYTES) {
            String message = "the slug " + slug.substring(0, 20) + "… is " + bytes + " bytes long, more than the "
                    + MAX_SLUG_BYTES + " a folder's name may take (give a shorter slug: a few words, such as slug: five-year-review)";
            if (map.has("slug")) {
                map.reportError("slug", message);
            } else {
                map.reportError(message);
            }
        }
        return slug;
    }
}
