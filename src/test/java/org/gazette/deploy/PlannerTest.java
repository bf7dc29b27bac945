package org.gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.config.DeploySettings;
import org.junit.jupiter.api.Test;

/** The plan's content and order, the header rules, patterns, content names and CDN paths. */
class PlannerTest {

    static ObjectRecord record(String path, String md5) {
        String type = org.gazette.output.MediaTypes.of(path);
        return new ObjectRecord(path, 10, md5.repeat(32).substring(0, 32), md5.repeat(16).substring(0, 16), type,
                HeaderRules.of(org.gazette.config.DeploySettings.none()).cacheControl(path, type), Encoding.IDENTITY);
    }

    @Test
    void newObjectsGoFirstThenChangedOnesByRankAndDeletesLastPagesBeforeFiles() {
        List<ObjectRecord> desired = List.of(record("index.html", "b"), record("2024/05/x/index.html", "a"),
                record("2024/05/y/index.html", "b"), record("tags/妇联/index.html", "b"), record("assets/style.0123456789.css", "a"),
                record("2024/y/photo.jpg", "a"), record("feed.xml", "b"), record("same.pdf", "a"));
        Map<String, ObjectRecord> current = Map.of(
                "index.html", record("index.html", "a"),
                "2024/05/y/index.html", record("2024/05/y/index.html", "a"),
                "tags/妇联/index.html", record("tags/妇联/index.html", "a"),
                "feed.xml", record("feed.xml", "a"),
                "same.pdf", record("same.pdf", "a"),
                "2024/06/z/index.html", record("2024/06/z/index.html", "a"),
                "2024/06/z/photo.jpg", record("2024/06/z/photo.jpg", "a"),
                "assets/style.abcdef0123.css", record("assets/style.abcdef0123.css", "a"));
        Plan plan = Planner.plan(desired, current, List.of("old/left.html"), Plan.Baseline.MANIFEST);

        assertThat(plan.uploads()).extracting(Change::path).containsExactly(
                "2024/y/photo.jpg", "assets/style.0123456789.css", "2024/05/x/index.html", // new: media, code, pages
                "2024/05/y/index.html", "feed.xml", "tags/妇联/index.html", "index.html");  // changed: pages, listings, home
        assertThat(plan.deletes()).extracting(Change::path).containsExactly(
                "2024/06/z/index.html", "old/left.html", "assets/style.abcdef0123.css", "2024/06/z/photo.jpg");
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.deletes().get(1).reason()).isEqualTo("left by an unfinished deploy");
    }

    @Test
    void aChangeOfHeadersAloneIsAnUploadSayingWhich() {
        ObjectRecord before = record("index.html", "a");
        ObjectRecord after = new ObjectRecord("index.html", 10, before.md5(), before.checksum(), before.contentType(), "no-cache",
                Encoding.GZIP);
        Plan plan = Planner.plan(List.of(after), Map.of("index.html", before), List.of(), Plan.Baseline.MANIFEST);
        assertThat(plan.uploads()).singleElement().extracting(Change::reason)
                .isEqualTo("Cache-Control \"public, max-age=0, must-revalidate\" -> \"no-cache\", Content-Encoding none -> \"gzip\"");
        // A server's spelling of the same type is the same type.
        ObjectRecord spelled = new ObjectRecord("index.html", 10, before.md5(), before.checksum(), "text/html;charset=UTF-8",
                before.cacheControl(), Encoding.IDENTITY);
        assertThat(before.differences(spelled)).isEmpty();
    }

    @Test
    void aListedObjectWhoseBytesDifferIsChangedForItsBytesAlone() {
        // Its headers were not asked for: naming them as changed sent operators looking for a fault that was not there.
        ObjectRecord wanted = record("search/c/0.json", "a");
        Plan plan = Planner.plan(List.of(wanted), Map.of(wanted.path(), ObjectRecord.unknown(wanted.path(), 3)), List.of(),
                Plan.Baseline.LISTING);
        assertThat(plan.uploads()).singleElement().extracting(Change::reason).isEqualTo("bytes");
    }

    @Test
    void defaultHeadersByKindAndRulesFirst() {
        HeaderRules rules = HeaderRules.of(new org.gazette.config.DeploySettings(List.of(), 25, 5,
                List.of(new org.gazette.config.DeploySettings.Rule("feed.xml", "public, max-age=600")),
                List.of(new org.gazette.config.DeploySettings.Rule("**/*.{html,xml}", "gzip"))));
        assertThat(rules.cacheControl("assets/style.3f2a1b9c0d.css", "text/css")).isEqualTo(HeaderRules.IMMUTABLE);
        assertThat(rules.cacheControl("search/t/0.json", "application/json")).isEqualTo(HeaderRules.REVALIDATE);
        assertThat(rules.cacheControl("search/manifest.json", "application/json")).isEqualTo(HeaderRules.REVALIDATE);
        assertThat(rules.cacheControl("2023/x/index.html", "text/html; charset=utf-8")).isEqualTo(HeaderRules.REVALIDATE);
        assertThat(rules.cacheControl("columns/a/feed.xml", "application/atom+xml")).isEqualTo("public, max-age=600");
        assertThat(rules.cacheControl("2023/x/photo.jpg", "image/jpeg")).isEqualTo(HeaderRules.MEDIA);
        assertThat(rules.encoding("2023/x/index.html")).isEqualTo(Encoding.GZIP);
        assertThat(rules.encoding("sitemap.xml")).isEqualTo(Encoding.GZIP);
        assertThat(rules.encoding("photo.jpg")).isEqualTo(Encoding.IDENTITY);
    }

    @Test
    void globsMatchWithinAndAcrossFolders() {
        assertThat(Glob.of("**/*.{html,xml}").matches("2023/12/x/index.html")).isTrue();
        assertThat(Glob.of("**/*.{html,xml}").matches("index.html")).isTrue();
        assertThat(Glob.of("*.pdf").matches("2023/report.pdf")).isTrue();
        assertThat(Glob.of("assets/*").matches("assets/fonts/a.woff2")).isFalse();
        assertThat(Glob.of("assets/**").matches("assets/fonts/a.woff2")).isTrue();
        assertThat(Glob.of("/tags/?/index.html").matches("tags/a/index.html")).isTrue();
        assertThat(Glob.of("a+b(c).txt").matches("a+b(c).txt")).isTrue();
    }

    @Test
    void deletingSearchIndexFilesIsRoutineButNotItsPage() {
        assertThat(Deploy.isRoutineDelete("search/p/17-3-0.json")).isTrue();
        assertThat(Deploy.isRoutineDelete("assets/style.3f2a1b9c0d.css")).isTrue();
        assertThat(Deploy.isRoutineDelete("search/index.html")).isFalse();
        assertThat(Deploy.isRoutineDelete("2023/12/x/index.html")).isFalse();
    }

    @Test
    void contentNamesAreHashesNotIds() {
        assertThat(ContentNames.isContentNamed("assets/style.3f2a1b9c0d.css")).isTrue();
        // An article whose slug is an old system's hex id is a page like any other: revalidated, and counted when deleted.
        assertThat(ContentNames.isContentNamed("2024/03/5f2b8c9e1a/index.html")).isFalse();
        assertThat(HeaderRules.of(DeploySettings.none()).cacheControl("2024/03/5f2b8c9e1a/index.html", "text/html; charset=utf-8"))
                .isEqualTo(HeaderRules.of(DeploySettings.none()).cacheControl("2024/03/march-8/index.html", "text/html; charset=utf-8"));
        assertThat(ContentNames.isContentNamed("search/t/0.json")).isFalse();
        assertThat(ContentNames.isContentNamed("news/2023/1234567890.html")).isFalse();
        assertThat(ContentNames.isContentNamed("2023/12/five-year-review/index.html")).isFalse();
    }

    @Test
    void invalidationPathsArePagesAsFoldersPercentEncodedUnderTheBasePath() {
        Plan plan = Planner.plan(List.of(record("index.html", "a"), record("tags/妇联/index.html", "a"),
                record("assets/style.0123456789.css", "a")), Map.of("404.html", record("404.html", "a")), Set.of(), Plan.Baseline.MANIFEST);
        assertThat(InvalidationList.paths(plan, "/news/")).containsExactly("/news/", "/news/404.html",
                "/news/assets/style.0123456789.css", "/news/tags/%E5%A6%87%E8%81%94/");
    }

    @Test
    void deployIdsCountUpWhateverTheClockSays() {
        DeployManifest first = DeployManifest.next("", List.of(), List.of(), java.time.Instant.parse("2030-01-01T00:00:00Z"));
        DeployManifest second = DeployManifest.next(first.id(), List.of(), List.of(), java.time.Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(first.id()).isEqualTo("00000001-20300101T000000Z");
        assertThat(second.id()).isEqualTo("00000002-20200101T000000Z").isGreaterThan(first.id());
    }
}
