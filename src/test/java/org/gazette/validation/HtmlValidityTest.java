package org.gazette.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gazette.validation.BuiltSites.BuiltSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * Every generated HTML page passes the Nu Html Checker (vnu, {@code nu.validator:validator} from
 * Maven Central) with no errors.
 *
 * <p>vnu's dependencies clash with the project's (it needs slf4j 2, the project has 1.7), so it
 * runs in a child JVM on its own classpath: the {@code maven-antrun-plugin} execution
 * {@code vnu-classpath} in {@code pom.xml} resolves vnu with its dependencies as a plugin
 * dependency and writes that classpath to {@code target/vnu.classpath} before the tests run.
 * vnu reports in JSON; errors fail the test, warnings are printed only.
 */
class HtmlValidityTest {

    static final Path VNU_CLASSPATH = Path.of("target/vnu.classpath");
    static final String VNU_MAIN = "nu.validator.client.SimpleCommandLineValidator";
    static final long TIMEOUT_MINUTES = 5;

    @TempDir
    static Path folder;
    static BuiltSite example;
    static BuiltSite corpus;

    @BeforeAll
    static void buildSites() {
        example = BuiltSites.example(folder.resolve("example"));
        corpus = BuiltSites.corpus(folder.resolve("corpus"));
    }

    @Test
    void everyPageOfTheExampleSiteIsValidHtml() throws Exception {
        assertValid(example);
    }

    @Test
    void everyPageOfTheCorpusSiteIsValidHtml() throws Exception {
        assertValid(corpus);
    }

    static void assertValid(BuiltSite site) throws IOException, InterruptedException {
        List<String> pages = site.htmlPages();
        assertThat(pages).as("HTML pages of the %s", site).isNotEmpty();
        List<Map<String, Object>> messages = vnu(site, pages);

        List<String> errors = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Map<String, Object> message : messages) {
            String line = describe(site, message);
            if ("info".equals(message.get("type"))) {
                warnings.add(line);
            } else {
                errors.add(line); // "error" (with subType "fatal" or none) and "non-document-error"
                kinds.add(String.valueOf(message.get("message")));
            }
        }
        System.out.printf("vnu: %s: %d pages, %d errors, %d warnings%n", site, pages.size(), errors.size(), warnings.size());
        warnings.stream().limit(50).forEach(w -> System.out.println("  " + w));
        if (!errors.isEmpty()) {
            fail("the Nu Html Checker found %d errors in the %d pages of the %s.%nBy message:%n%s%nEach error, as page:line:column:%n%s",
                    errors.size(), pages.size(), site, BuiltSites.tally(kinds), String.join("\n", errors));
        }
    }

    /** Runs vnu on the pages in a child JVM and returns its messages. */
    static List<Map<String, Object>> vnu(BuiltSite site, List<String> pages) throws IOException, InterruptedException {
        assertThat(VNU_CLASSPATH)
                .as("%s is written by the vnu-classpath execution in pom.xml: run the tests with Maven (mvn verify)", VNU_CLASSPATH)
                .isRegularFile();
        String classpath = Files.readString(VNU_CLASSPATH, StandardCharsets.UTF_8).strip();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xss8m", "-cp", classpath, VNU_MAIN,
                "--format", "json", "--stdout", "--exit-zero-always"));
        for (String page : pages) {
            command.add(site.output().resolve(page).toString());
        }
        Path out = Files.createTempFile(folder, "vnu-", ".json");
        Path err = Files.createTempFile(folder, "vnu-", ".log");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("vnu did not finish within %d minutes on the %s", TIMEOUT_MINUTES, site);
        }
        String json = Files.readString(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || json.isBlank()) {
            fail("vnu exited with %d on the %s:%n%s%s", process.exitValue(), site, json, Files.readString(err, StandardCharsets.UTF_8));
        }
        Map<String, Object> report = new Json().toType(json, Json.MAP_TYPE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages = (List<Map<String, Object>>) report.get("messages");
        assertThat(messages).as("vnu's JSON report: %s", json).isNotNull();
        return messages;
    }

    /** {@code 2023/12/a/index.html:12:5: error: message [extract]}, the page relative to the site's output. */
    static String describe(BuiltSite site, Map<String, Object> message) {
        String page = String.valueOf(message.getOrDefault("url", ""));
        try {
            Path file = Path.of(URI.create(page));
            Path output = site.output().toAbsolutePath();
            if (file.startsWith(output)) {
                page = output.relativize(file).toString().replace(File.separatorChar, '/');
            }
        } catch (RuntimeException notAFileUrl) {
            // keep vnu's url as it is
        }
        Object line = message.getOrDefault("lastLine", message.get("firstLine"));
        Object column = message.getOrDefault("firstColumn", message.get("lastColumn"));
        String type = String.valueOf(message.get("type"));
        if (message.get("subType") != null) {
            type = type + " (" + message.get("subType") + ")";
        }
        StringBuilder text = new StringBuilder(page);
        if (line != null) {
            text.append(':').append(number(line));
            if (column != null) {
                text.append(':').append(number(column));
            }
        }
        text.append(": ").append(type).append(": ").append(message.get("message"));
        Object extract = message.get("extract");
        if (extract != null) {
            text.append("  [").append(extract.toString().replace("\n", "\\n").strip()).append(']');
        }
        return text.toString();
    }

    static String number(Object value) {
        return value instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(value);
    }
}
