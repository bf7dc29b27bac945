package org.gazette.build;

/**
 * Hears how a build goes, for a progress display: each phase as it starts (with the number of
 * steps when known), the steps as they are done, and notes such as a build cache that was
 * ignored. Called from several threads at once.
 *
 * <pre>{@code
 * Build.run(options, new BuildListener() {
 *     public void phase(String name, int steps) { System.err.println(name); }
 * });
 * }</pre>
 */
public interface BuildListener {

    BuildListener SILENT = new BuildListener() {
    };

    /**
     * A phase begins ("reading", "parsing", "rendering", "pages", "writing", ...); {@code steps} is
     * how many steps {@link #advance} will count in it, 0 when they are not counted.
     */
    default void phase(String name, int steps) {
    }

    /** {@code steps} more steps of the current phase are done. */
    default void advance(int steps) {
    }

    /** Something the person building should know that is not a problem in the site. */
    default void note(String text) {
    }
}
