package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.content.GitDates;
import org.gazette.incremental.GitDatesCache.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDatesCacheTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /**
     * Through an editor's history, the dates kept in the cache are those a whole read gives at each
     * commit: an editor's commits are laid over the kept dates, and a history rewritten or merged is
     * walked again over the kept one and the commits since it.
     */
    @Test
    void readsOnlyTheCommitsAddedSinceTheKeptOneAndGivesTheWholeHistorysDates(@TempDir Path root, @TempDir Path cache) throws Exception {
        article(root, "content/2023/a.md", "甲", "正文。");
        article(root, "content/2023/b.md", "乙", "正文。");
        article(root, "content/2023/c.md", "丙", "正文。");
        git(root, "2024-01-01T10:00:00+00:00", "init", "-q", "-b", "main");
        commit(root, "2024-01-01T10:00:00+00:00", "articles");
        article(root, "content/2023/a.md", "甲", "正文，改过。");
        commit(root, "2024-02-01T10:00:00+00:00", "a corrected");
        assertRead(root, cache, Read.WHOLE);
        assertRead(root, cache, Read.KEPT);

        article(root, "content/2023/b.md", "乙", "正文，改过。");
        commit(root, "2024-03-01T10:00:00+00:00", "b corrected");
        assertRead(root, cache, Read.ON_TOP);

        // Moved (keeping its change), a file added at a moved one's old name, and two commits at once
        Files.createDirectories(root.resolve("content/工作动态"));
        git(root, "2024-04-01T10:00:00+00:00", "mv", "content/2023/a.md", "content/工作动态/a.md");
        commit(root, "2024-04-01T10:00:00+00:00", "a moved");
        article(root, "content/2023/a.md", "新甲", "另一篇。");
        commit(root, "2024-04-02T10:00:00+00:00", "another a");
        article(root, "content/2023/a.md", "新甲", "另一篇，改过。");
        git(root, "2024-04-03T10:00:00+00:00", "rm", "-q", "content/2023/c.md");
        commit(root, "2024-04-03T10:00:00+00:00", "the new a corrected, c deleted");
        assertRead(root, cache, Read.ON_TOP);

        git(root, "2024-05-01T10:00:00+00:00", "-c", "user.name=editor", "-c", "user.email=editor@example.org",
                "commit", "--amend", "-q", "--no-edit");
        assertRead(root, cache, Read.SINCE); // the amended commit read, its parent's history kept

        git(root, "2024-05-01T10:00:00+00:00", "checkout", "-q", "-b", "topic", "HEAD~2");
        article(root, "content/2023/b.md", "乙", "正文，分支上改过。");
        commit(root, "2024-05-02T10:00:00+00:00", "b on a branch");
        assertRead(root, cache, Read.SINCE); // another branch: its commit read, the history they share kept
        git(root, "2024-05-03T10:00:00+00:00", "checkout", "-q", "main");
        git(root, "2024-05-03T10:00:00+00:00", "-c", "user.name=editor", "-c", "user.email=editor@example.org",
                "merge", "-q", "--no-edit", "topic");
        assertRead(root, cache, Read.SINCE); // a merge: walked again over the commits kept and those read

        Files.writeString(cache.resolve(GitDatesCache.FILE), "damaged");
        Files.writeString(cache.resolve(GitHistoryFile.FILE), "damaged");
        assertRead(root, cache, Read.WHOLE);
        assertRead(root, cache, Read.KEPT);
    }

    /**
     * A build keeping its cache in a git repository gives the bytes of a clean build after each of
     * an editor's and a CI job's steps: commits, an amend, a rebase, another branch checked out, a
     * merge, and a shallow clone with the cache restored, deepened.
     */
    @Test
    void aBuildWithTheCacheEqualsACleanBuildThroughAGitHistory(@TempDir Path work) throws Exception {
        Path root = work.resolve("site-root");
        article(root, "content/2023/a.md", "甲", "正文。");
        article(root, "content/2023/b.md", "乙", "正文。");
        git(root, "2024-01-01T10:00:00+00:00", "init", "-q", "-b", "main");
        commit(root, "2024-01-01T10:00:00+00:00", "articles");
        BuildOptions cached = TestSites.options(root, work.resolve("site")).withGitDates(true).withCache(work.resolve("cache"));
        assertSameAsClean(work, cached);

        article(root, "content/2023/a.md", "甲", "正文，改过。");
        commit(root, "2024-02-01T10:00:00+00:00", "a corrected");
        assertSameAsClean(work, cached);
        article(root, "content/2023/b.md", "乙", "正文，改过。");
        commit(root, "2024-03-01T10:00:00+00:00", "b corrected");
        assertSameAsClean(work, cached);
        git(root, "2024-04-01T10:00:00+00:00", "-c", "user.name=editor", "-c", "user.email=editor@example.org",
                "commit", "--amend", "-q", "--no-edit");
        assertSameAsClean(work, cached);

        git(root, "2024-04-02T10:00:00+00:00", "checkout", "-q", "-b", "topic", "HEAD~1");
        article(root, "content/2023/a.md", "甲", "正文，分支上再改。");
        commit(root, "2024-04-02T10:00:00+00:00", "a on a branch");
        assertSameAsClean(work, cached);
        git(root, "2024-04-03T10:00:00+00:00", "-c", "user.name=editor", "-c", "user.email=editor@example.org",
                "rebase", "-q", "main");
        assertSameAsClean(work, cached);
        git(root, "2024-04-04T10:00:00+00:00", "checkout", "-q", "main");
        assertSameAsClean(work, cached);
        git(root, "2024-04-05T10:00:00+00:00", "-c", "user.name=editor", "-c", "user.email=editor@example.org",
                "merge", "-q", "--no-ff", "--no-edit", "topic");
        assertSameAsClean(work, cached);

        // CI: a shallow clone with the cache restored, one commit later; then its history fetched whole
        article(root, "content/2023/b.md", "乙", "正文，第三次改。");
        commit(root, "2024-05-01T10:00:00+00:00", "b corrected again");
        git(work, "2024-05-01T10:00:00+00:00", "clone", "-q", "--depth", "1", root.toUri().toString(), "ci");
        Path ci = work.resolve("ci");
        BuildOptions inCi = TestSites.options(ci, work.resolve("site")).withGitDates(true).withCache(work.resolve("cache"));
        assertSameAsClean(work, inCi);
        git(ci, "2024-05-01T10:00:00+00:00", "fetch", "-q", "--unshallow");
        assertSameAsClean(work, inCi);
    }

    /**
     * A branch made before the kept commit and merged after it: its commits are older than the kept
     * ones, and a whole read lists them among those, so the dates depend on where: b.md's edit on the
     * branch is its last change, and c.md, moved on the branch and edited on main after, keeps main's
     * edit under its new name. Only the merge and the branch's commits are read.
     */
    @Test
    void aBranchMergedLateHasItsOlderCommitsReadAndListedAmongTheKeptOnes(@TempDir Path work) throws Exception {
        GitHistoryRepo repo = repo(work);
        repo.git("checkout", "-q", "-b", "topic");
        repo.at(day(2));
        repo.git("mv", "content/c.md", "content/x-c.md");
        repo.commit("c moved");
        repo.at(day(3));
        repo.write("content/b.md", text("b", "分支上改过。"));
        repo.commit("b on the branch");
        repo.git("checkout", "-q", "main");
        repo.at(day(4));
        repo.write("content/c.md", text("c", "主线上改过。"));
        repo.commit("c on main");
        repo.at(day(5));
        repo.write("content/a.md", text("a", "主线上改过。"));
        repo.commit("a on main");
        assertReadAt(repo, work, Read.WHOLE);

        repo.at(day(6));
        repo.git("merge", "-q", "--no-ff", "--no-edit", "topic");
        assertThat(assertReadAt(repo, work, Read.SINCE)).containsOnly(
                Map.entry(Path.of("content/a.md"), date(5)), Map.entry(Path.of("content/b.md"), date(3)),
                Map.entry(Path.of("content/x-c.md"), date(4)));
    }

    /**
     * A merge whose content/ is the branch's (main's edit of a.md undone in it) leaves main's commits
     * since the branch began out of the log: a.md's kept date goes, as in a whole read.
     */
    @Test
    void aMergeThatTookTheBranchsContentLeavesTheKeptCommitsItUndidOutOfTheLog(@TempDir Path work) throws Exception {
        GitHistoryRepo repo = repo(work);
        branchEditingB(repo);
        repo.at(day(3));
        repo.write("content/a.md", text("a", "主线上改过。"));
        repo.commit("a on main");
        assertThat(assertReadAt(repo, work, Read.WHOLE)).containsEntry(Path.of("content/a.md"), date(3));

        repo.at(day(4));
        repo.git("merge", "-q", "--no-ff", "--no-commit", "topic");
        repo.git("checkout", "topic", "--", "content");
        repo.git("commit", "-q", "--no-edit");
        assertThat(assertReadAt(repo, work, Read.SINCE)).containsOnly(Map.entry(Path.of("content/b.md"), date(2)));
    }

    /**
     * A commit of main that changed no article, left out of the log by a merge whose content/ was the
     * branch's, then a branch made off it and merged: the walk reaches a commit the kept history does
     * not hold, and reads it too.
     */
    @Test
    void aBranchOffACommitTheLogLeftOutHasThatCommitReadToo(@TempDir Path work) throws Exception {
        GitHistoryRepo repo = repo(work);
        branchEditingB(repo);
        repo.at(day(3));
        repo.write("templates/base.html", "<html>3</html>\n");
        repo.commit("template");
        repo.git("branch", "later");
        repo.at(day(4));
        repo.git("merge", "-q", "--no-ff", "--no-edit", "topic"); // content/ as the branch left it: the template commit left out
        assertReadAt(repo, work, Read.WHOLE);

        repo.git("checkout", "-q", "later");
        repo.at(day(5));
        repo.write("content/a.md", text("a", "后来的分支上改过。"));
        repo.commit("a on a branch off the template commit");
        repo.git("checkout", "-q", "main");
        repo.at(day(6));
        repo.git("merge", "-q", "--no-ff", "--no-edit", "later");
        assertThat(assertReadAt(repo, work, Read.SINCE)).containsOnly(
                Map.entry(Path.of("content/a.md"), date(5)), Map.entry(Path.of("content/b.md"), date(2)));
    }

    /**
     * Commits dated before their parents (a clock set wrong): git's walk takes a branch's older commit
     * before a kept one that follows it in the kept log, and the first change listed is a.md's date:
     * the walk over the kept commits and the new ones takes them in git's order, not the kept one.
     */
    @Test
    void commitsDatedBeforeTheirParentsAreWalkedAsGitWalksThem(@TempDir Path work) throws Exception {
        GitHistoryRepo repo = repo(work);
        repo.at(day(10));
        repo.write("content/a.md", text("a", "第十天改过。"));
        repo.commit("a on day 10");
        repo.git("branch", "topic");
        repo.at(day(3));
        repo.write("content/a.md", text("a", "第三天改过。"));
        repo.commit("a dated day 3, after the commit of day 10");
        repo.at(day(20));
        repo.write("content/b.md", text("b", "第二十天改过。"));
        repo.commit("b on day 20");
        assertThat(assertReadAt(repo, work, Read.WHOLE)).containsEntry(Path.of("content/a.md"), date(3));

        repo.git("checkout", "-q", "topic");
        repo.at(day(15));
        repo.write("content/c.md", text("c", "第十五天改过。"));
        repo.commit("c on day 15");
        repo.git("checkout", "-q", "main");
        repo.at(day(30));
        repo.git("merge", "-q", "--no-ff", "--no-edit", "topic");
        assertThat(assertReadAt(repo, work, Read.SINCE)).containsEntry(Path.of("content/a.md"), date(10));
    }

    /**
     * An editor's commits, a move among them and one dated before its parent, are laid over the kept
     * dates, and the kept history is left as it was (not read, walked and written again at each
     * commit); a merge after them walks them with the rest, the branch's older commit among them.
     */
    @Test
    void commitsOnTopLeaveTheKeptHistoryAndAMergeAfterThemWalksThemToo(@TempDir Path work) throws Exception {
        GitHistoryRepo repo = repo(work);
        repo.git("branch", "topic");
        repo.at(day(2));
        repo.write("content/a.md", text("a", "第二天改过。"));
        repo.commit("a corrected");
        assertReadAt(repo, work, Read.WHOLE);
        Path history = work.resolve("cache").resolve(GitHistoryFile.FILE);
        byte[] walked = Files.readAllBytes(history);

        repo.at(day(4));
        repo.git("mv", "content/a.md", "content/x-a.md");
        repo.commit("a moved");
        repo.at(day(3));
        repo.write("content/b.md", text("b", "第三天改过。"));
        repo.commit("b corrected, dated before its parent");
        assertThat(assertReadAt(repo, work, Read.ON_TOP)).containsOnly(
                Map.entry(Path.of("content/x-a.md"), date(2)), Map.entry(Path.of("content/b.md"), date(3)));
        repo.at(day(5));
        repo.write("content/x-a.md", text("a", "第五天改过。"));
        repo.commit("a corrected again");
        assertReadAt(repo, work, Read.ON_TOP);
        assertThat(Files.readAllBytes(history)).isEqualTo(walked);

        mergeTopicEditingC(repo, 3, 6);
        assertThat(assertReadAt(repo, work, Read.SINCE)).containsOnly(Map.entry(Path.of("content/x-a.md"), date(5)),
                Map.entry(Path.of("content/b.md"), date(3)), Map.entry(Path.of("content/c.md"), date(3)));
        assertThat(Files.readAllBytes(history)).isNotEqualTo(walked);
    }

    /**
     * An editor's {@code log.follow} (git log following one path's renames) changes nothing: the
     * commits that change nothing under content/ (a template, an empty commit) are still listed,
     * so that commits on top are laid over the kept dates and a merge is walked over the kept history.
     */
    @Test
    void anEditorsLogFollowSettingChangesNoRead(@TempDir Path work) throws Exception {
        GitHistoryRepo repo = repo(work);
        repo.git("config", "log.follow", "true");
        repo.git("branch", "topic");
        repo.at(day(2));
        repo.write("content/a.md", text("a", "第二天改过。"));
        repo.commit("a corrected");
        assertReadAt(repo, work, Read.WHOLE);

        repo.at(day(3));
        repo.write("templates/base.html", "<html><body></body></html>\n");
        repo.commit("template");
        repo.at(day(4));
        repo.write("content/b.md", text("b", "第四天改过。"));
        repo.commit("b corrected");
        assertThat(assertReadAt(repo, work, Read.ON_TOP)).containsOnly(
                Map.entry(Path.of("content/a.md"), date(2)), Map.entry(Path.of("content/b.md"), date(4)));

        mergeTopicEditingC(repo, 3, 5);
        assertThat(assertReadAt(repo, work, Read.SINCE)).containsOnly(Map.entry(Path.of("content/a.md"), date(2)),
                Map.entry(Path.of("content/b.md"), date(4)), Map.entry(Path.of("content/c.md"), date(3)));
    }

    /**
     * Dates and a history kept by one git are not taken by another (a CI runner's image with a new
     * git, the build cache restored): its rename detection may list the history otherwise.
     */
    @Test
    void datesKeptByAnotherGitAreReadAgain(@TempDir Path work) throws Exception {
        GitHistoryRepo repo = repo(work);
        Path cache = work.resolve("cache");
        String head = repo.head();
        assertThat(GitDatesCache.at(repo.root, head, SHANGHAI, cache, "git A").read()).isEqualTo(Read.WHOLE);
        assertThat(GitDatesCache.at(repo.root, head, SHANGHAI, cache, "git A").read()).isEqualTo(Read.KEPT);
        assertThat(GitDatesCache.at(repo.root, head, SHANGHAI, cache, "git B").read()).isEqualTo(Read.WHOLE);

        repo.at(day(2));
        repo.write("content/a.md", text("a", "第二天改过。"));
        repo.commit("a corrected");
        assertThat(GitDatesCache.at(repo.root, repo.head(), SHANGHAI, cache, "git A").read()).isEqualTo(Read.WHOLE);
        repo.git("commit", "-q", "--amend", "-m", "a corrected, amended");
        assertThat(GitDatesCache.at(repo.root, repo.head(), SHANGHAI, cache, "git A").read()).isEqualTo(Read.SINCE);
        repo.git("commit", "-q", "--amend", "-m", "a corrected, amended again");
        Map<Path, ZonedDateTime> dates = GitDatesCache.at(repo.root, repo.head(), SHANGHAI, cache, "git B").dates();
        assertThat(dates).isEqualTo(GitDates.readAt(repo.root, repo.head(), SHANGHAI)).containsKey(Path.of("content/a.md"));
        assertThat(GitDatesCache.at(repo.root, repo.head(), SHANGHAI, cache, "git B").read()).isEqualTo(Read.KEPT);
    }

    /**
     * A build run with another git on the PATH (a wrapper here, which logs what it is asked) reads
     * the history again, though nothing else changed; with the same git, it reads nothing.
     */
    @Test
    void aBuildRunWithAnotherGitReadsTheHistoryAgain(@TempDir Path work) throws Exception {
        GitHistoryRepo repo = repo(work);
        repo.at(day(2));
        repo.write("content/a.md", text("a", "第二天改过。"));
        repo.commit("a corrected");
        String real = GitDates.program().split(" ")[0];
        assertThat(real).as("git on the PATH").isNotEmpty();
        Path first = wrapper(work.resolve("git-1"), real);
        Path second = wrapper(work.resolve("git-2"), real);

        build(repo.root, first);
        assertThat(wholeReads(first)).hasSize(1);
        build(repo.root, first);
        assertThat(wholeReads(first)).hasSize(1);
        build(repo.root, second);
        assertThat(wholeReads(second)).hasSize(1);
    }

    /** A folder holding a {@code git} that logs its arguments to {@code calls.log} there, then runs {@code real}. */
    private static Path wrapper(Path folder, String real) throws IOException {
        Files.createDirectories(folder);
        Path git = Files.writeString(folder.resolve("git"), "#!/bin/sh\necho \"$*\" >> '" + folder.resolve("calls.log")
                + "'\nexec '" + real + "' \"$@\"\n");
        assertThat(git.toFile().setExecutable(true)).isTrue();
        return folder;
    }

    /** The reads of a whole history {@code git} was asked for: a log that is not of commits named one by one. */
    private static List<String> wholeReads(Path git) throws IOException {
        Path calls = git.resolve("calls.log");
        return !Files.exists(calls) ? List.of() : Files.readAllLines(calls).stream()
                .filter(call -> call.contains(" log ") && !call.contains("--no-walk")).toList();
    }

    /** {@code gazette build -q} of {@code root}, as a program, with {@code git} first on the PATH. */
    private static void build(Path root, Path git) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), org.gazette.cli.Gazette.class.getName(), "build", "-q")
                .directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", git + java.io.File.pathSeparator + System.getenv("PATH"));
        Process build = builder.start();
        String said = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).as(said).isZero();
    }

    /** Makes the branch topic off main's head, edits b.md on it on day 2, and goes back to main. */
    private static void branchEditingB(GitHistoryRepo repo) throws Exception {
        repo.git("checkout", "-q", "-b", "topic");
        repo.at(day(2));
        repo.write("content/b.md", text("b", "分支上改过。"));
        repo.commit("b on the branch");
        repo.git("checkout", "-q", "main");
    }

    /** Edits c.md on the branch topic on day {@code edited}, then merges topic into main on day {@code merged}. */
    private static void mergeTopicEditingC(GitHistoryRepo repo, int edited, int merged) throws Exception {
        repo.git("checkout", "-q", "topic");
        repo.at(day(edited));
        repo.write("content/c.md", text("c", "分支上改过。"));
        repo.commit("c on the branch");
        repo.git("checkout", "-q", "main");
        repo.at(day(merged));
        repo.git("merge", "-q", "--no-ff", "--no-edit", "topic");
    }

    /** A repository of a.md, b.md and c.md committed on day 1, on main. */
    private static GitHistoryRepo repo(Path work) throws Exception {
        GitHistoryRepo repo = new GitHistoryRepo(work.resolve("repo"), day(1));
        for (String name : List.of("a", "b", "c")) {
            repo.write("content/" + name + ".md", text(name, "正文。"));
        }
        repo.write("templates/base.html", "<html></html>\n");
        repo.commit("articles");
        return repo;
    }

    /** The dates the cache gives at HEAD, read as {@code expected} said, after they are checked to be a whole read's. */
    private static Map<Path, ZonedDateTime> assertReadAt(GitHistoryRepo repo, Path work, Read expected) throws Exception {
        String head = repo.head();
        GitDatesCache.Dates dates = GitDatesCache.at(repo.root, head, SHANGHAI, work.resolve("cache"));
        assertThat(dates.dates()).isEqualTo(GitDates.readAt(repo.root, head, SHANGHAI));
        assertThat(dates.read()).isEqualTo(expected);
        return dates.dates();
    }

    private static Instant day(int day) {
        return Instant.parse("2024-01-01T02:00:00Z").plus(day - 1, ChronoUnit.DAYS);
    }

    private static ZonedDateTime date(int day) {
        return day(day).atZone(SHANGHAI);
    }

    /** An article long enough for git to find it moved. */
    private static String text(String name, String last) {
        return "---\ntitle: " + name + "\ndate: 2023-12-26\n---\n\n" + ("第一段，" + name + "，一二三四五六七八九十。\n\n").repeat(6) + last + "\n";
    }

    private static void assertRead(Path root, Path cache, Read expected) {
        String commit = GitDates.head(root).lines().reduce((first, second) -> second).orElseThrow();
        GitDatesCache.Dates dates = GitDatesCache.at(root, commit, SHANGHAI, cache);
        assertThat(dates.read()).isEqualTo(expected);
        assertThat(dates.dates()).isEqualTo(GitDates.readAt(root, commit, SHANGHAI)).isNotEmpty();
    }

    private static void assertSameAsClean(Path work, BuildOptions cached) throws IOException {
        assertThat(Build.run(cached).problems()).isEmpty();
        Path clean = work.resolve("clean");
        BuildOptions afresh = TestSites.options(cached.root(), clean).withGitDates(true);
        assertThat(Build.run(afresh).problems()).isEmpty();
        assertThat(files(cached.output())).isEqualTo(files(clean));
    }

    private static void article(Path root, String path, String title, String body) {
        TestSites.write(root.resolve(path), "---\ntitle: " + title + "\ndate: 2023-12-26\n---\n\n" + body + "\n");
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

    private static void commit(Path root, String date, String message) throws Exception {
        git(root, date, "add", "-A");
        git(root, date, "-c", "user.name=editor", "-c", "user.email=editor@example.org", "commit", "-q", "-m", message);
    }

    private static void git(Path folder, String date, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Files.createDirectories(folder);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).inheritIO();
        builder.environment().put("GIT_COMMITTER_DATE", date);
        builder.environment().put("GIT_AUTHOR_DATE", date);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
