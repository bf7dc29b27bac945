package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.build.BuildListener;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.gazette.build.LostAddresses;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random walks through an editor's work: each step makes one of about sixty changes an editor
 * makes (a body, a date with or without a time, the tags, an author's role, a photo's caption,
 * a lead photo, a page bundle and its photos, a file added, deleted, renamed or moved, a draft,
 * an alias, a template, a theme string, a setting, the theme, a static file, an edit keeping the
 * file's size and time, output files deleted by hand, a mistake refused then mended), then
 * builds with the cache and without it; the two must give the same problems and files, byte for
 * byte. The seed makes a walk repeatable: a failure names it and the steps taken, and leaves
 * both sites and the sources under {@code target/walk-failures/}. The suite walks seeds 1 to 3;
 * more with {@code mvn test -Dtest=IncrementalEditWalkTest -Dwalk.from=1 -Dwalk.to=40 -Dwalk.steps=80}
 * ({@code -Dwalk.initial=300} starts from more articles).
 */
class IncrementalEditWalkTest {

    static LongStream seeds() {
        long from = Long.getLong("walk.from", 1);
        long to = Long.getLong("walk.to", 3);
        return LongStream.rangeClosed(from, to);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyStepOfARandomWalkGivesTheCleanBuildsBytes(long seed, @TempDir Path work) throws IOException {
        new Walk(seed, work).run();
    }

    /** One walk, from its seed. */
    private static final class Walk {

        private static final int STEPS = Integer.getInteger("walk.steps", 24);
        private static final List<String> COLUMNS = List.of("工作动态", "家庭教育", "基层动态", "通知公告", "维权服务", "Women Today", "ESG Report");
        private static final List<String> TAGS = List.of("妇联", "家庭教育", "巾帼志愿", "乡村振兴", "维权", "两癌救助", "三八节",
                "AI", "Digital Skills", "iPhone摄影", "STEM");
        private static final List<String> PEOPLE = List.of("伍洁", "杨超", "王静", "李芳", "刘红梅", "陈晓燕", "Anna Li");
        private static final List<String> ROLES = List.of("记者", "通讯员", "摄影", "编辑");
        private static final List<String> ORGS = List.of("邵阳日报", "邵阳市妇联", "新华社");
        private static final List<String> IMAGES = List.of("reading-night", "village-training", "march-8-gathering");
        private static final List<String> SENTENCES = List.of(
                "近日，市妇联组织开展“巾帼心向党”主题宣讲活动，百余名妇女群众参加。",
                "活动现场，志愿者为群众讲解了反家庭暴力法等法律知识，并发放宣传资料。",
                "各县市区妇联结合实际，因地制宜开展家庭教育指导服务。",
                "据统计，今年以来全市累计开展技能培训120余场次，受益妇女5000余人。",
                "下一步，市妇联将继续深化“建家惠家”工程，推动妇女儿童事业高质量发展。",
                "社区还为困难妇女送去了慰问金和生活物资。",
                "The workshop on Digital Skills drew 40 women from three villages.");

        private final Random random;
        private final long seed;
        private final Path work;
        private final Path root;
        private final Path output;
        private final Map<String, Doc> docs = new TreeMap<>();
        private final List<String> steps = new ArrayList<>();
        private int serial;
        private Settings settings = new Settings();

        private static final class PhotoSpec {
            String id; // null: the default photo-N
            String src;
            String caption;
            String credit;
            String alt;
        }

        /** An article as the test keeps it: written out whole after every change. */
        private static final class Doc {
            String title;
            String subtitle;
            String kicker;
            String date;
            String updated;
            String column;
            List<String> tags = new ArrayList<>();
            List<String> authors = new ArrayList<>();
            List<PhotoSpec> photos = new ArrayList<>();
            String lead;
            List<String> placed = new ArrayList<>();
            List<String> aliases = new ArrayList<>();
            String summary;
            String slug;
            boolean draft;
            List<String> body = new ArrayList<>();

            String idOf(int i) {
                return photos.get(i).id != null ? photos.get(i).id : "photo-" + (i + 1);
            }

            List<String> ids() {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < photos.size(); i++) {
                    ids.add(idOf(i));
                }
                return ids;
            }
        }

        private static final class Settings {
            int pageSize = 3;
            int feedSize = 5;
            boolean permalinkDay;
            boolean summaries;
            String language = "zh-CN";
            String timeZone;
            boolean moreSlugs;
            boolean description;
            String theme;
            String baseUrl = "https://news.example.org/";

            String text() {
                StringBuilder s = new StringBuilder("title: 邵阳女性\nbase_url: ").append(baseUrl).append("\npage_size: ").append(pageSize)
                        .append("\nfeed_size: ").append(feedSize).append('\n');
                if (permalinkDay) {
                    s.append("permalink: /:year/:month/:day/:slug/\n");
                }
                if (summaries) {
                    s.append("summary_length: 40\nfeed_content: summary\n");
                }
                if (!language.equals("zh-CN")) {
                    s.append("language: ").append(language).append('\n');
                }
                if (timeZone != null) {
                    s.append("time_zone: ").append(timeZone).append('\n');
                }
                if (description) {
                    s.append("description: 邵阳市妇女联合会新闻档案\n");
                }
                if (theme != null) {
                    s.append("theme: ").append(theme).append('\n');
                }
                s.append("slugs:\n  columns:\n    工作动态: news\n    家庭教育: family\n");
                if (moreSlugs) {
                    s.append("    基层动态: local\n    Women Today: women\n  tags:\n    AI: artificial-intelligence\n    妇联: womens-federation\n"
                            + "  authors:\n    伍洁: wu-jie\n");
                }
                return s.toString();
            }
        }

        Walk(long seed, Path work) {
            this.seed = seed;
            this.random = new Random(seed);
            this.work = work;
            this.root = work.resolve("site-root");
            this.output = work.resolve("out");
        }

        void run() throws IOException {
            TestSites.copy(Path.of("themes"), root.resolve("themes"));
            TestSites.copy(Path.of("content/2024/images"), root.resolve("content/2024/images"));
            TestSites.copy(Path.of("content/2024/images"), root.resolve("content/2023/images"));
            TestSites.copy(Path.of("content/2024/images/reading-night.jpg"), root.resolve("content/shared/logo.jpg"));
            TestSites.write(root.resolve("themes/other/assets/style.css"), "body { color: #222; }\n");
            TestSites.write(root.resolve("themes/other/i18n/zh-CN.yaml"), "nav.home: 其他首页\n");
            TestSites.write(root.resolve("themes/other/i18n/en.yaml"), "nav.home: Other home\n");
            TestSites.write(root.resolve("site.yaml"), settings.text());
            for (int i = 0; i < Integer.getInteger("walk.initial", 8); i++) {
                addArticle();
            }
            buildAndCompare("first build");
            List<Map.Entry<String, Runnable>> changes = changes();
            for (int i = 0; i < STEPS; i++) {
                Map.Entry<String, Runnable> change = changes.get(random.nextInt(changes.size()));
                change.getValue().run();
                buildAndCompare(change.getKey());
            }
        }

        private List<Map.Entry<String, Runnable>> changes() {
            List<Map.Entry<String, Runnable>> changes = new ArrayList<>();
            changes.add(Map.entry("body edited", () -> edit(d -> d.body.add(pick(SENTENCES)))));
            changes.add(Map.entry("title changed", () -> edit(d -> d.title = "标题" + (++serial))));
            changes.add(Map.entry("date changed", () -> edit(d -> {
                d.date = randomDate();
                if (d.updated != null && !isWellAfter(d.updated, d.date)) {
                    d.updated = null; // updated: before the date is an error: an editor correcting the date corrects it too
                }
            })));
            changes.add(Map.entry("column changed", () -> edit(d -> d.column = random.nextInt(5) == 0 ? null : pick(COLUMNS))));
            changes.add(Map.entry("tags changed", () -> edit(d -> d.tags = some(TAGS))));
            changes.add(Map.entry("authors changed", () -> edit(d -> d.authors = authors())));
            changes.add(Map.entry("photo added", () -> edit(d -> d.photos.add(photo("images/" + pick(IMAGES) + ".jpg")))));
            changes.add(Map.entry("photos removed", () -> edit(d -> d.photos.clear())));
            changes.add(Map.entry("summary set", () -> edit(d -> d.summary = d.summary == null ? "摘要" + (++serial) : null)));
            changes.add(Map.entry("draft toggled", () -> edit(d -> d.draft = !d.draft)));
            changes.add(Map.entry("alias added", () -> edit(d -> d.aliases.add("/old/" + (++serial) + ".html"))));
            changes.add(Map.entry("aliases removed", () -> edit(d -> d.aliases.clear())));
            changes.add(Map.entry("slug set", () -> edit(d -> d.slug = d.slug == null ? "slug-" + (++serial) : null)));
            changes.add(Map.entry("article added", this::addArticle));
            changes.add(Map.entry("many articles added", () -> {
                for (int i = 0; i < 10; i++) {
                    addArticle();
                }
            }));
            changes.add(Map.entry("article deleted", this::deleteArticle));
            changes.add(Map.entry("article renamed", this::renameArticle));
            changes.add(Map.entry("template changed", () -> appendTo("themes/default/templates/"
                    + pick(List.of("article.html", "_article-list.html", "base.html", "list.html", "home.html")),
                    "\n{# edit " + (++serial) + " #}<!-- " + serial + " -->\n")));
            changes.add(Map.entry("settings changed", () -> {
                settings.pageSize = 2 + random.nextInt(4);
                settings.feedSize = 2 + random.nextInt(6);
                settings.summaries = random.nextBoolean();
                settings.permalinkDay = random.nextInt(3) == 0;
                writeSettings();
            }));
            changes.add(Map.entry("static file added or removed", this::toggleStaticFile));
            changes.add(Map.entry("photo replaced by one of another size", this::replacePhoto));
            changes.add(Map.entry("image put in the body", () -> edit(d -> d.body.add("![](images/"
                    + pick(IMAGES) + ".jpg \"▲图片说明" + (++serial) + "\")"))));
            changes.add(Map.entry("updated date set", () -> edit(d -> d.updated = d.updated == null
                    ? LocalDate.parse(d.date.substring(0, 10)).plusDays(2 + random.nextInt(30)).toString() : null)));
            changes.add(Map.entry("article moved to another year's folder", this::moveArticle));
            changes.add(Map.entry("template override added or removed", this::toggleOverride));
            changes.add(Map.entry("theme string changed", () -> TestSites.write(root.resolve("themes/default/i18n/zh-CN.yaml"),
                    TestSites.read(root.resolve("themes/default/i18n/zh-CN.yaml")).replaceFirst("nav.home: [^\n]*", "nav.home: 首页" + (++serial)))));
            changes.add(Map.entry("stylesheet changed", () -> appendTo("themes/default/assets/style.css", "\n.edit-" + (++serial) + " { color: inherit; }\n")));

            changes.add(Map.entry("subtitle set or changed", () -> edit(d -> d.subtitle = random.nextInt(3) == 0 ? null : "副题" + (++serial))));
            changes.add(Map.entry("kicker set or changed", () -> edit(d -> d.kicker = random.nextInt(3) == 0 ? null : "眉题" + (++serial))));
            changes.add(Map.entry("an author's org changed", () -> edit(d -> {
                if (d.authors.isEmpty()) {
                    d.authors = authors();
                } else {
                    int i = random.nextInt(d.authors.size());
                    d.authors.set(i, author(d.authors.get(i).replaceAll("^\\{ name: ([^,}]+).*$", "$1").trim())); // same name, new role/org
                }
            })));
            changes.add(Map.entry("photo caption, credit or alt changed", () -> edit(d -> {
                if (d.photos.isEmpty()) {
                    d.photos.add(photo("images/" + pick(IMAGES) + ".jpg"));
                }
                PhotoSpec p = pick(d.photos);
                switch (random.nextInt(3)) {
                    case 0 -> p.caption = random.nextInt(4) == 0 ? null : "▲说明" + (++serial);
                    case 1 -> p.credit = random.nextInt(4) == 0 ? null : pick(PEOPLE);
                    default -> p.alt = random.nextInt(3) == 0 ? null : "替代文字" + (++serial);
                }
            })));
            changes.add(Map.entry("lead photo set or cleared", () -> edit(d -> {
                if (d.photos.isEmpty()) {
                    d.photos.add(photo("images/" + pick(IMAGES) + ".jpg"));
                }
                d.lead = d.lead != null && random.nextBoolean() ? null : pick(d.ids());
            })));
            changes.add(Map.entry("photo placed in the body", () -> edit(d -> {
                if (d.photos.isEmpty()) {
                    d.photos.add(photo("images/" + pick(IMAGES) + ".jpg"));
                }
                String id = pick(d.ids());
                if (d.placed.contains(id)) {
                    d.placed.remove(id);
                } else {
                    d.placed.add(id);
                }
            })));
            changes.add(Map.entry("article turned into a bundle or back", this::toggleBundle));
            changes.add(Map.entry("bundle photo added", () -> bundleEdit(this::addBundlePhoto)));
            changes.add(Map.entry("bundle photo renamed", () -> bundleEdit(this::renameBundlePhoto)));
            changes.add(Map.entry("bundle photo deleted", () -> bundleEdit(this::deleteBundlePhoto)));
            changes.add(Map.entry("bundle photo replaced", () -> bundleEdit(this::replaceBundlePhoto)));
            changes.add(Map.entry("bundle attachment toggled", () -> bundleEdit(this::toggleAttachment)));
            changes.add(Map.entry("link to another article", () -> {
                String other = pick(new ArrayList<>(docs.keySet()));
                String stem = Path.of(other).getFileName().toString().equals("index.md")
                        ? Path.of(other).getParent().getFileName().toString() : Path.of(other).getFileName().toString().replace(".md", "");
                edit(d -> d.body.add("参见[相关报道](/" + docs.get(other).date.substring(0, 4) + "/" + docs.get(other).date.substring(5, 7)
                        + "/" + stem + "/)。"));
            }));
            changes.add(Map.entry("headings added", () -> edit(d -> {
                d.body.add(pick(List.of("## 小标题", "## 坚持政治铸魂，凝聚“她共识”", "### 三级标题" + (++serial), "## Section A", "## section a")));
                d.body.add(pick(SENTENCES));
            })));
            changes.add(Map.entry("footnote added", () -> edit(d -> {
                int n = ++serial;
                d.body.add("据统计[^n" + n + "]，" + pick(SENTENCES));
                d.body.add("[^n" + n + "]: 数据来源：市妇联" + n + "。");
            })));
            changes.add(Map.entry("date with a time or zone", () -> edit(d -> d.date = timedDate(d.date.substring(0, 10)))));
            changes.add(Map.entry("date tied with another article", () -> {
                String other = docs.get(pick(new ArrayList<>(docs.keySet()))).date;
                edit(d -> {
                    d.date = other;
                    if (d.updated != null && !isWellAfter(d.updated, d.date)) {
                        d.updated = null;
                    }
                });
            }));
            changes.add(Map.entry("language changed", () -> {
                settings.language = pick(List.of("zh-CN", "en", "en-GB"));
                writeSettings();
            }));
            changes.add(Map.entry("en theme string changed", () -> TestSites.write(root.resolve("themes/default/i18n/en.yaml"),
                    TestSites.read(root.resolve("themes/default/i18n/en.yaml")).replaceFirst("nav.home: [^\n]*", "nav.home: Home " + (++serial)))));
            changes.add(Map.entry("slugs added or removed in site.yaml", () -> {
                settings.moreSlugs = !settings.moreSlugs;
                writeSettings();
            }));
            changes.add(Map.entry("time zone or description changed", () -> {
                settings.timeZone = pick(Arrays.asList(null, "UTC", "America/New_York", "Asia/Shanghai"));
                settings.description = random.nextBoolean();
                writeSettings();
            }));
            changes.add(Map.entry("theme switched", () -> {
                settings.theme = settings.theme == null ? "other" : null;
                writeSettings();
            }));
            changes.add(Map.entry("other theme's string or style changed", () -> {
                if (random.nextBoolean()) {
                    TestSites.write(root.resolve("themes/other/i18n/zh-CN.yaml"), "nav.home: 其他首页" + (++serial) + "\n");
                } else {
                    appendTo("themes/other/assets/style.css", "\n.o" + (++serial) + " { color: red; }\n");
                }
            }));
            changes.add(Map.entry("base url changed", () -> {
                settings.baseUrl = pick(List.of("https://news.example.org/", "https://example.org/archive/", "http://localhost/"));
                writeSettings();
            }));
            changes.add(Map.entry("article edited, size and time kept", this::sameSizeArticleEdit));
            changes.add(Map.entry("template edited, size and time kept", this::sameSizeTemplateEdit));
            changes.add(Map.entry("theme string edited, size and time kept", this::sameSizeStringsEdit));
            changes.add(Map.entry("output files deleted by hand", this::deleteOutputFiles));
            changes.add(Map.entry("output file edited by hand, size changed", this::editOutputFile));
            changes.add(Map.entry("shared photo moved between static/ and content/", this::moveSharedPhoto));
            changes.add(Map.entry("shared photo used", () -> edit(d -> d.photos.add(photo("/shared/logo.jpg")))));
            changes.add(Map.entry("shared photo replaced", () -> {
                Path logo = Files.exists(root.resolve("static/shared/logo.jpg")) ? root.resolve("static/shared/logo.jpg")
                        : root.resolve("content/shared/logo.jpg");
                image(logo);
            }));
            changes.add(Map.entry("theme override of article.html toggled", () -> {
                Path override = root.resolve("templates/article.html");
                if (Files.exists(override)) {
                    delete(override);
                } else {
                    TestSites.write(override, TestSites.read(root.resolve("themes/default/templates/article.html")) + "\n<!-- 文章覆盖 -->\n");
                }
            }));
            changes.add(Map.entry("nothing changed", () -> { }));
            changes.add(Map.entry("a fault made, refused and mended", this::faultMadeAndMended));
            return changes;
        }

        /**
         * A mistake the build refuses (a broken link under static/ or content/, a folder saved as a file, a bad date), made
         * with another change: the build fails and leaves the site as it was; then the mistake is
         * mended, and the step's build must give the clean build's bytes.
         */
        private void faultMadeAndMended() {
            Map<String, String> before = OutputTrees.digests(output);
            edit(d -> d.body.add(pick(SENTENCES)));
            Path fault = root.resolve(pick(List.of("static/gone.png", "content/2024/images/gone.png", "templates",
                    "content/2024/bad.md")));
            try {
                if (fault.endsWith("gone.png")) {
                    Files.createDirectories(fault.getParent());
                    Files.createSymbolicLink(fault, work.resolve("nowhere"));
                } else if (fault.endsWith("templates") && !Files.exists(fault)) {
                    TestSites.write(fault, "不是文件夹\n");
                } else {
                    TestSites.write(root.resolve("content/2024/bad.md"), "---\ntitle: 坏日期\ndate: 6月20日\n---\n\n正文。\n");
                    fault = root.resolve("content/2024/bad.md");
                }
                BuildReport refused = Build.run(TestSites.options(root, output).withCache(root.resolve(BuildOptions.CACHE_FOLDER)),
                        BuildListener.SILENT);
                assertThat(refused.succeeded()).as("seed " + seed + ": " + fault + " refused").isFalse();
                assertThat(OutputTrees.digests(output)).as("seed " + seed + ": the site left as it was").isEqualTo(before);
                Files.delete(fault);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }


        // --- build and compare

        private void buildAndCompare(String what) {
            steps.add(what);
            String story = "seed " + seed + ", steps " + steps;
            BuildReport incremental = Build.run(TestSites.options(root, output).withCache(root.resolve(BuildOptions.CACHE_FOLDER)), BuildListener.SILENT);
            Path clean = work.resolve("clean");
            deleteTree(clean);
            BuildReport fresh = Build.run(TestSites.options(root, clean), BuildListener.SILENT);
            List<String> incrementalErrors = incremental.problems().stream().filter(Problem::isError).map(Problem::format).sorted().toList();
            List<String> freshErrors = fresh.problems().stream().filter(Problem::isError).map(Problem::format).sorted().toList();
            assertThat(incrementalErrors).as(story + ": errors").isEqualTo(freshErrors);
            if (!freshErrors.isEmpty()) {
                return; // a step both builds refuse alike (a photo's link left behind): the next step goes on
            }
            // The warnings of addresses the output folder had and the build no longer makes: a clean build's folder had none.
            assertThat(incremental.problems().stream().filter(p -> !LostAddresses.tells(p)).map(Problem::format).sorted().toList())
                    .as(story + ": problems")
                    .isEqualTo(fresh.problems().stream().map(Problem::format).sorted().toList());
            Map<String, String> a = OutputTrees.digests(output);
            Map<String, String> b = OutputTrees.digests(clean);
            if (!a.equals(b)) {
                List<String> differ = new ArrayList<>();
                for (String k : new TreeSet<>(union(a.keySet(), b.keySet()))) {
                    if (!Objects.equals(a.get(k), b.get(k))) {
                        differ.add(k + (a.containsKey(k) ? "" : " (missing in incremental)") + (b.containsKey(k) ? "" : " (extra in incremental)"));
                    }
                }
                try {
                    Path keep = Path.of("target/walk-failures/seed-" + seed);
                    deleteTree(keep);
                    TestSites.copy(output, keep.resolve("incremental"));
                    TestSites.copy(clean, keep.resolve("clean"));
                    TestSites.copy(root, keep.resolve("site-root"));
                } catch (RuntimeException e) {
                    // best effort
                }
                throw new AssertionError(story + ": files differ: " + differ);
            }
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new HashSet<>(a);
            all.addAll(b);
            return all;
        }

        // --- articles

        private void edit(Consumer<Doc> change) {
            String file = pick(new ArrayList<>(docs.keySet()));
            change.accept(docs.get(file));
            write(file);
        }

        private void addArticle() {
            Doc doc = new Doc();
            doc.title = "新闻" + (++serial);
            doc.date = randomDate();
            doc.column = pick(COLUMNS);
            doc.tags = some(TAGS);
            doc.authors = authors();
            doc.body.add(pick(SENTENCES));
            doc.body.add("## 小标题");
            doc.body.add(pick(SENTENCES));
            String year = random.nextInt(4) == 0 ? "2023" : "2024";
            docs.put("content/" + year + "/article-" + serial + ".md", doc);
            write("content/" + year + "/article-" + serial + ".md");
        }

        private static boolean isBundle(String file) {
            return file.endsWith("/index.md");
        }

        private void deleteArticle() {
            if (docs.size() <= 2) {
                addArticle();
                return;
            }
            String file = pick(new ArrayList<>(docs.keySet()));
            docs.remove(file);
            if (isBundle(file)) {
                deleteTree(root.resolve(file).getParent());
            } else {
                delete(root.resolve(file));
            }
        }

        private void relocate(String from, String to) {
            docs.put(to, docs.remove(from));
            try {
                if (isBundle(from)) {
                    Files.createDirectories(root.resolve(to).getParent().getParent());
                    Files.move(root.resolve(from).getParent(), root.resolve(to).getParent());
                } else {
                    delete(root.resolve(from));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            write(to);
        }

        private void renameArticle() {
            String file = pick(new ArrayList<>(docs.keySet()));
            String year = file.substring("content/".length(), "content/".length() + 4);
            String renamed = isBundle(file) ? "content/" + year + "/renamed-" + (++serial) + "/index.md"
                    : "content/" + year + "/renamed-" + (++serial) + ".md";
            relocate(file, renamed);
        }

        private void moveArticle() {
            String file = pick(new ArrayList<>(docs.keySet()));
            String moved = file.startsWith("content/2024/") ? "content/2023/" + file.substring(13) : "content/2024/" + file.substring(13);
            if (docs.containsKey(moved)) {
                return;
            }
            relocate(file, moved);
        }

        private void toggleBundle() {
            String file = pick(new ArrayList<>(docs.keySet()));
            Path path = root.resolve(file);
            if (isBundle(file)) {
                String single = file.replace("/index.md", ".md");
                if (docs.containsKey(single)) {
                    return;
                }
                Doc d = docs.remove(file);
                // The photos of its own go with the folder; keep only those beside every article.
                d.photos.removeIf(p -> p.src.startsWith("own-"));
                d.body.removeIf(line -> line.contains("(own-"));
                docs.put(single, d);
                deleteTree(path.getParent());
                write(single);
            } else {
                String bundle = file.replace(".md", "/index.md");
                Doc d = docs.remove(file);
                docs.put(bundle, d);
                delete(path);
                TestSites.copy(root.resolve(file).getParent().resolve("images"), root.resolve(bundle).getParent().resolve("images"));
                write(bundle);
            }
        }

        private void bundleEdit(BiConsumer<Path, Doc> change) {
            List<String> bundles = docs.keySet().stream().filter(Walk::isBundle).toList();
            if (bundles.isEmpty()) {
                toggleBundle();
                return;
            }
            String file = pick(bundles);
            change.accept(root.resolve(file).getParent(), docs.get(file));
            write(file);
        }

        private void addBundlePhoto(Path folder, Doc d) {
            String name = "own-" + (++serial) + ".jpg";
            image(folder.resolve(name));
            if (random.nextBoolean()) {
                d.photos.add(photo(name));
            } else {
                d.body.add("![](" + name + ")");
                d.body.add("▲本地图片说明" + serial + "（" + pick(PEOPLE) + " 摄）");
            }
        }

        private List<String> ownFiles(Path folder) {
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("own-")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void renameBundlePhoto(Path folder, Doc d) {
            List<String> own = ownFiles(folder);
            if (own.isEmpty()) {
                addBundlePhoto(folder, d);
                return;
            }
            String from = pick(own);
            String to = "own-" + (++serial) + ".jpg";
            try {
                Files.move(folder.resolve(from), folder.resolve(to));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            d.photos.forEach(p -> {
                if (p.src.equals(from)) {
                    p.src = to;
                }
            });
            d.body.replaceAll(line -> line.replace("(" + from + ")", "(" + to + ")"));
        }

        private void deleteBundlePhoto(Path folder, Doc d) {
            List<String> own = ownFiles(folder);
            if (own.isEmpty()) {
                addBundlePhoto(folder, d);
                return;
            }
            String gone = pick(own);
            delete(folder.resolve(gone));
            d.photos.removeIf(p -> p.src.equals(gone));
            int at = d.body.indexOf("![](" + gone + ")");
            if (at >= 0) {
                d.body.remove(at);
                if (at < d.body.size() && d.body.get(at).startsWith("▲")) {
                    d.body.remove(at);
                }
            }
        }

        private void replaceBundlePhoto(Path folder, Doc d) {
            List<String> own = ownFiles(folder);
            if (own.isEmpty()) {
                addBundlePhoto(folder, d);
                return;
            }
            image(folder.resolve(pick(own)));
        }

        private void toggleAttachment(Path folder, Doc d) {
            Path pdf = folder.resolve("notice.pdf");
            if (Files.exists(pdf)) {
                delete(pdf);
                d.body.removeIf(line -> line.contains("notice.pdf"));
            } else {
                TestSites.write(pdf, "%PDF-1.4 " + (++serial) + "\n");
                d.body.add("[下载通知](notice.pdf)");
            }
        }

        private void sameSizeArticleEdit() {
            String file = pick(new ArrayList<>(docs.keySet()));
            Path path = root.resolve(file);
            sameSize(path, "。", "！");
        }

        private void sameSizeTemplateEdit() {
            Path template = root.resolve("themes/default/templates/" + pick(List.of("article.html", "_article-list.html", "base.html")));
            String text = TestSites.read(template);
            if (!text.contains("<!-- walk-")) {
                appendTo(root.relativize(template).toString(), "\n<!-- walk-A -->\n");
                return;
            }
            sameSize(template, "walk-A", "walk-B");
        }

        private void sameSizeStringsEdit() {
            sameSize(root.resolve("themes/default/i18n/zh-CN.yaml"), "首页", "主页");
        }

        /** Swaps the first {@code a} for {@code b} or back (same length in bytes), keeping the file's time. */
        private void sameSize(Path file, String a, String b) {
            try {
                FileTime time = Files.getLastModifiedTime(file);
                String text = TestSites.read(file);
                String changed = text.contains(a) && (!text.contains(b) || random.nextBoolean()) ? text.replaceFirst(a, b)
                        : text.replaceFirst(b, a);
                TestSites.write(file, changed);
                Files.setLastModifiedTime(file, time);
                if (file.toString().endsWith(".md")) {
                    // the test's model of the article is its text: keep them in step
                    String key = root.relativize(file).toString().replace('\\', '/');
                    Doc d = docs.get(key);
                    List<String> parts = List.of(changed.split("\n---\n\n", 2)[1].strip().split("\n\n"));
                    d.body = new ArrayList<>(parts);
                    d.placed.forEach(id -> d.body.remove("![](photo:" + id + ")"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The output folder's files but Gazette's own records, sorted; none before the first build. */
        private List<Path> outputFiles() {
            if (!Files.isDirectory(output)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(output)) {
                return walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".gazette")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void deleteOutputFiles() {
            List<Path> files = outputFiles();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n && !files.isEmpty(); i++) {
                Path f = pick(files);
                if (Files.exists(f)) {
                    delete(f);
                }
            }
            if (random.nextInt(4) == 0) {
                deleteTree(output.resolve("tags"));
            }
        }

        private void editOutputFile() {
            List<Path> files = outputFiles();
            if (files.isEmpty()) {
                return;
            }
            Path f = pick(files);
            try {
                Files.write(f, "edited by hand\n".getBytes(), StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void moveSharedPhoto() {
            Path inContent = root.resolve("content/shared/logo.jpg");
            Path inStatic = root.resolve("static/shared/logo.jpg");
            try {
                if (Files.exists(inContent)) {
                    Files.createDirectories(inStatic.getParent());
                    Files.move(inContent, inStatic);
                } else {
                    Files.createDirectories(inContent.getParent());
                    Files.move(inStatic, inContent);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void toggleOverride() {
            Path override = root.resolve("templates/_article-list.html");
            if (Files.exists(override)) {
                delete(override);
            } else {
                TestSites.write(override, TestSites.read(root.resolve("themes/default/templates/_article-list.html")) + "\n<!-- 覆盖 -->\n");
            }
        }

        private void toggleStaticFile() {
            Path file = root.resolve("static/files/notice-" + random.nextInt(3) + ".txt");
            if (Files.exists(file)) {
                delete(file);
            } else {
                TestSites.write(file, "通知" + (++serial) + "\n");
            }
        }

        private void replacePhoto() {
            image(root.resolve("content/" + pick(List.of("2023", "2024")) + "/images/" + pick(IMAGES) + ".jpg"));
        }

        private void image(Path photo) {
            try {
                boolean existed = Files.exists(photo);
                FileTime before = existed ? Files.getLastModifiedTime(photo) : null;
                Files.createDirectories(photo.getParent());
                ImageIO.write(new BufferedImage(40 + random.nextInt(60), 30 + random.nextInt(40), BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
                if (existed) {
                    Files.setLastModifiedTime(photo, FileTime.fromMillis(Math.max(before.toMillis(), Files.getLastModifiedTime(photo).toMillis()) + 5_000));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private PhotoSpec photo(String src) {
            PhotoSpec p = new PhotoSpec();
            p.id = random.nextInt(3) == 0 ? null : "p" + (++serial);
            p.src = src;
            p.caption = random.nextInt(4) == 0 ? null : "▲图说明" + (++serial);
            p.credit = random.nextInt(3) == 0 ? null : pick(PEOPLE);
            p.alt = random.nextInt(2) == 0 ? null : "替代" + (++serial);
            return p;
        }

        private void write(String file) {
            Doc d = docs.get(file);
            StringBuilder text = new StringBuilder("---\ntitle: ").append(d.title).append('\n');
            if (d.subtitle != null) {
                text.append("subtitle: ").append(d.subtitle).append('\n');
            }
            if (d.kicker != null) {
                text.append("kicker: ").append(d.kicker).append('\n');
            }
            text.append("date: ").append(d.date).append('\n');
            if (d.updated != null) {
                text.append("updated: ").append(d.updated).append('\n');
            }
            if (d.column != null) {
                text.append("column: ").append(d.column).append('\n');
            }
            text.append("tags: [").append(String.join(", ", d.tags)).append("]\n");
            if (!d.authors.isEmpty()) {
                text.append("authors:\n");
                d.authors.forEach(a -> text.append("  - ").append(a).append('\n'));
            }
            // ids must stay unique and defaults must not collide with given ones
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < d.photos.size(); i++) {
                if (seen.contains(d.idOf(i)) || (d.photos.get(i).id != null && d.photos.get(i).id.startsWith("photo-"))) {
                    d.photos.get(i).id = "p" + (++serial);
                }
                seen.add(d.idOf(i));
            }
            List<String> ids = d.ids();
            if (new LinkedHashSet<>(ids).size() != ids.size()) {
                for (int i = 0; i < d.photos.size(); i++) {
                    d.photos.get(i).id = "q" + (++serial);
                }
                ids = d.ids();
            }
            if (!d.photos.isEmpty()) {
                text.append("photos:\n");
                for (PhotoSpec p : d.photos) {
                    text.append("  - ");
                    String sep = "";
                    if (p.id != null) {
                        text.append("id: ").append(p.id).append('\n');
                        sep = "    ";
                    }
                    text.append(sep).append("src: ").append(p.src).append('\n');
                    if (p.caption != null) {
                        text.append("    caption: ").append(p.caption).append('\n');
                    }
                    if (p.credit != null) {
                        text.append("    credit: ").append(p.credit).append('\n');
                    }
                    if (p.alt != null) {
                        text.append("    alt: ").append(p.alt).append('\n');
                    }
                }
            }
            if (d.lead != null && !ids.contains(d.lead)) {
                d.lead = null;
            }
            if (d.lead != null) {
                text.append("lead: ").append(d.lead).append('\n');
            }
            if (!d.aliases.isEmpty()) {
                text.append("aliases: [").append(String.join(", ", d.aliases)).append("]\n");
            }
            if (d.summary != null) {
                text.append("summary: ").append(d.summary).append('\n');
            }
            if (d.slug != null) {
                text.append("slug: ").append(d.slug).append('\n');
            }
            if (d.draft) {
                text.append("draft: true\n");
            }
            List<String> body = new ArrayList<>(d.body);
            final List<String> known = ids;
            d.placed.removeIf(id -> !known.contains(id));
            d.placed.forEach(id -> body.add("![](photo:" + id + ")"));
            text.append("---\n\n").append(String.join("\n\n", body)).append('\n');
            TestSites.write(root.resolve(file), text.toString());
        }

        private void writeSettings() {
            TestSites.write(root.resolve("site.yaml"), settings.text());
        }

        private void appendTo(String file, String text) {
            TestSites.write(root.resolve(file), TestSites.read(root.resolve(file)) + text);
        }

        /** Whether the day {@code updated} is after {@code date} in every zone the walk gives the site (dates with offsets move a day). */
        private static boolean isWellAfter(String updated, String date) {
            return updated.compareTo(LocalDate.parse(date.substring(0, 10)).plusDays(1).toString()) > 0;
        }

        private String randomDate() {
            String day = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1400)).toString();
            return random.nextInt(3) == 0 ? timedDate(day) : day;
        }

        private String timedDate(String day) {
            return switch (random.nextInt(5)) {
                case 0 -> day;
                case 1 -> day + " " + String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
                case 2 -> day + " 00:30:15";
                case 3 -> day + "T" + String.format("%02d", random.nextInt(24)) + ":15:00+02:00";
                default -> day + "T23:59:00Z";
            };
        }

        private List<String> authors() {
            List<String> authors = new ArrayList<>();
            for (String name : some(PEOPLE)) {
                authors.add(author(name));
            }
            return authors;
        }

        private String author(String name) {
            return switch (random.nextInt(4)) {
                case 0 -> "{ name: " + name + " }";
                case 1 -> "{ name: " + name + ", role: " + pick(ROLES) + ", org: " + pick(ORGS) + " }";
                default -> "{ name: " + name + ", role: " + pick(ROLES) + " }";
            };
        }

        private List<String> some(List<String> pool) {
            return pool.stream().filter(x -> random.nextInt(3) == 0).collect(Collectors.toCollection(ArrayList::new));
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }

        private static void delete(Path file) {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void deleteTree(Path folder) {
            if (!Files.exists(folder)) {
                return;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }
}
