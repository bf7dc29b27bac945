package org.gazette.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazette.build.BuildOptions;
import org.gazette.content.SourceFile;

/**
 * One fingerprint of everything a build reads: the options, {@code site.yaml}, every article's
 * bytes, the size and time of every other file under {@code content/} and {@code static/}, every
 * theme and template file, the git commit (for dates from git) and the Gazette that builds.
 * When it equals the last successful build's, and that build's output is still in place, the
 * site would come out the same, and nothing needs doing.
 */
final class Inputs {

    private Inputs() {
    }

    static byte[] digest(BuildOptions options, Path root, List<SourceFile> sources, List<Path> files) {
        Fingerprint key = new Fingerprint()
                .add(CodeStamp.current())
                .add(List.of(options.drafts(), options.future(), options.gitDates()))
                .add(options.baseUrl())
                .add(options.output().toAbsolutePath().normalize());
        key.add(readIfPresent(root.resolve("site.yaml")));
        key.add(sources.size());
        // Each article's fingerprint on every core, then the fingerprints in order.
        sources.parallelStream().map(source -> new Fingerprint().add(source.path()).add(source.bytes()).digest())
                .toList().forEach(key::add);
        key.add(files.size());
        for (Path file : files) {
            addState(key, root.resolve(file), file.toString());
        }
        for (String folder : List.of("static", "themes", "templates")) {
            Path base = root.resolve(folder);
            if (!Files.isDirectory(base)) {
                key.add(folder + " absent");
                continue;
            }
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    addState(key, file, root.relativize(file).toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + base, e);
            }
        }
        if (options.gitDates()) {
            key.add(gitHead(root));
        }
        return key.digest();
    }

    private static void addState(Fingerprint key, Path file, String name) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            key.add(name).add(attributes.size()).add(attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            key.add(name).add("unreadable");
        }
    }

    private static byte[] readIfPresent(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The commit checked out, on which the dates from git depend; empty outside a repository. */
    private static String gitHead(Path root) {
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            git.getOutputStream().close();
            String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroyForcibly();
                return "";
            }
            return head;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
