package org.gazette.content;

import java.util.List;

/**
 * The roles a byline gives its names in this archive (邵阳日报记者 伍洁 通讯员 杨超): the
 * importer reads bylines by them, and {@code gazette check} takes a role one character from
 * one of them for a slip.
 */
public final class Roles {

    public static final List<String> KNOWN = List.of("记者", "通讯员", "摄影", "摄影记者", "特约记者", "见习记者", "实习记者",
            "首席记者", "全媒体记者", "融媒体记者", "特约通讯员", "实习生", "撰稿");

    private Roles() {
    }
}
