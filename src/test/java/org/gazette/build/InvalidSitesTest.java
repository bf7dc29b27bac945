package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture site per kind of bad input under {@code sites/invalid/}; each holds the exact
 * problem lines the build must print in {@code expected-problems.txt}.
 */
class InvalidSitesTest {

    static final Path INVALID = TestSites.site("invalid");

    static Stream<String> invalidSites() throws IOException {
        try (Stream<Path> list = Files.list(INVALID)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSites")
    void printsTheExactProblemAndLeavesThePreviousSiteAsItWas(String name, @TempDir Path output) throws IOException {
        Path site = INVALID.resolve(name);
        TestSites.write(output.resolve("index.html"), "previous site");

        BuildReport report = TestSites.build(site, output);

        List<String> expected = Files.readAllLines(site.resolve("expected-problems.txt"));
        assertThat(report.problems()).extracting(Problem::format).as("problems of " + name).containsExactlyElementsOf(expected);
        assertThat(report.succeeded()).isFalse();
        assertThat(TestSites.read(output.resolve("index.html"))).isEqualTo("previous site");
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void reportsAllProblemsOfAllFilesInOneRun(@TempDir Path root, @TempDir Path output) throws IOException {
        List<String> expected = new ArrayList<>();
        for (String name : invalidSites().toList()) {
            if (name.equals("bad-site-yaml") || name.equals("duplicate-url")) {
                continue; // a site has one site.yaml; duplicate URLs would clash with the other files' URLs
            }
            Path content = INVALID.resolve(name).resolve("content");
            TestSites.copy(content, root.resolve("content").resolve(name));
            for (String line : Files.readAllLines(INVALID.resolve(name).resolve("expected-problems.txt"))) {
                expected.add(line.replace("content/", "content/" + name + "/"));
            }
        }
        BuildReport report = TestSites.build(root, output);
        assertThat(report.problems()).extracting(Problem::format).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(output).isEmptyDirectory();
    }
}
