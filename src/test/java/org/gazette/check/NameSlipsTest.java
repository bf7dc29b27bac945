package org.gazette.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gazette.TestSites;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette check}'s warning for a column, role or tag one keystroke from those the archive uses. */
class NameSlipsTest {

    private static void article(Path root, String name, String column, String role, String tags) {
        TestSites.write(root.resolve("content/2024/" + name + ".md"), "---\ntitle: 文章" + name + "\ndate: 2024-01-02\n"
                + "authors:\n  - { name: 伍洁, role: 记者, org: 邵阳日报 }\n  - { name: 杨超, role: " + role + " }\n"
                + "column: " + column + "\ntags: " + tags + "\n---\n\n正文。\n");
    }

    private static java.util.List<String> warnings(Path root) {
        return CheckTest.check(root).problems().stream().map(Problem::formatLocated).toList();
    }

    @Test
    void aColumnRoleAndTagOneCharacterFromThoseOthersUseAreToldAtTheirLines(@TempDir Path root) {
        article(root, "a", "工作综述", "通讯员", "[妇女代表大会, 妇联]");
        article(root, "b", "工作综述", "通讯员", "[妇女代表大会]");
        article(root, "c", "工作总述", "通迅员", "[妇女代表大学, 妇女]");

        assertThat(warnings(root)).containsExactly(
                "content/2024/c.md:6:1: warning: role 通迅员 is used by no other article, and is one character from 通讯员"
                        + " (2 articles): a slip? (write 通讯员, or keep 通迅员 if it is the role meant)",
                "content/2024/c.md:7:1: warning: column 工作总述 is used by no other article, and is one character from 工作综述"
                        + " (2 articles): a slip? (write 工作综述, or keep 工作总述 to start a new column)",
                "content/2024/c.md:8:1: warning: tag 妇女代表大学 is used by no other article, and is one character from 妇女代表大会"
                        + " (2 articles): a slip? (write 妇女代表大会, or keep 妇女代表大学 to start a new tag)");
    }

    @Test
    void namesSiteYamlGivesAndTheBylineRolesAreKnownWithoutArticles(@TempDir Path root) {
        TestSites.write(root.resolve("site.yaml"), "slugs:\n  columns: { 家庭教育: family }\n");
        article(root, "a", "家廷教育", "撮影", "[妇联]");

        assertThat(warnings(root)).containsExactly(
                "content/2024/a.md:6:1: warning: role 撮影 is used by no other article, and is one character from 摄影"
                        + " (a byline role): a slip? (write 摄影, or keep 撮影 if it is the role meant)",
                "content/2024/a.md:7:1: warning: column 家廷教育 is used by no other article, and is one character from 家庭教育"
                        + " (named in site.yaml): a slip? (write 家庭教育, or keep 家廷教育 to start a new column)");
    }

    @Test
    void namesUsedTwiceKnownOrFarApartAndShortTagsAreLeftAlone(@TempDir Path root) {
        article(root, "a", "工作动态", "记者", "[妇联, 三八节座谈会]");
        article(root, "b", "妇女儿童", "摄影记者", "[妇女, 三八节座谈会]");
        article(root, "c", "基层动向", "摄影", "[妇女节]");
        article(root, "d", "基层动向", "实习生", "[三八节座谈]");
        article(root, "e", "家庭教育", "通讯员", "[妇女代表大会]");
        article(root, "f", "家庭教肓", "通讯员", "[妇女代表大学]");

        assertThat(warnings(root)).as("基层动向 used twice, known roles, 妇联/妇女 too short, new names alike used once each")
                .containsExactly("content/2024/d.md:8:1: warning: tag 三八节座谈 is used by no other article, and is one"
                        + " character from 三八节座谈会 (2 articles): a slip? (write 三八节座谈会, or keep 三八节座谈 to start a new tag)");
    }

    @Test
    void oneApartIsOneReplacementInsertionDeletionOrSwap() {
        assertThat(NameSlips.oneApart("工作综述", "工作总述")).isTrue();
        assertThat(NameSlips.oneApart("工作综述", "工作述")).isTrue();
        assertThat(NameSlips.oneApart("工作述", "工作综述")).isTrue();
        assertThat(NameSlips.oneApart("工作综述", "工作述综")).isTrue();
        assertThat(NameSlips.oneApart("𠀀作综述", "工作综述")).as("a character outside the BMP is one").isTrue();
        assertThat(NameSlips.oneApart("工作综述", "工作动态")).isFalse();
        assertThat(NameSlips.oneApart("工作综述", "工作综述")).isFalse();
        assertThat(NameSlips.oneApart("综述", "工作综述")).isFalse();
        assertThat(NameSlips.oneApart("a", "")).isFalse();
        assertThat(NameSlips.oneApart("abc", "cba")).isFalse();
    }
}
