package org.gazette.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The order {@code git log} lists a history in, walked as git walks it: from the head, each time
 * the commit of the latest committer time among those reached, the one reached first among equal
 * times (git keeps them in a list by time, a new one after those of its time), then its parents as
 * the log follows them. The dates of a file depend on this order (the first change listed wins,
 * and a move listed before a change carries it to the new name), and a merge's sides interleave
 * by time in it, older commits of a merged branch among those of the cached history, so the
 * order of a history with merges is walked again over the commits known, not appended to.
 */
public final class GitWalk {

    private GitWalk() {
    }

    /** The commits from {@code head} in log order, or the ids it reached that {@code known} lacks. */
    public record Result(List<GitCommit> order, Set<String> missing) {
    }

    public static Result from(String head, Map<String, GitCommit> known) {
        record Reached(GitCommit commit, long seq) {
        }
        PriorityQueue<Reached> queue = new PriorityQueue<>(Comparator.comparingLong((Reached r) -> -r.commit().time())
                .thenComparingLong(Reached::seq));
        Set<String> seen = new HashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        List<GitCommit> order = new ArrayList<>(known.size());
        long seq = 0;
        seen.add(head);
        GitCommit first = known.get(head);
        if (first == null) {
            return new Result(List.of(), Set.of(head));
        }
        queue.add(new Reached(first, seq++));
        while (!queue.isEmpty()) {
            GitCommit commit = queue.poll().commit();
            order.add(commit);
            for (String parent : commit.parents()) {
                if (seen.add(parent)) {
                    GitCommit next = known.get(parent);
                    if (next == null) {
                        missing.add(parent);
                    } else {
                        queue.add(new Reached(next, seq++));
                    }
                }
            }
        }
        return new Result(order, missing);
    }
}
