package org.gazette.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gazette.config.SiteConfig;
import org.gazette.problem.Outcome;

/** content/a.md with a title, a date and the front-matter lines a test gives, parsed with the default settings. */
final class FrontMatterFixture {

    private FrontMatterFixture() {
    }

    /** {@code frontMatter} comes after the title (line 2) and the date (line 3): its first line is line 4. */
    static Outcome<Article> parse(String frontMatter) {
        String text = "---\ntitle: 标题\ndate: 2024-03-08\n" + frontMatter + "---\n正文。\n";
        return new ArticleParser(SiteConfig.defaults()).parse(new SourceFile(Path.of("content/a.md"), text.getBytes(StandardCharsets.UTF_8)));
    }
}
