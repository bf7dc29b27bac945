package org.gazette.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.gazette.problem.FileNameEncoding;
import picocli.CommandLine.TypeConversionException;

/**
 * A folder or file named on the command line. Under a locale whose encoding is not UTF-8 ({@code
 * LANG=C}, or a {@code zh_CN.UTF-8} the system does not have, which falls back to it) Java cannot
 * hold a Chinese name: {@code --output 输出} was told as {@code cannot convert '������' to interface
 * java.nio.file.Path (java.nio.file.InvalidPathException: ...)}; it now gets the advice the build
 * gives for such names inside the site.
 *
 * <pre>{@code
 * commandLine.registerConverter(Path.class, PathArgument::of);
 * }</pre>
 */
final class PathArgument {

    private PathArgument() {
    }

    static Path of(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(value + " cannot be a file name here: " + FileNameEncoding.advice());
        }
    }
}
