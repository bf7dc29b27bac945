package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gazette.TestSites;
import org.gazette.build.BuildOptions;
import org.gazette.content.ContentLoader;
import org.gazette.content.ContentTree;
import org.gazette.content.FileStamp;
import org.gazette.content.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceStampsTest {

    @TempDir
    Path root;

    /**
     * The stamps kept are the ones the walk took, with the articles' fingerprints: a settled
     * stamp gives back its fingerprint, one that was settling gives nothing, and so does another
     * stamp of the same file. A damaged file knows nothing.
     */
    @Test
    void keepsEachArticlesStampWithItsFingerprintAndADamagedFileKnowsNothing() throws IOException {
        TestSites.write(root.resolve("content/2024/a.md"), "---\ntitle: 甲\n---\n正文。\n");
        TestSites.write(root.resolve("content/2024/b.md"), "---\ntitle: 乙\n---\n正文。\n");
        Path folder = root.resolve(BuildOptions.CACHE_FOLDER);
        ContentTree tree = ContentLoader.load(root, null, SourceStamps.read(folder));
        Inputs inputs = Inputs.of(TestSites.options(root, root.resolve("out")), root, tree.sources(), tree.files());
        SourceStamps.keep(folder, inputs);

        SourceStamps kept = SourceStamps.read(folder);
        SourceFile a = tree.sources().get(0);
        Path path = a.path();
        FileStamp settled = new FileStamp(10, 1_000, 7);
        assertThat(kept.keyOf(path, FileStamp.of(root.resolve(path)))).as("a stamp taken while settling").isEmpty();

        Inputs settledInputs = new Inputs(inputs.digest(), inputs.sources(), Map.of(path, settled), 1, inputs.gitHead(),
                inputs.siteYaml(), inputs.staticFiles(), inputs.themeFiles());
        SourceStamps.keep(folder, settledInputs);
        kept = SourceStamps.read(folder);
        assertThat(kept.keyOf(path, settled)).hasValueSatisfying(key -> assertThat(key).isEqualTo(Inputs.sourceKey(a)));
        assertThat(kept.keyOf(path, new FileStamp(10, 1_001, 7))).as("another time").isEmpty();
        assertThat(kept.keyOf(path, new FileStamp(10, 1_000, 8))).as("another inode").isEmpty();
        assertThat(kept.keyOf(tree.sources().get(1).path(), settled)).as("another file").isEmpty();

        Path file = folder.resolve(SourceStamps.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(SourceStamps.read(folder).keyOf(path, settled)).as("a damaged file").isEmpty();
    }
}
