package org.gazette.deploy;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a failed storage request is tried again: exponential backoff
 * with full jitter, so that parallel uploads hitting a throttled server spread out.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.standard();           // 6 attempts, 250 ms doubling to 8 s
 * Duration wait = policy.delayBefore(2);                 // random, up to 500 ms
 * }</pre>
 *
 * @param attempts  tries in all, at least 1
 * @param baseDelay the longest wait before the second try; doubled for each later one
 * @param maxDelay  no wait is longer
 */
public record RetryPolicy(int attempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(8));
    }

    public RetryPolicy withAttempts(int count) {
        return new RetryPolicy(count, baseDelay, maxDelay);
    }

    /** The wait before try number {@code attempt} (2 for the first retry). */
    public Duration delayBefore(int attempt) {
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 2, 20));
        return Duration.ofMillis(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
    }
}
