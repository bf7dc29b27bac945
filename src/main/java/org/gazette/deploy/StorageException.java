package org.gazette.deploy;

/**
 * A storage operation failed. {@link #retryable()} says whether trying again may help (5xx,
 * throttling, a broken connection) or not (refused credentials, a missing bucket).
 *
 * <pre>{@code
 * catch (StorageException e) { if (e.retryable()) retry(); else throw e; }
 * }</pre>
 */
public class StorageException extends DeployException {

    private final boolean retryable;

    public StorageException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
