package org.gazette.serve;

import org.gazette.build.BuildListener;

/**
 * Hears how the preview's first build goes, phase by phase, as a build's listener does, and is
 * told when it is over, before the preview prints what it built: a progress bar still drawn then
 * would have that line printed over it.
 *
 * <pre>{@code
 * Preview.start(options, log, new FirstBuildListener() {
 *     public void phase(String name, int steps) { System.err.println(name); }
 *     public void over() { System.err.println("built"); }
 * });
 * }</pre>
 */
public interface FirstBuildListener extends BuildListener {

    FirstBuildListener SILENT = () -> { };

    /** The first build is over (built, failed or thrown): whatever shows its progress goes. */
    void over();
}
