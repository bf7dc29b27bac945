package org.gazette.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The paths a build's outputs claim in the output folder, and the clashes among them: a path
 * given twice (two outputs would overwrite each other), or given as a file while other files are
 * given inside it, as in a folder. Claims may come from several threads at once.
 *
 * <pre>{@code
 * PathClaims claims = new PathClaims(2);
 * claims.claim("2023/12/index.html"); // true
 * claims.claim("2023/12");            // false: a folder of the first
 * claims.folderClashes();             // [2023/12]
 * }</pre>
 */
final class PathClaims {

    /** Every path given, and every folder they are in: one path given as a file and as a folder is a clash. */
    private final Set<String> filePaths;
    private final Set<String> folderPaths;
    private final Set<String> folderClashes = ConcurrentHashMap.newKeySet();
    private final List<String> duplicates = Collections.synchronizedList(new ArrayList<>());

    /** Claims for about {@code expected} paths (a site's files, its folders about as many), made that large at once. */
    PathClaims(int expected) {
        filePaths = ConcurrentHashMap.newKeySet(expected);
        folderPaths = ConcurrentHashMap.newKeySet(expected);
    }

    /**
     * Notes {@code path} and its folders; false when it was given before or clashes with a folder
     * or file given before. Noted first and checked after: of two clashing paths given at once on
     * two threads, at least one sees the other, and is not written. Every clash of the path is
     * noted, none left unchecked because another was found first: the paths come from several
     * threads, and the clashes told must not depend on their order.
     */
    boolean claim(String path) {
        boolean first = filePaths.add(path);
        if (!first) {
            duplicates.add(path);
        }
        List<String> folders = OutputPaths.folders(path);
        folderPaths.addAll(folders);
        boolean clear = first;
        if (folderPaths.contains(path)) {
            folderClashes.add(path);
            clear = false;
        }
        for (String folder : folders) {
            if (filePaths.contains(folder)) {
                folderClashes.add(folder);
                clear = false;
            }
        }
        return clear;
    }

    /** Whether any path was given twice or as file and folder. */
    boolean clash() {
        return !duplicates.isEmpty() || !folderClashes.isEmpty();
    }

    /** Every path given, as a view: read it once the claims are done. */
    Set<String> paths() {
        return Collections.unmodifiableSet(filePaths);
    }

    /** Paths given more than once, once for each time again, sorted. */
    List<String> duplicates() {
        synchronized (duplicates) {
            return duplicates.stream().sorted().toList();
        }
    }

    /** Paths given as a file while other files are given inside them, sorted. */
    List<String> folderClashes() {
        return folderClashes.stream().sorted().toList();
    }
}
