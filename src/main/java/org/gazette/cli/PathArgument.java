package org.gazette.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.gazette.problem.FileNameEncoding;
import picocli.CommandLine.TypeConversionException;

/**
 * A folder or file named on the command line. Under a locale whose encoding is not UTF-8 ({@code
 * LANG=C}, or a {@code zh_CN.UTF-8} the system does not have, which falls back to it) Java cannot
 * hold a Chinese name: {@code --output 输出} was told as {@code cannot convert '������' to interface
 * java.nio.file.Path (java.nio.file.InvalidPathException: ...)}, and a relative path in a folder so
 * named as a folder that does not exist; both now get the advice the build gives for such names
 * inside the site.
 *
 * <pre>{@code
 * commandLine.registerConverter(Path.class, PathArgument::of);
 * }</pre>
 */
final class PathArgument {

    private PathArgument() {
    }

    static Path of(String value) {
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(value + " cannot be a file name here: " + FileNameEncoding.advice());
        }
        if (!path.isAbsolute() && !currentFolderNamed()) {
            // The build names the site by its absolute path: "/tmp/???/site: the site folder does not exist".
            throw new TypeConversionException("the current folder's name cannot be read here (" + Path.of("").toAbsolutePath()
                    + "): " + FileNameEncoding.advice());
        }
        return path;
    }

    /**
     * Whether Java can name the current folder. It reads its name once, at start-up, in the locale's
     * encoding: under {@code LANG=C} a Chinese one comes out as question marks, a folder that does not exist.
     */
    private static boolean currentFolderNamed() {
        return FileNameEncoding.name().equals("UTF-8") || Files.isDirectory(Path.of("").toAbsolutePath());
    }
}
