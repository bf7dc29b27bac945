package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp a jar gives the caches: the same for the same code packaged again, another for other code. */
class CodeStampTest {

    @TempDir
    Path folder;

    private Path jar(String name, long time, Map<String, String> entries) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setComment("packaged at " + time);
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(time);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(time));
        return jar;
    }

    @Test
    void theSameCodePackagedAgainKeepsItsStampAndOtherCodeDoesNot() throws IOException {
        Map<String, String> code = new TreeMap<>(Map.of("org/gazette/A.class", "甲", "themes/default/templates/base.html", "<html>"));
        String first = CodeStamp.ofJar(jar("first.jar", 1_700_000_000_000L, code));
        assertThat(CodeStamp.ofJar(jar("again.jar", 1_800_000_000_000L, code))).as("packaged an hour later").isEqualTo(first);

        Map<String, String> edited = new TreeMap<>(code);
        edited.put("themes/default/templates/base.html", "<html lang>");
        assertThat(CodeStamp.ofJar(jar("edited.jar", 1_700_000_000_000L, edited))).as("a bundled file changed").isNotEqualTo(first);

        Map<String, String> renamed = new TreeMap<>(Map.of("org/gazette/B.class", "甲", "themes/default/templates/base.html", "<html>"));
        assertThat(CodeStamp.ofJar(jar("renamed.jar", 1_700_000_000_000L, renamed))).as("a class renamed").isNotEqualTo(first);
    }

    @Test
    void theRunningCodeIsStampedWithTheJavaRunningIt() {
        assertThat(CodeStamp.current()).isEqualTo(CodeStamp.current())
                .startsWith(CodeStamp.runtime() + " ")
                .contains(Runtime.version().toString());
    }
}
