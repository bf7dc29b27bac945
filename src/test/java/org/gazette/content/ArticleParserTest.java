package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.gazette.config.SiteConfig;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.problem.Severity;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(SiteConfig.defaults());

    private Outcome<Article> parse(String file, String text) {
        return parser.parse(new SourceFile(Path.of(file), text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryFieldOfTheGuide() {
        Article a = parse("content/2023/2023-12-26-x.md", """
                ---
                title: 跟党奋进新征程 巾帼建功新时代
                subtitle: 邵阳市妇联五年工作综述
                kicker: 热烈庆祝邵阳市第十六次妇女代表大会胜利召开
                date: 2023-12-26 08:00
                updated: 2023-12-27
                authors:
                  - { name: 伍洁, role: 记者, org: 邵阳日报 }
                  - { name: 杨超, role: 通讯员 }
                column: 工作综述
                tags: [妇联, 妇女代表大会]
                summary: 五年工作回顾。
                photos:
                  - id: visit
                    src: images/2023-03-07-visit.jpg
                    caption: 2023年3月7日，市委书记严华来到市妇联。
                    credit: 杨超
                    alt: 市委书记看望市妇联机关干部
                lead: visit
                slug: five-year-review
                aliases: [/news/2023/12345.html]
                draft: false
                ---
                正文。
                """).value().orElseThrow();
        assertThat(a.title()).isEqualTo("跟党奋进新征程 巾帼建功新时代");
        assertThat(a.subtitle()).isEqualTo("邵阳市妇联五年工作综述");
        assertThat(a.kicker()).isEqualTo("热烈庆祝邵阳市第十六次妇女代表大会胜利召开");
        assertThat(a.date()).isEqualTo(ZonedDateTime.parse("2023-12-26T08:00+08:00[Asia/Shanghai]"));
        assertThat(a.updated()).contains(ZonedDateTime.parse("2023-12-27T00:00+08:00[Asia/Shanghai]"));
        assertThat(a.authors()).containsExactly(new Author("伍洁", "记者", "邵阳日报"), new Author("杨超", "通讯员", ""));
        assertThat(a.authors().get(0).label()).isEqualTo("邵阳日报记者");
        assertThat(a.column()).isEqualTo("工作综述");
        assertThat(a.tags()).containsExactly("妇联", "妇女代表大会");
        assertThat(a.summary()).isEqualTo("五年工作回顾。");
        assertThat(a.photos()).containsExactly(new Photo("visit", "images/2023-03-07-visit.jpg",
                "2023年3月7日，市委书记严华来到市妇联。", "杨超", "市委书记看望市妇联机关干部", 15));
        assertThat(a.lead()).contains("visit");
        assertThat(a.slug()).isEqualTo("five-year-review");
        assertThat(a.aliases()).containsExactly("/news/2023/12345.html");
        assertThat(a.draft()).isFalse();
        assertThat(a.url()).isEqualTo("/2023/12/five-year-review/");
        assertThat(a.body().get()).isEqualTo("正文。\n");
        assertThat(a.bodyLine()).isEqualTo(24);
    }

    @Test
    void unknownKeysAreWarningsNamingTheLine() {
        Outcome<Article> outcome = parse("content/a.md", "---\ntitle: 标题\ndate: 2023-12-26\nauthor: 伍洁\n---\n");
        assertThat(outcome.value()).isPresent();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.format()).startsWith("content/a.md:4: warning: unknown key \"author\" is ignored");
        });
    }

    @Test
    void aTitleGivenAsAListIsOneErrorNotAlsoAMissingTitle() {
        Outcome<Article> outcome = parse("content/a.md", "---\ntitle: [一, 二]\ndate: 2023-12-26\n---\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.ERROR);
                    assertThat(p.format()).isEqualTo("content/a.md:2: title must be a single value, not a list or a mapping (write it on one line: title: ...)");
                });
    }

    @Test
    void emptyFrontMatterIsOneProblemAtItsFirstLine() {
        for (String yaml : new String[] {"", "# 只有注释\n", "\n\n"}) {
            Outcome<Article> outcome = parse("content/a.md", "---\n" + yaml + "---\n正文。\n");
            assertThat(outcome.value()).isEmpty();
            assertThat(outcome.problems()).extracting(Problem::format).singleElement().asString()
                    .startsWith("content/a.md:1: the front matter is empty (it needs at least title and date");
        }
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        Outcome<Article> outcome = parse("content/a.md", """
                ---
                date: 26/12/2023
                tags: 5
                draft: maybe
                authors:
                  - { role: 记者 }
                lead: nowhere
                slug: Not A Slug
                ---
                """);
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::line).containsExactlyInAnyOrder(2, 2, 3, 4, 6, 7, 8);
        assertThat(outcome.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).startsWith("title is missing"))
                .anySatisfy(m -> assertThat(m).startsWith("date \"26/12/2023\" is not a date"))
                .anySatisfy(m -> assertThat(m).startsWith("tags must be a list of words, not the number 5"))
                .anySatisfy(m -> assertThat(m).startsWith("draft must be true or false"))
                .anySatisfy(m -> assertThat(m).startsWith("an author has no name"))
                .anySatisfy(m -> assertThat(m).startsWith("lead photo \"nowhere\" is not among the photos"))
                .anySatisfy(m -> assertThat(m).contains("use slug: not-a-slug"));
    }

    @Test
    void aTagOrAuthorWithCommasIsAListWrittenAsOneText() {
        Outcome<Article> outcome = parse("content/a.md", """
                ---
                title: 标题
                date: 2024-03-08
                authors: [李芳, 周敏、王静]
                tags: 妇联, 三八节
                ---
                """);
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::format).containsExactly(
                "content/a.md:5: tag \"妇联, 三八节\" is one text with commas (write a list: tags: [妇联, 三八节])",
                "content/a.md:4: author \"周敏、王静\" is one text with commas (give each author an entry of their own,"
                        + " such as authors: [周敏, 王静])");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\ntags: [家风，家教, 妇联]\n---\n").problems())
                .extracting(Problem::format).containsExactly(
                        "content/a.md:4: tag \"家风，家教\" is one text with commas (write a list: tags: [家风, 家教, 妇联])");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors: [\"伍洁, 杨超\"]\n---\n").problems())
                .extracting(Problem::format).as("a comma between Chinese names").containsExactly(
                        "content/a.md:4: author \"伍洁, 杨超\" is one text with commas (give each author an entry of their own,"
                                + " such as authors: [伍洁, 杨超])");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors: [{ name: \"Sammy Davis, Jr.\" }]\n"
                + "tags: [\"Washington, D.C.\", 妇女、和平与安全]\n---\n").problems()).as("commas inside a list's entries are meant")
                .isEmpty();
    }

    /** Netlify and Cloudflare Pages read _redirects' paths as patterns: "/*" would lead every address to one article. */
    @Test
    void anAliasThatRedirectsReadAsAPatternIsRefused() {
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\naliases: [\"/*\", /:splat/x.html, /news/*.html]\n---\n")
                .problems()).extracting(Problem::format).containsExactly(
                "content/a.md:4: alias \"/*\" holds a *, which hosts reading _redirects take for a pattern matching many"
                        + " addresses, all of which would lead to one page (give each old address in full, such as"
                        + " /news/2023/12345.html)",
                "content/a.md:4: alias \"/:splat/x.html\" holds a part starting with :, which hosts reading _redirects take"
                        + " for a pattern matching many addresses, all of which would lead to one page (give each old"
                        + " address in full, such as /news/2023/12345.html)",
                "content/a.md:4: alias \"/news/*.html\" holds a *, which hosts reading _redirects take for a pattern"
                        + " matching many addresses, all of which would lead to one page (give each old address in full,"
                        + " such as /news/2023/12345.html)");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\naliases: [/news:1/a.html]\n---\n").problems())
                .as("a colon inside a part is no pattern").isEmpty();
    }

    @Test
    void anAliasMayNotLeadWhereTheBuildKeepsItsOwnFiles() {
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\naliases: [/.gazette/updating]\n---\n").problems())
                .extracting(Problem::format).containsExactly("content/a.md:4: alias \"/.gazette/updating\" leads into /.gazette/,"
                        + " where the build keeps its own files (use another path)");
    }

    @Test
    void authorsWrittenAsOneTextAreShownAsAList() {
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors: 伍洁, 杨超\n---\n").problems())
                .extracting(Problem::format).containsExactly("content/a.md:4: authors must be a list, one entry a line starting"
                        + " with \"- \" (such as authors: [伍洁, 杨超])");
    }

    @Test
    void authorsWrittenWithSpacesAreShownAsAListThatGivesEachAuthor() {
        String problem = parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors: 伍洁 杨超\n---\n").problems()
                .get(0).format();
        assertThat(problem).endsWith("(such as authors: [伍洁, 杨超])");
        String advised = problem.substring(problem.indexOf("authors: ["), problem.length() - 1);
        Article following = parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\n" + advised + "\n---\n").value().orElseThrow();
        assertThat(following.authors()).extracting(Author::name).as("the advice followed").containsExactly("伍洁", "杨超");
    }

    private static final String STRUCTURED = "write each author on a line of their own under authors:, the role apart from the"
            + " name: - { name: 伍洁, role: 记者, org: 邵阳日报 }, then - { name: 杨超, role: 通讯员 })";

    @Test
    void aBylineWrittenAsOneTextIsShownInTheStructuredFormWhoseAdviceGivesEachAuthorTheirRole() {
        String problem = parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors: 邵阳日报记者 伍洁 通讯员 杨超\n---\n")
                .problems().get(0).format();
        assertThat(problem).isEqualTo("content/a.md:4: authors must be a list, one entry a line starting with \"- \" (" + STRUCTURED);
        String advised = "authors:\n  " + problem.substring(problem.indexOf("- {"), problem.length() - 1).replace(", then ", "\n  ");
        Article following = parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\n" + advised + "\n---\n").value().orElseThrow();
        assertThat(following.authors()).as("the advice followed")
                .containsExactly(new Author("伍洁", "记者", "邵阳日报"), new Author("杨超", "通讯员", ""));
    }

    @Test
    void anAuthorNamedByARoleOrTwoNamesPartedBySpaceIsAnErrorGivingTheStructuredForm() {
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors: [邵阳日报记者, 伍洁, 通讯员, 杨超]\n---\n").problems())
                .extracting(Problem::formatLocated).containsExactly(
                        "content/a.md:4:11: error: author \"邵阳日报记者\" holds the role 记者, which is not a name (" + STRUCTURED,
                        "content/a.md:4:23: error: author \"通讯员\" is the role 通讯员, which is not a name (" + STRUCTURED);
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors:\n  - 邵阳日报记者 伍洁\n  - 通讯员　杨超\n---\n")
                .problems()).extracting(Problem::format).containsExactly(
                        "content/a.md:5: author \"邵阳日报记者 伍洁\" holds the role 记者, which is not a name (" + STRUCTURED,
                        "content/a.md:6: author \"通讯员　杨超\" holds the role 通讯员, which is not a name (" + STRUCTURED);
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors: [{ name: 伍洁 杨超, role: 记者 }]\n---\n")
                .problems()).extracting(Problem::format).containsExactly("content/a.md:4: warning: author \"伍洁 杨超\" looks like"
                        + " two names parted by a space: if it is two people, write each author on a line of their own under"
                        + " authors:, the role apart from the name: - { name: 伍洁 }, then - { name: 杨超 }; if it is one name,"
                        + " write it without the space, or with · between its parts (阿依古丽·买买提)");
        // One person's name with a space, a unit, an organisation that starts with a role's word: built, at most warned of.
        Outcome<Article> names = parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors: [阿依古丽 买买提, 欧阳 娜娜,"
                + " { name: 市妇联 宣传部 }, 摄影家协会]\n---\n");
        assertThat(names.value()).isPresent();
        assertThat(names.problems()).allMatch(p -> !p.isError()).hasSize(3);
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors: [Sammy Davis, 伍　洁, { name: 伍洁, role: 记者 }]\n---\n")
                .problems()).as("a Latin name keeps its space, a two-character name spaced as printed is one; a role apart is right")
                .isEmpty();
    }

    @Test
    void noBreakSpacesAtTheEndsOfWordsAndTextsAreLeftOutAndInvisibleCharactersInTextsAreWarnedOf() {
        Outcome<Article> outcome = parse("content/a.md", "---\ntitle: \"市妇联\\u200b召开座谈会\\u00a0\"\ndate: 2024-03-08\n"
                + "tags: [妇联\u00a0, \u202f巾帼\u2007]\ncolumn: 工作动态\u00a0\nauthors: [伍洁\u00a0]\nsummary: 摘要\u2060。\n---\n");
        Article article = outcome.value().orElseThrow();
        assertThat(article.tags()).containsExactly("妇联", "巾帼");
        assertThat(article.column()).isEqualTo("工作动态");
        assertThat(article.authors()).extracting(Author::name).containsExactly("伍洁");
        assertThat(article.title()).isEqualTo("市妇联\u200b召开座谈会");
        assertThat(outcome.problems()).extracting(Problem::formatLocated).containsExactly(
                "content/a.md:2:8: warning: title \"市妇联召开座谈会\" holds an invisible character (U+200B), which pages, feeds"
                        + " and search would keep (delete it: type the title again)",
                "content/a.md:7:10: warning: summary \"摘要。\" holds an invisible character (U+2060), which pages, feeds and"
                        + " search would keep (delete it: type the summary again)");
    }

    @Test
    void aTagOfTwoChineseWordsPartedByASpaceIsAnError() {
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\ntags: 妇联 巾帼\n---\n").problems())
                .extracting(Problem::format).containsExactly(
                        "content/a.md:4: tag \"妇联 巾帼\" is two words parted by a space (write a list: tags: [妇联, 巾帼])");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\ntags: [妇联\u3000巾帼, 三八节, Women Day]\n---\n")
                .problems()).extracting(Problem::format).containsExactly(
                        "content/a.md:4: tag \"妇联\u3000巾帼\" is two words parted by a space (write a list: tags: [妇联, 巾帼, 三八节,"
                                + " Women Day])");
    }

    @Test
    void aLatinNameInAuthorsWrittenAsOneTextKeepsItsSpaces() {
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors: Sammy Davis、伍洁　杨超\n---\n").problems())
                .extracting(Problem::format).singleElement().asString().endsWith("(such as authors: [Sammy Davis, 伍洁, 杨超])");
    }

    @Test
    void aSlugTooLongForAFolderNameIsRefused() {
        String slug = "很长的标题".repeat(14);
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nslug: " + slug + "\n---\n").problems())
                .extracting(Problem::format).singleElement().asString()
                .startsWith("content/a.md:4: the slug 很长的标题很长的标题很长的标题很长的标题… is 210 bytes long, more than the 200");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nslug: " + "很长的标题".repeat(13) + "\n---\n").problems())
                .isEmpty();
    }

    @Test
    void anUpdateEarlierThanTheDateIsAnErrorAtItsLineNamingBoth() {
        // 更新于 would show a day before publication, and the sitemap's lastmod would go back in time.
        Outcome<Article> outcome = parse("content/a.md", "---\ntitle: 标题\ndate: 2024-09-01\nupdated: 2023-01-05\n---\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::formatLocated).containsExactly(
                "content/a.md:4:10: error: updated 2023-01-05 is earlier than the date 2024-09-01: the page would say it was"
                        + " updated before it was published, and the sitemap would date it so (write the day of the last change,"
                        + " the date's or later, in updated:, or remove the line; if the date was corrected, correct updated:"
                        + " with it)");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-09-01 09:00\nupdated: 2024-09-01 08:59\n---\n").problems())
                .extracting(Problem::message).singleElement().asString()
                .startsWith("updated 2024-09-01 08:59 is earlier than the date 2024-09-01 09:00:");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-09-01 09:00\nupdated: 2024-09-01\n---\n").problems())
                .as("the day of publication, written alone, means that day").isEmpty();
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-09-01 09:00\nupdated: 2024-09-01 09:00\n---\n").problems())
                .isEmpty();
    }

    @Test
    void aDateOfAnImpossibleYearOrDayIsRefusedSayingWhy() {
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 0000-01-01\n---\n").problems()).extracting(Problem::format)
                .containsExactly("content/a.md:3: date \"0000-01-01\" has the year 0000, not one from 1000 to 9999"
                        + " (use YYYY-MM-DD or YYYY-MM-DD HH:MM, such as 2023-12-26 08:00)");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: -2023-01-01\n---\n").problems()).extracting(Problem::format)
                .containsExactly("content/a.md:3: date \"-2023-01-01\" has the year -2023, not one from 1000 to 9999"
                        + " (use YYYY-MM-DD or YYYY-MM-DD HH:MM, such as 2023-12-26 08:00)");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2023-02-30\n---\n").problems()).extracting(Problem::format)
                .containsExactly("content/a.md:3: date \"2023-02-30\" is not a day of the calendar (February 2023 has 28 days)");
    }

    @Test
    void aListOfPhotoNamesIsShownAPhotoEntryNotAnAuthors() {
        Outcome<Article> outcome = parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nphotos: [photo-1.jpg, photo-2.jpg]\n---\n");
        assertThat(outcome.problems()).extracting(Problem::format).containsExactly(
                "content/a.md:4: each entry of photos must be a mapping such as { src: photo-1.jpg, caption: ... }",
                "content/a.md:4: each entry of photos must be a mapping such as { src: photo-1.jpg, caption: ... }");
    }

    @Test
    void anAuthorsNameGivenAsAListIsOneError() {
        Outcome<Article> outcome = parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\nauthors:\n  - name: [周敏]\n---\n");
        assertThat(outcome.problems()).extracting(Problem::format)
                .containsExactly("content/a.md:5: name must be a single value, not a list or a mapping (write it on one line: name: ...)");
    }

    @Test
    void textCutShortByAHashIsAWarningButACommentSetApartIsNot() {
        Outcome<Article> outcome = parse("content/a.md", """
                ---
                title: 第 #1期
                kicker: #三八节# 活动
                subtitle: 副题          # optional
                date: 2024-03-08
                photos:
                  - src: a.jpg
                    caption: 座谈会 #三八节#
                summary: "摘要 #1"
                ---
                """);
        assertThat(outcome.value()).map(Article::title).contains("第");
        assertThat(outcome.problems()).extracting(Problem::format).containsExactly(
                "content/a.md:2: warning: the text after \" #\" was read as a comment, so title is \"第\""
                        + " (put the whole title in quotes: title: \"第 #…\")",
                "content/a.md:3: warning: the text after \" #\" was read as a comment, so kicker is empty"
                        + " (put the whole kicker in quotes: kicker: \"#…\")",
                "content/a.md:8: warning: the text after \" #\" was read as a comment, so caption is \"座谈会\""
                        + " (put the whole caption in quotes: caption: \"座谈会 #…\")");
    }

    @Test
    void acceptsShortFormsEditorsWrite() {
        Article a = parse("content/2024/notice.md", "---\ntitle: 通知\ndate: 2024-09-01\nauthors: [伍洁, 杨超]\ntags: 通知\n---\n")
                .value().orElseThrow();
        assertThat(a.authors()).extracting(Author::name).containsExactly("伍洁", "杨超");
        assertThat(a.tags()).containsExactly("通知");
        assertThat(a.slug()).isEqualTo("notice");
    }

    @Test
    void anAliasMustStayInsideTheSite() {
        for (String alias : new String[] {"/./", "/.", "/a/./b.html", "/a/../../b.html", "//b.html", "/a\\b.html"}) {
            Outcome<Article> outcome = parse("content/a.md", "---\ntitle: x\ndate: 2023-12-26\naliases: ['" + alias + "']\n---\n");
            assertThat(outcome.problems()).as(alias).extracting(Problem::format).singleElement().asString()
                    .isEqualTo("content/a.md:4: alias \"" + alias + "\" must be a path in this site starting with /"
                            + " (such as /news/2023/12345.html)");
        }
    }

    @Test
    void refusesAnAliasBombQuickly() {
        StringBuilder yaml = new StringBuilder("---\ntitle: x\ndate: 2023-12-26\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + previous + ", ").repeat(8)).append('*').append(previous).append("]\n");
        }
        Outcome<Article> outcome = parse("content/a.md", yaml + "---\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::message).singleElement().asString().contains("aliases");
    }

    @Test
    void refusesArbitraryJavaTypes() {
        Outcome<Article> outcome = parse("content/a.md",
                "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\ndate: 2023-12-26\n---\n");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("content/a.md:2: ").contains("Global tag is not allowed");
    }

    @Test
    void fullWidthBracketsAreLeftOutOfTheTagsHintAndAFlagTypedInChineseIsGivenTheLineToType() {
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\ntags: 【妇联, 巾帼】\n---\n").problems())
                .extracting(Problem::format).containsExactly(
                        "content/a.md:4: tag \"【妇联, 巾帼】\" is one text with commas (write a list: tags: [妇联, 巾帼])");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\ndraft: 是\n---\n").problems())
                .extracting(Problem::format).containsExactly(
                        "content/a.md:4: draft must be true or false (write draft: true, or draft: false)");
        assertThat(parse("content/a.md", "---\ntitle: 标题\ndate: 2024-03-08\ndraft: 否\n---\n").problems())
                .extracting(Problem::format).containsExactly(
                        "content/a.md:4: draft must be true or false (write draft: false, or draft: true)");
    }
}
