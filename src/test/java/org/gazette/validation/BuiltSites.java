package org.gazette.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.gazette.build.BuildReport;
import org.gazette.corpus.CorpusSite;
import org.yaml.snakeyaml.Yaml;

/**
 * The two sites the validation tests check, each built once per test class into that class's
 * temporary folder: the repository's own example site, and a site of {@value #CORPUS_ARTICLES}
 * articles made from the shared corpus by {@link CorpusSite}. Nothing built here is kept.
 */
final class BuiltSites {

    static final int CORPUS_ARTICLES = 300;
    static final Path REPOSITORY = Path.of("").toAbsolutePath();

    private BuiltSites() {
    }

    /** A site built into {@code output}; {@code baseUrl} is where its {@code site.yaml} says it is published. */
    record BuiltSite(String name, Path output, URI baseUrl) {

        /** Every generated HTML page, as paths relative to {@link #output()} with {@code /}, sorted. */
        List<String> htmlPages() {
            try (Stream<Path> walk = Files.walk(output)) {
                return walk.filter(Files::isRegularFile)
                        .map(file -> output.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                        .filter(path -> path.endsWith(".html"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Builds both sites under {@code folder}: the example site first, then the corpus site. */
    static List<BuiltSite> buildAll(Path folder) {
        return List.of(example(folder.resolve("example")), corpus(folder.resolve("corpus")));
    }

    /** The repository's own example site (site.yaml, content/, themes/). */
    static BuiltSite example(Path folder) {
        Path output = folder.resolve("site");
        BuildReport report = TestSites.build(REPOSITORY, output);
        assertThat(report.problems()).as("problems building the example site").isEmpty();
        return new BuiltSite("example site", output, baseUrl(REPOSITORY));
    }

    /** A site of {@value #CORPUS_ARTICLES} articles from {@code ../shared/corpus/}: source and output both in {@code folder}. */
    static BuiltSite corpus(Path folder) {
        assertThat(CorpusSite.CORPUS)
                .as("the shared corpus %s (beside the repository) is needed for the corpus site", CorpusSite.CORPUS.toAbsolutePath().normalize())
                .isRegularFile();
        Path source = folder.resolve("source");
        Path output = folder.resolve("site");
        try {
            CorpusSite.write(CORPUS_ARTICLES, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BuildReport report = TestSites.build(source, output);
        assertThat(report.succeeded()).as("building the corpus site: %s", report.problems()).isTrue();
        return new BuiltSite("corpus site (" + CORPUS_ARTICLES + " articles)", output, baseUrl(source));
    }

    /** Distinct findings with how often each occurs, most frequent first, one per line: {@code   301 × message}. */
    static String tally(List<String> kinds) {
        Map<String, Long> counts = kinds.stream().collect(Collectors.groupingBy(kind -> kind, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> String.format("%5d × %s", entry.getValue(), entry.getKey()))
                .collect(Collectors.joining("\n"));
    }

    /** A page path such as {@code 2023/12/a/index.html} as a relative URI, each segment percent-encoded. */
    static URI relativeUri(String page) {
        try {
            return new URI(null, null, page, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(page, e);
        }
    }

    /** {@code base_url} of the site's {@code site.yaml}, as Gazette defaults it. */
    static URI baseUrl(Path root) {
        Object url = null;
        Path config = root.resolve("site.yaml");
        if (Files.exists(config)) {
            Map<?, ?> settings = new Yaml().load(TestSites.read(config));
            url = settings == null ? null : settings.get("base_url");
        }
        String text = url == null ? "http://localhost/" : url.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }
}
