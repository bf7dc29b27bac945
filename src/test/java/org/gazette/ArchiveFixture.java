package org.gazette;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A small archive written inline, for tests of listings, feeds and redirects: seven articles
 * over two years, four columns, three tags, page size 2. Newest first: a7 a6 a5 a4 a3 a2 a1.
 */
public final class ArchiveFixture {

    private ArchiveFixture() {
    }

    public static void write(Path root) {
        TestSites.write(root.resolve("site.yaml"), """
                title: 测试档案
                base_url: https://example.org/news/
                page_size: 2
                feed_size: 3
                slugs:
                  columns: { 工作综述: review }
                  authors: { 伍洁: wu-jie }
                """);
        article(root, "a1", "2023-01-05", "工作综述", "[妇联]", "{ name: 伍洁, role: 记者, org: 邵阳日报 }", "");
        article(root, "a2", "2023-03-10", "工作动态", "[妇联, 乡村振兴]", "{ name: 伍洁, role: 摄影 }", "");
        article(root, "a3", "2023-03-20", "工作动态", "[乡村振兴]", "{ name: 杨超, role: 通讯员 }", "");
        article(root, "a4", "2023-12-26 08:00", "工作综述", "[妇联]", "{ name: 伍洁, role: 记者 }\n  - { name: 杨超, role: 通讯员 }",
                "photos:\n  - { id: lead, src: lead.png, caption: 头图说明, credit: 杨超 }\nlead: lead\naliases: [/old/123.html]\n");
        article(root, "a5", "2024-02-01", "工作动态", "[家风家训]", "{ name: 李芳, role: 记者 }", "");
        article(root, "a6", "2024-02-15", "通知公告", "[]", "{ name: 李芳, role: 记者 }", "");
        article(root, "a7", "2024-05-01", "工作动态", "[妇联]", "{ name: 伍洁, role: 记者 }", "");
        try {
            ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", root.resolve("content/lead.png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void article(Path root, String name, String date, String column, String tags, String authors, String extra) {
        TestSites.write(root.resolve("content/" + name + ".md"), "---\ntitle: 文章" + name + "\ndate: " + date
                + "\ncolumn: " + column + "\ntags: " + tags + "\nauthors:\n  - " + authors + "\n" + extra
                + "---\n\n第一段文字，" + name + "。\n");
    }
}
