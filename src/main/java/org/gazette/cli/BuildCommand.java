package org.gazette.cli;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.gazette.build.Scheduled;
import org.gazette.output.OutputTarget;
import org.gazette.output.SiteWriter;
import org.gazette.problem.Problem;
import org.gazette.problem.ReadProblems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gazette build}: builds the site into the output folder, or reports every problem and leaves it as it was. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {"Builds the site from content/ into the output folder.",
                "The folder is replaced only when the build succeeds."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:problems in the content or theme; the output folder is unchanged",
                "2:wrong command-line usage"})
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteRootOption site;

    @Option(names = "--output", paramLabel = "DIR",
            description = "the folder to write (default: site/ in the site root)")
    private Path output;

    @Option(names = "--drafts", description = "include articles marked draft: true")
    private boolean drafts;

    @Option(names = "--future", description = "include articles dated in the future")
    private boolean future;

    @Option(names = "--base-url", paramLabel = "URL", description = "publish at this URL instead of site.yaml's base_url")
    private String baseUrl;

    @Option(names = "--no-cache", description = "build everything afresh, without reading or writing the build cache (.gazette/cache)")
    private boolean noCache;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but problems")
    private boolean quiet;

    @Option(names = "--timings", description = "print the wall time of each phase of the build")
    private boolean timings;

    @Override
    public Integer call() {
        BuildOptions options = options();
        var err = spec.commandLine().getErr();
        BuildProgress progress = BuildProgress.on(err, quiet);
        // The advice and what tells it are made now: made with the heap full, they ran out themselves
        // (a lambda is linked at its first use).
        String outOfMemory = OutOfMemory.advice("build");
        Runnable tellOutOfMemory = () -> {
            progress.finish();
            OutOfMemory.tell(err, outOfMemory);
            err.println("Build failed: out of memory; " + outputState(options));
        };
        BuildReport report;
        try {
            report = Build.run(options, progress);
        } catch (UncheckedIOException e) { // a source that cannot be listed or read: nothing was written
            report = new BuildReport(ReadProblems.of(e, options.root()), 0, 0, 0, 0, Duration.ZERO);
        } catch (RuntimeException | Error e) { // an initialiser's failure comes as a LinkageError (OutOfMemory.in)
            if (!OutOfMemory.caught(e)) {
                throw e;
            }
            OutOfMemory.tellWhenThereIsRoom(tellOutOfMemory);
            return Gazette.CONTENT_PROBLEMS;
        } finally {
            progress.finish();
        }
        for (Problem problem : report.problems()) {
            err.println(problem.format());
        }
        if (!report.succeeded()) {
            err.printf("Build failed: %d error%s; %s%n", report.errorCount(), report.errorCount() == 1 ? "" : "s",
                    outputState(options));
            return Gazette.CONTENT_PROBLEMS;
        }
        if (!quiet) {
            double seconds = Math.max(report.elapsed().toMillis(), 1) / 1000.0;
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "Built %d article%s into %s: %d pages (%d rendered), %d files (%d written) in %.2f s, %.0f pages/s%n",
                    report.articles(), report.articles() == 1 ? "" : "s", options.output(), report.pages(), report.rendered(), report.files(),
                    report.written(), seconds, report.pages() / seconds);
            Scheduled.note(report.scheduled()).ifPresent(note -> spec.commandLine().getOut().println("note: " + note));
            spec.commandLine().getOut().flush();
        }
        if (timings) {
            err.println("timings: " + progress.timings());
        }
        return 0;
    }

    /** The build's options, as the command line gives them. */
    private BuildOptions options() {
        BuildOptions options = BuildOptions.of(site.root())
                .withOutput(output == null ? site.root().resolve("site") : output)
                .withDrafts(drafts)
                .withFuture(future);
        if (baseUrl != null) {
            options = options.withBaseUrl(parseBaseUrl(baseUrl));
        }
        return noCache ? options : options.withCache(site.root().resolve(BuildOptions.CACHE_FOLDER));
    }

    /** What a failed build left of the output folder. */
    private static String outputState(BuildOptions options) {
        // The marker stays when renaming the changed files into place stopped halfway; it is also
        // there while another build (of another site) updates the folder, which refused this one.
        Path output = OutputTarget.resolve(options.output());
        boolean partly = Files.exists(output.resolve(SiteWriter.UPDATING));
        return partly ? options.output() + " is marked as being updated (by a build stopped halfway, or by another"
                + " build now): the next build that succeeds replaces it whole."
                : Files.isDirectory(output) ? options.output() + " was left as it was."
                : "nothing was written to " + options.output() + ".";
    }

    private URI parseBaseUrl(String text) {
        try {
            URI uri = URI.create(text.endsWith("/") ? text : text + "/");
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("(?i)https?")) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--base-url must be an absolute http or https URL such as https://example.org/news/");
        }
    }
}
