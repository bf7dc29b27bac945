package org.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.problem.Problem;
import org.gazette.yaml.YamlMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlTextTest {

    @Test
    void chineseTextStaysPlainAsEditorsWriteIt() {
        assertThat(YamlText.scalar("跟党奋进新征程 巾帼建功新时代")).isEqualTo("跟党奋进新征程 巾帼建功新时代");
        assertThat(YamlText.scalar("2023年3月7日，市委书记严华（右三）来到市妇联。")).isEqualTo("2023年3月7日，市委书记严华（右三）来到市妇联。");
        assertThat(YamlText.scalar("“两癌”救助")).isEqualTo("“两癌”救助");
    }

    @Test
    void quotesWhatYamlWouldReadOtherwise() {
        assertThat(YamlText.scalar("2023")).isEqualTo("\"2023\"");
        assertThat(YamlText.scalar("yes")).isEqualTo("\"yes\"");
        assertThat(YamlText.scalar("a: b")).isEqualTo("\"a: b\"");
        assertThat(YamlText.flowScalar("a, b")).isEqualTo("\"a, b\"");
        assertThat(YamlText.scalar("say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\n\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023", "2023-12-26", "1.5", "0x1F", "true", "No", "null", "~", "- item", "[x]", "{a}", "#tag",
        "a #b", "key: value", "end:", "*alias", "&anchor", "!tag", "|", ">", "'q'", "\"q\"", "%x", "@x", "`x`", " lead",
        "trail ", "a\tb", "tab\there", "line\nbreak", "1_000", ".5", "+1", "-1", "1e3", "12:30", "=", "<<", "妇联, 儿童",
        "邵阳日报", "C:\\path", "50%", "10:20:30", "１２３", "Ｙｅｓ"})
    void everyScalarReadsBackAsTheSameText(String text) {
        List<Problem> problems = new ArrayList<>();
        YamlMap map = YamlMap.parse("a: " + YamlText.scalar(text) + "\nb: [" + YamlText.flowScalar(text) + "]\n"
                + "c: { name: " + YamlText.flowScalar(text) + " }\n", Path.of("t.yaml"), 1, problems).orElseThrow();
        assertThat(map.text("a")).as(YamlText.scalar(text)).contains(text.strip());
        assertThat(map.words("b")).containsExactly(text.strip());
        assertThat(map.map("c").orElseThrow().text("name")).contains(text.strip());
        assertThat(problems).isEmpty();
    }
}
