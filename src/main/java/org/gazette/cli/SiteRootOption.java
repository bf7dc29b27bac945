package org.gazette.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --source DIR} option every command that works on a site shares.
 *
 * <pre>{@code
 * @Mixin
 * private SiteRootOption site;   // then site.root()
 * }</pre>
 */
final class SiteRootOption {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "the site root, holding site.yaml, content/ and themes/ (default: the current folder)")
    private Path root;

    Path root() {
        return root;
    }
}
