package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.ScriptTerminal;
import org.junit.jupiter.api.Test;

/** {@code java -jar target/gazette.jar serve} in its own process, as an editor starts it, stopped as Ctrl+C stops it. */
class GazetteServeIT {

    @Test
    void servesTheExampleSiteUntilStopped() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", Path.of("target/gazette.jar").toAbsolutePath().toString(),
                "serve", "--port", "0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Matcher serving = null;
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
                Matcher m = Pattern.compile("Serving at (http://127\\.0\\.0\\.1:\\d+/) ").matcher(line);
                if (m.find()) {
                    serving = m;
                    break;
                }
            }
            assertThat(serving).as(seen.toString()).isNotNull();
            assertThat(seen.toString()).contains("Built 6 articles in ");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(serving.group(1)).resolve("2023/12/five-year-review/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("跟党奋进新征程", "/__gazette/live.js");
        } finally {
            process.destroy(); // SIGTERM, as Ctrl+C: the shutdown hook stops the server
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("gazette serve stops").isTrue();
        }
    }

    @Test
    void atATerminalTheFirstBuildDrawsABarClearedBeforeItsLine() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ScriptTerminal terminal = ScriptTerminal.start("'" + java + "' -jar '" + Path.of("target/gazette.jar").toAbsolutePath()
                + "' serve --port 0", Map.of("TERM", "xterm", "LANG", "C.UTF-8"));
        terminal.awaitShown("Serving at");
        String screen = terminal.interrupt();
        // The bar is drawn in place on its row (the row blanked, wrapping off, a phase and its
        // counts, wrapping on), then the row is blanked again and the preview's line starts clean.
        assertThat(screen).containsPattern("\r\033\\[2K\033\\[\\?7l(reading|parsing|rendering|site model|pages|listings|indexing) ")
                .containsPattern("\033\\[\\?7h\r\033\\[2K\\d\\d:\\d\\d:\\d\\d Built 6 articles in ");
        assertThat(screen.substring(screen.indexOf(" Built 6 articles"))).as("nothing drawn once built").doesNotContain("\033[?7l");
    }

    @Test
    void quietTheFirstBuildDrawsNothingAndTheAddressIsStillPrinted() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ScriptTerminal terminal = ScriptTerminal.start("'" + java + "' -jar '" + Path.of("target/gazette.jar").toAbsolutePath()
                + "' serve --port 0 -q", Map.of("TERM", "xterm", "LANG", "C.UTF-8"));
        terminal.awaitShown("Serving at");
        String screen = terminal.interrupt();
        assertThat(screen).matches("(?s)Serving at http://127\\.0\\.0\\.1:\\d+/ \\(with drafts and future articles\\)\\. Press Ctrl\\+C to stop\\.\r?\n.*")
                .doesNotContain("\033[?7l", "Building the site", "Built 6 articles");
    }
}
