package org.gazette.incremental;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazette.content.GitCommit;

/**
 * The history a build walked for its dates from git ({@link org.gazette.content.GitDates#history}),
 * kept in the build cache as {@code git-history.bin}: every commit the log walked from the commit
 * named, with its time, its parents as the log followed them and what it did to the files, so that
 * a later build walks the history again over these and the commits new to it, reading only those.
 * The file: this Gazette's stamp and git's, the commit, the names of the files, the commits, a CRC-32C of all that.
 */
final class GitHistoryFile {

    static final String FILE = "git-history.bin";

    private GitHistoryFile() {
    }

    /** A history walked from {@code head}: its commits by id. */
    record Kept(String head, Map<String, GitCommit> commits) {
    }

    /** The history kept by the git {@code git} ({@link org.gazette.content.GitDates#program}), if any. */
    static Optional<Kept> load(Path folder, String git) {
        try {
            return StampedCacheFile.read(folder.resolve(FILE), git, (in, bytes) -> {
                String head = in.readUTF();
                String[] names = new String[in.readInt()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = in.readUTF();
                }
                String[] ids = new String[in.readInt()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = HexFormat.of().formatHex(in.readNBytes(in.readUnsignedByte()));
                }
                Map<String, GitCommit> commits = new HashMap<>(ids.length * 2);
                for (String id : ids) {
                    long time = in.readLong();
                    List<String> parents = new ArrayList<>(2);
                    for (int p = in.readUnsignedByte(); p > 0; p--) {
                        parents.add(ids[in.readInt()]);
                    }
                    Optional<Instant> date = in.readBoolean() ? Optional.of(Instant.ofEpochSecond(in.readLong())) : Optional.empty();
                    int count = in.readInt();
                    List<GitCommit.Change> changes = new ArrayList<>(count);
                    for (int c = 0; c < count; c++) {
                        String status = in.readUTF();
                        boolean textChanged = in.readBoolean();
                        List<String> paths = new ArrayList<>(2);
                        for (int n = in.readUnsignedByte(); n > 0; n--) {
                            paths.add(names[in.readInt()]);
                        }
                        changes.add(new GitCommit.Change(status, textChanged, List.copyOf(paths)));
                    }
                    commits.put(id, new GitCommit(id, time, List.copyOf(parents), date, List.copyOf(changes)));
                }
                return new Kept(head, commits);
            });
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable: the history is read whole
        }
    }

    /**
     * Keeps {@code log}, walked from {@code head}; not when a commit's parent is not in it (no walk
     * lists such a history) or one has a time this walk cannot order (the next build reads whole).
     */
    static void save(Path folder, String git, String head, List<GitCommit> log) {
        Map<String, Integer> index = new HashMap<>(log.size() * 2);
        for (GitCommit commit : log) {
            index.put(commit.id(), index.size());
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        for (GitCommit commit : log) {
            if (commit.time() == GitCommit.UNKNOWN_TIME || commit.parents().size() > 254
                    || !commit.parents().stream().allMatch(index::containsKey)) {
                return;
            }
            commit.changes().forEach(change -> change.names().forEach(name -> names.putIfAbsent(name, names.size())));
        }
        try {
            StampedCacheFile.write(folder.resolve(FILE), git, out -> write(out, head, log, index, names));
        } catch (IOException | IllegalArgumentException e) {
            // Not kept (or an id that is not hex): the next build reads the history whole, and its dates are the same.
        }
    }

    private static void write(DataOutputStream out, String head, List<GitCommit> log, Map<String, Integer> index,
                              Map<String, Integer> names) throws IOException {
        out.writeUTF(head);
        out.writeInt(names.size());
        for (String name : names.keySet()) {
            out.writeUTF(name);
        }
        out.writeInt(log.size());
        for (GitCommit commit : log) {
            byte[] id = HexFormat.of().parseHex(commit.id());
            out.writeByte(id.length);
            out.write(id);
        }
        for (GitCommit commit : log) {
            out.writeLong(commit.time());
            out.writeByte(commit.parents().size());
            for (String parent : commit.parents()) {
                out.writeInt(index.get(parent));
            }
            out.writeBoolean(commit.date().isPresent());
            if (commit.date().isPresent()) {
                out.writeLong(commit.date().get().getEpochSecond());
            }
            out.writeInt(commit.changes().size());
            for (GitCommit.Change change : commit.changes()) {
                out.writeUTF(change.status());
                out.writeBoolean(change.textChanged());
                out.writeByte(change.names().size());
                for (String name : change.names()) {
                    out.writeInt(names.get(name));
                }
            }
        }
    }

    /** Deletes what writes cut off by a kill left; the caller holds the site's build lock. */
    static void dropLeftovers(Path folder) {
        CacheFiles.dropLeftovers(folder.resolve(FILE));
    }
}
