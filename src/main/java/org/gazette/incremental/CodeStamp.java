package org.gazette.incremental;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which Gazette made a cache: results made by other code may differ, so a cache stamped
 * otherwise is ignored. From a jar: its name, size and time; from a classes folder (a developer's
 * checkout, the tests): this process alone, since the classes may change between runs.
 */
final class CodeStamp {

    private static final String CURRENT = compute();

    private CodeStamp() {
    }

    static String current() {
        return CURRENT;
    }

    private static String compute() {
        try {
            Path code = Path.of(CodeStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return "jar " + code.getFileName() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // fall through: an unknown origin is treated as code that may change
        }
        ProcessHandle self = ProcessHandle.current();
        return "process " + self.pid() + " " + self.info().startInstant().map(Object::toString).orElse("");
    }
}
