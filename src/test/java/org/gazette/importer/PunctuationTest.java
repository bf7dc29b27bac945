package org.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunctuationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "岁月,满载玫瑰馨香;时代,成就巾帼梦想。 | 岁月，满载玫瑰馨香；时代，成就巾帼梦想。",
        "坚持政治铸魂, 凝聚“她共识” | 坚持政治铸魂，凝聚“她共识”",
        "市委书记严华(右三)来到 | 市委书记严华（右三）来到",
        "三八红旗手(集体)211个 | 三八红旗手（集体）211个",
        "2023年3月7日,市委书记 | 2023年3月7日，市委书记",
        "开设“巾帼讲堂”,及时 | 开设“巾帼讲堂”，及时",
        "问题是什么?答案 | 问题是什么？答案",
        "共3个,其中 | 共3个，其中",
        "1,000 people at 12:30 (PDF) | 1,000 people at 12:30 (PDF)",
        "时间:12:30 | 时间：12:30",
        "Gazette, a tool | Gazette, a tool",
        "“1+N”改革 | “1+N”改革",
        "2.6万余场次 | 2.6万余场次",
    })
    void makesMarksBetweenChineseFullWidth(String text, String expected) {
        assertThat(Punctuation.fullWidth(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "活动中,**优秀**分享 | 活动中，**优秀**分享",
        "故事(详见[往期](/a/(b).html)) | 故事（详见[往期](/a/(b).html)）",
    })
    void inMarkdownSeesThroughEmphasisAndLeavesLinkAddressesAlone(String markdown, String expected) {
        assertThat(Punctuation.fullWidthMarkdown(markdown)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`岁月，\n  满载` | 岁月，满载",
        "`跟党奋进新征程 巾帼建功新时代` | 跟党奋进新征程 巾帼建功新时代",
        "`巾帼\n建功` | 巾帼建功",
        "`a\n  b` | a b",
        "`邵阳日报记者  伍洁` | 邵阳日报记者 伍洁",
    })
    void joinsLinesOfChineseWithoutSpaces(String text, String expected) {
        assertThat(Punctuation.joinSpaces(text)).isEqualTo(expected);
    }
}
