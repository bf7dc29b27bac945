package org.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.gazette.TestSites;
import org.gazette.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's manifest: every file with its true size, hash and type, the same for two builds. */
class ManifestTest {

    static final Path EXAMPLE = Path.of("").toAbsolutePath();

    @Test
    void theBuildListsEveryFileItWroteWithItsSizeHashAndType(@TempDir Path output) throws Exception {
        assertThat(TestSites.build(EXAMPLE, output).succeeded()).isTrue();
        Manifest manifest = Manifest.parse(Files.readString(output.resolve(Manifest.PATH)));

        List<String> written;
        try (Stream<Path> walk = Files.walk(output)) {
            written = walk.filter(Files::isRegularFile).map(f -> output.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(Manifest.PATH)).sorted().toList();
        }
        assertThat(manifest.entries()).extracting(Manifest.Entry::path).containsExactlyElementsOf(written);
        for (Manifest.Entry entry : manifest.entries()) {
            byte[] bytes = Files.readAllBytes(output.resolve(entry.path()));
            assertThat(entry.size()).as(entry.path()).isEqualTo(bytes.length);
            CRC32C castagnoli = new CRC32C();
            castagnoli.update(bytes);
            CRC32 ieee = new CRC32();
            ieee.update(bytes);
            assertThat(entry.checksum()).as(entry.path())
                    .isEqualTo(String.format("%08x%08x", castagnoli.getValue(), ieee.getValue()));
        }
        Map<String, String> types = manifest.entries().stream()
                .collect(Collectors.toMap(Manifest.Entry::path, Manifest.Entry::contentType));
        assertThat(types).containsEntry("index.html", "text/html; charset=utf-8")
                .containsEntry("feed.xml", "application/atom+xml; charset=utf-8")
                .containsEntry("sitemap.xml", "application/xml; charset=utf-8")
                .containsEntry("robots.txt", "text/plain; charset=utf-8")
                .containsEntry("_redirects", "text/plain; charset=utf-8")
                .containsEntry("2023/five-year-review/photo-1.jpg", "image/jpeg");
        assertThat(types.get(output.relativize(TestSites.stylesheet(output)).toString())).isEqualTo("text/css; charset=utf-8");
    }

    /** A page's entry, with the one checksum these tests give pages. */
    private static Manifest.Entry page(String path, long size) {
        return new Manifest.Entry(path, size, "0123456789abcdef", "text/html; charset=utf-8");
    }

    @Test
    void entriesAreSortedByPathHoweverTheyCome() {
        Manifest.Entry a = page("2023/a/index.html", 1);
        Manifest.Entry b = page("2023/b/index.html", 2);
        Manifest.Entry tag = page("tags/妇联/index.html", 3);
        Manifest.Entry css = new Manifest.Entry("assets/site.css", 4, "0123456789abcdef", "text/css; charset=utf-8");
        List<Manifest.Entry> sorted = List.of(a, b, css, tag);

        assertThat(new Manifest(List.of(tag, a, css, b)).entries()).isEqualTo(sorted);
        assertThat(new Manifest(sorted).entries()).isEqualTo(sorted);
        Map<String, Manifest.Entry> byPath = new java.util.HashMap<>();
        Stream.of(b, tag, css, a).forEach(e -> byPath.put(e.path(), e));
        assertThat(Manifest.of(byPath).entries()).isEqualTo(sorted);
    }

    @Test
    void theLastManifestsOrderIsTakenOnlyWhenItsPathsAreTheSame() {
        Manifest.Entry a = page("2023/a/index.html", 1);
        Manifest.Entry b = page("2023/b/index.html", 2);
        Manifest.Entry bEdited = new Manifest.Entry("2023/b/index.html", 5, "fedcba9876543210", "text/html; charset=utf-8");
        Manifest.Entry c = page("2023/c/index.html", 3);
        List<Manifest.Entry> earlier = new Manifest(List.of(a, b, c)).entries();

        Map<String, Manifest.Entry> edited = Map.of(c.path(), c, a.path(), a, b.path(), bEdited);
        assertThat(Manifest.of(edited, earlier).entries()).containsExactly(a, bEdited, c);
        // One path gone and another come, as many as before: sorted, not taken from the last order.
        Manifest.Entry added = page("2023/0/index.html", 4);
        Map<String, Manifest.Entry> moved = Map.of(c.path(), c, added.path(), added, b.path(), b);
        assertThat(Manifest.of(moved, earlier).entries()).containsExactly(added, b, c);
        assertThat(Manifest.of(Map.of(b.path(), b), earlier).entries()).containsExactly(b);
        assertThat(Manifest.of(edited, List.of()).entries()).containsExactly(a, bEdited, c);
    }

