package org.gazette.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The date of the last commit that changed each file under {@code content/}, read with one
 * {@code git log} for the whole folder. The commit that adds a file is not a change of it: an
 * article committed today, or an old one imported, has not been updated. Outside a git
 * repository, or without git, it is empty: the dates are a convenience, never a reason to fail
 * a build.
 *
 * <pre>{@code
 * Map<Path, ZonedDateTime> dates = GitDates.read(root, zone);
 * dates.get(Path.of("content/2023/x.md")); // 2023-12-27T10:02+08:00[Asia/Shanghai]
 * }</pre>
 */
public final class GitDates {

    /** Files a commit may move and edit for their moves to be found: git's own default now (older versions took 400). */
    static final int RENAME_LIMIT = 1000;

    private GitDates() {
    }

    public static Map<Path, ZonedDateTime> read(Path root, ZoneId zone) {
        return readAt(root, "HEAD", zone);
    }

    /** The dates at {@code commit}, its whole history read. */
    public static Map<Path, ZonedDateTime> readAt(Path root, String commit, ZoneId zone) {
        return changes(root, commit, zone).map(Changes::dates).orElse(Map.of());
    }

    /**
     * What the commits of {@code revisions} ({@code C} for a commit's whole history, {@code A..B}
     * for the commits after A up to B) did to the files under {@code content/}; empty when git
     * cannot tell.
     */
    public static Optional<Changes> changes(Path root, String revisions, ZoneId zone) {
        // --cc: a merge lists the files that differ from every parent's, as a conflict resolved leaves
        // them; without it a merge lists none, and such a file kept the date of a text it no longer has.
        // --combined-all-paths: the name a merge's file had in each parent, for a file moved on one
        // branch and edited on another (git 2.22 and later; an older git reads the log without it).
        return git(root, "log", "--relative", "--find-renames", "--cc", "--combined-all-paths", "--raw", "--format=%x00%cI",
                revisions, "--", ContentLoader.CONTENT_FOLDER)
                .or(() -> git(root, "log", "--relative", "--find-renames", "--cc", "--raw", "--format=%x00%cI",
                        revisions, "--", ContentLoader.CONTENT_FOLDER))
                .map(output -> parse(output, zone));
    }

    /**
     * Whether {@code newer} is {@code older} with commits added on top, none of them a merge (an
     * editor's commits, a fast-forward): git log then lists newer's history as those commits
     * followed by older's, and the dates at newer are those commits' over the dates at older. Not so
     * after a merge, whose sides git lists interleaved by date, nor after an amend, a rebase or a
     * checkout of another branch.
     */
    public static boolean addsCommitsTo(Path root, String older, String newer) {
        Optional<String> listed = git(root, "rev-list", "--parents", older + ".." + newer);
        if (listed.isEmpty() || listed.get().isBlank()) {
            return false;
        }
        List<String> lines = listed.get().lines().toList();
        for (String line : lines) {
            if (line.split(" ").length != 2) {
                return false; // a merge, or a commit without a parent
            }
        }
        return lines.get(lines.size() - 1).split(" ")[1].equals(older);
    }

    /**
     * {@code articles}, those without {@code updated} taking the date of the last commit that
     * changed their file when it is later than their date, as of the commit {@code head} names
     * (what {@link #head} answered: a build gives the commit its inputs' fingerprint recorded, so
     * that a branch moved and put back while it runs cannot leave other commits' dates under that
     * fingerprint). In a shallow clone, whose history does not tell, or a repository git does not
     * read here (or without git), they are left as they are and {@code notes} hears why.
     */
    public static List<Article> applyTo(List<Article> articles, Path root, String head, ZoneId zone, Consumer<String> notes) {
        return applyTo(articles, root, head, notes, commit -> readAt(root, commit, zone));
    }

    /** As above, the dates at a commit given by {@code datesAt} (which may keep them between builds). */
    public static List<Article> applyTo(List<Article> articles, Path root, String head, Consumer<String> notes,
                                        Function<String, Map<Path, ZonedDateTime>> datesAt) {
        if (head.startsWith("true")) {
            notes.accept(SHALLOW);
            return articles;
        }
        // The commit by its id: the dates are those of this commit, should HEAD move meanwhile.
        Map<Path, ZonedDateTime> dates = head.isEmpty() ? Map.of() : datesAt.apply(commitOf(head));
        if (dates.isEmpty()) {
            // Asked only then: a build whose git reads the history starts no more processes.
            refusalNote(root).ifPresent(notes);
        }
        return articles.stream().map(article -> {
            ZonedDateTime committed = dates.get(article.source());
            return article.updated().isEmpty() && committed != null && committed.isAfter(article.date())
                    ? article.withUpdated(committed) : article;
        }).toList();
    }

