package org.gazette.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The site's own {@code .gazette/} folder, beside {@code content/}: the build lock and the build
 * cache. Made with a {@code .gitignore} of "*" inside, a folder that ignores itself (as pytest's
 * and Ruff's caches do): editors who build in their own repository and then {@code git add -A}
 * would otherwise commit the cache and the lock, whatever their {@code .gitignore} says. Only the
 * build that makes the folder writes it, so one an editor deleted stays deleted. The output
 * folder's {@code .gazette/} is not this one: it is published with the site.
 *
 * <pre>{@code
 * GazetteFolder.make(root.resolve(".gazette"));
 * }</pre>
 */
final class GazetteFolder {

    static final String GITIGNORE = ".gitignore";

    /** The comment says why to whoever opens it; "*" ignores the .gitignore itself too. */
    static final String IGNORE_ALL = "# Made by gazette build: the build's lock and cache, not for version control.\n*\n";

    private GazetteFolder() {
    }

    /** Makes {@code folder} (and its parents) unless it exists; when this call made it, with its .gitignore. */
    static void make(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder.getParent());
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            return; // made by another build this moment, which writes the .gitignore (or a file in the way, refused later)
        }
        Files.writeString(folder.resolve(GITIGNORE), IGNORE_ALL, StandardCharsets.UTF_8);
    }
}
