package org.gazette.deploy;

/**
 * A deploy that cannot go on, with one line for the operator: what is wrong and, in brackets,
 * what to do. Thrown before any change, or after a failure that left readers' objects in place.
 *
 * <pre>{@code
 * throw new DeployException("bucket news does not exist at http://127.0.0.1:9000 (create it, or correct --bucket)");
 * }</pre>
 */
public class DeployException extends RuntimeException {

    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
