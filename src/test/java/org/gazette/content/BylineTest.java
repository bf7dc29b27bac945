package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void readsRolesAndOrganisation() {
        assertThat(Byline.parse("邵阳日报记者 伍洁 通讯员 杨超")).contains(List.of(
                new Author("伍洁", "记者", "邵阳日报"), new Author("杨超", "通讯员", "")));
        assertThat(Byline.parse("本报记者 伍洁 王静")).contains(List.of(
                new Author("伍洁", "记者", "本报"), new Author("王静", "记者", "本报")));
        assertThat(Byline.parse("记者伍洁、王静 摄影记者 杨超")).contains(List.of(
                new Author("伍洁", "记者", ""), new Author("王静", "记者", ""), new Author("杨超", "摄影记者", "")));
        assertThat(Byline.parse("通讯员 杨超 摄")).contains(List.of(new Author("杨超", "摄影", "")));
        assertThat(Byline.parse("文/伍洁 图/杨超")).contains(List.of(new Author("伍洁", "文", ""), new Author("杨超", "摄影", "")));
        assertThat(Byline.parse("新华社记者 阿依古丽·买买提")).contains(List.of(new Author("阿依古丽·买买提", "记者", "新华社")));
    }

    @Test
    void aLineThatIsNotABylineIsNot() {
        assertThat(Byline.parse("坚持政治铸魂，凝聚“她共识”")).isEmpty();
        assertThat(Byline.parse("伍洁 杨超")).isEmpty();
        assertThat(Byline.parse("通讯员队伍建设")).isEmpty();
        assertThat(Byline.parse("记者 在基层一线采访了多位妇女代表")).isEmpty();
        assertThat(Byline.parse("")).isEmpty();
        assertThat(Byline.parse("责任编辑：李芳")).isEmpty();
        assertThat(Byline.parse("(记者 伍洁)")).isEmpty();
    }
}
