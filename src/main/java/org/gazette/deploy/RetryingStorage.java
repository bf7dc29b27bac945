package org.gazette.deploy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A {@link Storage} that tries each failed request again, with backoff, when the failure may be
 * passing (5xx, throttling, a dropped connection), and gives up with the last error and the
 * number of tries. Every request a deploy makes is idempotent, so trying again is safe.
 *
 * <pre>{@code
 * Storage storage = new RetryingStorage(S3Storage.open(target, credentials), RetryPolicy.standard());
 * }</pre>
 */
public final class RetryingStorage implements Storage {

    private final Storage storage;
    private final RetryPolicy policy;
    private final AtomicInteger retries = new AtomicInteger();

    public RetryingStorage(Storage storage, RetryPolicy policy) {
        this.storage = storage;
        this.policy = policy;
    }

    /** Requests tried again so far, for the summary. */
    public int retries() {
        return retries.get();
    }

    private <T> T withRetries(Supplier<T> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (StorageException e) {
                if (!e.retryable() || attempt >= policy.attempts()) {
                    throw attempt == 1 ? e : new StorageException(e.getMessage() + " (gave up after " + attempt
                            + " tries; run deploy again when the storage answers: it picks up where this one stopped)",
                            false, e);
                }
                retries.incrementAndGet();
                sleep(policy.delayBefore(attempt + 1).toMillis());
            }
        }
    }

    private void withRetries(Runnable request) {
        withRetries(() -> {
            request.run();
            return null;
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployException("interrupted", e);
        }
    }

    @Override
    public List<StoredObject> list(String prefix) {
        return withRetries(() -> storage.list(prefix));
    }

    @Override
    public Optional<byte[]> get(String key) {
        return withRetries(() -> storage.get(key));
    }

    @Override
    public Optional<StoredHeaders> head(String key) {
        return withRetries(() -> storage.head(key));
    }

    @Override
    public void put(String key, byte[] body, ObjectRecord record) {
        withRetries(() -> storage.put(key, body, record));
    }

    @Override
    public void putState(String key, byte[] json) {
        withRetries(() -> storage.putState(key, json));
    }

    @Override
    public boolean copy(String sourceKey, String targetKey, ObjectRecord record) {
        return withRetries(() -> storage.copy(sourceKey, targetKey, record));
    }

    @Override
    public void delete(List<String> keys) {
        withRetries(() -> storage.delete(keys));
    }

    @Override
    public String describe() {
        return storage.describe();
    }

    @Override
    public void close() {
        storage.close();
    }
}
