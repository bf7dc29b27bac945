package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.gazette.content.LazyText;
import org.gazette.content.Article;
import org.junit.jupiter.api.Test;

class BodyReferencesTest {

    static Article article(String body, int bodyLine) {
        return new Article(Path.of("content/a.md"), "t", "", "", ZonedDateTime.now(), Optional.empty(), List.of(), "",
                List.of(), "", List.of(), Optional.empty(), "a", List.of(), false, "/2023/12/a/", LazyText.of(body), bodyLine);
    }

    @Test
    void findsLinksImagesReferencesAndRawHtmlWithTheirLineAndColumn() {
        String body = "岁月，满载[玫瑰](../rose/)馨香。\n\n![图](images/a.jpg)\n\n<p><a href=\"/x/\">x</a> <img src='b.png'></p>\n\n[ref]: /refs/\n\n`[code](/not/a/link/)`\n";
        List<BodyReference> refs = new BodyReferences().of(article(body, 5));
        assertThat(refs).containsExactlyInAnyOrder(
                new BodyReference(BodyReference.Kind.LINK, "../rose/", 5, 11),
                new BodyReference(BodyReference.Kind.IMAGE, "images/a.jpg", 7, 6),
                new BodyReference(BodyReference.Kind.HTML, "/x/", 9, 13),
                new BodyReference(BodyReference.Kind.HTML, "b.png", 9, 34),
                new BodyReference(BodyReference.Kind.DEFINITION, "/refs/", 11, 8));
    }

    @Test
    void readsIndentedLinesAsTheBuildDoesWithTheFilesColumns() {
        // The build leaves out the indent pasted from Word: the definition is one, the column the file's.
        String body = "\u3000\u3000岁月，[玫瑰](../rose/)。\n\n\u3000\u3000[ref]: /refs/\n";
        List<BodyReference> refs = new BodyReferences().of(article(body, 5));
        assertThat(refs).containsExactly(
                new BodyReference(BodyReference.Kind.LINK, "../rose/", 5, 11),
                new BodyReference(BodyReference.Kind.DEFINITION, "/refs/", 7, 10));
    }

    @Test
    void findsAutolinksAsTheBuildMakesThemWithTheirAddressesWhole() {
        String body = "通知：<https://news.example.org/files/通知.pdf>\n\n章程：https://news.example.org/files/章程.pdf 。\n\n"
                + "[报名表](/files/2024年 报名表.docx)\n\n`https://news.example.org/not/a/link/`\n";
        List<BodyReference> refs = new BodyReferences().of(article(body, 3));
        assertThat(refs).containsExactly(
                new BodyReference(BodyReference.Kind.LINK, "https://news.example.org/files/通知.pdf", 3, 5),
                new BodyReference(BodyReference.Kind.LINK, "https://news.example.org/files/章程.pdf", 5, 4),
                new BodyReference(BodyReference.Kind.LINK, "/files/2024年 报名表.docx", 7, 7));
    }

    @Test
    void anAddressStartingWithWwwIsTheOtherSitesOneAsTheBuildLinksIt() {
        List<BodyReference> refs = new BodyReferences().of(article("见 www.example.com/a/ 。\n", 1));
        assertThat(refs).extracting(BodyReference::target).allMatch(t -> !t.startsWith("www."));
    }
}
