package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gazette.content.ArticleDates;
import org.gazette.content.ContentLoader;
import org.gazette.content.Slugs;
import org.gazette.importer.ImportOptions;
import org.gazette.importer.ImportReport;
import org.gazette.importer.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gazette import}: legacy plain-text and HTML articles into Gazette Markdown, with a report of what to check. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = "Converts legacy articles (plain text as a newspaper prints them, or HTML pages of an old site)"
                + " into Markdown articles under the site's content/ (or --output), one folder each. Nothing is overwritten:"
                + " an article imported before is left as it is. Whatever is not recognised is kept as text and listed in the report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was imported, now or by an earlier import (read the report for what to check)",
                "1:some files could not be imported (the others were)", "2:wrong command-line usage"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER",
            description = "legacy articles (.txt, .html), or folders of them")
    private List<Path> inputs;

    @Option(names = "--output", paramLabel = "DIR",
            description = "where to write the articles, as YEAR/SLUG/index.md (default: the content folder of --source)")
    private Path output;

    @Mixin
    private SiteRootOption site;

    @Option(names = "--date", paramLabel = "DATE", description = "the date of articles that give none (neither in their text nor at the start of their file's name),"
            + " such as \"2023-12-26 08:00\"; a date an article gives is kept")
    private String date;

    @Option(names = "--column", paramLabel = "NAME", description = "the column of the imported articles, such as 工作综述")
    private String column = "";

    @Option(names = "--tags", paramLabel = "TAGS", description = "tags for the imported articles, separated by commas: 妇联,妇女代表大会")
    private String tags = "";

    @Option(names = "--slug", paramLabel = "SLUG", description = "the slug, when importing one article (default: from the file name)")
    private String slug;

    @Option(names = "--keep-punctuation", description = "keep half-width punctuation between Chinese characters as it is")
    private boolean keepPunctuation;

    @Option(names = "--aliases", description = "give each HTML page its path under the folder imported as an alias,"
            + " so that its old address keeps working")
    private boolean aliases;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the import report into this file")
    private Path reportFile;

    @Override
    public Integer call() {
        if (!Files.isDirectory(site.root())) {
            throw new ParameterException(spec.commandLine(), "--source " + site.root() + " is not a folder"
                    + " (give the site's folder, the one holding site.yaml and content/)");
        }
        Path into = output != null ? output : site.root().resolve(ContentLoader.CONTENT_FOLDER).normalize();
        ImportOptions options = ImportOptions.into(into).withColumn(column.strip()).withTags(splitTags(tags))
                .withFullWidth(!keepPunctuation).withAliases(aliases);
        if (date != null) {
            if (ArticleDates.parse(date, ZoneOffset.UTC).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--date \"" + date
                        + "\" is not a date (use YYYY-MM-DD or \"YYYY-MM-DD HH:MM\", such as \"2023-12-26 08:00\")");
            }
            options = options.withDate(date);
        }
        if (slug != null) {
            if (inputs.size() != 1 || Files.isDirectory(inputs.get(0))) {
                throw new ParameterException(spec.commandLine(), "--slug names one article: give one file, or leave --slug out");
            }
            if (!Slugs.of(slug).equals(slug)) {
                throw new ParameterException(spec.commandLine(), "--slug \"" + slug
                        + "\" may only hold lower-case letters, digits and - (use " + Slugs.of(slug) + ")");
            }
            options = options.withSlug(slug);
        }
        ImportReport report = Importer.run(inputs, options);
        report.print(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        if (reportFile != null) {
            StringWriter text = new StringWriter();
            report.print(new PrintWriter(text));
            try {
                Files.writeString(reportFile, text.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                spec.commandLine().getErr().println(reportFile + ": cannot write the report: " + e.getMessage());
                return Gazette.CONTENT_PROBLEMS;
            }
        }
        return report.failed() == 0 ? 0 : Gazette.CONTENT_PROBLEMS;
    }

    private static List<String> splitTags(String text) {
        List<String> list = new ArrayList<>();
        for (String tag : text.split("[,，、]")) {
            if (!tag.isBlank()) {
                list.add(tag.strip());
            }
        }
        return list;
    }
}
