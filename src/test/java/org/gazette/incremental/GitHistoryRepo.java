package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A git repository in a test's folder, its commits dated as the test says (committer and author). */
final class GitHistoryRepo {

    final Path root;
    private Instant now;

    GitHistoryRepo(Path root, Instant start) throws Exception {
        this.root = root;
        this.now = start;
        Files.createDirectories(root);
        git("init", "-q", "-b", "main");
        git("config", "core.fileMode", "true");
        git("config", "user.name", "editor");
        git("config", "user.email", "editor@example.org");
    }

    /** Dates the commands that follow. */
    void at(Instant when) {
        now = when;
    }

    Instant now() {
        return now;
    }

    void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    void commit(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "--allow-empty", "-m", message);
    }

    String head() throws Exception {
        return output("rev-parse", "HEAD").strip();
    }

    void git(String... args) throws Exception {
        assertThat(run(args)).as("git %s", String.join(" ", args)).isZero();
    }

    /** The exit status of git ARGS (a merge with a conflict gives 1). */
    int run(String... args) throws Exception {
        Process process = start(args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    String output(String... args) throws Exception {
        Process process = start(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    List<String> lines(String... args) throws Exception {
        return new ArrayList<>(output(args).lines().filter(line -> !line.isBlank()).toList());
    }

    private ProcessBuilder start(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        String date = "@" + now.getEpochSecond() + " +0800";
        builder.environment().put("GIT_COMMITTER_DATE", date);
        builder.environment().put("GIT_AUTHOR_DATE", date);
        return builder;
    }
}
