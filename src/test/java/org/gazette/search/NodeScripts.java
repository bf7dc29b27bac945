package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Node.js for the tests of the theme's JavaScript. Without {@code node} on the PATH those
 * tests are skipped, unless {@code GAZETTE_REQUIRE_NODE=1} (set by .ci/run) makes that a failure.
 */
final class NodeScripts {

    record Run(int exitCode, String out, String err) {
    }

    private NodeScripts() {
    }

    static Run node(String... args) throws IOException, InterruptedException {
        assumeTrue(available() || "1".equals(System.getenv("GAZETTE_REQUIRE_NODE")),
                "node is not installed: the JavaScript tests are skipped (set GAZETTE_REQUIRE_NODE=1 to fail instead)");
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("gazette-node", ".out");
        Path err = Files.createTempFile("gazette-node", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("node finished").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static boolean available() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
