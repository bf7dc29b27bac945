package org.gazette.incremental;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazette.content.GitCommit;
import org.gazette.content.GitDates;
import org.gazette.content.GitWalk;

/**
 * The dates from git ({@link GitDates}) at the commit the last build read them at, kept in the
 * build cache: reading a whole history took a build of 10,000 articles 0.6 s at 2,700 commits
 * and 2.3 s at 25,000, growing with every commit. At the same commit (an edit not yet committed, a
 * template changed) they are taken as kept. At a commit that adds commits on top of it, none a
 * merge (an editor's commit, a fast-forward), those are read alone and their changes laid over the
 * kept dates. At another, the history the last build walked
 * ({@link GitHistoryFile}) is walked again from the new commit over the commits kept and those git
 * lists as not in the kept commit's history (the commits since, merges and all; an amend's or a
 * rebase's), read alone, so that a merged branch's older commits take their place among the kept
 * ones as a whole read lists them; a walk that reaches a commit neither holds (a branch off a commit
 * a merge had left out of the log) reads that one too. A history with a commit whose time this walk
 * cannot order as git does, or none kept (another Gazette's or another git's, a damaged file), is read whole.
 */
public final class GitDatesCache {

    static final String FILE = "git-dates.bin";

    /** Reads of commits a walk reached and did not hold, before the history is read whole instead. */
    private static final int MOST_READS = 8;

    /**
     * How the dates were had, for the tests: kept; the kept ones with commits that are no merge added
     * on top; walked again over the kept history and the commits since it; or read whole.
     */
    public enum Read { KEPT, ON_TOP, SINCE, WHOLE }

    public record Dates(Map<Path, ZonedDateTime> dates, Read read) {
    }

    private GitDatesCache() {
    }

    /** The dates at {@code commit} of the repository {@code root} is in, kept in the cache folder {@code folder}. */
    public static Dates at(Path root, String commit, ZoneId zone, Path folder) {
        return at(root, commit, zone, folder, GitDates.program());
    }

    /**
     * As above, read with the git {@code git} ({@link GitDates#program}): dates and history kept by
     * another git are not taken, since its rename detection or combined diffs may list the history otherwise.
     */
    static Dates at(Path root, String commit, ZoneId zone, Path folder, String git) {
        Path file = folder.resolve(FILE);
        Optional<Kept> kept = load(file, git);
        if (kept.isPresent() && kept.get().commit().equals(commit)) {
            return new Dates(kept.get().dates(zone), Read.KEPT);
        }
        if (kept.isPresent()) {
            // An editor's commit, or a fast-forward: the history kept stays as it is, and the next
            // walk reads these commits with the others since it (1.8 MB read, walked and written
            // again cost a commit at 25,000 commits 0.4 CPU s more than this).
            Optional<List<GitCommit>> onTop = GitDates.commitsOnTop(root, kept.get().commit(), commit);
            if (onTop.isPresent()) {
                Map<Path, ZonedDateTime> dates = GitDates.datesOver(onTop.get(), kept.get().dates(zone), zone);
                save(file, git, commit, dates);
                return new Dates(dates, Read.ON_TOP);
            }
        }
        Optional<List<GitCommit>> walked = GitHistoryFile.load(folder, git).flatMap(history -> walkSince(root, commit, history));
        Read read = walked.isPresent() ? Read.SINCE : Read.WHOLE;
        Optional<List<GitCommit>> log = walked.or(() -> GitDates.history(root, commit));
        if (log.isEmpty()) {
            return new Dates(Map.of(), Read.WHOLE);
        }
        Map<Path, ZonedDateTime> dates = GitDates.datesOf(log.get(), zone);
        GitHistoryFile.save(folder, git, commit, log.get());
        save(file, git, commit, dates);
        return new Dates(dates, read);
    }

    /**
     * The log from {@code commit}, walked over the kept history and the commits not in it, or empty
     * when git cannot tell or the walk cannot be taken as git takes it.
     */
    private static Optional<List<GitCommit>> walkSince(Path root, String commit, GitHistoryFile.Kept history) {
        Optional<List<String>> since = GitDates.commitsSince(root, history.head(), commit);
        if (since.isEmpty()) {
            return Optional.empty(); // the kept commit is gone (a rebase, then gc), or git cannot read
        }
        Map<String, GitCommit> known = new HashMap<>(history.commits());
        Collection<String> toRead = since.get();
        for (int reads = 0; reads < MOST_READS; reads++) {
            Optional<List<GitCommit>> read = GitDates.commits(root, toRead);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            read.get().forEach(c -> known.put(c.id(), c));
            GitWalk.Result walk = GitWalk.from(commit, known);
            if (walk.missing().isEmpty()) {
                boolean ordered = walk.order().stream().allMatch(c -> c.time() != GitCommit.UNKNOWN_TIME);
                return ordered ? Optional.of(walk.order()) : Optional.empty();
            }
            toRead = walk.missing();
        }
        return Optional.empty();
    }

    /** Deletes what writes cut off by a kill left; the caller holds the site's build lock. */
    static void dropLeftovers(Path folder) {
        CacheFiles.dropLeftovers(folder.resolve(FILE));
        GitHistoryFile.dropLeftovers(folder);
    }

    /** The dates at a commit, as instants: the site's time zone is applied when they are used. */
    private record Kept(String commit, Map<Path, Instant> instants) {
        Map<Path, ZonedDateTime> dates(ZoneId zone) {
            Map<Path, ZonedDateTime> dates = new HashMap<>(instants.size() * 2);
            instants.forEach((file, instant) -> dates.put(file, instant.atZone(zone)));
            return dates;
        }
    }

    /** The file: this Gazette's stamp and git's (another's may read histories otherwise), the commit, the dates, a CRC-32C of all that. */
    private static Optional<Kept> load(Path file, String git) {
        try {
            return StampedCacheFile.read(file, git, (in, bytes) -> {
                String commit = in.readUTF();
                int count = in.readInt();
                Map<Path, Instant> instants = new HashMap<>(count * 2);
                for (int i = 0; i < count; i++) {
                    instants.put(Path.of(in.readUTF()), Instant.ofEpochSecond(in.readLong()));
                }
                return new Kept(commit, instants);
            });
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable: the history is read whole
        }
    }

    private static void save(Path file, String git, String commit, Map<Path, ZonedDateTime> dates) {
        try {
            StampedCacheFile.write(file, git, out -> {
                out.writeUTF(commit);
                out.writeInt(dates.size());
                for (Map.Entry<Path, ZonedDateTime> entry : dates.entrySet()) {
                    out.writeUTF(entry.getKey().toString());
                    out.writeLong(entry.getValue().toEpochSecond());
                }
            });
        } catch (IOException e) {
            // Not kept: the next build reads the history whole again, and its dates are the same.
        }
    }
}
