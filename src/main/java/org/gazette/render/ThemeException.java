package org.gazette.render;

import java.util.List;
import org.gazette.problem.Problem;

/** A theme that cannot be used or a template that fails, with the template's file and line. */
public final class ThemeException extends RuntimeException {

    private final transient List<Problem> problems;

    public ThemeException(Problem problem) {
        this(List.of(problem));
    }

    /** Several problems at once (every broken link among the templates); at least one. */
    public ThemeException(List<Problem> problems) {
        super(problems.get(0).format());
        this.problems = List.copyOf(problems);
    }

    /** The first problem. */
    public Problem problem() {
        return problems.get(0);
    }

    public List<Problem> problems() {
        return problems;
    }
}
