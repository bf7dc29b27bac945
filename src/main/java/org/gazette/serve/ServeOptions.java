package org.gazette.serve;

import java.nio.file.Path;

/**
 * How to preview.
 *
 * <pre>{@code
 * ServeOptions options = ServeOptions.of(Path.of(".")).withPort(4000, true);
 * }</pre>
 *
 * @param root      the site root, holding {@code site.yaml}, {@code content/} and {@code themes/}
 * @param port      the port on 127.0.0.1, or 0 for any free one
 * @param portFixed whether the port was asked for: if it is taken, serving fails rather than moving to the next
 * @param drafts    include articles marked {@code draft: true}
 * @param future    include articles dated after now
 * @param quietMillis how long the sources must be still after a change before the rebuild starts,
 *                    so that an editor's save (often several writes) causes one rebuild
 * @param quiet     print nothing but problems, as {@code gazette build -q}: no line for a build that went through
 */
public record ServeOptions(Path root, int port, boolean portFixed, boolean drafts, boolean future, long quietMillis,
        boolean quiet) {

    public static final int DEFAULT_PORT = 4000;

    public static ServeOptions of(Path root) {
        return new ServeOptions(root, DEFAULT_PORT, false, true, true, 100, false);
    }

    public ServeOptions withPort(int number, boolean fixed) {
        return new ServeOptions(root, number, fixed, drafts, future, quietMillis, quiet);
    }

    public ServeOptions withDrafts(boolean include) {
        return new ServeOptions(root, port, portFixed, include, future, quietMillis, quiet);
    }

    public ServeOptions withFuture(boolean include) {
        return new ServeOptions(root, port, portFixed, drafts, include, quietMillis, quiet);
    }

    public ServeOptions withQuietMillis(long millis) {
        return new ServeOptions(root, port, portFixed, drafts, future, millis, quiet);
    }

    public ServeOptions withQuiet(boolean only) {
        return new ServeOptions(root, port, portFixed, drafts, future, quietMillis, only);
    }
}
