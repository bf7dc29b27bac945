package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gazette.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's .gazette/ keeps itself out of the editors' git repository; the output's does not. */
class GazetteFolderTest {

    @TempDir
    Path root;

    private BuildReport build() {
        return Build.run(TestSites.options(root, root.resolve("site")).withCache(root.resolve(BuildOptions.CACHE_FOLDER)));
    }

    @Test
    void aBuildInARepositoryLeavesNothingOfItsCacheForGitToAdd() throws Exception {
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n正文。\n");
        git("init", "-q");

        assertThat(build().succeeded()).isTrue();

        List<String> status = git("status", "--porcelain", "--untracked-files=all");
        assertThat(status).as("git status").noneMatch(line -> line.contains(".gazette/") && !line.contains("site/.gazette/"));
        assertThat(status).as("the output's records are published, not ignored").contains("?? site/.gazette/manifest.json");
        assertThat(root.resolve(".gazette/cache")).isDirectory();
        assertThat(root.resolve(".gazette/.gitignore")).hasContent(GazetteFolder.IGNORE_ALL.strip());
        assertThat(root.resolve("site/.gazette/.gitignore")).doesNotExist();
        assertThat(build().written()).as("a rebuild with nothing changed writes nothing").isZero();
    }

    @Test
    void aGitignoreDeletedFromTheFolderStaysDeleted() throws IOException {
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 文章\ndate: 2024-01-02\n---\n\n正文。\n");
        assertThat(build().succeeded()).isTrue();
        Files.delete(root.resolve(".gazette/.gitignore"));

        assertThat(build().succeeded()).isTrue();

        assertThat(root.resolve(".gazette/.gitignore")).doesNotExist();
    }

    private List<String> git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
