package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static final Path FILE = Path.of("content/a.md");

    private static Outcome<FrontMatter> split(String text) {
        return FrontMatter.split(new SourceFile(FILE, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void splitsYamlAndBodyWithTheirLines() {
        FrontMatter fm = split("---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n").value().orElseThrow();
        assertThat(fm.yaml()).isEqualTo("title: 标题\ndate: 2023-12-26\n");
        assertThat(fm.yamlLine()).isEqualTo(2);
        assertThat(fm.body()).isEqualTo("\n正文。\n");
        assertThat(fm.bodyLine()).isEqualTo(5);
    }

    @Test
    void acceptsByteOrderMarkAndWindowsLineEnds() {
        FrontMatter fm = split("\uFEFF---\r\ntitle: x\r\n---\r\nbody").value().orElseThrow();
        assertThat(fm.yaml()).contains("title: x");
        assertThat(fm.body()).isEqualTo("body");
    }

    @Test
    void reportsMissingFrontMatter() {
        assertThat(split("标题\n\n正文").problems()).extracting(Problem::format)
                .singleElement().asString().startsWith("content/a.md:1: no front matter found");
    }

    @Test
    void reportsUnterminatedFrontMatter() {
        assertThat(split("---\ntitle: x\n\nbody\n").problems()).extracting(Problem::format)
                .singleElement().asString().startsWith("content/a.md:1: the front matter starting here never ends");
    }

    @Test
    void refusesHugeFrontMatterWithoutParsingIt() {
        String huge = "---\n" + "title: x\n".repeat(6_000_000) + "---\nbody";
        assertThat(huge.length()).isGreaterThan(50_000_000);
        assertThat(split(huge).problems()).extracting(Problem::message)
                .singleElement().asString().contains("longer than 256 KB");
    }

    @Test
    void reportsTheLineOfTheFirstByteThatIsNotUtf8() {
        byte[] gbk = "---\ntitle: 标题\n---\n".getBytes(Charset.forName("GBK"));
        Outcome<FrontMatter> outcome = FrontMatter.split(new SourceFile(FILE, gbk));
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("content/a.md:2: the file is not UTF-8").contains("GBK");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        byte[] utf8 = "---\ntitle: 乱码\uFFFD示例\n---\n正文\uFFFD。".getBytes(StandardCharsets.UTF_8);
        Outcome<FrontMatter> outcome = FrontMatter.split(new SourceFile(FILE, utf8));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.value().orElseThrow().yaml()).isEqualTo("title: 乱码\uFFFD示例\n");
        assertThat(outcome.value().orElseThrow().body()).isEqualTo("正文\uFFFD。");
    }

    @Test
    void aByteThatIsNotUtf8AfterAReplacementCharacterIsStillFound() {
        byte[] start = "---\ntitle: \uFFFD\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xB1, (byte) 0xEA, '\n'};
        byte[] end = "---\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start.length + bad.length + end.length];
        System.arraycopy(start, 0, bytes, 0, start.length);
        System.arraycopy(bad, 0, bytes, start.length, bad.length);
        System.arraycopy(end, 0, bytes, start.length + bad.length, end.length);
        assertThat(FrontMatter.split(new SourceFile(FILE, bytes)).problems()).extracting(Problem::format).singleElement()
                .asString().startsWith("content/a.md:3: the file is not UTF-8 (byte " + (start.length + 1));
    }

    @Test
    void utf16OldMacLineEndsAndDashFencesAreNamed() {
        String article = "---\r\ntitle: 记事本\r\ndate: 2024-03-08\r\n---\r\n正文。\r\n";
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] text = ("\uFEFF" + article).getBytes(utf16);
            assertThat(FrontMatter.split(new SourceFile(FILE, text)).problems()).extracting(Problem::format).containsExactly(
                    "content/a.md:1: the file is saved as UTF-16 (\"Unicode\" in Notepad's Save as), not UTF-8 (save it as UTF-8)");
        }
        assertThat(split(article.replace("\r\n", "\r")).problems()).extracting(Problem::format).containsExactly("content/a.md:1:"
                + " the file has old Mac line endings (a carriage return alone ends each line), which are read as one line (save"
                + " it with LF or CRLF line endings)");
        assertThat(split("———\ntitle: 标题\n———\n正文。\n").problems()).extracting(Problem::format).containsExactly(
                "content/a.md:1: the front matter starts with ———, full-width or Chinese dashes (type three half-width hyphens"
                        + " ---, with the input method in English mode)");
        assertThat(split("---\ntitle: 标题\ndate: 2024-03-08\n－－－\n正文。\n").problems()).extracting(Problem::format)
                .containsExactly("content/a.md:4: this line, meant to end the front matter, is full-width or Chinese dashes"
                        + " (type three half-width hyphens ---, with the input method in English mode)");
    }
}
