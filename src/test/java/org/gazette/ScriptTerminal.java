package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run on a terminal of its own by script(1), for the tests of what Gazette draws on a
 * terminal and of Ctrl-C typed into one. SIGINT's default action is restored before the command:
 * tests started by a job in the background of a non-interactive shell inherit SIGINT ignored, and
 * a JVM that starts so never hears Ctrl-C.
 *
 * <pre>{@code
 * ScriptTerminal terminal = ScriptTerminal.start(command, Map.of("TERM", "xterm"));
 * terminal.awaitShown("% [");
 * String screen = terminal.interrupt();   // Ctrl-C, then everything the terminal showed
 * }</pre>
 */
public final class ScriptTerminal {

    private final Process process;
    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private final Thread reader;

    private ScriptTerminal(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try {
                process.getInputStream().transferTo(shown);
            } catch (IOException e) {
                // the terminal closed
            }
        });
        reader.start();
    }

    /** {@code command}, a shell command line, on a terminal without CI set, with {@code environment} added. */
    public static ScriptTerminal start(String command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", "env --default-signal=INT " + command, "/dev/null");
        builder.environment().remove("CI");
        builder.environment().putAll(environment);
        return new ScriptTerminal(builder.redirectErrorStream(true).start());
    }

    /** Waits, at most a minute, until the terminal shows {@code text}. */
    public void awaitShown(String text) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!shown().contains(text) && process.isAlive() && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }
        assertThat(shown()).as("the terminal shows " + text).contains(text);
    }

    /** Types Ctrl-C, waits for the command to end, and gives everything the terminal showed. */
    public String interrupt() throws IOException, InterruptedException {
        try {
            process.getOutputStream().write(3);
            process.getOutputStream().flush();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended by Ctrl-C").isTrue();
            reader.join(10_000);
        } finally {
            process.destroyForcibly();
        }
        return shown();
    }

    /** Waits for the command to end by itself, with nothing typed, and gives what the terminal showed. */
    public String finish() throws IOException, InterruptedException {
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended").isTrue();
        reader.join(10_000);
        return shown();
    }

    public int exitValue() {
        return process.exitValue();
    }

    private String shown() {
        return shown.toString(StandardCharsets.UTF_8); // its methods are synchronized: the reader thread writes meanwhile
    }
}
