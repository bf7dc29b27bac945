package org.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OutputPathsTest {

    @Test
    void foldersAreTheOnesAPathLiesIn() {
        assertThat(OutputPaths.folders("2023/12/x/index.html")).containsExactly("2023", "2023/12", "2023/12/x");
        assertThat(OutputPaths.folders("feed.xml")).isEmpty();
        assertThat(OutputPaths.folderClashes(List.of("a", "a/index.html", "b/index.html"))).containsExactly("a");
    }

    @Test
    void pathsThatDifferOnlyInCaseAreGrouped() {
        assertThat(OutputPaths.caseClashes(List.of(
                "old/news.html", "2024/march-8/index.html", "Old/News.html", "2024/March-8/index.html", "old/NEWS.html",
                "Ä.html", "ä.html", "old/news.html", "photos/IMG_1.JPG", "photos/img_2.jpg")))
                .containsExactly(
                        List.of("2024/March-8/index.html", "2024/march-8/index.html"),
                        List.of("Old/News.html", "old/NEWS.html", "old/news.html"),
                        List.of("Ä.html", "ä.html"));
        assertThat(OutputPaths.caseClashes(List.of("a/index.html", "b/index.html", "a/index.html"))).isEmpty();
    }

    @Test
    void aFileDifferingOnlyInCaseFromAFolderOfOthersIsGroupedWithIt() {
        assertThat(OutputPaths.caseClashes(List.of("2024/03/March-8", "2024/03/march-8/index.html", "2024/03/march-8/a.jpg",
                "2024/03/april", "2024/03/april/index.html", "İ/x", "i̇")))
                .containsExactly(List.of("2024/03/March-8", "2024/03/march-8/"), List.of("i̇", "İ/"));
    }

    @Test
    void aCamerasCapitalsAloneMeetNothing() {
        assertThat(OutputPaths.caseClashes(List.of("2024/03/x/IMG_0001.JPG", "2024/03/x/index.html", "2024/03/x/img_0002.jpg"))).isEmpty();
        assertThat(OutputPaths.caseClashes(List.of("2024/03/x/IMG_0001.JPG", "2024/03/x/img_0001.jpg/index.html")))
                .containsExactly(List.of("2024/03/x/IMG_0001.JPG", "2024/03/x/img_0001.jpg/"));
    }

    @Test
    void groupsAreThoseOfFoldingEveryPathAndFolder() {
        // against the plain way: fold every path and every folder, group by the folded form
        Random random = new Random(7);
        String[] parts = {"a", "A", "b", "ä", "Ä", "ab", "aB"};
        for (int round = 0; round < 3000; round++) {
            List<String> paths = new ArrayList<>();
            for (int i = random.nextInt(6); i >= 0; i--) {
                StringBuilder path = new StringBuilder(parts[random.nextInt(parts.length)]);
                for (int depth = random.nextInt(3); depth > 0; depth--) {
                    path.append('/').append(parts[random.nextInt(parts.length)]);
                }
                paths.add(path.toString());
            }
            assertThat(OutputPaths.caseClashes(paths)).as("%s", paths).isEqualTo(foldingEverything(paths));
        }
    }

    private static List<List<String>> foldingEverything(List<String> paths) {
        Map<String, TreeSet<String>> files = new TreeMap<>();
        Map<String, TreeSet<String>> folders = new TreeMap<>();
        for (String path : paths) {
            files.computeIfAbsent(path.toLowerCase(Locale.ROOT), f -> new TreeSet<>()).add(path);
            for (String folder : OutputPaths.folders(path)) {
                folders.computeIfAbsent(folder.toLowerCase(Locale.ROOT), f -> new TreeSet<>()).add(folder);
            }
        }
        List<List<String>> groups = new ArrayList<>();
        files.forEach((folded, sameFiles) -> {
            TreeSet<String> sameFolders = folders.getOrDefault(folded, new TreeSet<>());
            boolean folderDiffers = !sameFolders.isEmpty() && !(sameFiles.size() == 1 && sameFolders.equals(sameFiles));
            if (sameFiles.size() > 1 || folderDiffers) {
                TreeSet<String> group = new TreeSet<>(sameFiles);
                if (folderDiffers) {
                    sameFolders.forEach(folder -> group.add(folder + "/"));
                }
                groups.add(List.copyOf(group));
            }
        });
        groups.sort(Comparator.comparing(group -> group.get(0)));
        return groups;
    }

    @Test
    void theFinalSigmaIsSigma() { // disks that ignore case take ς, σ and Σ for one letter
        assertThat(OutputPaths.caseClashes(List.of("ΝΟΜΟΣ.pdf", "νομος.pdf", "ΟΔΟΣ/index.html", "οδοσ/index.html")))
                .containsExactly(List.of("ΝΟΜΟΣ.pdf", "νομος.pdf"), List.of("ΟΔΟΣ/index.html", "οδοσ/index.html"));
    }
}
