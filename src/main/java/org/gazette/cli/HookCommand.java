package org.gazette.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gazette hook install}: writes the git hooks that run {@code gazette check}
 * before every commit, a merge's too, with LF line endings (one saved by Notepad, CRLF, passes the folder name
 * with an invisible carriage return) and the jar's absolute path.
 *
 * <pre>
 * java -jar /opt/gazette/gazette.jar hook install --source .
 * </pre>
 */
@Command(name = "hook",
        mixinStandardHelpOptions = true,
        description = "Writes the git pre-commit hook that runs gazette check before every commit (hook install)."
                + " The hook checks the working tree, not what is staged.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the hook was written, or was there already", "1:the hook could not be written",
                "2:wrong command-line usage"})
final class HookCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "install", description = "install: write .git/hooks/pre-commit and pre-merge-commit")
    private String action;

    @Option(names = "--strict", description = "make the hook refuse a commit on warnings too")
    private boolean strict;

    @Option(names = "--force", description = "replace a pre-commit or pre-merge-commit hook that is there already")
    private boolean force;

    @Mixin
    private SiteRootOption site;

    @Override
    public Integer call() {
        if (!action.equals("install")) {
            throw new ParameterException(spec.commandLine(), "unknown action " + action + " (use: gazette hook install)");
        }
        var err = spec.commandLine().getErr();
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            err.println("gazette hook install must be run from gazette.jar (java -jar /path/to/gazette.jar hook install):"
                    + " the hook names the jar it runs");
            return Gazette.CONTENT_PROBLEMS;
        }
        try {
            spec.commandLine().getOut().println(install(site.root(), jar.get(), strict, force));
            return 0;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return Gazette.CONTENT_PROBLEMS;
        }
    }

    /** The jar this code runs from, when it runs from one. */
    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(HookCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the pre-commit and pre-merge-commit hooks of the git repository at {@code root} running {@code jar}, and
     * says what was done; throws {@link IllegalStateException} with the message to show when it
     * cannot (no repository, another hook there). The hooks folder is the one git runs hooks from,
     * as {@code git rev-parse --git-path hooks} gives it (a worktree's are its main repository's,
     * or those core.hooksPath names); a site in a subfolder of the repository gets a hook that
     * checks that subfolder.
     */
    static String install(Path root, Path jar, boolean strict, boolean force) {
        Repository repository = repository(root);
        Path hooks = repository.hooks();
        String text = hookText(jar.toAbsolutePath().normalize(), repository.siteFolder(), strict);
        List<Path> toWrite = new ArrayList<>();
        List<String> leftAlone = new ArrayList<>();
        for (String name : HOOKS) {
            Path hook = hooks.resolve(name);
            String present = read(hook);
            if (present != null && !present.equals(text) && !force && !writtenByGazette(present)) {
                leftAlone.add(hook + ": a " + name + " hook is there already and was left as it is (add"
                        + " --force to replace it, or add this line to it: " + text.lines().reduce((a, b) -> b).orElse("") + ")");
            } else if (present == null || !present.equals(text)) {
                toWrite.add(hook);
            }
        }
        if (toWrite.isEmpty() && leftAlone.isEmpty()) {
            return hooks.resolve(HOOKS.get(0)) + " is there already: git commit runs gazette check";
        }
        for (Path hook : toWrite) {
            try {
                Files.createDirectories(hooks);
                Files.writeString(hook, text, StandardCharsets.UTF_8);
                hook.toFile().setExecutable(true, false);
            } catch (IOException e) {
                throw new IllegalStateException(hook + ": cannot write the hook: " + e.getMessage() + " (check that the folder can be written)");
            }
        }
        // A hook left alone does not keep the other from being written: a pre-commit an older Gazette
        // wrote, whose line has changed since, would otherwise leave merges unchecked.
        String wrote = toWrite.isEmpty() ? "" : wrote(toWrite, repository, strict);
        if (!leftAlone.isEmpty()) {
            throw new IllegalStateException((wrote.isEmpty() ? "" : wrote + "; ") + String.join("; ", leftAlone));
        }
        return wrote;
    }

    /** What writing {@code hooks} did, in words. */
    private static String wrote(List<Path> toWrite, Repository repository, boolean strict) {
        String s = toWrite.size() == 1 ? "s" : "";
        return "Wrote " + toWrite.stream().map(Path::toString).collect(Collectors.joining(" and ")) + ": "
                + toWrite.stream().map(hook -> hook.endsWith("pre-commit") ? "git commit" : "git merge").collect(Collectors.joining(" and "))
                + " now run" + s + " gazette check" + (strict ? " --strict" : "")
                + (repository.siteFolder().isEmpty() ? "" : " on " + repository.siteFolder())
                + " and stop" + s + " on its errors (git commit --no-verify skips it once)";
    }

    /**
     * The hooks written, with the same text: git runs pre-commit before a commit it is asked for, and
     * pre-merge-commit (git 2.24 and later) before the commit of a merge it made without a
     * conflict, which runs no pre-commit: two branches each adding an article under one old address
     * merged into a site that does not build.
     */
    static final List<String> HOOKS = List.of("pre-commit", "pre-merge-commit");

    /** The hook's text, or null when there is none. */
    private static String read(Path hook) {
        try {
            return Files.isRegularFile(hook) ? Files.readString(hook, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new IllegalStateException(hook + ": cannot read the hook there: " + e.getMessage());
        }
    }

    /**
     * The folder git runs {@code root}'s hooks from, and {@code root}'s path from the top of its
     * working tree ("" when the site is the whole repository, "site" when it is in a subfolder).
     */
    record Repository(Path hooks, String siteFolder) { }

    /** Asks git, run in {@code root}, where its hooks are and where {@code root} is in the working tree. */
    private static Repository repository(Path root) {
        Path folder = root.toAbsolutePath().normalize();
        String noRepository = root + ": there is no git repository here (run gazette hook install in the site's"
                + " repository, or name it: --source DIR; git init makes one)";
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(noRepository);
        }
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "--git-path", "hooks", "--show-prefix")
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(root + ": cannot run git to find the repository's hooks folder: " + e.getMessage()
                    + " (install git, or put it on the PATH)");
        }
        try {
            git.getOutputStream().close();
            String said = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = git.waitFor();
            List<String> lines = said.lines().toList();
            if (status != 0 || lines.isEmpty()) {
                throw new IllegalStateException(said.contains("not a git repository") || said.isBlank() ? noRepository
                        : root + ": git cannot tell the repository's hooks folder: " + said.strip());
            }
            String prefix = lines.size() > 1 ? lines.get(1).strip() : "";
            if (prefix.endsWith("/")) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
            return new Repository(folder.resolve(lines.get(0).strip()).normalize(), prefix);
        } catch (IOException e) {
            throw new IllegalStateException(root + ": cannot run git to find the repository's hooks folder: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(root + ": interrupted while asking git for the repository's hooks folder");
        }
    }

    /**
     * The hook checking the folder {@code siteFolder} of the working tree ("" for its top), with LF
     * line endings whatever the system: sh reads a carriage return as part of the line.
     */
    static String hookText(Path jar, String siteFolder, boolean strict) {
        String source = "\"$(git rev-parse --show-toplevel)\"" + (siteFolder.isEmpty() ? "" : "/" + quoted(siteFolder));
        // The quick compiler alone and the throughput collector, as bin/gazette starts a check: the
        // optimising compiler takes as much CPU again on a check of a few seconds, which every commit
        // waits for, and the default collector let a check of 10,000 articles grow to 310 to 330 MB
        // resident, against 220 MB; a check without its cache, to 560 to 590 MB when allowed a fifth
        // of the time for collecting, against 260 to 360 MB and less time when allowed a third. Huge
        // pages for the heap where the kernel gives them, as bin/gazette asks: a check of 10,000
        // articles with one edited took 2.24 to 2.41 s with them against 2.66 to 2.84 s.
        return "#!/bin/sh\n"
                + MARK + ": checks the working tree before each commit (git commit --no-verify skips it once).\n"
                + "exec java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:GCTimeRatio=2 " + HUGE_PAGES + " -jar " + quoted(jar.toString())
                + " check --source " + source + (strict ? " --strict" : "") + "\n";
    }

    private static final String MARK = "# Written by gazette hook install";

    /**
     * The option asking Java for transparent huge pages, given when the kernel gives them when asked
     * or always: the test bin/gazette makes, here in sh (Java outside Linux does not know the option).
     */
    static final String HUGE_PAGES = "$(grep -Eqs '\\[(always|madvise)\\]' /sys/kernel/mm/transparent_hugepage/enabled"
            + " && echo -XX:+UseTransparentHugePages)";

    /**
     * Whether {@code text} is a hook an earlier {@code hook install} wrote, as it wrote it: its three
     * lines, the last starting a check. Installing again replaces it (another jar, or the options
     * a newer Gazette gives Java); a hook edited since is left alone, as any other.
     */
    static boolean writtenByGazette(String text) {
        List<String> lines = text.lines().toList();
        return lines.size() == 3 && lines.get(0).equals("#!/bin/sh") && lines.get(1).startsWith(MARK + ":")
                && lines.get(2).startsWith("exec java ") && lines.get(2).contains(" check --source ");
    }

    /** {@code text} quoted for sh. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
