package org.gazette.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gazette.config.SiteConfigLoader;
import org.gazette.content.ContentLoader;
import org.gazette.problem.Problem;

/**
 * Whether the folder given as {@code --source} is a site at all: a mistake there is told as one,
 * not built as an empty site that would replace the published one.
 *
 * <pre>{@code
 * Optional<Problem> notASite = SiteFolder.check(root);  // build: no folder, a file, or neither site.yaml nor content/
 * Optional<Problem> file = SiteFolder.checkNotAFile(root); // check: --source site.yaml
 * }</pre>
 */
public final class SiteFolder {

    private SiteFolder() {
    }

    /** A folder that is not a site at all is a mistake in --source, not an empty site to publish. */
    static Optional<Problem> check(Path root) {
        Optional<Problem> file = checkNotAFile(root);
        if (file.isPresent()) {
            return file;
        }
        if (!Files.isDirectory(root)) {
            return Optional.of(Problem.error(root, 0, "the site folder does not exist"
                    + " (give --source the folder holding site.yaml and content/)"));
        }
        if (!Files.exists(root.resolve(SiteConfigLoader.FILE_NAME)) && !Files.isDirectory(root.resolve(ContentLoader.CONTENT_FOLDER))) {
            return Optional.of(Problem.error(root, 0, "this folder has neither site.yaml nor content/"
                    + " (build in the site's folder, or give --source the folder holding them)"));
        }
        return Optional.empty();
    }

    /** A --source naming a file, such as the site's site.yaml, where its folder was meant. */
    public static Optional<Problem> checkNotAFile(Path root) {
        if (!Files.isRegularFile(root)) {
            return Optional.empty();
        }
        Path folder = root.toAbsolutePath().normalize().getParent();
        return Optional.of(Problem.error(root, 0, "this is a file, not the site's folder (give --source the folder"
                + " holding site.yaml and content/, such as --source " + folder + ")"));
    }
}
