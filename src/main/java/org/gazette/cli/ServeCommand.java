package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gazette.serve.FirstBuildListener;
import org.gazette.serve.IdleHeap;
import org.gazette.serve.Preview;
import org.gazette.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gazette serve}: the site as readers will see it, on this computer, updated as files are saved. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = "Previews the site at http://127.0.0.1:4000/ while you write: pages reload when you save, and a"
                + " build error shows over the page, with its file and line, until you fix it. Drafts and articles dated"
                + " in the future are shown; nothing is written to disk. Ctrl+C stops.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"1:the server could not start (the port is taken)", "2:wrong command-line usage"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteRootOption site;

    @Option(names = "--port", paramLabel = "PORT",
            description = "the port on 127.0.0.1 (default: 4000, or the next free one; 0 for any free port)")
    private Integer port;

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "show articles marked draft: true (default; --no-drafts hides them)")
    private boolean drafts;

    @Option(names = "--future", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "show articles dated in the future (default; --no-future hides them)")
    private boolean future;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but problems, and the address served at")
    private boolean quiet;

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65535)) {
            throw new ParameterException(spec.commandLine(), "--port must be between 1 and 65535, or 0 for any free port");
        }
        if (!Files.isDirectory(site.root())) {
            throw new ParameterException(spec.commandLine(), "--source " + site.root() + " is not a folder (give the site's folder)");
        }
        ServeOptions options = ServeOptions.of(site.root()).withDrafts(drafts).withFuture(future).withQuiet(quiet);
        if (port != null) {
            options = options.withPort(port, port != 0);
        }
        var out = spec.commandLine().getOut();
        IdleHeap.giveBackWhenIdle();
        Preview preview;
        try {
            preview = startShowingProgress(options, out);
        } catch (IOException e) {
            spec.commandLine().getErr().println("gazette serve cannot start: " + e.getMessage());
            return Gazette.CONTENT_PROBLEMS;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "gazette-serve-stop"));
        out.println("Serving at " + preview.url() + (drafts || future ? " (with " + (drafts && future ? "drafts and future articles"
                : drafts ? "drafts" : "future articles") + ")" : "") + ". Press Ctrl+C to stop.");
        out.flush();
        preview.awaitClose();
        return 0;
    }

    /**
     * Starts the preview, its first build shown as a build's is (it takes a minute at 100,000
     * articles): on standard error, a bar at a terminal, a line every five seconds in a CI log;
     * nothing when quiet.
     */
    private Preview startShowingProgress(ServeOptions options, PrintWriter out) throws IOException {
        BuildProgress progress = BuildProgress.on(spec.commandLine().getErr(), quiet);
        try {
            return Preview.start(options, out, shownBy(progress));
        } finally {
            progress.finish(); // when the first build threw, too
        }
    }

    /** The first build's listener: {@code progress}, cleared before the preview prints what it built. */
    private static FirstBuildListener shownBy(BuildProgress progress) {
        return new FirstBuildListener() {
            @Override
            public void phase(String name, int steps) {
                progress.phase(name, steps);
            }

            @Override
            public void advance(int steps) {
                progress.advance(steps);
            }

            @Override
            public void note(String text) {
                progress.note(text);
            }

            @Override
            public void over() {
                progress.finish();
            }
        };
    }
}
