package org.gazette.problem;

import java.util.List;
import java.util.Optional;

/**
 * The result of one pipeline step: a value when the step succeeded, and the problems it found
 * either way (warnings may accompany a value; an error means there is none).
 *
 * <pre>{@code
 * Outcome<Article> parsed = parser.parse(source);
 * parsed.value().ifPresent(articles::add);
 * problems.addAll(parsed.problems());
 * }</pre>
 */
public record Outcome<T>(Optional<T> value, List<Problem> problems) {

    public Outcome {
        problems = List.copyOf(problems);
    }

    public static <T> Outcome<T> of(T value, List<Problem> problems) {
        boolean failed = problems.stream().anyMatch(Problem::isError);
        return new Outcome<>(failed ? Optional.empty() : Optional.of(value), problems);
    }

    public static <T> Outcome<T> failed(List<Problem> problems) {
        return new Outcome<>(Optional.empty(), problems);
    }

    public static <T> Outcome<T> failed(Problem problem) {
        return failed(List.of(problem));
    }
}
