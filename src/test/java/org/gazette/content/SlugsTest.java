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
    void chineseCharactersAreKeptWhateverUnicodeVersionJavaKnows() {
        // Extension H (Unicode 15), Extension I (15.1) and U+9FFD (14): letters to Java 21 and later,
        // unassigned to Java 17, which must give the same addresses
        assertThat(Slugs.of("王\uD884\uDF51")).isEqualTo("王\uD884\uDF51");
        assertThat(Slugs.of("妇联\uD884\uDF50\uD884\uDF51")).isEqualTo("妇联\uD884\uDF50\uD884\uDF51");
        assertThat(Slugs.of("\uD87A\uDFF0 \u9FFD")).isEqualTo("\uD87A\uDFF0-\u9FFD");
        assertThat(Slugs.of("\uD884\uDF50\uD884\uDF51")).as("no longer without a usable URL").isNotEmpty();
        // other characters that are unassigned to Java 17 and symbols to later ones, as emoji, stay out
        assertThat(Slugs.of("标签\uD83E\uDEE8")).isEqualTo("标签");
    }

    @Test
    void agreesWithTheDefinitionOnRandomNames() {
        // Letters and digits kept, separators made '-', runs of '-' made one, none at the ends.
        String alphabet = "aZ9 妇联\t-_./!？　Ａ１é";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Slugs.of(name.toString())).as(name.toString()).isEqualTo(byDefinition(name.toString()));
        }
    }

    private static String byDefinition(String name) {
        String text = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x20000 && c <= 0x3FFFF) {
                slug.appendCodePoint(c);
            } else if (c == '-' || c == '_' || c == '.' || Character.isWhitespace(c)) {
                slug.append('-');
            }
        });
        return slug.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }

    @Test
    void takesTheFileNameWithoutItsDate() {
        assertThat(Slugs.fromFileName(Path.of("content/2023/2023-12-26-five-year-review.md"))).isEqualTo("five-year-review");
        assertThat(Slugs.fromFileName(Path.of("content/2023/five-year-review/index.md"))).isEqualTo("five-year-review");
        assertThat(Slugs.fromFileName(Path.of("content/妇联工作.md"))).isEqualTo("妇联工作");
    }
}