    /** The commit's id in what {@link #head} answered. */
    static String commitOf(String head) {
        return head.lines().reduce((first, second) -> second).orElse("");
    }

    /**
     * What {@link #applyTo} tells when it takes no dates, told again by a build that found nothing
     * changed and read nothing: a CI job keeping its cache builds the same commit of a shallow clone
     * every quarter of an hour, and only the first of its builds said why the pages show no 更新于.
     * {@code head} is what {@link #head} answered for this build's inputs: a repository git reads,
     * and which is whole, costs no other git process.
     */
    public static void tellWhyNone(Path root, String head, Consumer<String> notes) {
        if (head.startsWith("true")) {
            notes.accept(SHALLOW);
        } else if (head.isEmpty()) { // no repository, no commit yet, no git, or git refusing it
            refusalNote(root).ifPresent(notes);
        }
    }

    private static final String SHALLOW = "the site's git repository is a shallow clone, whose history does not tell when"
            + " each article last changed: no dates are taken from git (clone the whole history: in GitHub Actions, give"
            + " actions/checkout fetch-depth: 0; in GitLab CI, set the variable GIT_DEPTH: 0; elsewhere, git fetch --unshallow)";

    private static Optional<String> refusalNote(Path root) {
        return refusal(root, "git").map(reason -> "the site is in a git repository that git does not read"
                + " here (" + reason + "): no dates are taken from git, so pages show no 更新于 from commits, and"
                + " differ from those built where git reads it (a folder owned by another user, as in a container"
                + " or on another drive: git config --global --add safe.directory "
                + repositoryOf(root).orElse(root).toString().replace('\\', '/') + ")");
    }

    /**
     * Whether the clone is shallow ("true" or "false"), then the commit checked out: what these
     * dates depend on; empty outside a repository, before its first commit, or without git. A
     * shallow clone (GitHub Actions' checkout makes one unless told {@code fetch-depth: 0}) gives
     * no dates: its oldest commit seems to add every file, so every article would take its date.
     */
    public static String head(Path root) {
        return git(root, "rev-parse", "--is-shallow-repository", "HEAD").map(String::strip).orElse("");
    }

