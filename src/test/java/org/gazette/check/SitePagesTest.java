package org.gazette.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.gazette.build.Build;
import org.gazette.config.SiteConfig;
import org.gazette.config.SiteConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The addresses check works out without rendering are the files the build writes, so that no good link is called broken. */
class SitePagesTest {

    @ParameterizedTest
    @ValueSource(strings = {".", "src/test/resources/sites/minimal"})
    void everyFileTheBuildWritesIsAnAddressCheckKnows(String site, @TempDir Path output) throws IOException {
        Path root = Path.of(site).toAbsolutePath().normalize();
        assertThat(TestSites.build(root, output).succeeded()).isTrue();

        ArticleProbe probe = new ArticleProbe(root, CheckCache.empty());
        Build.model(TestSites.options(root, output).withDrafts(false).withFuture(false), probe);
        SiteConfig config = SiteConfigLoader.load(root).value().orElseThrow();
        ThemeTrial.Result trial = ThemeTrial.run(root, config, TrialSample.read(root, config, probe.rendered()), TrialTheme.read(root));
        assertThat(trial.problems()).isEmpty();
        SitePages pages = SitePages.of(config, probe.articles(), PublishedFiles.of(root), trial.patterns());

        List<String> written;
        try (Stream<Path> files = Files.walk(output)) {
            // Not addresses to link to: hidden files (the deploy manifest in .gazette/), and the search
            // index's data files, named by a hash of the whole site's text and read only by search.js.
            written = files.filter(Files::isRegularFile).map(f -> output.relativize(f).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith(".") && !path.matches("search/.*\\.json")).toList();
        }
        assertThat(written).hasSizeGreaterThan(20).allSatisfy(path -> assertThat(pages.hasOutput(path)).as(path).isTrue());
        assertThat(pages.contains("/no/such/page/")).isFalse();
    }

    @Test
    void hintsAreFoundAmongAHundredThousandFiles() {
        // An archive imported with its old links has thousands of broken ones, each with a hint,
        // looked up in indexes made once (LookAlikes); the cost is measured by gazette check on a
        // large site, not here: this holds the hints to what a look through every page found.
        SiteConfig config = SiteConfigLoader.load(Path.of("src/test/resources/sites/minimal")).value().orElseThrow();
        Map<String, Path> files = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            files.put("files/" + (i / 1000) + "/Photo-" + i + ".JPG", Path.of("static/files/" + (i / 1000) + "/Photo-" + i + ".JPG"));
        }
        SitePages pages = SitePages.of(config, List.of(), files, List.of());

        for (int i = 0; i < 100_000; i += 997) {
            assertThat(pages.sameButForCase("/files/" + (i / 1000) + "/photo-" + i + ".jpg"))
                    .contains("/files/" + (i / 1000) + "/Photo-" + i + ".JPG");
            assertThat(pages.sameFileName("/old/Photo-" + i + ".JPG")).containsExactly("files/" + (i / 1000) + "/Photo-" + i + ".JPG");
            assertThat(pages.sameSlug("/2023/12/no-such-" + i + "/")).isEmpty();
        }
    }
}
