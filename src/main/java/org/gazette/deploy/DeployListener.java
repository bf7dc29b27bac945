package org.gazette.deploy;

/**
 * Hears what a deploy does as it does it: for a progress bar, or for tests that stop the server
 * half-way. Uploads run in parallel, so the methods are called from several threads.
 *
 * <pre>{@code
 * DeployListener counter = new DeployListener() {
 *     public void uploaded(Change change) { done.incrementAndGet(); }
 * };
 * }</pre>
 */
public interface DeployListener {

    DeployListener NONE = new DeployListener() {
    };

    /** The plan is made; nothing has been written yet. */
    default void planned(Plan plan) {
    }

    /** One object was written. */
    default void uploaded(Change change) {
    }

    /** One object was deleted. */
    default void deleted(Change change) {
    }

    /** Everything is done, or the deploy stopped. */
    default void finished() {
    }
}
