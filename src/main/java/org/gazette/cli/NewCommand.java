package org.gazette.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gazette.config.SiteConfig;
import org.gazette.config.SiteConfigLoader;
import org.gazette.content.ArticleDates;
import org.gazette.importer.NewArticle;
import org.gazette.problem.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gazette new news/womens-day-forum --title "…"}: a dated draft from the front-matter template. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        description = "Creates a dated draft article under content/ with the whole front-matter template."
                + " An existing file is never overwritten.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the article was created", "1:the file exists already, or site.yaml has errors",
                "2:wrong command-line usage"})
final class NewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COLUMN/SLUG",
            description = "the column's folder and the article's slug, such as news/womens-day-forum;"
                    + " the folder names the column (a column's slug in site.yaml, else its name), never a year")
    private String where;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "the headline")
    private String title;

    @Option(names = "--date", paramLabel = "DATE", description = "the date, such as 2024-03-08 or \"2024-03-08 09:30\" (default: now)")
    private String date;

    @Mixin
    private SiteRootOption site;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Outcome<SiteConfig> config = SiteConfigLoader.load(site.root());
        if (config.value().isEmpty()) {
            config.problems().forEach(p -> err.println(p.format()));
            return Gazette.CONTENT_PROBLEMS;
        }
        ZonedDateTime when = date == null ? ZonedDateTime.now(config.value().get().timeZone())
                : parseDate(config.value().get());
        NewArticle article;
        try {
            article = NewArticle.of(config.value().get(), where, title, when);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String shown = article.file().toString().replace('\\', '/');
        try {
            article.write(site.root());
        } catch (FileAlreadyExistsException e) {
            err.println(shown + ": the file exists already and was left as it is (choose another slug, or edit that file)");
            return Gazette.CONTENT_PROBLEMS;
        } catch (IOException e) {
            err.println(shown + ": cannot create the file: " + e.getMessage() + " (check that the folder can be written)");
            return Gazette.CONTENT_PROBLEMS;
        }
        var out = spec.commandLine().getOut();
        out.println("Created " + shown);
        out.println("It is a draft: write the text below its front matter, then delete the line draft: true to publish it.");
        out.println("Preview it with: gazette serve");
        return 0;
    }

    private ZonedDateTime parseDate(SiteConfig config) {
        Optional<ZonedDateTime> parsed = ArticleDates.parse(date, config.timeZone());
        return parsed.orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--date \"" + date + "\" is not a date (use YYYY-MM-DD or \"YYYY-MM-DD HH:MM\", such as 2024-03-08)"));
    }
}
