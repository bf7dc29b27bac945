package org.gazette.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --source DIR} option every command that works on a site shares.
 *
 * <pre>{@code
 * @Mixin
 * private SiteRootOption site;   // then site.root()
 * }</pre>
 */
final class SiteRootOption {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", converter = Folder.class,
            description = "the site root, holding site.yaml, content/ and themes/ (default: the current folder)")
    private Path root;

    Path root() {
        return root;
    }

    /**
     * The folder named, refused when its name ends with a carriage return: a git hook or script
     * saved with Windows line endings (CRLF) passes {@code "$(git rev-parse --show-toplevel)"\r},
     * and the folder named, invisibly other than the site's, would have no content/.
     */
    static final class Folder implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.endsWith("\r")) {
                throw new TypeConversionException("the folder name " + value.strip() + " ends with an invisible carriage"
                        + " return (\\r): the git hook or script that runs gazette has Windows line endings (save it with LF"
                        + " line endings: LF in VS Code's status bar, Unix (LF) in Notepad++'s)");
            }
            return PathArgument.of(value);
        }
    }
}
