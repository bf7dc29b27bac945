package org.gazette.check;

import java.time.Duration;
import java.util.List;
import org.gazette.build.Scheduled;
import org.gazette.problem.Problem;

/**
 * What {@code gazette check} found.
 *
 * <pre>{@code
 * CheckReport report = Check.run(CheckOptions.of(root));
 * report.passed();   // false when there is an error
 * ReportFormat.HUMAN.write(report, out);
 * }</pre>
 *
 * @param problems every problem, in file, line and column order (warnings already turned into
 *                 errors under {@code --strict})
 * @param articles how many articles were checked
 * @param elapsed  wall time
 * @param scheduled the articles a build now would leave out until their date, told in a note
 */
public record CheckReport(List<Problem> problems, int articles, Duration elapsed, List<Scheduled> scheduled) {

    public CheckReport {
        problems = problems.stream().distinct().sorted(Problem.BY_POSITION).toList();
        scheduled = List.copyOf(scheduled);
    }

    public CheckReport(List<Problem> problems, int articles, Duration elapsed) {
        this(problems, articles, elapsed, List.of());
    }

    /** True when there is no error: the site would build. */
    public boolean passed() {
        return errors() == 0;
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** How many files have a problem. */
    public long files() {
        return problems.stream().map(Problem::fileName).distinct().count();
    }
}
