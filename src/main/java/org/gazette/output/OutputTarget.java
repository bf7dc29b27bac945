package org.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gazette.problem.Problem;

/**
 * Whether a build may write its site at an output path. A build may delete and replace the output
 * folder as a whole (the first build, or the one after an interrupted update), so the folder must
 * be new, empty or one Gazette wrote (it holds the
 * manifest), and it must not hold or lie in the site's sources. Paths are compared where they
 * really lead: a symbolic link to the site is the site.
 *
 * <pre>{@code
 * Path output = OutputTarget.resolve(Path.of("site"));
 * OutputTarget.refusal(root, output, List.of("content", "themes")).ifPresent(problems::add);
 * }</pre>
 */
public final class OutputTarget {

    private OutputTarget() {
    }

    /**
     * {@code path} made absolute, with its existing part replaced by where it really leads: a
     * build through a link to a web server's folder replaces that folder, not the link.
     */
    public static Path resolve(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * Why the site at {@code root}, whose sources are the folders {@code sources} in it, may not
     * be written at {@code output} (resolved); empty when it may.
     */
    public static Optional<Problem> refusal(Path root, Path output, List<String> sources) {
        Path site = resolve(root);
        String advice = " (choose another --output, such as " + site.resolve("site") + ")";
        if (Files.isSymbolicLink(output) && !Files.exists(output)) {
            return Optional.of(Problem.error(output, 0, "the output is a symbolic link that leads to nothing (correct the link,"
                    + " or choose another --output)"));
        }
        for (Path folder = output; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                return Optional.of(Problem.error(output, 0, (folder.equals(output) ? "the output is a file"
                        : "the output lies in " + folder + ", which is a file") + ", not a folder" + advice));
            }
        }
        boolean holdsSources = site.startsWith(output)
                || sources.stream().map(folder -> resolve(root.resolve(folder)))
                        .anyMatch(folder -> output.startsWith(folder) || folder.startsWith(output));
        if (holdsSources) {
            return Optional.of(Problem.error(output, 0, "the output folder would replace the site's sources or its .gazette/ folder" + advice));
        }
        // The new site is made beside the output and swapped in by renaming: a mount point cannot be
        // renamed, and the parent must take the new folder.
        if (Files.isDirectory(output) && isMountPoint(output)) {
            return Optional.of(Problem.error(output, 0, "the output folder is a mount point, which a build cannot replace"
                    + " by renaming (give a folder inside it, such as " + output.resolve("site") + ", and serve that)"));
        }
        Path parent = output.getParent();
        if (parent != null && Files.isDirectory(parent) && !Files.isWritable(parent)) {
            return Optional.of(Problem.error(output, 0, "the folder " + parent + " cannot be written in, and a build makes"
                    + " the new site beside the output folder (make it writable, or give an output in a folder you may write)"));
        }
        if (Files.isDirectory(output) && !isEmpty(output) && !Files.exists(output.resolve(Manifest.PATH))
                && !Files.exists(output.resolve(SiteWriter.UPDATING))) {
            return Optional.of(Problem.error(output, 0, "the output folder holds files Gazette did not write (it has no "
                    + Manifest.PATH + "), and a build would delete them: move what should be published (a CNAME, say) into static/,"
                    + " then empty the folder, or choose another --output"));
        }
        return Optional.empty();
    }

    private static boolean isMountPoint(Path folder) {
        try {
            return !Files.getFileStore(folder).equals(Files.getFileStore(folder.getParent()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
