package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazette.corpus.CorpusSite;
import org.gazette.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build uses every core, and its output must not depend on how many there are: a
 * 300-article corpus site built by the jar on one thread and on eight gives the same bytes.
 */
class ThreadCountIT {

    @Test
    void oneThreadAndEightGiveTheSameSite(@TempDir Path work) throws Exception {
        Path root = work.resolve("site");
        CorpusSite.write(300, root);
        Path one = build(root, work.resolve("one"), 1);
        Path eight = build(root, work.resolve("eight"), 8);
        Map<String, String> single = tree(one);
        assertThat(single).hasSizeGreaterThan(400).containsKey("search/manifest.json");
        assertThat(tree(eight)).isEqualTo(single);
    }

    private static Path build(Path root, Path output, int threads) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:ActiveProcessorCount=" + threads,
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + threads,
                "-jar", GazetteJarIT.JAR.toString(), "build", "--no-cache", "--quiet",
                "--source", root.toString(), "--output", output.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        return output;
    }

    private static Map<String, String> tree(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), HexFormat.of().formatHex(Manifest.md5().digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
