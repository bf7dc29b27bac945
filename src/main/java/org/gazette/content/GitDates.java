package org.gazette.content;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
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
        return history(root, commit).map(log -> datesOf(log, zone)).orElse(Map.of());
    }

    /** The dates of a history in log order, as {@link #history} reads it or {@link GitWalk} orders it. */
    public static Map<Path, ZonedDateTime> datesOf(List<GitCommit> log, ZoneId zone) {
        return GitChanges.datesOf(log, zone);
    }

    /**
     * The dates after {@code onTop}, commits that are no merge added on top of a history whose dates
     * were {@code before} (newest first, as {@link #commitsOnTop} gives them): what a whole read gives.
     */
    public static Map<Path, ZonedDateTime> datesOver(List<GitCommit> onTop, Map<Path, ZonedDateTime> before, ZoneId zone) {
        return GitChanges.datesOver(onTop, before, zone);
    }

    /**
     * Every commit {@code git log} walks from {@code commit} for the files under {@code content/}, in
     * its order, with what each did to them; empty when git cannot tell. {@code --sparse} lists the
     * commits that changed none of them too (with nothing under them): they take their turn in the
     * walk, and a later walk over these commits must take it as git does.
     */
    public static Optional<List<GitCommit>> history(Path root, String commit) {
        return log(root, null, commit);
    }

    /**
     * The commits {@code ids}, each as {@link #history} lists it (its parents as the log follows
     * them, what it did to the files), read without walking on; empty when git cannot tell.
     */
    public static Optional<List<GitCommit>> commits(Path root, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Optional.of(List.of());
        }
        return log(root, String.join("\n", ids) + "\n", "--no-walk=unsorted", "--stdin");
    }

    /** The commits of {@code newer}'s history that are not in {@code older}'s; empty when git cannot tell. */
    public static Optional<List<String>> commitsSince(Path root, String older, String newer) {
        return git(root, "rev-list", newer, "--not", older).map(output -> output.lines().filter(line -> !line.isBlank()).toList());
    }

    /**
     * The commits {@code newer} adds on top of {@code older}, newest first, when it adds only commits
     * that are no merge (an editor's commits, a fast-forward): a whole read lists {@code newer}'s
     * history as these followed by {@code older}'s, whatever their times, since the walk holds one
     * commit at a time until it reaches {@code older}. Empty otherwise (a merge, an amend, a rebase,
     * another branch, the same commit), or when git cannot tell.
     */
    public static Optional<List<GitCommit>> commitsOnTop(Path root, String older, String newer) {
        Optional<String> listed = git(root, "rev-list", "--parents", newer, "--not", older);
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        String expected = newer;
        for (String line : listed.get().lines().filter(line -> !line.isBlank()).toList()) {
            String[] commitAndParents = line.split(" ");
            if (commitAndParents.length != 2 || !commitAndParents[0].equals(expected)) {
                return Optional.empty(); // a merge, a first commit, or commits that are not one line
            }
            ids.add(commitAndParents[0]);
            expected = commitAndParents[1];
        }
        if (ids.isEmpty() || !expected.equals(older)) {
            return Optional.empty();
        }
        return commits(root, ids).filter(read -> read.stream().map(GitCommit::id).toList().equals(ids));
    }

    private static Optional<List<GitCommit>> log(Path root, String input, String... revisions) {
        // --cc: a merge lists the files that differ from every parent's, as a conflict resolved leaves
        // them; without it a merge lists none, and such a file kept the date of a text it no longer has.
        // --combined-all-paths: the name a merge's file had in each parent, for a file moved on one
        // branch and edited on another (git 2.22 and later; an older git reads the log without it).
        List<String> options = List.of("log", "--sparse", "--relative", "--find-renames", "--cc", "--raw", GitCommit.FORMAT);
        List<String> withPaths = new ArrayList<>(options);
        withPaths.add(5, "--combined-all-paths"); // after --cc, which it needs
        List<String> tail = new ArrayList<>(List.of(revisions));
        tail.addAll(List.of("--", ContentLoader.CONTENT_FOLDER));
        withPaths.addAll(tail);
        List<String> without = new ArrayList<>(options);
        without.addAll(tail);
        return gitGiven(root, input, withPaths.toArray(String[]::new))
                .or(() -> gitGiven(root, input, without.toArray(String[]::new)))
                .map(GitCommit::parseLog);
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
     * The git that builds run, as a stamp of its program (the first {@code git} on the PATH, or on
     * Java's default search path when there is no PATH: its real path, size and time), or empty
     * when there is none: dates read by one git are not those of another, whose rename detection or
     * combined diffs may list a history otherwise, and a CI runner's image may bring a new git
     * under a restored build cache. A stamp, not {@code git version}, so that telling it starts no process.
     */
    public static String program() {
        return program(System.getenv("PATH"));
    }

    static String program(String searchPath) {
        if (searchPath == null) {
            // No PATH (env -i, a service's empty environment): Java on Unix then starts git from its
            // own default, the working folder, /bin and /usr/bin, and that git reads the dates.
            if (File.separatorChar == '\\') {
                return "";
            }
            searchPath = ":/bin:/usr/bin";
        }
        // The name Java starts: "git" on Unix, where a git.exe is not run (a Windows folder on WSL's
        // PATH), and "git.exe" on Windows, where the name is given that extension.
        String name = File.separatorChar == '\\' ? "git.exe" : "git";
        for (String folder : searchPath.split(File.pathSeparator, -1)) { // a trailing empty entry is the working folder too
            try {
                Path file = Path.of(folder.isEmpty() ? "." : folder, name);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    Path real = file.toRealPath();
                    return real + " " + Files.size(real) + " " + Files.getLastModifiedTime(real).toMillis();
                }
            } catch (IOException | InvalidPathException e) {
                // not this one: the search goes on, as the system's does
            }
        }
        return "";
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
        return gitGiven(root, null, args);
    }

    /** What {@code git -C root ARGS} prints given {@code input} (none when null), when git is there and succeeds. */
    private static Optional<String> gitGiven(Path root, String input, String... args) {
        // Settings of the editor's that change what log prints: by default git quotes a name such as
        // content/工作动态/x.md as "content/\345\267\245...", and every article with a Chinese name
        // had no date; signatures add lines.
        // So does diff.renameLimit (and git's default for it, which versions changed): past it, files
        // moved and edited in one commit are read as deleted and added, and lose their dates. A fixed
        // limit, git's default now, reads a history the same on every machine.
        // So does log.follow: given the one path content/, log follows it as --follow does, prunes
        // nothing, and leaves out the commits that change nothing under it (a template, an empty
        // commit), which the walk over the kept history then misses and reads whole at every build.
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(), "-c", "core.quotePath=false",
                "-c", "log.showSignature=false", "-c", "log.follow=false", "-c", "diff.renameLimit=" + RENAME_LIMIT));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            // The history as committed: a replaced or grafted one (git replace) changes no commit
            // the build cache is keyed by, and a graft hides the changes before it.
            builder.environment().put("GIT_NO_REPLACE_OBJECTS", "1");
            builder.environment().put("GIT_GRAFT_FILE", root.resolve(".git/no-grafts-for-gazette").toString()); // grafts, the old way: none
            Process git = builder.start();
            if (input != null) {
                // Written from another thread: git may print before it has read all it is given.
                Thread writer = new Thread(() -> {
                    try (var in = git.getOutputStream()) {
                        in.write(input.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        // git ended early: its exit status tells
                    }
                });
                writer.start();
            } else {
                git.getOutputStream().close();
            }
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
}
