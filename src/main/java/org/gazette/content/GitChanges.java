package org.gazette.content;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The date of each file's last change, from the commits of its history in log order (newest
 * first, as {@link GitWalk} orders them). A file moved keeps its history under its old name; the
 * move itself is a change only when it changed the text too (a similarity under 100). The commit
 * that adds a file is no change of it, and what a name held before is another file's. A change
 * of mode alone keeps the blob: the text did not change. A merge counts for a file that differs
 * from every parent's; a parent that had it under another name (moved on the other branch) gives
 * it its history there.
 */
final class GitChanges {

    /** The file a name in older commits is now, when it is none: a file added later took its name. */
    private static final String GONE = "";

    private GitChanges() {
    }

    static Map<Path, ZonedDateTime> datesOf(List<GitCommit> log, ZoneId zone) {
        return datesOver(log, Map.of(), zone);
    }

    /**
     * The dates of {@code log} followed by a history whose dates were {@code before}: each file's
     * change in the log, else its last before it, under the name the log gave it. Exact when the log
     * holds no merge: a commit's moves give each name now at most one name before, as a merge's need not.
     */
    static Map<Path, ZonedDateTime> datesOver(List<GitCommit> log, Map<Path, ZonedDateTime> before, ZoneId zone) {
        Map<String, ZonedDateTime> dates = new HashMap<>();
        Map<String, String> fileNow = new HashMap<>();
        for (GitCommit commit : log) {
            if (commit.date().isEmpty()) {
                continue;
            }
            ZonedDateTime current = commit.date().get().atZone(zone);
            for (GitCommit.Change change : commit.changes()) {
                apply(change, current, dates, fileNow);
            }
        }
        before.forEach((file, date) -> {
            String name = gitName(file);
            changed(dates, fileNow.getOrDefault(name, name), date);
        });
        Map<Path, ZonedDateTime> byPath = new HashMap<>(dates.size() * 2);
        dates.forEach((file, date) -> byPath.put(Path.of(file), date));
        return byPath;
    }

    private static void apply(GitCommit.Change change, ZonedDateTime current, Map<String, ZonedDateTime> dates,
                              Map<String, String> fileNow) {
        String status = change.status();
        List<String> names = change.names();
        String file = names.get(0);
        if (status.equals("M") || status.equals("T")) {
            if (change.textChanged()) {
                changed(dates, fileNow.getOrDefault(file, file), current);
            }
        } else if (isMerge(status)) {
            String merged = names.get(names.size() - 1);
            String now = fileNow.getOrDefault(merged, merged);
            if (status.chars().allMatch(c -> c == 'A')) {
                fileNow.put(merged, GONE); // in no parent: the merge added it
                return;
            }
            if (change.textChanged()) {
                changed(dates, now, current);
            }
            for (int parent = 0; parent < names.size() - 1; parent++) {
                if (status.charAt(parent) == 'R' && !names.get(parent).equals(merged)) {
                    fileNow.put(names.get(parent), now);
                }
            }
        } else if (status.equals("A")) {
            fileNow.put(file, GONE);
        } else if (status.startsWith("R") && names.size() == 2) {
            String to = names.get(1);
            String now = fileNow.getOrDefault(to, to);
            if (!status.equals("R100")) {
                changed(dates, now, current);
            }
            fileNow.put(to, GONE);
            fileNow.put(file, now);
        }
    }

    /** A path as git's log writes it: its names apart by slashes, whatever the system's separator. */
    private static String gitName(Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : file) {
            name.append(name.length() == 0 ? "" : "/").append(part);
        }
        return name.toString();
    }

    /** A merge's status gives a letter for each parent ("MM"), where a commit's gives one ("M", or "R" and a similarity). */
    private static boolean isMerge(String status) {
        return status.length() > 1 && status.chars().allMatch(Character::isLetter);
    }

    private static void changed(Map<String, ZonedDateTime> dates, String file, ZonedDateTime when) {
        if (!file.equals(GONE)) {
            dates.putIfAbsent(file, when); // the newest change comes first
        }
    }
}
