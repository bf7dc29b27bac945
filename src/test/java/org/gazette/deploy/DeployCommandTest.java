package org.gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gazette.ScriptTerminal;
import org.gazette.TestSites;
import org.gazette.cli.Gazette;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gazette deploy} on the command line, against S3Proxy, with credentials from a standard
 * AWS source (the {@code aws.accessKeyId} and {@code aws.secretAccessKey} system properties, which
 * the SDK reads as it reads the environment): exit codes, the one-line errors, the summary.
 */
class DeployCommandTest {

    @TempDir
    static Path folder;
    static S3ProxyServer s3;
    static Path root;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void start() throws Exception {
        s3 = S3ProxyServer.start(folder.resolve("s3"));
        s3.createBucket("cli");
        root = DeployFixture.checkout(folder.resolve("root"));
        DeployFixture.build(root, root.resolve("site"));
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        s3.close();
    }

    static Run gazette(String secret, String... args) {
        System.setProperty("aws.accessKeyId", S3ProxyServer.IDENTITY);
        System.setProperty("aws.secretAccessKey", secret);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Gazette.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    String[] deploy(String... more) {
        String[] base = {"deploy", "--source", root.toString(), "--bucket", "cli", "--endpoint", s3.endpoint().toString(), "--path-style"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void deploysPrintsASummaryAndTheInvalidationListThenADryRunPlansNothing() throws Exception {
        Run first = gazette(S3ProxyServer.SECRET, deploy());
        assertThat(first.exit()).as(first.err()).isZero();
        int files = DeployFixture.manifest(root.resolve("site")).entries().size();
        assertThat(first.out()).startsWith("Deployed to s3://cli/ at " + s3.endpoint() + ": " + files + " uploaded (")
                .contains(files + " changed URL paths for the CDN in " + root.resolve(".gazette/invalidate.txt"));
        assertThat(Files.readAllLines(root.resolve(".gazette/invalidate.txt"))).hasSize(files).contains("/", "/2023/");

        Run dry = gazette(S3ProxyServer.SECRET, deploy("--dry-run"));
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).startsWith("Plan, compared with the previous deploy's manifest: 0 to upload (0 B), 0 to delete, "
                + files + " unchanged").contains("Dry run for s3://cli/");
    }

    @Test
    void wrongCredentialsExitWithOneAndOneLine() {
        Run run = gazette("not-the-secret", deploy());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("gazette deploy: " + s3.endpoint() + " refused the credentials (403 SignatureDoesNotMatch)"
                + " (check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the profile)" + System.lineSeparator());
    }

    @Test
    void forgetHistorySaysWhatItForgotAndWhatStays() {
        s3.createBucket("cli-forget");
        assertThat(gazette(S3ProxyServer.SECRET, deployTo("cli-forget")).exit()).isZero();
        Run dry = gazette(S3ProxyServer.SECRET, deployTo("cli-forget", "--forget-history", "--dry-run"));
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).matches("Would forget 0 kept copies and 0 earlier deploys' manifests; deploy 00000001-\\d{8}T\\d{6}Z,"
                + " what readers see, would stay \\(a rollback has nothing to go back to until deploys follow\\)\\R");

        s3.createBucket("cli-empty");
        Run empty = gazette(S3ProxyServer.SECRET, deployTo("cli-empty", "--forget-history"));
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).startsWith("gazette deploy: nothing to forget: s3://cli-empty/");
    }

    private String[] deployTo(String bucket, String... more) {
        String[] all = deploy(more);
        all[java.util.Arrays.asList(all).indexOf("cli")] = bucket;
        return all;
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(gazette(S3ProxyServer.SECRET, deploy("--to", "00000001-x")).exit()).isEqualTo(2);
        assertThat(gazette(S3ProxyServer.SECRET, deploy("--forget-history", "--rollback")).exit()).isEqualTo(2);
        Run noTarget = gazette(S3ProxyServer.SECRET, "deploy", "--source", root.toString());
        assertThat(noTarget.exit()).isEqualTo(1);
        assertThat(noTarget.err()).contains("gazette deploy: no deploy target: site.yaml has no deploy: targets: and no --bucket was given");
    }

    /**
     * The bar goes where standard error goes, as the build's does: {@code deploy 2> deploy.log} at a
     * terminal keeps it out of the file, and {@code deploy | tee deploy.log} shows it on the terminal.
     */
    @Test
    void theProgressBarIsDrawnWhereStandardErrorIsATerminal() throws Exception {
        s3.createBucket("tty-file");
        s3.createBucket("tty-pipe");
        Path log = folder.resolve("deploy.log");
        String bar = "(?s).*\\d+/\\d+ uploaded.*";

        atTerminal(deployInProcess("tty-file") + " 2>'" + log + "'");
        assertThat(Files.readString(log)).doesNotMatch(bar);

        assertThat(atTerminal(deployInProcess("tty-pipe") + " | cat")).matches(bar);
    }

    /** Ctrl-C clears the bar, as the build's: the shell's prompt came after it, on its line. */
    @Test
    void ctrlCAtATerminalClearsTheProgressBar() throws Exception {
        s3.createBucket("tty-stopped");
        Path site = DeployFixture.checkout(folder.resolve("many-files"));
        for (int i = 0; i < 3000; i++) {
            TestSites.write(site.resolve("static/files/" + i + ".txt"), "附件" + i);
        }
        DeployFixture.build(site, site.resolve("site"));
        ScriptTerminal terminal = onTerminal(deployInProcess(site, "tty-stopped") + " --jobs 1");
        terminal.awaitShown("% [");
        String screen = terminal.interrupt();
        assertThat(screen).as("stopped before the end").doesNotContain("Deployed to");
        assertThat(screen.substring(screen.lastIndexOf("% ["))).endsWith("\r\033[2K");
    }

    /** The command line of a deploy to {@code bucket} in a JVM of its own. */
    private static String deployInProcess(String bucket) {
        return deployInProcess(root, bucket);
    }

    private static String deployInProcess(Path site, String bucket) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Gazette.class.getName(), "deploy", "--source", site.toString(),
                "--bucket", bucket, "--endpoint", s3.endpoint().toString(), "--path-style"));
        return command.stream().map(word -> "'" + word + "'").collect(Collectors.joining(" "));
    }

    /** {@code command} run on a terminal of its own, with the test server's credentials. */
    private static ScriptTerminal onTerminal(String command) throws IOException {
        return ScriptTerminal.start(command, Map.of("TERM", "xterm",
                "AWS_ACCESS_KEY_ID", S3ProxyServer.IDENTITY, "AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET));
    }

    /** What a terminal showed of {@code command}, which must succeed. */
    private static String atTerminal(String command) throws Exception {
        ScriptTerminal terminal = onTerminal(command);
        String shown = terminal.finish();
        assertThat(terminal.exitValue()).as(shown).isZero();
        return shown;
    }
}
