package org.gazette.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.check.Check;
import org.gazette.check.CheckOptions;
import org.gazette.check.CheckReport;
import org.gazette.check.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code gazette check}: reports every problem of the site without writing it; for editors before they commit, and for CI. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = "Reports every problem the build would find, and broken links, photos too large, drafts whose"
                + " date has passed and articles with nothing to summarise, without writing the site.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (there may be warnings)", "1:errors (or, with --strict, warnings)",
                "2:wrong command-line usage"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteRootOption site;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
            converter = FormatConverter.class,
            description = "human (file:LINE:COL: error|warning: message), json, or github (annotations in GitHub Actions)")
    private ReportFormat format;

    @Option(names = "--strict", description = "count warnings as errors")
    private boolean strict;

    @Option(names = "--max-photo-size", paramLabel = "SIZE", defaultValue = "1MB", converter = SizeConverter.class,
            description = "warn about photos larger than this, such as 500KB or 2MB (default: 1MB)")
    private long maxPhotoSize;

    @Option(names = "--no-cache", description = "read and render every article, ignoring (and not keeping) what the last check learnt")
    private boolean noCache;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "keep what the check learns in this file (default: in ~/.cache/gazette/; CI can keep it between runs)")
    private Path cacheFile;

    @Override
    public Integer call() {
        if (cacheFile != null && noCache) {
            throw new ParameterException(spec.commandLine(), "--cache and --no-cache ask for opposite things: give one of them");
        }
        if (cacheFile != null && Files.isDirectory(cacheFile)) {
            throw new ParameterException(spec.commandLine(), "--cache " + cacheFile + " is a folder: name a file"
                    + " (such as --cache " + cacheFile.resolve(".check-cache.bin") + ")");
        }
        if (cacheFile != null && !noCache && !CheckOptions.mayHoldCache(cacheFile)) {
            throw new ParameterException(spec.commandLine(), "--cache " + cacheFile + " is a file that is not a check cache,"
                    + " and the check would overwrite it: name a new file (such as --cache .check-cache.bin)");
        }
        CheckOptions options = CheckOptions.of(site.root()).withStrict(strict).withMaxPhotoBytes(maxPhotoSize);
        if (!noCache) {
            options = options.withCache(cacheFile != null ? cacheFile : CheckOptions.defaultCache(site.root()));
        }
        // On standard error, as the build's: a bar at a terminal, a line every five seconds in a CI log.
        BuildProgress progress = BuildProgress.on(spec.commandLine().getErr(), false);
        CheckReport report;
        try {
            report = Check.run(options, progress);
        } finally {
            progress.finish();
        }
        format.write(report, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return report.passed() ? 0 : Gazette.CONTENT_PROBLEMS;
    }

    /** human, json or github, in any case. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("use human, json or github, not " + value);
            }
        }
    }

    /** 800000, 500KB, 1.5MB, 2mb: decimal units, as file managers show sizes. */
    static final class SizeConverter implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb|k|mb|m|gb|g)?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip());
            if (!m.matches()) {
                throw new TypeConversionException("write a size such as 500KB or 2MB, not " + value);
            }
            String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
            long factor = switch (unit.charAt(0)) {
                case 'k' -> 1_000L;
                case 'm' -> 1_000_000L;
                case 'g' -> 1_000_000_000L;
                default -> 1L;
            };
            return Math.round(Double.parseDouble(m.group(1)) * factor);
        }
    }
}
