package org.gazette.build;

import java.time.Duration;
import java.util.List;
import org.gazette.problem.Problem;

/**
 * What a build did.
 *
 * @param problems every problem found, errors and warnings, in file order
 * @param articles articles published
 * @param pages    HTML pages written
 * @param files    files in the site
 * @param written  files written by this build; the others were kept from the previous one
 * @param elapsed  wall time
 * @param scheduled the articles left out until their date, which the build names in a note
 * @param rendered pages rendered by this build from their templates; the others were kept from the previous one
 */
public record BuildReport(List<Problem> problems, int articles, int pages, int files, int written, Duration elapsed,
                          List<Scheduled> scheduled, int rendered) {

    public BuildReport {
        problems = problems.stream().sorted(Problem.BY_POSITION).toList();
        scheduled = List.copyOf(scheduled);
    }

    /** A report of a build that rendered no page. */
    public BuildReport(List<Problem> problems, int articles, int pages, int files, int written, Duration elapsed,
                       List<Scheduled> scheduled) {
        this(problems, articles, pages, files, written, elapsed, scheduled, 0);
    }

    /** A report without scheduled articles: a build that stopped before it knew of them. */
    public BuildReport(List<Problem> problems, int articles, int pages, int files, int written, Duration elapsed) {
        this(problems, articles, pages, files, written, elapsed, List.of());
    }

    /** True when the output folder was written: there were no errors. */
    public boolean succeeded() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }
}
