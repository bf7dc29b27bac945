package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.gazette.content.Article;
import org.gazette.content.Author;
import org.gazette.content.LazyText;
import org.gazette.markdown.Figure;
import org.gazette.markdown.RenderedArticle;
import org.junit.jupiter.api.Test;

class SearchDocumentTest {

    private static final String TEXT = "妇联召开座谈会。";

    @Test
    void withoutCaptionsTheBodyIsTheArticlesOwnTextUndecoded() {
        LazyText text = LazyText.ofUtf16(TEXT.getBytes(StandardCharsets.UTF_16BE), 0, TEXT.length());
        SearchDocument document = SearchDocument.of(rendered(text, List.of()));

        assertThat(document.body()).isSameAs(text); // not a decoded copy: 100,000 of them are 300 MB
        assertThat(text.isRead()).isFalse();
        assertThat(document.searchText()).endsWith("\n" + TEXT);
        assertThat(document.authors()).isEqualTo("伍洁");
    }

    @Test
    void captionsFollowTheText() {
        Figure photo = new Figure("photo-1.jpg", 800, 600, "", "▲座谈会现场。", "杨超 摄");
        SearchDocument document = SearchDocument.of(rendered(LazyText.of(TEXT), List.of(photo)));

        assertThat(document.body().get()).isEqualTo(TEXT + "\n▲座谈会现场。");
        assertThat(document.labels()).contains("杨超 摄");
    }

    private static RenderedArticle rendered(LazyText text, List<Figure> figures) {
        Article article = new Article(Path.of("content/a.md"), "座谈会", "", "", ZonedDateTime.parse("2024-03-08T09:00+08:00[Asia/Shanghai]"),
                Optional.empty(), List.of(new Author("伍洁", "记者", "邵阳日报")), "", List.of(), "", List.of(), Optional.empty(), "a",
                List.of(), false, "/2024/03/a/", LazyText.of("正文"), 5);
        return new RenderedArticle(article, LazyText.of("<p>" + TEXT + "</p>"), TEXT, text, List.of(), figures, Optional.empty(),
                List.of(), 1);
    }
}
