package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gazette.content.GitCommit;
import org.gazette.content.GitDates;
import org.gazette.content.GitWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random histories of branches and merges (with and without conflicts, fast-forward and
 * not, branches off old commits merged late, commits dated before their parents and at the same
 * second), with files edited, added, deleted, added again, moved (edited or not), made executable,
 * and files outside content/ changed: at random points the dates the cache gives (kept history
 * walked again over the commits new to it, or commits that are no merge laid over the kept
 * dates) are those a whole read gives, and the walk's order is
 * git's. More seeds: {@code mvn test -Dtest=GitDatesWalkTest -Dwalk.seeds=200}.
 */
class GitDatesWalkTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> NAMES = List.of("content/a.md", "content/b.md", "content/c.md", "content/d.md",
            "content/x/e.md", "content/x/f.md", "content/工作动态/g.md");

    @Test
    void theCacheGivesTheWholeReadsDatesThroughRandomHistories(@TempDir Path work) throws Exception {
        int seeds = Integer.getInteger("walk.seeds", 8);
        int incrementalWithMerges = 0;
        int onTop = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            Reads reads = walk(work.resolve("seed-" + seed), seed);
            incrementalWithMerges += reads.sinceThroughMerges();
            onTop += reads.onTop();
        }
        assertThat(incrementalWithMerges).as("reads since the kept commit through merges").isGreaterThanOrEqualTo(seeds);
        assertThat(onTop).as("reads of commits on top of the kept one").isGreaterThanOrEqualTo(seeds);
    }

    /** Of one history's checks, those that read since the kept commit through a merge, and those that read commits on top. */
    private record Reads(int sinceThroughMerges, int onTop) {
    }

    private static Reads walk(Path folder, long seed) throws Exception {
        Random random = new Random(seed);
        GitHistoryRepo repo = new GitHistoryRepo(folder.resolve("repo"), Instant.parse("2024-01-01T00:00:00Z"));
        Path cache = folder.resolve("cache");
        Files.createDirectories(cache);
        List<String> log = new ArrayList<>();
        for (String name : NAMES.subList(0, 4)) {
            repo.write(name, article(name, random));
        }
        repo.write("templates/base.html", "<html></html>\n");
        repo.commit("articles");
        List<String> branches = new ArrayList<>(List.of("main"));
        String kept = "";
        int sinceThroughMerges = 0;
        int onTop = 0;
        for (int step = 0; step < 40; step++) {
            tick(repo, random);
            int op = random.nextInt(100);
            String current = repo.output("rev-parse", "--abbrev-ref", "HEAD").strip();
            if (op < 12) {
                String name = "b" + step;
                List<String> commits = repo.lines("rev-list", "HEAD");
                repo.git("checkout", "-q", "-b", name, commits.get(random.nextInt(Math.min(commits.size(), 8))));
                branches.add(name);
                log.add("branch " + name);
            } else if (op < 32 && branches.size() > 1) {
                String other = branches.get(random.nextInt(branches.size()));
                if (!other.equals(current)) {
                    merge(repo, other, random);
                    log.add("merge " + other + " into " + current);
                }
            } else if (op < 38) {
                String other = branches.get(random.nextInt(branches.size()));
                repo.git("checkout", "-q", "-f", other);
                log.add("checkout " + other);
            } else {
                log.add(edit(repo, random) + " on " + current);
            }
            if (random.nextInt(3) == 0) {
                String head = repo.head();
                boolean merges = !kept.isEmpty() && !repo.lines("rev-list", "--merges", head, "--not", kept).isEmpty();
                GitDatesCache.Dates dates = GitDatesCache.at(repo.root, head, SHANGHAI, cache);
                Map<Path, ZonedDateTime> whole = GitDates.readAt(repo.root, head, SHANGHAI);
                assertThat(dates.dates()).as("seed %d after %s", seed, log).isEqualTo(whole);
                assertWalkIsGits(repo, head, "seed " + seed + " after " + log);
                if (merges && dates.read() == GitDatesCache.Read.SINCE) {
                    sinceThroughMerges++;
                }
                if (dates.read() == GitDatesCache.Read.ON_TOP) {
                    onTop++;
                }
                kept = head;
            }
        }
        return new Reads(sinceThroughMerges, onTop);
    }

    /** The walk over the commits of a whole read lists them in git's order. */
    static void assertWalkIsGits(GitHistoryRepo repo, String head, String context) {
        List<GitCommit> whole = GitDates.history(repo.root, head).orElseThrow();
        Map<String, GitCommit> byId = new HashMap<>();
        whole.forEach(commit -> byId.put(commit.id(), commit));
        GitWalk.Result walk = GitWalk.from(head, byId);
        assertThat(walk.missing()).as(context).isEmpty();
        assertThat(walk.order().stream().map(GitCommit::id).toList()).as(context)
                .isEqualTo(whole.stream().map(GitCommit::id).toList());
    }

    /** Moves the clock on a few hours or days, back a little now and then, or not at all (commits of one second). */
    private static void tick(GitHistoryRepo repo, Random random) {
        int kind = random.nextInt(10);
        long seconds = kind < 2 ? 0 : kind < 3 ? -random.nextInt(3 * 86400) : random.nextInt(3 * 86400);
        repo.at(repo.now().plusSeconds(seconds));
    }

    private static String edit(GitHistoryRepo repo, Random random) throws Exception {
        List<String> present = new ArrayList<>(NAMES.stream().filter(name -> Files.exists(repo.root.resolve(name))).toList());
        String name = NAMES.get(random.nextInt(NAMES.size()));
        int kind = random.nextInt(10);
        String what;
        if (!present.contains(name)) {
            repo.write(name, article(name, random));
            what = "add " + name;
        } else if (kind < 4) {
            Files.writeString(repo.root.resolve(name), "补记" + random.nextInt(1000) + "。\n", java.nio.file.StandardOpenOption.APPEND);
            what = "edit " + name;
        } else if (kind < 5) {
            repo.git("rm", "-q", name);
            what = "delete " + name;
        } else if (kind < 7) {
            String to = NAMES.get(random.nextInt(NAMES.size()));
            if (to.equals(name)) {
                return "nothing";
            }
            Files.createDirectories(repo.root.resolve(to).getParent());
            Files.move(repo.root.resolve(name), repo.root.resolve(to), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (random.nextBoolean()) {
                Files.writeString(repo.root.resolve(to), "补记。\n", java.nio.file.StandardOpenOption.APPEND);
            }
            what = "move " + name + " to " + to;
        } else if (kind < 8) {
            Path file = repo.root.resolve(name);
            assertThat(file.toFile().setExecutable(!Files.isExecutable(file))).isTrue();
            what = "chmod " + name;
        } else {
            repo.write("templates/base.html", "<html>" + random.nextInt(1000) + "</html>\n");
            what = "template";
        }
        repo.commit(what);
        return what;
    }

    /** Merges {@code other}, fast-forward or not, a conflict resolved as one side, the other, or a new text. */
    private static void merge(GitHistoryRepo repo, String other, Random random) throws Exception {
        boolean noFastForward = random.nextBoolean();
        int status = noFastForward ? repo.run("merge", "-q", "--no-edit", "--no-ff", other)
                : repo.run("merge", "-q", "--no-edit", other);
        if (status == 0) {
            return;
        }
        for (String path : repo.lines("diff", "--name-only", "--diff-filter=U")) {
            int choice = random.nextInt(3);
            if (choice == 2 || repo.run("checkout", choice == 0 ? "--ours" : "--theirs", "--", path) != 0) {
                if (random.nextBoolean() || !Files.exists(repo.root.resolve(path))) {
                    repo.write(path, article(path, random));
                } else {
                    repo.git("rm", "-q", "--", path);
                }
            }
        }
        repo.git("add", "-A");
        repo.git("commit", "-q", "--no-edit");
    }

    private static String article(String name, Random random) {
        StringBuilder text = new StringBuilder("---\ntitle: " + name + "\ndate: 2023-12-26\n---\n\n");
        for (int line = 0; line < 8; line++) {
            text.append("第").append(line).append("段，").append(name).append("，一二三四五六七八九十。\n\n");
        }
        return text.append(random.nextInt(1000)).append('\n').toString();
    }
}