    /**
     * Why {@code git} cannot read the repository holding {@code root}: not installed, or refusing it
     * (git 2.35.2 and later refuse a repository owned by another user: "detected dubious ownership");
     * empty when it reads it, or when {@code root} is in no repository. Without it, such a machine
     * built the site without its dates and said nothing, and a deploy from it uploaded every page
     * that shows one.
     */
    static Optional<String> refusal(Path root, String git) {
        if (repositoryOf(root).isEmpty()) {
            return Optional.empty();
        }
        try {
            Process probe = new ProcessBuilder(git, "-C", root.toString(), "rev-parse", "--git-dir")
                    .redirectErrorStream(true).start();
            probe.getOutputStream().close();
            String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!probe.waitFor(60, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return Optional.of(git + " did not answer within a minute");
            }
            if (probe.exitValue() == 0) {
                return Optional.empty();
            }
            return Optional.of(said.lines().filter(line -> line.startsWith("fatal:")).findFirst()
                    .or(() -> said.lines().findFirst()).orElse(git + " failed").strip());
        } catch (IOException e) {
            return Optional.of(git + " is not installed, or not on the PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The folder holding the {@code .git} of the repository {@code root} is in, looked for without git. */
    private static Optional<Path> repositoryOf(Path root) {
        Path folder = root.toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve(".git"))) {
            folder = folder.getParent();
        }
        return Optional.ofNullable(folder);
    }

    /** What {@code git -C root ARGS} prints, when git is there and succeeds. */
    private static Optional<String> git(Path root, String... args) {
        // Settings of the editor's that change what log prints: by default git quotes a name such as
        // content/工作动态/x.md as "content/\345\267\245...", and every article with a Chinese name
        // had no date; signatures add lines.
        // So does diff.renameLimit (and git's default for it, which versions changed): past it, files
        // moved and edited in one commit are read as deleted and added, and lose their dates. A fixed
        // limit, git's default now, reads a history the same on every machine.
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(), "-c", "core.quotePath=false",
                "-c", "log.showSignature=false", "-c", "diff.renameLimit=" + RENAME_LIMIT));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            // The history as committed: a replaced or grafted one (git replace) changes no commit
            // the build cache is keyed by, and a graft hides the changes before it.
            builder.environment().put("GIT_NO_REPLACE_OBJECTS", "1");
            builder.environment().put("GIT_GRAFT_FILE", root.resolve(".git/no-grafts-for-gazette").toString()); // grafts, the old way: none
            Process git = builder.start();
            git.getOutputStream().close();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Reads {@code git log --find-renames --cc --raw} output, newest commit first: a NUL-prefixed
     * date line, then a line for each file of that commit: a colon for each parent, the file's modes
     * and blob ids in the parents and after the commit, its status (A added, M modified, D deleted,
     * T its type changed, R and a similarity for a move; a merge, a letter for each parent), and
     * after a tab its name or names, apart by tabs (a merge's, its name in each parent and its own). A file moved keeps its history under its old
     * name; the move itself is a change only when it changed the text too (a similarity under 100).
     * A change of mode alone ({@code chmod +x}, a file copied from a Windows disk) keeps the blob:
     * the text did not change.
     */
    static Changes parse(String output, ZoneId zone) {
        Map<Path, ZonedDateTime> dates = new HashMap<>();
        // What a name in older commits is now: the file it was moved to, or no file (GONE) when the
        // name was another file's before this one was added there.
        Map<Path, Path> fileNow = new HashMap<>();
        ZonedDateTime current = null;
        for (String line : output.split("\n")) {
            if (line.startsWith("\0")) {
                try {
                    current = OffsetDateTime.parse(line.substring(1).strip()).atZoneSameInstant(zone);
                } catch (DateTimeParseException e) {
                    current = null;
                }
                continue;
            }
            int tab = line.indexOf('\t');
            if (!line.startsWith(":") || tab < 0 || current == null) {
                continue;
            }
            String[] meta = line.substring(0, tab).split(" ");
            String[] names = line.substring(tab + 1).split("\t");
            String status = meta[meta.length - 1];
            Path file = Path.of(names[0]);
            boolean textChanged = textChanged(meta);
            if (status.equals("M") || status.equals("T")) {
                if (textChanged) {
                    changed(dates, fileNow.getOrDefault(file, file), current);
                }
            } else if (isMerge(status)) {
                Path merged = Path.of(names[names.length - 1]);
                Path now = fileNow.getOrDefault(merged, merged);
                if (status.chars().allMatch(c -> c == 'A')) {
                    fileNow.put(merged, GONE); // in no parent: the merge added it
                    continue;
                }
                if (textChanged) {
                    changed(dates, now, current);
                }
                // A parent that had it under another name (moved on the other branch): its history there is this file's
                for (int parent = 0; parent < names.length - 1; parent++) {
                    if (status.charAt(parent) == 'R' && !names[parent].equals(names[names.length - 1])) {
                        fileNow.put(Path.of(names[parent]), now);
                    }
                }
            } else if (status.equals("A")) {
                fileNow.put(file, GONE);
            } else if (status.startsWith("R") && names.length == 2) {
                Path to = Path.of(names[1]);
                Path now = fileNow.getOrDefault(to, to);
                if (!status.equals("R100")) {
                    changed(dates, now, current);
                }
                fileNow.put(to, GONE);
                fileNow.put(file, now);
            }
        }
        return new Changes(dates, fileNow);
    }

    /**
     * What a stretch of history did to the files: the date of each file's last change in it (by
     * its name now), and what each name before the stretch is now (the file it was moved to, or
     * {@link #GONE} when a file added in the stretch took the name).
     */
    public record Changes(Map<Path, ZonedDateTime> dates, Map<Path, Path> fileNow) {

        /**
         * The dates of the history these changes continue, whose dates were {@code before}: each
         * file's change in the stretch, else its last before it, under the name it has now.
         */
        public Map<Path, ZonedDateTime> over(Map<Path, ZonedDateTime> before) {
            Map<Path, ZonedDateTime> all = new HashMap<>(dates);
            before.forEach((file, date) -> changed(all, fileNow.getOrDefault(file, file), date));
            return all;
        }
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

    private static final Path GONE = Path.of("");

    /** A merge's status gives a letter for each parent ("MM"), where a commit's gives one ("M", or "R" and a similarity). */
    private static boolean isMerge(String status) {
        return status.length() > 1 && status.chars().allMatch(Character::isLetter);
    }

    private static void changed(Map<Path, ZonedDateTime> dates, Path file, ZonedDateTime when) {
        if (!file.equals(GONE)) {
            dates.putIfAbsent(file, when); // the newest change comes first
        }
    }
}
