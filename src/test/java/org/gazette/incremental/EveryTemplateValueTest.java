package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
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
 * Every kind of change an editor or a CI job makes, each built with the cache after a first build
 * and compared byte for byte with a clean build of the same inputs, on a site whose theme prints
 * every value a template can read ({@link ProbeSite}): a page kept when a value it shows changed
 * is a key that misses an input, told by the change and the files that differ (both sites are left
 * under {@code target/every-value-failures/}). {@code -Dchange=photo} runs the changes whose names hold "photo".
 */
class EveryTemplateValueTest {

    /**
     * One change, made in one step or more (an edit, then its undoing), each built with the cache
     * and compared; and the options the builds after the first use (a later clock, say).
     */
    record Change(String name, UnaryOperator<BuildOptions> first, List<Consumer<ProbeSite>> steps, UnaryOperator<BuildOptions> options) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String MARCH_8 = "content/2024/2024-03-08-march-8-gathering.md";
    private static final String REVIEW = "content/2023/five-year-review/index.md";
    private static final String LECTURE = "content/2024/2024-03-20-rights-lecture.md";
    private static final String NEW_YEAR = "content/2025/2025-01-05-new-year.md";
    private static final String DRAFT = "content/2024/2024-10-15-volunteer-draft.md";
    private static final String FUTURE = "content/2026/2026-06-01-future.md";

