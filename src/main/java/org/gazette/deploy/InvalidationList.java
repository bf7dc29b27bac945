package org.gazette.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.content.SitePaths;

/**
 * The public URL paths a deploy changed, for a CDN to purge: every object written or deleted,
 * by this deploy or by an unfinished one before it, a page {@code x/index.html} as {@code /x/},
 * percent-encoded as CDNs want them, under the site's base path. One a line, sorted; an empty
 * file when nothing changed; the one line {@code /*} when every path is to be invalidated.
 *
 * <pre>{@code
 * InvalidationList.paths(plan, "/");   // ["/", "/2023/12/x/", "/assets/style.3f2a1b9c0d.css", "/tags/%E5%A6%87%E8%81%94/"]
 * InvalidationList.paths(plan, state.unsettled(), "/news/");   // ["/*"] when the unfinished deploy's record was damaged
 * }</pre>
 */
public final class InvalidationList {

    /** The line that asks for every path: CloudFront and most CDNs take {@code /*} so. */
    public static final String EVERY_PATH = "/*";

    private InvalidationList() {
    }

    /**
     * The same, or every path when the unfinished deploy's record could not be read: what it changed
     * is unknown, and CI reads the list, not the warnings.
     */
    static List<String> paths(Plan plan, UnfinishedUploads.Unsettled unfinished, String basePath) {
        return unfinished.wholeBucket() ? List.of(EVERY_PATH) : paths(plan, unfinished.paths(), basePath);
    }

    public static List<String> paths(Plan plan, String basePath) {
        return paths(plan, Set.of(), basePath);
    }

    /**
     * The paths of the plan and those an unfinished deploy was writing or deleting: that one wrote
     * no list, and what it wrote is unchanged for this plan, so that a purge after this deploy covers
     * everything changed since the last finished one.
     */
    public static List<String> paths(Plan plan, Collection<String> unfinished, String basePath) {
        TreeSet<String> paths = new TreeSet<>();
        plan.uploads().forEach(c -> paths.add(url(c.path(), basePath)));
        plan.deletes().forEach(c -> paths.add(url(c.path(), basePath)));
        unfinished.forEach(path -> paths.add(url(path, basePath)));
        return List.copyOf(paths);
    }

    public static void write(Path file, List<String> paths) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, paths, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DeployException(file + ": cannot write the invalidation list: " + e.getMessage());
        }
    }

    /** {@code 2023/x/index.html} under {@code /news/} is {@code /news/2023/x/}. */
    static String url(String path, String basePath) {
        String base = basePath.endsWith("/") ? basePath : basePath + "/";
        String page = SitePaths.sitePath(path).substring(1);
        try {
            // The multi-argument URI constructor quotes what a path may not hold; then non-ASCII is encoded too.
            return new URI(null, null, base + page, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
