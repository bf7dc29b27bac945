package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource({
            "Five Year Review,        five-year-review",
            "工作 综述,                工作-综述",
            "'  --a__b..c--  ',       a-b-c",
            "ＡＢＣ１２３,              abc123",
            "'../etc/passwd',         etcpasswd",
            "'！！！',                 ''",
    })
    void makesSafeSegments(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
    }

    @Test
    void takesTheFileNameWithoutItsDate() {
        assertThat(Slugs.fromFileName(Path.of("content/2023/2023-12-26-five-year-review.md"))).isEqualTo("five-year-review");
        assertThat(Slugs.fromFileName(Path.of("content/2023/five-year-review/index.md"))).isEqualTo("five-year-review");
        assertThat(Slugs.fromFileName(Path.of("content/妇联工作.md"))).isEqualTo("妇联工作");
    }
}
