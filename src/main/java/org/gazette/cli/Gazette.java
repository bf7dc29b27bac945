package org.gazette.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
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
        description = "Builds a news archive written in Markdown into a static site.")
public final class Gazette implements Runnable {

    /** Exit code for problems in the content or theme: the site was not written. */
    public static final int CONTENT_PROBLEMS = 1;

    /**
     * The commands, by name, in the order the usage lists them. Added to the command line rather
     * than named in the annotation, so that a run of one command need not have picocli model the
     * others (about 60 ms of a cold start; README, "Start-up").
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("deploy", DeployCommand::new);
        commands.put("hook", HookCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        CommandLine commandLine = commandLine(utf8(System.out), utf8(System.err), namedFirst(args));
        // Only here, in a process of its own, may a thread dying of a full heap end it (OutOfMemory).
        commandLine.setExecutionStrategy(new OutOfMemory.Told(new CommandLine.RunLast(), commandLine.getErr(), true));
        System.exit(commandLine.execute(args));
    }

    /** The command line with UTF-8 output, whatever the platform's default encoding. */
    public static CommandLine commandLine() {
        return commandLine(utf8(System.out), utf8(System.err));
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** The command line with every command. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, COMMANDS.keySet());
    }

    /**
     * The commands a run with {@code args} needs: the one they name first, when it is one and not
     * {@code help}, as no other can run; none for {@code --version} alone; else all of them, to
     * list them or to tell which was meant.
     */
    static Collection<String> namedFirst(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        return args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help") ? List.of(args[0]) : COMMANDS.keySet();
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Collection<String> commands) {
        CommandLine commandLine = new CommandLine(new Gazette());
        commands.forEach(name -> commandLine.addSubcommand(name, COMMANDS.get(name).get()));
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
