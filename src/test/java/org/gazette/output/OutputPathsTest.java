package org.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void theFinalSigmaIsSigma() { // disks that ignore case take ς, σ and Σ for one letter
        assertThat(OutputPaths.caseClashes(List.of("ΝΟΜΟΣ.pdf", "νομος.pdf", "ΟΔΟΣ/index.html", "οδοσ/index.html")))
                .containsExactly(List.of("ΝΟΜΟΣ.pdf", "νομος.pdf"), List.of("ΟΔΟΣ/index.html", "οδοσ/index.html"));
    }
}
