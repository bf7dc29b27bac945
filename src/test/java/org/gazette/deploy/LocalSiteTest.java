package org.gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gazette.TestSites;
import org.gazette.config.DeploySettings;
import org.gazette.output.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records a deploy makes of the built files: each with its MD5, read from the file or known from the last deploy. */
class LocalSiteTest {

    @TempDir
    Path root;
    @TempDir
    Path output;

    private final HeaderRules rules = HeaderRules.of(DeploySettings.none());
    private LocalSite site;

    @BeforeEach
    void build() {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
        assertThat(TestSites.build(root, output).succeeded()).isTrue();
        site = LocalSite.read(output);
    }

    @Test
    void withoutAnEarlierDeployEveryFileIsReadForItsMd5() throws Exception {
        List<ObjectRecord> records = site.records(rules, Map.of());
        assertThat(records).hasSize(site.entries().size());
        for (ObjectRecord record : records) {
            assertThat(record.md5()).as(record.path()).isEqualTo(Manifest.md5Hex(Files.readAllBytes(output.resolve(record.path()))));
            assertThat(record.checksum()).as(record.path()).isNotEmpty();
        }
    }

    @Test
    void aFileWithTheSizeAndChecksumTheLastDeployRecordedKeepsItsMd5WithoutBeingRead() throws Exception {
        Map<String, ObjectRecord> fresh = byPath(site.records(rules, Map.of()));
        Map<String, ObjectRecord> deployed = new HashMap<>(fresh);
        // What the bucket's manifest says of index.html, with an MD5 no file here has: it is taken as it is.
        ObjectRecord index = fresh.get("index.html");
        String recorded = "0123456789abcdef0123456789abcdef";
        deployed.put("index.html", new ObjectRecord(index.path(), index.size(), recorded, index.checksum(),
                index.contentType(), index.cacheControl(), index.encoding()));
        // robots.txt as an earlier Gazette recorded it, without a checksum; sitemap.xml with other bytes.
        ObjectRecord robots = fresh.get("robots.txt");
        deployed.put("robots.txt", new ObjectRecord(robots.path(), robots.size(), recorded, "", robots.contentType(),
                robots.cacheControl(), robots.encoding()));
        ObjectRecord sitemap = fresh.get("sitemap.xml");
        deployed.put("sitemap.xml", new ObjectRecord(sitemap.path(), sitemap.size(), recorded, "0000000000000000",
                sitemap.contentType(), sitemap.cacheControl(), sitemap.encoding()));

        Map<String, ObjectRecord> records = byPath(site.records(rules, deployed));

        assertThat(records.get("index.html").md5()).isEqualTo(recorded);
        assertThat(records.get("robots.txt").md5()).isEqualTo(fresh.get("robots.txt").md5());
        assertThat(records.get("sitemap.xml").md5()).isEqualTo(fresh.get("sitemap.xml").md5());
        assertThat(records).isEqualTo(byPath(site.records(rules, Map.of())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getKey().equals("index.html") ? records.get("index.html") : e.getValue())));
    }

    @Test
    void aFileChangedAfterTheBuildIsRefusedEvenWithItsSizeKept() throws Exception {
        Path robots = output.resolve("robots.txt");
        byte[] bytes = Files.readAllBytes(robots);
        bytes[0] = (byte) (bytes[0] == 'x' ? 'y' : 'x');
        Files.write(robots, bytes);
        LocalSite changed = LocalSite.read(output);
        assertThatThrownBy(() -> changed.records(rules, Map.of()))
                .hasMessageContaining("robots.txt: changed after the build wrote its manifest");
        ObjectRecord record = rules.record(changed.entries().stream().filter(e -> e.path().equals("robots.txt")).findFirst().orElseThrow(),
                Manifest.md5Hex("anything".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> changed.encodedBytes(record)).hasMessageContaining("changed after the build");
    }

    private static Map<String, ObjectRecord> byPath(List<ObjectRecord> records) {
        return records.stream().collect(Collectors.toMap(ObjectRecord::path, Function.identity()));
    }
}
