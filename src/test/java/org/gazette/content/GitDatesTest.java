package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.build.BuildListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDatesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void readsTheNewestCommitThatChangedEachFile() {
        String log = header("2024-03-02T10:00:00+00:00") + "\n" + raw("M", "content/a.md") + raw("A", "content/c.md") + "\n"
                + header("2024-02-01T10:00:00+00:00") + "\n" + raw("M", "content/a.md") + raw("T", "content/b.md")
                + raw("D", "content/c.md") + raw("M", "content/d.md").replace("100644 1111111 2222222", "100755 1111111 1111111") + "\n"
                + header("2024-01-15T10:00:00+00:00") + "\n" + raw("M", "content/c.md") + raw("M", "content/b.md") + "\n"
                + header("2024-01-01T10:00:00+00:00") + "\n" + raw("A", "content/a.md") + raw("A", "content/b.md")
                + raw("A", "content/c.md") + raw("A", "content/d.md");
        Map<Path, ZonedDateTime> dates = GitDates.datesOf(GitCommit.parseLog(log), SHANGHAI);
        assertThat(dates).containsOnly(
                Map.entry(Path.of("content/a.md"), ZonedDateTime.parse("2024-03-02T18:00+08:00[Asia/Shanghai]")),
                Map.entry(Path.of("content/b.md"), ZonedDateTime.parse("2024-02-01T18:00+08:00[Asia/Shanghai]")));
        // c.md was added again after it was deleted: its changes before are another file's; d.md was only added,
        // then made executable, its text as it was
    }

    @Test
    void outsideARepositoryThereAreNoDatesAndNoError(@TempDir Path folder) {
        assertThat(GitDates.read(folder, SHANGHAI)).isEmpty();
    }

    @Test
    void anArticleWithoutUpdatedShowsItsLastCommit(@TempDir Path root, @TempDir Path output) throws Exception {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
        TestSites.write(root.resolve("content/b.md"), "---\ntitle: 二\ndate: 2023-12-20\nupdated: 2023-12-21\n---\n\n正文。\n");
        git(root, "init", "-q");
        TestSites.write(root.resolve("content/c.md"), "---\ntitle: 三\ndate: 2023-12-20\n---\n\n正文。\n");
        commit(root, "2024-01-05T04:05:06+00:00", "articles");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文，改过。\n");
        commit(root, "2024-02-03T04:05:06+00:00", "a corrected");
        var report = Build.run(TestSites.options(root, output).withGitDates(true));
        assertThat(report.problems()).isEmpty();
        var a = TestSites.page(output, "2023/12/a/index.html");
        assertThat(a.selectFirst(".updated time").attr("datetime")).isEqualTo("2024-02-03T12:05:06+08:00");
        assertThat(TestSites.page(output, "2023/12/c/index.html").selectFirst(".updated"))
                .as("committed after its date, but only added: not updated").isNull();
        var b = TestSites.page(output, "2023/12/b/index.html");
        assertThat(b.selectFirst(".updated time").attr("datetime")).as("front matter wins").isEqualTo("2023-12-21T00:00:00+08:00");
    }

    @Test
    void aShallowCloneGivesNoDatesAndSaysWhy(@TempDir Path work) throws Exception {
        Path origin = work.resolve("origin");
        TestSites.write(origin.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
        git(origin, "init", "-q");
        git(origin, "add", ".");
        git(origin, "-c", "user.name=editor", "-c", "user.email=editor@example.org", "commit", "-q", "-m", "a");
        TestSites.write(origin.resolve("content/b.md"), "---\ntitle: 二\ndate: 2023-12-20\n---\n\n正文。\n");
        git(origin, "add", ".");
        git(origin, "-c", "user.name=editor", "-c", "user.email=editor@example.org", "commit", "-q", "-m", "b");
        TestSites.write(origin.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文，改过。\n");
        commit(origin, "2024-02-03T04:05:06+00:00", "a corrected");
        // As CI checks out (one commit by default): two, so that the clone holds a change of a.md
        git(work, "clone", "-q", "--depth", "2", origin.toUri().toString(), "shallow");
        Path shallow = work.resolve("shallow");
        assertThat(GitDates.head(shallow)).startsWith("true\n");
        assertThat(GitDates.head(origin)).startsWith("false\n");
        assertThat(GitDates.head(shallow)).as("the build cache's key tells the two apart, at one commit")
                .isNotEqualTo(GitDates.head(origin));

        List<String> notes = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void note(String text) {
                notes.add(text);
            }
        };
        var options = TestSites.options(shallow, work.resolve("site")).withGitDates(true).withCache(work.resolve("cache"));
        var report = Build.run(options, listener);
        assertThat(report.problems()).isEmpty();
        assertThat(TestSites.page(work.resolve("site"), "2023/12/a/index.html").selectFirst(".updated"))
                .as("its history cut, the clone tells a change of some articles and not of others").isNull();
        String shallowNote = "the site's git repository is a shallow clone, whose history does not tell when"
                + " each article last changed: no dates are taken from git (clone the whole history: in GitHub Actions,"
                + " give actions/checkout fetch-depth: 0; in GitLab CI, set the variable GIT_DEPTH: 0; elsewhere,"
                + " git fetch --unshallow)";
        assertThat(notes).containsExactly(shallowNote);
        notes.clear();
        assertThat(Build.run(options, listener).written()).as("nothing changed").isZero();
        assertThat(notes).as("told again by a build that read nothing").containsExactly(shallowNote);
    }

    /**
     * The last commit of an article amended with another date (as a rebase does): the article's
     * bytes are as before, the date git gives it is not. A build with the cache shows the new date
     * on the article's page and in the feed, as a clean build does.
     */
    @Test
    void aCommitAmendedWithAnotherDateGivesTheCleanBuildsBytesWithTheCache(@TempDir Path work) throws Exception {
        Path root = work.resolve("site-root");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
        git(root, "init", "-q");
        commit(root, "2024-01-05T04:05:06+00:00", "a");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文，改过。\n");
        commit(root, "2024-02-03T04:05:06+00:00", "a corrected");
        var cached = TestSites.options(root, work.resolve("site")).withGitDates(true).withCache(work.resolve("cache"));
        assertThat(Build.run(cached).problems()).isEmpty();

        gitAt(root, "2024-03-04T05:06:07+00:00", "-c", "user.name=editor", "-c", "user.email=editor@example.org",
                "commit", "--amend", "-q", "--no-edit");
        assertThat(Build.run(cached).problems()).isEmpty();
        assertThat(Build.run(TestSites.options(root, work.resolve("clean")).withGitDates(true)).problems()).isEmpty();
        assertThat(TestSites.page(work.resolve("clean"), "2023/12/a/index.html").selectFirst(".updated time").attr("datetime"))
                .isEqualTo("2024-03-04T13:06:07+08:00");
        assertThat(files(work.resolve("site"))).isEqualTo(files(work.resolve("clean")));
    }

    /**
     * The last commit amended with another date while a build runs, after it fingerprinted its
     * inputs, and the branch put back on the commit it was on once the dates are read (a rebase
     * started and aborted in another terminal): the next build finds the commit it recorded, so
     * the pages must show that commit's dates.
     */
    @Test
    void aCommitMovedAndPutBackDuringABuildLeavesPagesOfTheCommitItRecorded(@TempDir Path work) throws Exception {
        Path root = work.resolve("site-root");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
        git(root, "init", "-q");
        commit(root, "2024-01-05T04:05:06+00:00", "a");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文，改过。\n");
        commit(root, "2024-02-03T04:05:06+00:00", "a corrected");
        var cached = TestSites.options(root, work.resolve("site")).withGitDates(true).withCache(work.resolve("cache"));
        List<String> edits = new ArrayList<>(List.of("loading cache", "site model"));
        Build.run(cached, new BuildListener() {
            @Override
            public void phase(String name, int steps) {
                if (!edits.isEmpty() && edits.get(0).equals(name)) {
                    try {
                        if (edits.remove(0).equals("loading cache")) {
                            gitAt(root, "2024-03-04T05:06:07+00:00", "-c", "user.name=editor", "-c", "user.email=editor@example.org",
                                    "commit", "--amend", "-q", "--no-edit");
                        } else {
                            git(root, "reset", "-q", "--soft", "HEAD@{1}");
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        });
        assertThat(edits).as("edits not made").isEmpty();

        assertThat(Build.run(cached).problems()).isEmpty();
        assertThat(Build.run(TestSites.options(root, work.resolve("clean")).withGitDates(true)).problems()).isEmpty();
        assertThat(TestSites.page(work.resolve("clean"), "2023/12/a/index.html").selectFirst(".updated time").attr("datetime"))
                .isEqualTo("2024-02-03T12:05:06+08:00");
        assertThat(files(work.resolve("site"))).isEqualTo(files(work.resolve("clean")));
    }

    /** Every file under {@code folder} by its path, with its text. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void aRepositoryGitDoesNotReadGivesNoDatesAndSaysWhy(@TempDir Path root, @TempDir Path output) throws Exception {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
        git(root, "init", "-q");
        commit(root, "2024-01-05T04:05:06+00:00", "a");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文，改过。\n");
        commit(root, "2024-02-03T04:05:06+00:00", "a corrected");
        // As git 2.35.2 and later refuse a folder owned by another user (a container's checkout, another drive):
        // a repository git will not read, in a way a test can make without root
        git(root, "config", "core.repositoryformatversion", "99");

        List<String> notes = new ArrayList<>();
        var report = Build.run(TestSites.options(root, output).withGitDates(true), new BuildListener() {
            @Override
            public void note(String text) {
                notes.add(text);
            }
        });
        assertThat(report.problems()).isEmpty();
        assertThat(TestSites.page(output, "2023/12/a/index.html").selectFirst(".updated")).isNull();
        assertThat(notes).singleElement().asString()
                .startsWith("the site is in a git repository that git does not read here (fatal: ")
                .contains("found 99")
                .contains("no dates are taken from git, so pages show no 更新于 from commits")
                .endsWith("git config --global --add safe.directory " + root.toAbsolutePath().toString().replace('\\', '/') + ")");

        assertThat(GitDates.refusal(root, "gazette-test-no-such-git")).hasValue("gazette-test-no-such-git is not installed, or not on the PATH");
        Path config = root.resolve(".git/config");
        Files.writeString(config, Files.readString(config).replace("repositoryformatversion = 99", "repositoryformatversion = 0"));
        assertThat(GitDates.refusal(root, "git")).as("read again").isEmpty();
        assertThat(GitDates.refusal(root.getParent().resolve("no-repository-here"), "gazette-test-no-such-git"))
                .as("no repository: nothing to tell, git or not").isEmpty();
    }

    @Test
    void aMovedFileKeepsItsChangesAndTheMoveIsNoChange() {
        String log = header("2024-04-04T10:00:00+00:00") + "\n" + raw("R100", "content/a/x.md", "content/b/x.md")
                + raw("R087", "content/a/y.md", "content/b/y.md") + "\n"
                + header("2024-02-02T10:00:00+00:00") + "\n" + raw("M", "content/a/x.md") + raw("M", "content/a/y.md")
                + raw("M", "content/b/x.md") + "\n"
                + header("2024-01-01T10:00:00+00:00") + "\n" + raw("A", "content/a/x.md") + raw("A", "content/a/y.md")
                + raw("A", "content/b/x.md");
        assertThat(GitDates.datesOf(GitCommit.parseLog(log), SHANGHAI)).containsOnly(
                Map.entry(Path.of("content/b/x.md"), ZonedDateTime.parse("2024-02-02T18:00+08:00[Asia/Shanghai]")),
                Map.entry(Path.of("content/b/y.md"), ZonedDateTime.parse("2024-04-04T18:00+08:00[Asia/Shanghai]")));
        // x moved unchanged keeps its edit of February (not that of the file called b/x.md before it, deleted since);
        // y changed as it moved
    }

    @Test
    void aMoveInTheRepositoryKeepsTheArticlesLastChange(@TempDir Path root, @TempDir Path output) throws Exception {
        TestSites.write(root.resolve("content/2023/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
        gitAt(root, "2024-01-01T10:00:00+00:00", "init", "-q");
        commit(root, "2024-01-01T10:00:00+00:00", "a");
        TestSites.write(root.resolve("content/2023/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文，改过。\n");
        commit(root, "2024-02-02T10:00:00+00:00", "a corrected");
        gitAt(root, "2024-03-03T10:00:00+00:00", "mv", "content/2023", "content/工作动态");
        commit(root, "2024-03-03T10:00:00+00:00", "articles by column");
        assertThat(GitDates.read(root, SHANGHAI)).containsOnly(
                Map.entry(Path.of("content/工作动态/a.md"), ZonedDateTime.parse("2024-02-02T18:00+08:00[Asia/Shanghai]")));
    }

    @Test
    void filesMovedAndEditedInOneCommitKeepTheirDatesWhateverTheEditorsRenameLimit(@TempDir Path root) throws Exception {
        for (String name : List.of("a", "b", "c")) {
            TestSites.write(root.resolve("content/2023/" + name + ".md"), "---\ntitle: 标题" + name + "\ndate: 2023-12-26\n---\n\n"
                    + "第一段，" + name + "。\n\n第二段。\n\n第三段。\n\n第四段。\n");
        }
        gitAt(root, "2024-01-01T10:00:00+00:00", "init", "-q");
        commit(root, "2024-01-01T10:00:00+00:00", "articles");
        for (String name : List.of("a", "b", "c")) {
            Path from = root.resolve("content/2023/" + name + ".md");
            TestSites.write(root.resolve("content/工作动态/2023-12-26-" + name + ".md"), Files.readString(from) + "\n补记。\n");
            Files.delete(from);
        }
        commit(root, "2024-03-03T10:00:00+00:00", "articles by column, each with a line added");
        // An editor's setting, or an older git's default (400), below the files one commit moves
        gitAt(root, "2024-03-03T10:00:00+00:00", "config", "diff.renameLimit", "2");
        ZonedDateTime moved = ZonedDateTime.parse("2024-03-03T18:00+08:00[Asia/Shanghai]");
        assertThat(GitDates.read(root, SHANGHAI)).containsOnly(
                Map.entry(Path.of("content/工作动态/2023-12-26-a.md"), moved),
                Map.entry(Path.of("content/工作动态/2023-12-26-b.md"), moved),
                Map.entry(Path.of("content/工作动态/2023-12-26-c.md"), moved));
    }

    @Test
    void aReplacedHistoryIsNotTheOneRead(@TempDir Path root) throws Exception {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文。\n");
        gitAt(root, "2020-01-01T10:00:00+00:00", "init", "-q");
        commit(root, "2020-01-01T10:00:00+00:00", "a");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文，改过。\n");
        commit(root, "2020-05-05T10:00:00+00:00", "a corrected");
        TestSites.write(root.resolve("README.md"), "站点\n");
        commit(root, "2022-07-07T10:00:00+00:00", "readme");
        gitAt(root, "2022-07-07T10:00:00+00:00", "replace", "--graft", "HEAD"); // HEAD now seems to add every file
        assertThat(GitDates.read(root, SHANGHAI)).containsEntry(Path.of("content/a.md"),
                ZonedDateTime.parse("2020-05-05T18:00+08:00[Asia/Shanghai]"));
    }

    @Test
    void chineseNamesAndAnEditorsGitSettingsGiveTheirDatesToo(@TempDir Path root) throws Exception {
        TestSites.write(root.resolve("content/工作动态/三八节座谈会.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文。\n");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文。\n");
        gitAt(root, "2020-01-01T10:00:00+00:00", "init", "-q");
        commit(root, "2020-01-01T10:00:00+00:00", "a");
        TestSites.write(root.resolve("content/工作动态/三八节座谈会.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文，改过。\n");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文，改过。\n");
        commit(root, "2020-05-05T10:00:00+00:00", "corrected");
        gitAt(root, "2020-05-05T10:00:00+00:00", "config", "core.quotePath", "true"); // would print "content/\345\267\245..."
        ZonedDateTime committed = ZonedDateTime.parse("2020-05-05T18:00+08:00[Asia/Shanghai]");
        assertThat(GitDates.read(root, SHANGHAI))
                .containsEntry(Path.of("content/工作动态/三八节座谈会.md"), committed)
                .containsEntry(Path.of("content/a.md"), committed);

        TestSites.write(root.resolve("README.md"), "站点\n");
        commit(root, "2022-07-07T10:00:00+00:00", "readme");
        String head = GitDates.head(root);
        Files.writeString(root.resolve(".git/info/grafts"), head.lines().reduce((a, b) -> b).orElseThrow() + "\n"); // a graft: no parent
        assertThat(GitDates.read(root, SHANGHAI)).containsEntry(Path.of("content/a.md"), committed);
    }

    @Test
    void aMergeThatResolvedAConflictIsTheLastChangeOfItsFile(@TempDir Path root) throws Exception {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文。\n");
        TestSites.write(root.resolve("content/b.md"), "---\ntitle: 二\ndate: 2019-12-26\n---\n\n正文。\n");
        gitAt(root, "2020-01-01T10:00:00+00:00", "init", "-q", "-b", "main");
        commit(root, "2020-01-01T10:00:00+00:00", "a and b");
        gitAt(root, "2020-01-01T10:00:00+00:00", "checkout", "-q", "-b", "edits");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文（分支）。\n");
        TestSites.write(root.resolve("content/b.md"), "---\ntitle: 二\ndate: 2019-12-26\n---\n\n正文，补记。\n");
        commit(root, "2020-02-02T10:00:00+00:00", "a and b on a branch");
        gitAt(root, "2020-02-02T10:00:00+00:00", "checkout", "-q", "main");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文（主线）。\n");
        commit(root, "2020-03-03T10:00:00+00:00", "a on main");
        ProcessBuilder merge = new ProcessBuilder("git", "merge", "-q", "edits").directory(root.toFile());
        merge.environment().put("GIT_COMMITTER_DATE", "2020-04-04T10:00:00+00:00");
        assertThat(merge.start().waitFor()).as("a conflict in a.md").isOne();
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文（合并后）。\n");
        gitAt(root, "2020-04-04T10:00:00+00:00", "add", ".");
        gitAt(root, "2020-04-04T10:00:00+00:00", "-c", "user.name=editor", "-c", "user.email=editor@example.org",
                "commit", "-q", "--no-edit");
        assertThat(GitDates.read(root, SHANGHAI)).containsOnly(
                Map.entry(Path.of("content/a.md"), ZonedDateTime.parse("2020-04-04T18:00+08:00[Asia/Shanghai]")),
                Map.entry(Path.of("content/b.md"), ZonedDateTime.parse("2020-02-02T18:00+08:00[Asia/Shanghai]")));
        // a.md holds the text the merge gave it; b.md, merged without a conflict, the text of its edit on the branch
    }

    @Test
    void aFileMovedOnOneBranchAndEditedOnAnotherKeepsTheEditAfterTheMerge(@TempDir Path root) throws Exception {
        TestSites.write(root.resolve("content/2022/a.md"), "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n第一段，一二三四五六七八九十。\n\n"
                + "第二段，一二三四五六七八九十。\n\n第三段，一二三四五六七八九十。\n");
        gitAt(root, "2020-01-01T10:00:00+00:00", "init", "-q", "-b", "main");
        commit(root, "2020-01-01T10:00:00+00:00", "a");
        gitAt(root, "2020-01-01T10:00:00+00:00", "checkout", "-q", "-b", "by-column");
        Files.createDirectories(root.resolve("content/工作动态"));
        gitAt(root, "2020-02-02T10:00:00+00:00", "mv", "content/2022/a.md", "content/工作动态/a.md");
        commit(root, "2020-02-02T10:00:00+00:00", "articles by column");
        gitAt(root, "2020-02-02T10:00:00+00:00", "checkout", "-q", "main");
        Files.writeString(root.resolve("content/2022/a.md"), "补记。\n", java.nio.file.StandardOpenOption.APPEND);
        commit(root, "2020-03-03T10:00:00+00:00", "a corrected"); // later than the move: read before it
        gitAt(root, "2020-04-04T10:00:00+00:00", "-c", "user.name=editor", "-c", "user.email=editor@example.org",
                "merge", "-q", "--no-edit", "by-column");
        assertThat(root.resolve("content/工作动态/a.md")).content().endsWith("补记。\n");
        assertThat(GitDates.read(root, SHANGHAI)).containsOnly(
                Map.entry(Path.of("content/工作动态/a.md"), ZonedDateTime.parse("2020-03-03T18:00+08:00[Asia/Shanghai]")));
    }

    @Test
    void aCommitThatOnlyChangedAFilesModeIsNoChangeOfItsText(@TempDir Path root) throws Exception {
        Path a = root.resolve("content/a.md");
        TestSites.write(a, "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文。\n");
        gitAt(root, "2020-01-01T10:00:00+00:00", "init", "-q");
        gitAt(root, "2020-01-01T10:00:00+00:00", "config", "core.fileMode", "true");
        commit(root, "2020-01-01T10:00:00+00:00", "a");
        TestSites.write(a, "---\ntitle: 标题\ndate: 2019-12-26\n---\n\n正文，改过。\n");
        commit(root, "2020-05-05T10:00:00+00:00", "a corrected");
        assertThat(a.toFile().setExecutable(true)).isTrue(); // as a copy from a Windows disk or a USB stick leaves it
        commit(root, "2022-07-07T10:00:00+00:00", "a made executable");
        assertThat(GitDates.read(root, SHANGHAI)).containsOnly(
                Map.entry(Path.of("content/a.md"), ZonedDateTime.parse("2020-05-05T18:00+08:00[Asia/Shanghai]")));
    }

    /** A commit's line as {@link GitCommit#FORMAT} prints it, its id made of its date, its parent left out. */
    private static String header(String date) {
        return "\0" + Integer.toHexString(date.hashCode()) + " " + java.time.OffsetDateTime.parse(date).toEpochSecond() + " " + date + "\n";
    }

    /** A line of {@code git log --raw}: a file {@code status} by one commit, its blob ids all different but for A and D. */
    private static String raw(String status, String... names) {
        String modes = status.equals("A") ? ":000000 100644 0000000 2222222 " : status.equals("D")
                ? ":100644 000000 1111111 0000000 " : ":100644 100644 1111111 2222222 ";
        return modes + status + "\t" + String.join("\t", names) + "\n";
    }

    private static void commit(Path root, String date, String message) throws Exception {
        gitAt(root, date, "add", ".");
        gitAt(root, date, "-c", "user.name=editor", "-c", "user.email=editor@example.org", "commit", "-q", "-m", message);
    }

    /** The first executable git on the search path, by its real path, size and time: another program, another stamp. */
    @Test
    void theGitProgramIsTheFirstExecutableOnThePathStampedBySizeAndTime(@TempDir Path folder) throws Exception {
        Path notExecutable = Files.createDirectories(folder.resolve("a"));
        Files.writeString(notExecutable.resolve("git"), "not a program\n");
        Path bin = Files.createDirectories(folder.resolve("b"));
        Path git = Files.writeString(bin.resolve("git"), "#!/bin/sh\nexec /usr/bin/git \"$@\"\n");
        git.toFile().setExecutable(true);
        Path later = Files.createDirectories(folder.resolve("c"));
        Files.copy(git, later.resolve("git"));
        String path = notExecutable + java.io.File.pathSeparator + bin + java.io.File.pathSeparator + later;

        String stamp = GitDates.program(path);
        assertThat(stamp).startsWith(git.toRealPath().toString() + " ").isEqualTo(GitDates.program(path));
        Files.writeString(git, "#!/bin/sh\nexec /usr/local/bin/git \"$@\"\n");
        assertThat(GitDates.program(path)).isNotEqualTo(stamp).startsWith(git.toRealPath().toString() + " ");
        Files.setLastModifiedTime(git, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(GitDates.program(path)).endsWith(" 0");
        assertThat(GitDates.program(notExecutable.toString())).isEmpty();
    }

    /**
     * Java starts {@code git} by that name on Unix ({@code git.exe} only on Windows): a git.exe earlier
     * on the PATH (a Windows folder on WSL's PATH) is not the git that reads the dates.
     */
    @Test
    void theGitStampedIsTheOneByTheNameJavaStarts(@TempDir Path folder) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(java.io.File.separatorChar == '\\', "Unix names");
        Path windows = Files.createDirectories(folder.resolve("windows"));
        Path exe = Files.writeString(windows.resolve("git.exe"), "#!/bin/sh\nexec /usr/bin/git \"$@\"\n");
        assertThat(exe.toFile().setExecutable(true)).isTrue();
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path git = Files.writeString(bin.resolve("git"), "#!/bin/sh\nexec /usr/bin/git \"$@\"\n");
        assertThat(git.toFile().setExecutable(true)).isTrue();

        assertThat(GitDates.program(windows + java.io.File.pathSeparator + bin)).startsWith(git.toRealPath() + " ");
        assertThat(GitDates.program(windows.toString())).isEmpty();
    }

    /**
     * Without a PATH, Java starts git from its default search path (the working folder, /bin, then
     * /usr/bin), as {@code env -i} or a service with an empty environment runs a build: that git is stamped.
     */
    @Test
    void withoutAPathTheGitStampedIsTheOneJavaStarts() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(java.io.File.separatorChar == '\\', "a search path of Unix");
        Path started = Stream.of(Path.of("git"), Path.of("/bin/git"), Path.of("/usr/bin/git"))
                .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file)).findFirst().orElseThrow();
        assertThat(GitDates.program(null)).startsWith(started.toRealPath() + " ");
    }

    private static void git(Path folder, String... args) throws Exception {
        gitAt(folder, "2024-02-03T04:05:06+00:00", args);
    }

    private static void gitAt(Path folder, String date, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).inheritIO();
        builder.environment().put("GIT_COMMITTER_DATE", date);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
