package org.gazette.content;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a cache knows of the articles a build read last: for a file whose stamp is the one kept
 * then, the fingerprint of its bytes, so that a walk of {@code content/} need not read it again.
 * A stamp holds the change time no program can set ({@link FileStamp}), and one taken while the
 * file was still settling is never kept: a file that matches was not written since.
 *
 * <pre>{@code
 * ContentTree tree = ContentLoader.load(root, output, known);   // known.keyOf(path, stamp) for each article
 * }</pre>
 */
@FunctionalInterface
public interface KnownSources {

    /** The fingerprint kept for the article at {@code path} when {@code stamp} is the one kept with it; else empty. */
    Optional<byte[]> keyOf(Path path, FileStamp stamp);
}
