package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette hook install} writes the pre-commit hook with LF line endings and the jar's absolute path. */
class HookCommandTest {

    @TempDir
    Path root;
    /** The hooks of a repository made at {@code root}. */
    Path preCommit;
    Path preMerge;

    @BeforeEach
    void hooks() {
        preCommit = root.resolve(".git/hooks/pre-commit");
        preMerge = root.resolve(".git/hooks/pre-merge-commit");
    }

    @Test
    void writesTheHookWithLfLineEndingsOnceAndLeavesAnotherHookAlone() throws IOException {
        git(root, "init", "-q");
        Path jar = root.resolve("tools/O'Brien/gazette.jar");
        assertThat(HookCommand.install(root, jar, false, false)).startsWith("Wrote " + root.resolve(".git/hooks/pre-commit"));
        Path hook = root.resolve(".git/hooks/pre-commit");
        String text = Files.readString(hook, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").startsWith("#!/bin/sh\n").endsWith("exec java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:GCTimeRatio=2 " + HookCommand.HUGE_PAGES + " -jar '" + root.resolve("tools/O")
                + "'\\''Brien/gazette.jar' check --source \"$(git rev-parse --show-toplevel)\"\n");
        assertThat(Files.isExecutable(hook)).isTrue();
        assertThat(HookCommand.install(root, jar, false, false)).endsWith("is there already: git commit runs gazette check");

        Files.writeString(hook, "#!/bin/sh\nmake lint\n");
        assertThatThrownBy(() -> HookCommand.install(root, jar, true, false)).hasMessageContaining(
                "a pre-commit hook is there already and was left as it is (add --force to replace it");
        assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\nmake lint\n");
        HookCommand.install(root, jar, true, true);
        assertThat(Files.readString(hook)).endsWith(" --strict\n");
    }

    @Test
    void aMergeGitCommitsByItselfIsCheckedToo() throws IOException {
        git(root, "init", "-q");
        Path jar = root.resolve("gazette.jar");
        HookCommand.install(root, jar, false, false);
        assertThat(preMerge).hasContent(Files.readString(preCommit, StandardCharsets.UTF_8));
        assertThat(Files.isExecutable(preMerge)).isTrue();

        Files.delete(preMerge); // a hook installed before there was one for merges
        assertThat(HookCommand.install(root, jar, false, false)).isEqualTo("Wrote " + preMerge
                + ": git merge now runs gazette check and stops on its errors (git commit --no-verify skips it once)");
        assertThat(preMerge).hasContent(Files.readString(preCommit, StandardCharsets.UTF_8));
        Files.writeString(preMerge, "#!/bin/sh\nmake lint\n");
        assertThatThrownBy(() -> HookCommand.install(root, jar, false, false)).hasMessageContaining(
                "a pre-merge-commit hook is there already and was left as it is (add --force to replace it");
    }

    @Test
    void aPreCommitHookAnOlderGazetteWroteStillGetsAMergeHookBesideIt() throws IOException {
        git(root, "init", "-q");
        Path jar = root.resolve("gazette.jar");
        String older = "#!/bin/sh\nexec java -jar '" + jar + "' check --source \"$(git rev-parse --show-toplevel)\"\n";
        Files.createDirectories(preCommit.getParent());
        Files.writeString(preCommit, older);

        assertThatThrownBy(() -> HookCommand.install(root, jar, false, false)).hasMessageStartingWith("Wrote " + preMerge
                + ": git merge now runs gazette check").hasMessageContaining(preCommit + ": a pre-commit hook is there already"
                + " and was left as it is (add --force to replace it");
        assertThat(preCommit).hasContent(older);
        assertThat(preMerge).hasContent(HookCommand.hookText(jar.toAbsolutePath().normalize(), "", false));
        assertThat(Files.isExecutable(preMerge)).isTrue();
    }

    @Test
    void aHookAnEarlierGazetteWroteIsReplacedAndOneEditedSinceIsLeftAlone() throws IOException {
        git(root, "init", "-q");
        Path jar = root.resolve("gazette.jar");
        String earlier = "#!/bin/sh\n# Written by gazette hook install: checks the working tree before each commit"
                + " (git commit --no-verify skips it once).\nexec java -XX:TieredStopAtLevel=1 -jar '/old/place/gazette.jar' check"
                + " --source \"$(git rev-parse --show-toplevel)\"\n";
        Files.createDirectories(preCommit.getParent());
        Files.writeString(preCommit, earlier);
        Files.writeString(preMerge, earlier.replace("\n", "\r\n")); // saved again by an editor on Windows

        assertThat(HookCommand.install(root, jar, false, false)).startsWith("Wrote " + preCommit + " and " + preMerge);
        String now = HookCommand.hookText(jar.toAbsolutePath().normalize(), "", false);
        assertThat(preCommit).hasContent(now);
        assertThat(preMerge).hasContent(now);

        String edited = earlier + "make lint\n";
        Files.writeString(preCommit, edited);
        assertThatThrownBy(() -> HookCommand.install(root, jar, false, false)).hasMessageContaining(
                "a pre-commit hook is there already and was left as it is (add --force to replace it");
        assertThat(preCommit).hasContent(edited);
    }

    @Test
    void aWorktreesHookGoesWhereGitRunsItAndNoRepositoryIsSaidPlainly() throws IOException {
        Path main = Files.createDirectories(root.resolve("main"));
        git(main, "init", "-q");
        git(main, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "--allow-empty", "-m", "start");
        git(main, "worktree", "add", "-q", root.resolve("wt").toString());
        assertThat(HookCommand.install(root.resolve("wt"), root.resolve("gazette.jar"), false, false))
                .startsWith("Wrote " + main.resolve(".git/hooks/pre-commit") + " and " + main.resolve(".git/hooks/pre-merge-commit") + ":");
        assertThat(main.resolve(".git/hooks/pre-commit")).isRegularFile();
        assertThat(main.resolve(".git/worktrees/wt/hooks")).doesNotExist();

        git(main, "config", "core.hooksPath", "githooks");
        HookCommand.install(main, root.resolve("gazette.jar"), false, false);
        assertThat(main.resolve("githooks/pre-commit")).isRegularFile();

        Path none = Files.createDirectories(root.resolve("elsewhere"));
        assertThatThrownBy(() -> HookCommand.install(none, root.resolve("gazette.jar"), false, false))
                .hasMessage(none + ": there is no git repository here (run gazette hook install in the site's repository, or"
                        + " name it: --source DIR; git init makes one)");
    }

    @Test
    void aSiteInASubfolderOfTheRepositoryGetsAHookCheckingThatSubfolder() throws IOException {
        git(root, "init", "-q");
        Path site = Files.createDirectories(root.resolve("sites/妇联 news"));
        assertThat(HookCommand.install(site, root.resolve("gazette.jar"), false, false))
                .startsWith("Wrote " + root.resolve(".git/hooks/pre-commit") + " and " + root.resolve(".git/hooks/pre-merge-commit")
                        + ": git commit and git merge now run gazette check on sites/妇联 news");
        assertThat(Files.readString(root.resolve(".git/hooks/pre-commit"), StandardCharsets.UTF_8))
                .endsWith(" check --source \"$(git rev-parse --show-toplevel)\"/'sites/妇联 news'\n");
    }

    private static void git(Path folder, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            String said = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(git.waitFor()).as(String.join(" ", command) + ": " + said).isZero();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
