package org.gazette.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for parallel storage requests: every one finishes (or fails) before the caller goes
 * on, and the first failure is rethrown as it was.
 *
 * <pre>{@code
 * Futures.awaitAll(List.of(executor.submit(task1), executor.submit(task2)));
 * }</pre>
 */
final class Futures {

    private Futures() {
    }

    /** Waits for all; rethrows the first failure after every one has ended. */
    static void awaitAll(List<? extends Future<?>> futures) {
        List<Throwable> failures = failures(futures);
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first instanceof Error error) {
                throw error;
            }
            throw new DeployException(first.getMessage(), first);
        }
    }

    /** Waits for all and returns their failures, in submission order. */
    static List<Throwable> failures(List<? extends Future<?>> futures) {
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
            }
        }
        return failures;
    }
}
