package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java tokenizer against the vectors the JavaScript tokenizer is tested with too. */
class TokenizerTest {

    static final Path VECTORS = Path.of("src/test/resources/search/tokenizer-vectors.json");

    record Case(String name, String input, String normalized, List<String> tokens) {
    }

    static Stream<Arguments> vectors() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (JsonParser json = new JsonFactory().createParser(VECTORS.toFile())) {
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && json.currentName().equals("cases")) {
                    json.nextToken();
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        cases.add(readCase(json));
                    }
                }
            }
        }
        assertThat(cases).hasSizeGreaterThan(10);
        return cases.stream().map(c -> Arguments.of(c.name(), c));
    }

    private static Case readCase(JsonParser json) throws IOException {
        String name = "";
        String input = "";
        String normalized = "";
        List<String> tokens = new ArrayList<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "name" -> name = json.getText();
                case "input" -> input = json.getText();
                case "normalized" -> normalized = json.getText();
                case "tokens" -> {
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        tokens.add(json.getText());
                    }
                }
                default -> json.skipChildren();
            }
        }
        return new Case(name, input, normalized, tokens);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void matchesTheSharedVectors(String name, Case vector) {
        assertThat(Tokenizer.normalize(vector.input())).as("normalized %s", vector.input()).isEqualTo(vector.normalized());
        assertThat(Tokenizer.tokens(vector.input())).as("tokens of %s", vector.input()).isEqualTo(vector.tokens());
    }

    /**
     * Characters whose normal form depends on their neighbours or that the fast paths treat
     * specially: Chinese characters and compatibility ideographs, ASCII of both cases beside
     * combining marks (e + U+0301 is é, = + U+0338 is ≠), Hangul jamo that compose, full-width
     * letters and punctuation, Greek capital sigma (lower-cased by context), dotted capital I,
     * ligatures, and both halves of surrogate pairs, paired and alone.
     */
    private static final String[] PIECES = {
        "中", "国", "乡", "村", "㐀", "䶵", "鿿", "豈", "\uFA0E", "𠀀", "😀",
        "a", "E", "Z", "=", "<", "0", "9", " ", "\n", "-", "\u0301", "\u0338", "\u0323", "\u030A",
        "\u1100", "\u1161", "\u11A8", "한", "ｇ", "Ｇ", "２", "，", "。", "：", "（", "…", "\u3000", "·",
        "Σ", "σ", "ς", "Α", "'", "’", "“", "》", "＂", "İ", "ﬁ", "①", "㎏", "\uD800", "\uDC00", "\uFEFF"};

    @Test
    void normalizesRunByRunAsTheWholeTextWould() {
        Random random = new Random(7);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = text.toString();
            assertThat(Tokenizer.normalize(input)).as("normalized %s", input.codePoints()
                    .mapToObj(Integer::toHexString).toList()).isEqualTo(Tokenizer.normalizeWhole(input));
        }
    }
}
