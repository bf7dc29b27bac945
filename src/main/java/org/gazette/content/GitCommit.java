package org.gazette.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One commit as the read of {@code content/}'s history lists it: its id, the committer time git
 * orders the log by, its parents as the log follows them (a merge whose {@code content/} is one
 * parent's has that parent alone), its committer date, and what it did to the files.
 *
 * <pre>{@code
 * List<GitCommit> log = GitCommit.parseLog(output); // newest first, as git listed them
 * }</pre>
 *
 * @param time    the committer time in seconds, or {@link #UNKNOWN_TIME} when git printed none
 *                the walk can order by as git does (before 1970, or not a number)
 */
public record GitCommit(String id, long time, List<String> parents, Optional<Instant> date, List<Change> changes) {

    /** A time git orders otherwise than a number does, or none: no walk is taken of it. */
    public static final long UNKNOWN_TIME = -1;

    /**
     * A line of {@code git log --raw}: its status (A, M, T, D, R and a similarity; a merge's, a
     * letter for each parent), whether the file's blob after the commit is none of its parents'
     * (a change of mode alone keeps it), and its names (a merge's, its name in each parent and its own).
     */
    public record Change(String status, boolean textChanged, List<String> names) {
    }

    /** The format each commit's line is printed in: a NUL, then id, time, ISO date and parents apart by spaces. */
    static final String FORMAT = "--format=%x00%H %ct %cI %P";

    /** The commits of {@code git log --raw} printed in {@link #FORMAT}, in the order listed. */
    public static List<GitCommit> parseLog(String output) {
        List<GitCommit> commits = new ArrayList<>();
        String[] header = null;
        List<Change> changes = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("\0")) {
                if (header != null) {
                    commits.add(of(header, changes));
                }
                header = line.substring(1).strip().split(" ");
                changes = new ArrayList<>();
                continue;
            }
            int tab = line.indexOf('\t');
            if (header != null && line.startsWith(":") && tab >= 0) {
                String[] meta = line.substring(0, tab).split(" ");
                changes.add(new Change(meta[meta.length - 1], textChanged(meta), List.of(line.substring(tab + 1).split("\t"))));
            }
        }
        if (header != null) {
            commits.add(of(header, changes));
        }
        return commits;
    }

    private static GitCommit of(String[] header, List<Change> changes) {
        long time;
        try {
            time = header.length > 1 ? Long.parseLong(header[1]) : UNKNOWN_TIME;
        } catch (NumberFormatException e) {
            time = UNKNOWN_TIME;
        }
        Optional<Instant> date;
        try {
            date = header.length > 2 ? Optional.of(OffsetDateTime.parse(header[2]).toInstant()) : Optional.empty();
        } catch (DateTimeException e) {
            date = Optional.empty(); // its changes are read as no one's, as they always were
        }
        List<String> parents = header.length > 3 ? List.copyOf(Arrays.asList(header).subList(3, header.length)) : List.of();
        return new GitCommit(header[0], time < 0 ? UNKNOWN_TIME : time, parents, date, List.copyOf(changes));
    }

    /**
     * Whether the file's blob after the commit is none of its parents': a raw line's fields are a
     * mode for each parent and the result, then a blob id for each (the result's last), then the status.
     */
    private static boolean textChanged(String[] meta) {
        int parents = (meta.length - 1) / 2 - 1;
        String result = meta[meta.length - 2];
        for (int i = parents + 1; i < meta.length - 2; i++) {
            if (meta[i].equals(result)) {
                return false;
            }
        }
        return true;
    }
}
