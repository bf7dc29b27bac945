package org.gazette.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gazette.output.Manifest;

/** A built site's files as the tests of incremental builds compare them with a clean build's. */
final class OutputTrees {

    private OutputTrees() {
    }

    /** Every file under {@code folder} by relative path, as an MD5; none when there is no folder. */
    static Map<String, String> digests(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(Manifest.md5().digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