    @Test
    void twoBuildsOfTheSameSourcesGiveTheSameManifestByteForByte(@TempDir Path folder) throws Exception {
        // A fresh checkout gives every file a new time: the manifest must not depend on it.
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        assertThat(TestSites.build(EXAMPLE, first).succeeded()).isTrue();
        Path copy = folder.resolve("checkout");
        TestSites.copy(EXAMPLE.resolve("content"), copy.resolve("content"));
        TestSites.copy(EXAMPLE.resolve("themes"), copy.resolve("themes"));
        Files.copy(EXAMPLE.resolve("site.yaml"), copy.resolve("site.yaml"));
        assertThat(TestSites.build(copy, second).succeeded()).isTrue();

        assertThat(Files.readAllBytes(second.resolve(Manifest.PATH))).isEqualTo(Files.readAllBytes(first.resolve(Manifest.PATH)));
        assertThat(Files.readString(first.resolve(Manifest.PATH))).doesNotContain(folder.toString());
    }

    @Test
    void copiedFilesAreHashedFromTheirSource(@TempDir Path folder) throws Exception {
        Path photo = folder.resolve("p.jpg");
        Files.write(photo, new byte[] {1, 2, 3});
        Path site = folder.resolve("site");
        try (SiteWriter writer = SiteWriter.open(site)) {
            writer.add(OutputFile.copy("a/p.jpg", photo));
            writer.add(OutputFile.of("a/index.html", "页".getBytes(StandardCharsets.UTF_8)));
            writer.commit();
        }
        Manifest manifest = Manifest.parse(Files.readString(site.resolve(Manifest.PATH)));
        Map<String, Manifest.Entry> byPath = manifest.entries().stream()
                .collect(Collectors.toMap(Manifest.Entry::path, Function.identity()));
        assertThat(byPath.get("a/p.jpg").size()).isEqualTo(3);
        assertThat(byPath.get("a/p.jpg").checksum()).isEqualTo("f130f21e55bc801d"); // CRC-32C f130f21e, CRC-32 55bc801d
        assertThat(byPath.get("a/index.html").size()).isEqualTo(3);
        assertThat(manifest.entries()).extracting(Manifest.Entry::path).containsExactly("a/index.html", "a/p.jpg");
    }

    @Test
    void eachFileIsALineOfItsOwn() {
        Manifest.Entry page = new Manifest.Entry("tags/妇联/index.html", 12, "a".repeat(16), "text/html; charset=utf-8");
        Manifest.Entry css = new Manifest.Entry("assets/site.css", 4, "b".repeat(16), "text/css; charset=utf-8");
        assertThat(new Manifest(List.of(page, css)).toJson()).isEqualTo(String.join("\n",
                "{\"format\":\"gazette-manifest/3\",\"files\":[",
                "{\"path\":\"assets/site.css\",\"size\":4,\"checksum\":\"bbbbbbbbbbbbbbbb\",\"type\":\"text/css; charset=utf-8\"},",
                "{\"path\":\"tags/妇联/index.html\",\"size\":12,\"checksum\":\"aaaaaaaaaaaaaaaa\",\"type\":\"text/html; charset=utf-8\"}",
                "]}", ""));
    }

    @Test
    void readsWhatItWritesAndRefusesAnythingElse() throws IOException {
        Manifest manifest = new Manifest(List.of(new Manifest.Entry("tags/妇联/index.html", 12, "a".repeat(16), "text/html; charset=utf-8")));
        assertThat(Manifest.parse(manifest.toJson())).isEqualTo(manifest);
        assertThat(Manifest.parse(manifest.toJsonBytes())).isEqualTo(manifest);
        assertThat(new String(manifest.toJsonBytes(), StandardCharsets.UTF_8)).as("the path's characters as they are, not escaped")
                .contains("\"tags/妇联/index.html\"").endsWith("}\n");

        assertThatThrownBy(() -> Manifest.parse("{\"format\": \"gazette-manifest/3\", \"files\": [{\"path\": \"x\"}]}"))
                .hasMessageContaining("lacks a path, size, checksum or type");
        String sha256Entry = "{\"path\": \"x\", \"size\": 1, \"sha256\": \"" + "a".repeat(64) + "\", \"type\": \"text/plain\"}";
        assertThatThrownBy(() -> Manifest.parse("{\"format\": \"gazette-manifest/1\", \"files\": [" + sha256Entry + "]}"))
                .hasMessage("the format is \"gazette-manifest/1\", not gazette-manifest/3 (written by an earlier Gazette)");
        String md5Entry = "{\"path\": \"x\", \"size\": 1, \"md5\": \"" + "a".repeat(32) + "\", \"type\": \"text/plain\"}";
        assertThatThrownBy(() -> Manifest.parse("{\"format\": \"gazette-manifest/2\", \"files\": [" + md5Entry + "]}"))
                .hasMessage("the format is \"gazette-manifest/2\", not gazette-manifest/3 (written by an earlier Gazette)");
        assertThatThrownBy(() -> Manifest.parse("{\"format\": \"gazette-manifest/3\", \"files\": [" + md5Entry + "]}"))
                .hasMessageContaining("lacks a path, size, checksum or type");
        assertThatThrownBy(() -> Manifest.parse("{\"files\": []}")).hasMessageContaining("format");
        assertThatThrownBy(() -> Manifest.parse("{\"format\": ")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Manifest.parse("[]")).hasMessageContaining("expected a JSON object");
    }
}
