package org.gazette.render;

import org.gazette.problem.Problem;

/** A theme that cannot be used or a template that fails, with the template's file and line. */
public final class ThemeException extends RuntimeException {

    private final transient Problem problem;

    public ThemeException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
