package org.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.gazette.build.BuildListener;

/**
 * Files changed while a build or a check runs, at a point made certain without sleeps: each edit is
 * made as the run enters the phase it is named by ("loading cache", "preparing", "checking", ...).
 *
 * <pre>{@code
 * Map<String, Edit> edits = new ConcurrentHashMap<>(Map.of("loading cache", () -> Files.writeString(template, "…")));
 * Build.run(options, PhaseEdits.editingAt(edits));
 * assertThat(edits).as("edits not made").isEmpty();
 * }</pre>
 */
public final class PhaseEdits {

    private PhaseEdits() {
    }

    /** A change to the site's files. */
    public interface Edit {
        void run() throws IOException;
    }

    /** A listener that makes each of {@code edits} as the run enters the phase it is named by, and takes it out. */
    public static BuildListener editingAt(Map<String, Edit> edits) {
        return new BuildListener() {
            @Override
            public void phase(String name, int steps) {
                Edit edit = edits.remove(name);
                if (edit != null) {
                    try {
                        edit.run();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
    }
}
