package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gazette.TestSites;
import org.gazette.build.BuildReport;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme's strings file: its placeholders and date pattern are checked when it is read, at their lines. */
class ThemeStringsTest {

    @TempDir
    Path root;
    @TempDir
    Path output;

    @BeforeEach
    void writeSite() {
        TestSites.write(root.resolve("site.yaml"), "theme: fulian\n");
        TestSites.write(root.resolve("themes/fulian/templates/home.html"), "{% extends \"base\" %}{% block main %}首页{% endblock %}");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\ntags: [妇联]\n---\n\n正文。\n");
    }

    @Test
    void aStringWithPlaceholdersItsValuesDoNotFitIsToldAtItsLine() {
        TestSites.write(root.resolve("themes/fulian/i18n/zh-CN.yaml"),
                "# 妇联主题\nnav.home: 首页\nlist.year: \"%d年第%d\"\nlist.tag: \"Tag: %d\"\nlist.month: \"%d年%d月\"\n");
        BuildReport report = TestSites.build(root, output);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "themes/fulian/i18n/zh-CN.yaml:3: list.year \"%d年第%d\" cannot be filled with the year (write %d where"
                        + " a number goes and %s where a name or text goes, in that order, such as \"%d年\")",
                "themes/fulian/i18n/zh-CN.yaml:4: list.tag \"Tag: %d\" cannot be filled with the tag (write %d where"
                        + " a number goes and %s where a name or text goes, in that order, such as \"标签：%s\")");
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void aTranslationIsCheckedToo() {
        TestSites.write(root.resolve("site.yaml"), "theme: fulian\nlanguage: en\n");
        TestSites.write(root.resolve("themes/fulian/i18n/en.yaml"), "pager.position: \"Page %d of %d, %d\"\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("themes/fulian/i18n/en.yaml:1: pager.position \"Page %d of %d, %d\" cannot be filled with"
                        + " the page number and the number of pages (");
    }

    @Test
    void aDatePatternThatCannotBeReadIsToldAtItsLine() {
        TestSites.write(root.resolve("themes/fulian/i18n/zh-CN.yaml"), "nav.home: 首页\ndate.format: \"yyyy年MM月dd日 Q{\"\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "themes/fulian/i18n/zh-CN.yaml:2: date.format \"yyyy年MM月dd日 Q{\" is not a date pattern: Pattern includes"
                        + " reserved character: '{' (write y for the year, M the month and d the day, such as \"y年M月d日\";"
                        + " put other letters in single quotes)");
    }

    @Test
    void stringsTheCodeDoesNotFillMayHoldAPercentSign() {
        TestSites.write(root.resolve("themes/fulian/i18n/zh-CN.yaml"), "home.heading: \"100% 妇联\"\nlist.year: \"%d 年\"\n");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        assertThat(TestSites.page(output, "2023/index.html").selectFirst("h1").text()).isEqualTo("2023 年");
    }
}
