package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette hook install} writes the pre-commit hook with LF line endings and the jar's absolute path. */
class HookCommandTest {

    @TempDir
    Path root;

    @Test
    void writesTheHookWithLfLineEndingsOnceAndLeavesAnotherHookAlone() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        Path jar = root.resolve("tools/O'Brien/gazette.jar");
        assertThat(HookCommand.install(root, jar, false, false)).startsWith("Wrote " + root.resolve(".git/hooks/pre-commit"));
        Path hook = root.resolve(".git/hooks/pre-commit");
        String text = Files.readString(hook, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").startsWith("#!/bin/sh\n").endsWith("exec java -jar '" + root.resolve("tools/O")
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
    void aWorktreesHooksAreThoseOfTheFolderItsGitFileNamesAndNoRepositoryIsSaidPlainly() throws IOException {
        Files.createDirectories(root.resolve("main.git"));
        Files.writeString(root.resolve(".git"), "gitdir: main.git\n");
        HookCommand.install(root, root.resolve("gazette.jar"), false, false);
        assertThat(root.resolve("main.git/hooks/pre-commit")).isRegularFile();
        Path none = Files.createDirectories(root.resolve("elsewhere"));
        assertThatThrownBy(() -> HookCommand.install(none, root.resolve("gazette.jar"), false, false))
                .hasMessage(none + ": there is no git repository here (run gazette hook install in the site's repository, or"
                        + " name it: --source DIR; git init makes one)");
    }
}
