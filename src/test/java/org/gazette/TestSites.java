package org.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fixture sites under {@code src/test/resources/sites/}, built into temporary folders. */
public final class TestSites {

    public static final Path SITES = Path.of("src/test/resources/sites");
    /** A fixed "now" so that future-dated fixtures stay in the future. */
    public static final Clock NOW = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private TestSites() {
    }

    public static Path site(String name) {
        return SITES.resolve(name);
    }

    /** Builds with a fixed clock and without dates from git, so that pages do not change with the repository's history. */
    public static BuildReport build(Path root, Path output) {
        return Build.run(options(root, output));
    }

    public static BuildOptions options(Path root, Path output) {
        return BuildOptions.of(root).withOutput(output).withClock(NOW).withGitDates(false);
    }

    /** The theme's stylesheet in a built site, under its fingerprinted name. */
    public static Path stylesheet(Path output) {
        try (Stream<Path> files = Files.list(output.resolve("assets"))) {
            return files.filter(p -> p.getFileName().toString().matches("style\\.[0-9a-f]{10}\\.css")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document page(Path output, String path) {
        try {
            return Jsoup.parse(output.resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree, for tests that change a fixture. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
