package org.gazette.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code gazette} command.
 *
 * <pre>
 * java -jar target/gazette.jar build --source . --output site
 * </pre>
 */
@Command(name = "gazette",
        mixinStandardHelpOptions = true,
        versionProvider = Gazette.Version.class,
        description = "Builds a news archive written in Markdown into a static site.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ImportCommand.class, ServeCommand.class, DeployCommand.class, HookCommand.class, CommandLine.HelpCommand.class})
public final class Gazette implements Runnable {

    /** Exit code for problems in the content or theme: the site was not written. */
    public static final int CONTENT_PROBLEMS = 1;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        CommandLine commandLine = commandLine();
        // Only here, in a process of its own, may a thread dying of a full heap end it (OutOfMemory).
        commandLine.setExecutionStrategy(new OutOfMemory.Told(new CommandLine.RunLast(), commandLine.getErr(), true));
        System.exit(commandLine.execute(args));
    }

    /** The command line with UTF-8 output, whatever the platform's default encoding. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Gazette());
        commandLine.registerConverter(Path.class, PathArgument::of);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionStrategy(new OutOfMemory.Told(new CommandLine.RunLast(), err, false));
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, such as: gazette build");
    }

    /** The version Maven wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Gazette.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"gazette " + properties.getProperty("version", "unknown")};
        }
    }
}