    static Stream<Change> changes() {
        List<Change> changes = new ArrayList<>();
        // an article's body and front matter, field by field
        steps(changes, "body edited, then put back", List.of(s -> s.append(MARCH_8, "\n会议最后，代表们合影留念。\n"),
                s -> s.replace(MARCH_8, "\n会议最后，代表们合影留念。\n", "")));
        edit(changes, "heading added to a body", s -> s.append(LECTURE, "\n## 后续安排\n\n下月再办。\n"));
        edit(changes, "title", s -> s.replace(MARCH_8, "title: 市妇联举办", "title: 市妇联召开"));
        edit(changes, "subtitle added", s -> s.replace(MARCH_8, "date:", "subtitle: 各界女性代表共话发展\ndate:"));
        edit(changes, "kicker added", s -> s.replace(MARCH_8, "date:", "kicker: 庆祝三八节\ndate:"));
        edit(changes, "date, same day", s -> s.replace(MARCH_8, "date: 2024-03-08 10:30", "date: 2024-03-08 11:30"));
        edit(changes, "date, another month", s -> s.replace(MARCH_8, "date: 2024-03-08 10:30", "date: 2024-04-02 10:30"));
        edit(changes, "date, with an offset", s -> s.replace(NEW_YEAR, "2025-01-05T07:30:00+08:00", "2025-01-04T23:30:00Z"));
        edit(changes, "updated added", s -> s.replace(MARCH_8, "date:", "updated: 2025-06-01\ndate:"));
        edit(changes, "author's role", s -> s.replace(MARCH_8, "role: 摄影", "role: 通讯员"));
        edit(changes, "author's organisation", s -> s.replace(MARCH_8, "org: 邵阳女性", "org: 邵阳日报"));
        edit(changes, "author added", s -> s.replace(NEW_YEAR, "authors: [杨超]", "authors: [杨超, 王静]"));
        edit(changes, "author removed", s -> s.replace(MARCH_8, "  - { name: 周敏, role: 摄影 }\n", ""));
        edit(changes, "column", s -> s.replace(MARCH_8, "column: 工作动态", "column: 家庭教育"));
        edit(changes, "column removed", s -> s.replace(NEW_YEAR, "column: 工作动态\n", ""));
        edit(changes, "tags", s -> s.replace(MARCH_8, "tags: [妇联, 三八节]", "tags: [三八节, 维权]"));
        edit(changes, "summary", s -> s.replace(MARCH_8, "summary: 3月8日，", "summary: 三月八日，"));
        edit(changes, "summary removed", s -> s.replace(MARCH_8, "summary: 3月8日，市妇联邀请各界女性代表座谈，共话巾帼建功新时代。\n", ""));
        edit(changes, "photo's caption", s -> s.replace(REVIEW, "caption: 2023年11月28日，", "caption: 11月28日，"));
        edit(changes, "photo's credit added", s -> s.replace(LECTURE, "caption: 会后合影。", "caption: 会后合影。\n    credit: 伍洁"));
        edit(changes, "photo's alt", s -> s.replace(LECTURE, "alt: 讲座", "alt: 讲座现场"));
        edit(changes, "photo's id and its place", s -> s.replace(LECTURE, "lecture", "talk"));
        edit(changes, "lead photo", s -> s.replace(REVIEW, "lead: photo-1", "lead: photo-2"));
        edit(changes, "photo added", s -> {
            s.photo("content/2024/images/new-photo.jpg", 64, 48);
            s.replace(LECTURE, "photos:\n", "photos:\n  - id: added\n    src: images/new-photo.jpg\n    caption: 新照片。\n");
        });
        edit(changes, "photo removed", s -> s.replace(LECTURE, "  - id: unplaced\n    src: images/reading-night.jpg\n    caption: 会后合影。\n", ""));
        String photo = "content/2023/five-year-review/photo-3.jpg";
        steps(changes, "photo replaced by one of another size, then put back", List.of(s -> {
            s.keep(photo);
            s.photo(photo, 90, 60);
        }, s -> s.putBack(photo)));
        edit(changes, "body's image replaced by one of another size", s -> s.photo("content/2024/images/march-8-gathering.jpg", 70, 50));
        edit(changes, "photo under static/ replaced by one of another size", s -> s.photo("static/shared/logo.jpg", 50, 30));
        edit(changes, "shared photo replaced", s -> s.photo("content/2024/images/reading-night.jpg", 80, 40));
        edit(changes, "slug", s -> s.replace(REVIEW, "slug: five-year-review", "slug: review-2023"));
        edit(changes, "alias added", s -> s.replace(MARCH_8, "date:", "aliases: [/news/2024/0308.html]\ndate:"));
        steps(changes, "made a draft, then published again", List.of(s -> s.replace(MARCH_8, "date:", "draft: true\ndate:"),
                s -> s.replace(MARCH_8, "draft: true\n", "")));
        edit(changes, "draft published", s -> s.replace(DRAFT, "draft: true\n", ""));
        edit(changes, "dated in the future", s -> s.replace(MARCH_8, "date: 2024-03-08 10:30", "date: 2026-03-08 10:30"));
        edit(changes, "article added", s -> s.write("content/2024/2024-03-25-new.md",
                "---\ntitle: 新文章\ndate: 2024-03-25\ncolumn: 工作动态\ntags: [妇联, 维权]\nauthors:\n  - { name: 伍洁, role: 记者 }\n---\n\n新的正文。\n"));
        steps(changes, "article added as a draft, then published", List.of(s -> s.write("content/2024/2024-03-26-plan.md",
                "---\ntitle: 计划\ndate: 2024-03-26\ndraft: true\ncolumn: 家庭教育\ntags: [维权]\n---\n\n计划正文。\n"),
                s -> s.replace("content/2024/2024-03-26-plan.md", "draft: true\n", "")));
        edit(changes, "article deleted", s -> s.delete(LECTURE));
        steps(changes, "article renamed, then renamed back", List.of(s -> s.move(LECTURE, "content/2024/2024-03-20-rights-talk.md"),
                s -> s.move("content/2024/2024-03-20-rights-talk.md", LECTURE)));
        edit(changes, "article moved into a bundle", s -> s.move(NEW_YEAR, "content/2025/new-year/index.md"));
        // settings, key by key
        setting(changes, "title", "邵阳女性网");
        setting(changes, "description", "新的描述");
        setting(changes, "base_url", "https://example.com/news/");
        // an English site: its strings, the theme's own and inherited, edited
        steps(changes, "site.yaml language en, then its en.yaml strings, then zh-CN again", List.of(s -> s.set("language", "en"),
                s -> s.replace("themes/probe/i18n/en.yaml", "probe.only: probe", "probe.only: probed"),
                s -> s.append("themes/probe/i18n/en.yaml", "nav.home: Probe home\ndate.format: \"d/M/yyyy\"\n"),
                s -> s.replace("themes/default/i18n/en.yaml", "feed.column: Subscribe to this column", "feed.column: Follow this column"),
                s -> s.set("language", "zh-CN")));
        setting(changes, "time_zone", "America/New_York");
        steps(changes, "site.yaml theme, then back", List.of(s -> s.set("theme", "default"), s -> s.set("theme", "probe")));
        setting(changes, "summary_length", "20");
        setting(changes, "page_size", "3");
        setting(changes, "feed_size", "1");
        setting(changes, "feed_content", "summary");
        setting(changes, "slugs", "\n  columns: { 工作综述: review, 工作动态: work }\n  tags: { 妇联: fulian, 维权: rights }");
        setting(changes, "redirects", "\n  /old/: /topics/");
        steps(changes, "site.yaml permalink, then put back", List.of(s -> s.set("permalink", "/:year/:month/:day/:slug/"),
                s -> s.set("permalink", "/:year/:month/:slug/")));
        // where the site is deployed, key by key
        steps(changes, "site.yaml deploy, key by key", List.of(
                s -> s.setting("deploy", "bucket: news-example-org", "bucket: news-example-com"),
                s -> s.setting("deploy", "region: ap-east-1", "region: ap-southeast-1"),
                s -> s.setting("deploy", "prefix: news/", "prefix: archive/"),
                s -> s.setting("deploy", "endpoint: https://minio.example.org", "endpoint: https://s3.example.net"),
                s -> s.setting("deploy", "path_style: true", "path_style: false"),
                s -> s.setting("deploy", "profile: staging-deployer", "profile: deployer"),
                s -> s.setting("deploy", "    staging:\n", "    preview: { bucket: previews }\n    staging:\n"),
                s -> s.setting("deploy", "    staging:\n", "    beta:\n"),
                s -> s.setting("deploy", "max_deletes: 25", "max_deletes: 100"),
                s -> s.setting("deploy", "keep_deploys: 5", "keep_deploys: 10"),
                s -> s.setting("deploy", "\"public, max-age=604800\"", "\"public, max-age=86400\""),
                s -> s.setting("deploy", "\"*.pdf\"", "\"**/*.pdf\""),
                s -> s.setting("deploy", "gzip", "brotli"),
                s -> s.set("deploy", null)));
        // the theme
        steps(changes, "theme string, then put back", List.of(s -> s.replace("themes/probe/i18n/zh-CN.yaml", "探针首页", "探针主页"),
                s -> s.replace("themes/probe/i18n/zh-CN.yaml", "探针主页", "探针首页")));
        edit(changes, "inherited theme string", s -> s.replace("themes/default/i18n/zh-CN.yaml", "更新于", "修改于"));
        edit(changes, "date format", s -> s.append("themes/probe/i18n/zh-CN.yaml", "date.format: \"yyyy/MM/dd\"\n"));
        steps(changes, "partial template, then put back", List.of(s -> s.append("themes/probe/templates/_teaser.html", "<!-- teaser -->\n"),
                s -> s.replace("themes/probe/templates/_teaser.html", "<!-- teaser -->\n", "")));
        edit(changes, "template imported for its macros", s -> s.replace("themes/probe/templates/_macros.html", "class=\"macro\"", "class=\"m\""));
        edit(changes, "template included inside a filter tag", s -> s.replace("themes/probe/templates/_filtered.html", "filtered", "upper"));
        edit(changes, "template embedded", s -> s.replace("themes/probe/templates/_card.html", "class=\"card\"", "class=\"box\""));
        edit(changes, "template included inside an embedded block", s -> s.replace("themes/probe/templates/_embedded.html", "embedded", "inside"));
        edit(changes, "site override of a page template", s -> s.write("templates/search.html",
                "{% extends \"base\" %}{% block main %}<p>{{ t('search.heading') }}</p>{% endblock %}\n"));
        edit(changes, "site template override", s -> s.write("templates/_term.html", "<p>{{ x.name }} {{ x.count }}</p>\n"));
        edit(changes, "asset", s -> s.append("themes/probe/assets/probe.css", "h1 { color: red; }\n"));
        edit(changes, "asset a stylesheet names", s -> s.write("themes/probe/assets/fonts/probe.woff2", "woff2 v2"));
        edit(changes, "inherited asset", s -> s.append("themes/default/assets/search.js", "\n// edited\n"));
        // static files
        edit(changes, "static file changed", s -> s.write("static/files/notice.txt", "新通知\n"));
        edit(changes, "static file added", s -> s.write("static/files/added.txt", "新增\n"));
        edit(changes, "static file removed", s -> s.delete("static/files/notice.txt"));
        // git and the clock
        steps(changes, "an article's edit committed, then reset away", List.of(s -> {
            s.append(MARCH_8, "\n补充一句。\n");
            s.commit("2025-08-01T10:00:00+08:00");
        }, ProbeSite::undoCommit));
        edit(changes, "commit touching no article", s -> {
            s.write("static/files/notice.txt", "又一个通知\n");
            s.commit("2025-09-01T10:00:00+08:00");
        });
        UnaryOperator<BuildOptions> same = UnaryOperator.identity();
        List<Consumer<ProbeSite>> none = List.of(s -> { });
        changes.add(new Change("the clock passes a scheduled article", same, none,
                options -> options.withClock(Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC))));
        changes.add(new Change("built with drafts", same, none, options -> options.withDrafts(true)));
        changes.add(new Change("built without drafts again", options -> options.withDrafts(true), none, same));
        changes.add(new Change("built with the future", same, none, options -> options.withFuture(true)));
        changes.add(new Change("built with another base URL", same, none,
                options -> options.withBaseUrl(URI.create("https://preview.example.org/pr-7/"))));
        String only = System.getProperty("change", ""); // -Dchange=photo runs the changes whose names hold it
        return changes.stream().filter(c -> c.name().contains(only));
    }

    private static void edit(List<Change> changes, String name, Consumer<ProbeSite> edit) {
        steps(changes, name, List.of(edit));
    }

    /** A change made in {@code steps}, a build with the cache after each compared with a clean build. */
    private static void steps(List<Change> changes, String name, List<Consumer<ProbeSite>> steps) {
        changes.add(new Change(name, UnaryOperator.identity(), steps, UnaryOperator.identity()));
    }

    private static void setting(List<Change> changes, String key, String value) {
        edit(changes, "site.yaml " + key, s -> s.set(key, value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aBuildWithTheCacheAfterTheChangeGivesTheCleanBuildsBytes(Change change, @TempDir Path work) {
        ProbeSite site = new ProbeSite(work.resolve("site")).create();
        Path output = work.resolve("out");
        BuildOptions before = TestSites.options(site.root, output).withGitDates(true)
                .withCache(site.root.resolve(BuildOptions.CACHE_FOLDER));
        BuildReport first = Build.run(change.first().apply(before), BuildListener.SILENT);
        assertThat(first.problems().stream().filter(Problem::isError).map(Problem::format)).as("first build").isEmpty();

        BuildOptions after = change.options().apply(before);
        for (int step = 1; step <= change.steps().size(); step++) {
            change.steps().get(step - 1).accept(site);
            String name = change.steps().size() == 1 ? change.name() : change.name() + ", step " + step;
            BuildReport incremental = Build.run(after, BuildListener.SILENT);
            Path clean = work.resolve("clean-" + step);
            BuildReport fresh = Build.run(change.options().apply(TestSites.options(site.root, clean).withGitDates(true)),
                    BuildListener.SILENT);

            assertThat(fresh.problems().stream().filter(Problem::isError).map(Problem::format)).as(name + ": clean build").isEmpty();
            assertThat(incremental.problems().stream().filter(p -> !LostAddresses.tells(p)).map(Problem::format).sorted().toList())
                    .as(name + ": problems").isEqualTo(fresh.problems().stream().map(Problem::format).sorted().toList());
            try {
                assertSameFiles(name, output, clean);
            } catch (AssertionError e) {
                Path keep = Path.of("target/every-value-failures", name.replaceAll("[^A-Za-z0-9.-]+", "-"));
                TestSites.copy(output, keep.resolve("with-cache"));
                TestSites.copy(clean, keep.resolve("clean"));
                throw e;
            }
        }
    }

    /** Fails naming the change and every file that differs, with the first line that differs in the first. */
    static void assertSameFiles(String change, Path incremental, Path clean) {
        Map<String, String> a = OutputTrees.digests(incremental);
        Map<String, String> b = OutputTrees.digests(clean);
        List<String> differ = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        for (String file : all) {
            if (!Objects.equals(a.get(file), b.get(file))) {
                differ.add(file + (a.containsKey(file) ? "" : " (missing from the build with the cache)")
                        + (b.containsKey(file) ? "" : " (only in the build with the cache)"));
            }
        }
        if (!differ.isEmpty()) {
            String first = differ.stream().filter(file -> !file.startsWith(".gazette/")).findFirst().orElse(differ.get(0));
            throw new AssertionError("after \"" + change + "\" the build with the cache differs from a clean build in "
                    + differ.size() + " files: " + differ + firstDifference(incremental.resolve(first), clean.resolve(first)));
        }
    }

    private static String firstDifference(Path a, Path b) {
        if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) {
            return "";
        }
        List<String> x = TestSites.read(a).lines().toList();
        List<String> y = TestSites.read(b).lines().toList();
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            String kept = i < x.size() ? x.get(i) : "";
            String made = i < y.size() ? y.get(i) : "";
            if (!kept.equals(made)) {
                return "; the first, at line " + (i + 1) + ": with the cache \"" + cut(kept) + "\", clean \"" + cut(made) + "\"";
            }
        }
        return "";
    }

    private static String cut(String line) {
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

}
