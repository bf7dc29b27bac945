package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.build.BuildListener;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.gazette.output.Manifest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random walks through an editor's work: each step makes one change an editor makes (a body, a
 * date, the tags, an author, a photo, a file added, deleted or renamed, a draft, an alias, a
 * template, a setting, a static file), then builds with the cache and without it; the two must
 * give the same files, byte for byte. The seed makes a walk repeatable: a failure names it and
 * the steps taken.
 */
class IncrementalEditWalkTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyStepOfARandomWalkGivesTheCleanBuildsBytes(long seed, @TempDir Path work) throws IOException {
        new Walk(seed, work).run();
    }

    /** One walk, from its seed. */
    private static final class Walk {

        private static final int STEPS = 24;
        private static final List<String> COLUMNS = List.of("工作动态", "家庭教育", "基层动态", "通知公告", "维权服务");
        private static final List<String> TAGS = List.of("妇联", "家庭教育", "巾帼志愿", "乡村振兴", "维权", "两癌救助", "三八节");
        private static final List<String> PEOPLE = List.of("伍洁", "杨超", "王静", "李芳", "刘红梅", "陈晓燕");
        private static final List<String> ROLES = List.of("记者", "通讯员", "摄影", "编辑");
        private static final List<String> SENTENCES = List.of(
                "近日，市妇联组织开展“巾帼心向党”主题宣讲活动，百余名妇女群众参加。",
                "活动现场，志愿者为群众讲解了反家庭暴力法等法律知识，并发放宣传资料。",
                "各县市区妇联结合实际，因地制宜开展家庭教育指导服务。",
                "据统计，今年以来全市累计开展技能培训120余场次，受益妇女5000余人。",
                "下一步，市妇联将继续深化“建家惠家”工程，推动妇女儿童事业高质量发展。",
                "社区还为困难妇女送去了慰问金和生活物资。");

        private final Random random;
        private final long seed;
        private final Path work;
        private final Path root;
        private final Path output;
        private final Map<String, Doc> docs = new TreeMap<>();
        private final List<String> steps = new ArrayList<>();
        private int serial;

        /** An article as the test keeps it: written out whole after every change. */
        private static final class Doc {
            String title;
            LocalDate date;
            LocalDate updated;
            String column;
            List<String> tags = new ArrayList<>();
            List<String> authors = new ArrayList<>();
            List<String> photos = new ArrayList<>();
            List<String> aliases = new ArrayList<>();
            String summary;
            String slug;
            boolean draft;
            List<String> body = new ArrayList<>();
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
            TestSites.write(root.resolve("site.yaml"), settings(3, 5, 0));
            for (int i = 0; i < 8; i++) {
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
            changes.add(Map.entry("date changed", () -> edit(d -> d.date = randomDate())));
            changes.add(Map.entry("column changed", () -> edit(d -> d.column = random.nextInt(5) == 0 ? null : pick(COLUMNS))));
            changes.add(Map.entry("tags changed", () -> edit(d -> d.tags = some(TAGS))));
            changes.add(Map.entry("authors changed", () -> edit(d -> d.authors = authors())));
            changes.add(Map.entry("photo added", () -> edit(d -> d.photos.add(pick(List.of("reading-night", "village-training", "march-8-gathering"))))));
            changes.add(Map.entry("photos removed", () -> edit(d -> d.photos.clear())));
            changes.add(Map.entry("summary set", () -> edit(d -> d.summary = d.summary == null ? "摘要" + (++serial) : null)));
            changes.add(Map.entry("draft toggled", () -> edit(d -> d.draft = !d.draft)));
            changes.add(Map.entry("alias added", () -> edit(d -> d.aliases.add("/old/" + (++serial) + ".html"))));
            changes.add(Map.entry("slug set", () -> edit(d -> d.slug = d.slug == null ? "slug-" + (++serial) : null)));
            changes.add(Map.entry("article added", this::addArticle));
            changes.add(Map.entry("article deleted", this::deleteArticle));
            changes.add(Map.entry("article renamed", this::renameArticle));
            changes.add(Map.entry("template changed", () -> appendTo("themes/default/templates/"
                    + pick(List.of("article.html", "_article-list.html", "base.html")), "\n{# edit " + (++serial) + " #}<!-- " + serial + " -->\n")));
            changes.add(Map.entry("settings changed", () -> TestSites.write(root.resolve("site.yaml"),
                    settings(2 + random.nextInt(4), 2 + random.nextInt(6), random.nextInt(2)))));
            changes.add(Map.entry("static file added or removed", this::toggleStaticFile));
            changes.add(Map.entry("photo replaced by one of another size", this::replacePhoto));
            changes.add(Map.entry("image put in the body", () -> edit(d -> d.body.add("![](images/"
                    + pick(List.of("reading-night", "village-training", "march-8-gathering")) + ".jpg \"▲图片说明" + (++serial) + "\")"))));
            changes.add(Map.entry("updated date set", () -> edit(d -> d.updated = d.updated == null ? d.date.plusDays(random.nextInt(30)) : null)));
            changes.add(Map.entry("article moved to another year's folder", this::moveArticle));
            changes.add(Map.entry("template override added or removed", this::toggleOverride));
            changes.add(Map.entry("theme string changed", () -> TestSites.write(root.resolve("themes/default/i18n/zh-CN.yaml"),
                    TestSites.read(root.resolve("themes/default/i18n/zh-CN.yaml")).replaceFirst("nav.home: [^\n]*", "nav.home: 首页" + (++serial)))));
            changes.add(Map.entry("stylesheet changed", () -> appendTo("themes/default/assets/style.css", "\n.edit-" + (++serial) + " { color: inherit; }\n")));
            changes.add(Map.entry("a fault made, refused and mended", this::faultMadeAndMended));
            return changes;
        }

        /**
         * A mistake the build refuses (a broken link, a folder saved as a file, a bad date), made
         * with another change: the build fails and leaves the site as it was; then the mistake is
         * mended, and the step's build must give the clean build's bytes.
         */
        private void faultMadeAndMended() {
            Map<String, String> before = tree(output);
            edit(d -> d.body.add(pick(SENTENCES)));
            Path fault = root.resolve(pick(List.of("static/gone.png", "templates", "content/2024/bad.md")));
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
                assertThat(tree(output)).as("seed " + seed + ": the site left as it was").isEqualTo(before);
                Files.delete(fault);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void buildAndCompare(String what) {
            steps.add(what);
            String story = "seed " + seed + ", steps " + steps;
            BuildReport incremental = Build.run(TestSites.options(root, output).withCache(root.resolve(BuildOptions.CACHE_FOLDER)), BuildListener.SILENT);
            assertThat(incremental.problems()).as(story).noneMatch(p -> p.isError());
            Path clean = work.resolve("clean");
            deleteTree(clean);
            BuildReport fresh = Build.run(TestSites.options(root, clean), BuildListener.SILENT);
            assertThat(fresh.succeeded()).as(story).isTrue();
            assertThat(tree(output)).as(story).isEqualTo(tree(clean));
        }

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
            docs.put("content/2024/article-" + serial + ".md", doc);
            write("content/2024/article-" + serial + ".md");
        }

        private void deleteArticle() {
            if (docs.size() <= 2) {
                addArticle();
                return;
            }
            String file = pick(new ArrayList<>(docs.keySet()));
            docs.remove(file);
            delete(root.resolve(file));
        }

        private void renameArticle() {
            String file = pick(new ArrayList<>(docs.keySet()));
            String renamed = "content/2024/renamed-" + (++serial) + ".md";
            docs.put(renamed, docs.remove(file));
            delete(root.resolve(file));
            write(renamed);
        }

        private void moveArticle() {
            String file = pick(new ArrayList<>(docs.keySet()));
            String moved = (file.startsWith("content/2024/") ? "content/2023/" : "content/2024/") + Path.of(file).getFileName();
            docs.put(moved, docs.remove(file));
            delete(root.resolve(file));
            write(moved);
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
            Path photo = root.resolve("content/" + pick(List.of("2023", "2024")) + "/images/" + pick(List.of("reading-night", "village-training", "march-8-gathering")) + ".jpg");
            try {
                ImageIO.write(new BufferedImage(40 + random.nextInt(60), 30 + random.nextInt(40), BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
                Files.setLastModifiedTime(photo, FileTime.fromMillis(Files.getLastModifiedTime(photo).toMillis() + 5_000));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(String file) {
            Doc d = docs.get(file);
            StringBuilder text = new StringBuilder("---\ntitle: ").append(d.title).append("\ndate: ").append(d.date).append('\n');
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
            if (!d.photos.isEmpty()) {
                text.append("photos:\n");
                for (int i = 0; i < d.photos.size(); i++) {
                    text.append("  - { src: images/").append(d.photos.get(i)).append(".jpg, caption: ▲图").append(i + 1)
                            .append("说明, credit: 李芳 摄 }\n");
                }
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
            text.append("---\n\n").append(String.join("\n\n", d.body)).append('\n');
            TestSites.write(root.resolve(file), text.toString());
        }

        /** The site's settings; {@code variant} 1 changes the addresses, summaries and feeds. */
        private static String settings(int pageSize, int feedSize, int variant) {
            return "title: 邵阳女性\nbase_url: https://news.example.org/\npage_size: " + pageSize + "\nfeed_size: " + feedSize
                    + (variant == 1 ? "\npermalink: /:year/:month/:day/:slug/\nsummary_length: 40\nfeed_content: summary\n" : "\n")
                    + "slugs:\n  columns:\n    工作动态: news\n    家庭教育: family\n";
        }

        private void appendTo(String file, String text) {
            TestSites.write(root.resolve(file), TestSites.read(root.resolve(file)) + text);
        }

        private LocalDate randomDate() {
            return LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1400));
        }

        private List<String> authors() {
            List<String> authors = new ArrayList<>();
            for (String name : some(PEOPLE)) {
                authors.add("{ name: " + name + ", role: " + pick(ROLES) + " }");
            }
            return authors;
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

        /** Every file under {@code folder} by relative path, as an MD5. */
        private static Map<String, String> tree(Path folder) {
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(folder.relativize(file).toString().replace('\\', '/'),
                            HexFormat.of().formatHex(Manifest.md5().digest(Files.readAllBytes(file))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return files;
        }
    }
}
