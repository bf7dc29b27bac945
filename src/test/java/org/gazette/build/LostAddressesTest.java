package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.TestSites;
import org.gazette.output.SiteWriter;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that no longer makes pages or feeds the site in its output folder has says so: an
 * article now at another address is told at its file with the alias that keeps the old one, the
 * rest (a renamed column's page and feed) in one warning; a list's later pages are not told.
 */
class LostAddressesTest {

    @TempDir
    Path root;
    @TempDir
    Path output;
    @TempDir
    Path cache;

    private void article(String path, String title, String date, String column) {
        TestSites.write(root.resolve("content/" + path), "---\ntitle: " + title + "\ndate: " + date
                + (column.isEmpty() ? "" : "\ncolumn: " + column) + "\n---\n\n正文。\n");
    }

    private List<String> warnings(BuildReport report) {
        assertThat(report.succeeded()).as(report.problems().toString()).isTrue();
        return report.problems().stream().map(Problem::format).toList();
    }

    @Test
    void anArticleRenamedIsToldAtItsFileWithTheAliasThatKeepsItsOldAddress() throws IOException {
        article("2024/2024-03-08-march-8.md", "市妇联举办座谈会", "2024-03-08", "");
        article("2024/2024-03-09-other.md", "另一篇", "2024-03-09", "");
        assertThat(warnings(TestSites.build(root, output))).isEmpty();

        Files.move(root.resolve("content/2024/2024-03-08-march-8.md"), root.resolve("content/2024/2024-03-08-forum.md"));

        assertThat(warnings(TestSites.build(root, output))).containsExactly("content/2024/2024-03-08-forum.md:2: warning: this"
                + " article was published at /2024/03/march-8/ and is now at /2024/03/forum/: readers' links, search results and"
                + " shares of the old address will break (keep it leading here: aliases: [/2024/03/march-8/])");
        // Built again as it is: nothing more is lost.
        assertThat(warnings(TestSites.build(root, output))).isEmpty();
    }

    @Test
    void aBuildAfterAnUpdateKilledHalfwayStillTellsWhatIsLost() throws IOException {
        article("2024/2024-03-08-march-8.md", "市妇联举办座谈会", "2024-03-08", "");
        article("2024/2024-03-09-other.md", "另一篇", "2024-03-09", "");
        assertThat(warnings(TestSites.build(root, output))).isEmpty();
        Files.move(root.resolve("content/2024/2024-03-08-march-8.md"), root.resolve("content/2024/2024-03-08-forum.md"));
        // What a build killed (kill -9) while renaming its files into place leaves: its marker, and
        // the manifest of the site readers had, which goes last. That build told nothing.
        Files.writeString(output.resolve(SiteWriter.UPDATING), output.resolveSibling(".site.gazette-building-1") + "\n");

        assertThat(warnings(TestSites.build(root, output))).contains("content/2024/2024-03-08-forum.md:2: warning: this"
                + " article was published at /2024/03/march-8/ and is now at /2024/03/forum/: readers' links, search results and"
                + " shares of the old address will break (keep it leading here: aliases: [/2024/03/march-8/])");
        assertThat(output.resolve(SiteWriter.UPDATING)).doesNotExist();
    }

    @Test
    void theAliasGivenKeepsTheOldAddressAndNothingIsTold() {
        article("2024/2024-03-08-march-8.md", "市妇联举办座谈会", "2024-03-08", "");
        TestSites.build(root, output);
        TestSites.write(root.resolve("content/2024/2024-03-08-march-8.md"),
                "---\ntitle: 市妇联举办座谈会\ndate: 2024-03-08\nslug: forum\naliases: [/2024/03/march-8/]\n---\n\n正文。\n");

        assertThat(warnings(TestSites.build(root, output))).isEmpty();
        assertThat(output.resolve("2024/03/march-8/index.html")).content().contains("http-equiv=\"refresh\"");
    }

    @Test
    void aRenamedColumnsPageAndFeedAreNamedInOneWarningAndAListsLaterPagesAreNot() {
        for (int day = 1; day <= 25; day++) { // page 2 of the home page and of the column
            article("2024/a" + day + ".md", "第" + day + "篇", String.format("2024-03-%02d", day), "基层动态");
        }
        TestSites.write(root.resolve("site.yaml"), "slugs:\n  columns:\n    基层动态: local\n    基层风采: grassroots\n");
        TestSites.build(root, output);
        for (int day = 1; day <= 25; day++) {
            article("2024/a" + day + ".md", "第" + day + "篇", String.format("2024-03-%02d", day), day > 5 ? "" : "基层风采");
        }

        assertThat(warnings(TestSites.build(root, output))).containsExactly(output + ": warning: 2 pages and feeds of the"
                + " site in this folder are no longer made: /columns/local/, /columns/local/feed.xml (links readers have to them"
                + " will break: an article that moved keeps its old address with aliases: in its front matter; a column, tag or"
                + " author renamed keeps its old pages with redirects: in site.yaml, see README, \"Old addresses\")");
    }

    @Test
    void pastTwentyMovedArticlesTheRestAreCountedInOneWarning() {
        TestSites.write(root.resolve("site.yaml"), "permalink: /:year/:month/:slug/\n");
        for (int day = 1; day <= 23; day++) {
            article("2024/a" + day + ".md", "第" + day + "篇", String.format("2024-03-%02d", day), "");
        }
        TestSites.build(root, output);
        TestSites.write(root.resolve("site.yaml"), "permalink: /news/:year/:slug/\n");

        List<String> warnings = warnings(TestSites.build(root, output));

        assertThat(warnings).hasSize(LostAddresses.TOLD_ONE_BY_ONE + 1);
        assertThat(warnings).filteredOn(w -> w.contains(": warning: this article was published at /2024/03/a"))
                .hasSize(LostAddresses.TOLD_ONE_BY_ONE)
                .contains("content/2024/a1.md:2: warning: this article was published at /2024/03/a1/ and is now at /news/2024/a1/:"
                        + " readers' links, search results and shares of the old address will break (keep it leading here:"
                        + " aliases: [/2024/03/a1/])");
        // Told in the order of their addresses: a1, a10 to a19, a2, a20 to a23, a3 to a6; then the rest at once.
        assertThat(warnings).contains(output + ": warning: 3 pages and feeds of the site in this folder are no longer made:"
                + " /2024/03/a7/, /2024/03/a8/, /2024/03/a9/ (links readers have to them will break: an article that moved keeps"
                + " its old address with aliases: in its front matter; a column, tag or author renamed keeps its old pages with"
                + " redirects: in site.yaml, see README, \"Old addresses\")");
    }

    @Test
    void aRebuildWithNothingChangedDoesNotTellTheLossAgain() {
        article("2024/2024-03-08-march-8.md", "市妇联举办座谈会", "2024-03-08", "");
        TestSites.build(root, output);
        TestSites.write(root.resolve("content/2024/2024-03-08-march-8.md"),
                "---\ntitle: 市妇联举办座谈会\ndate: 2024-03-08\nslug: forum\n---\n\n正文。\n");
        BuildReport moved = Build.run(TestSites.options(root, output).withCache(cache));
        assertThat(warnings(moved)).singleElement().asString().contains("was published at /2024/03/march-8/");

        assertThat(warnings(Build.run(TestSites.options(root, output).withCache(cache)))).isEmpty();
    }

    @Test
    void aDraftShownByAPreviewOrTakenDownIsNotTold() {
        article("2024/2024-03-08-march-8.md", "市妇联举办座谈会", "2024-03-08", "");
        TestSites.write(root.resolve("content/2024/2024-10-15-volunteers.md"),
                "---\ntitle: 志愿者招募\ndate: 2024-10-15\ntags: [志愿服务]\ndraft: true\n---\n\n正文。\n");
        assertThat(warnings(Build.run(TestSites.options(root, output).withDrafts(true)))).isEmpty();

        // The next real build leaves the draft out: its page, its month and its tag go on purpose.
        assertThat(warnings(TestSites.build(root, output))).isEmpty();

        // A published article taken down: its page goes on purpose too.
        TestSites.write(root.resolve("content/2024/2024-03-08-march-8.md"),
                "---\ntitle: 市妇联举办座谈会\ndate: 2024-03-08\ndraft: true\n---\n\n正文。\n");
        assertThat(warnings(TestSites.build(root, output))).filteredOn(LostAddressesTest::tellsALoss).isEmpty();
    }

    private static boolean tellsALoss(String warning) {
        return warning.contains("no longer made") || warning.contains("was published at");
    }
}
