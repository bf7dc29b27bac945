package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code gazette serve} on the command line, where it stops at once: a taken port, wrong options. */
class ServeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Gazette.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aTakenPortIsAClearMessageAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThat(run("serve", "--port", String.valueOf(port))).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("gazette serve cannot start: port " + port + " is in use by another program,"
                    + " perhaps another gazette serve (stop it, or choose another port: --port " + (port + 1) + ")\n");
        }
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertThat(run("serve", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be between 1 and 65535, or 0 for any free port");
        assertThat(run("serve", "--source", "no/such/folder")).isEqualTo(2);
        assertThat(err.toString()).contains("--source no/such/folder is not a folder");
    }

    @Test
    void helpNamesTheOptions() {
        assertThat(run("serve", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("--port=PORT", "--[no-]drafts", "--[no-]future", "--source=DIR", "-q, --quiet");
    }
}
