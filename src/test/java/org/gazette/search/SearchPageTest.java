package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.gazette.browser.Chromium;
import org.gazette.browser.SiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page in headless Chromium: typing queries, reading results, filters, paging and failures. */
class SearchPageTest {

    @TempDir
    static Path root;
    @TempDir
    static Path output;
    @TempDir
    static Path profile;
    static SiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() {
        Chromium.require();
        for (int i = 1; i <= 25; i++) {
            String column = i % 2 == 0 ? "工作动态" : "基层动态";
            int year = 2020 + i % 3;
            TestSites.write(root.resolve(String.format("content/a%02d.md", i)), "---\ntitle: 巾帼建功第" + i + "篇\ndate: "
                    + year + "-03-" + String.format("%02d", i) + "\ncolumn: " + column + "\n---\n\n各地妇联开展巾帼建功活动，第" + i + "次。\n");
        }
        // 45 articles with 社区, 区志, 志愿 and 愿者 but not 社区志愿者: more candidates than a page checks.
        for (int i = 1; i <= 45; i++) {
            TestSites.write(root.resolve(String.format("content/v%02d.md", i)), "---\ntitle: 志愿服务第" + i + "篇\ndate: 2019-04-"
                    + String.format("%02d", i % 28 + 1) + "\ncolumn: 志愿服务\n---\n\n志愿者走进社区，编写区志，第" + i + "次。\n");
        }
        TestSites.write(root.resolve("content/family.md"), "---\ntitle: 传承好家风\ndate: 2024-05-12\ncolumn: 家庭教育\n---\n\n"
                + "征集好家风家训五千余条。脚本标记 `</script>` 与代理项 &#xD800; 也是正文。\n");
        TestSites.write(root.resolve("content/other.md"), "---\ntitle: 家风与家训\ndate: 2024-05-13\ncolumn: 家庭教育\n---\n\n"
                + "家风和家训是两件事。\n");
        // 𱍐 (U+31350, Extension H) and 鿾 (U+9FFE) are newer than the Unicode 13 of Java 17
        TestSites.write(root.resolve("content/honours.md"), "---\ntitle: 表彰先进个人\ndate: 2024-06-01\ncolumn: 工作动态\n---\n\n"
                + "本报讯 张𱍐明同志和李鿾华同志获得表彰。\n");
        // The byline, kicker, subtitle, tags, column and photo credit of one article, each words of its own.
        TestSites.copy(Path.of("content/2024/images"), root.resolve("content/images"));
        TestSites.write(root.resolve("content/congress.md"), "---\ntitle: 奋进新征程\nsubtitle: 五年工作综述\n"
                + "kicker: 庆祝第十六次妇代会召开\ndate: 2023-12-26\nupdated: 2023-12-27\nauthors:\n  - { name: 伍洁, role: 记者, org: 邵阳日报 }\n"
                + "  - { name: 杨超, role: 通讯员 }\ncolumn: 代表大会\ntags: [妇代会专题]\nphotos:\n"
                + "  - { id: p, src: images/reading-night.jpg, caption: 会场, credit: 龙胜 }\nlead: p\n---\n\n大会胜利闭幕。\n");
        TestSites.write(root.resolve("content/mention.md"), "---\ntitle: 读者来信\nsummary: 一封来信。\ndate: 2024-01-02\ncolumn: 来信\n---\n\n"
                + "感谢伍洁的报道。\n");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        server = SiteServer.start(output);
        browser = Chromium.start(profile);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void open(String query) {
        browser.get(server.url("search/") + (query.isEmpty() ? "" : "?" + query));
        waitForStatus();
    }

    private static String waitForStatus() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
            String text = status();
            return !text.isEmpty() && !text.equals("正在搜索…");
        });
        return status();
    }

    private static String status() {
        return browser.findElement(By.cssSelector("#search-app [role=status]")).getText();
    }

    private static List<String> titles() {
        return browser.findElements(By.cssSelector(".search-results .item-title a")).stream().map(WebElement::getText).toList();
    }

    /**
     * A site that overrides search.html with the template of an earlier theme (before the
     * no-result help, the search-everywhere button and the label strings) still searches with
     * the bundled search.js: it stopped at 正在搜索… with a TypeError.
     */
    @Test
    void aSearchTemplateOfAnEarlierThemeStillSearches(@TempDir Path site, @TempDir Path built) throws IOException {
        TestSites.write(site.resolve("content/family.md"), "---\ntitle: 传承好家风\ndate: 2024-05-12\ncolumn: 家庭教育\ntags: [家风家训]\n---\n\n"
                + "社区开展家风家训诵读。\n");
        try (var template = getClass().getResourceAsStream("/search/search-before-format-4.html")) {
            TestSites.write(site.resolve("templates/search.html"), new String(template.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(TestSites.build(site, built).problems()).isEmpty();
        try (SiteServer earlier = SiteServer.start(built)) {
            browser.get(earlier.url("search/") + "?q=" + URLEncoder.encode("家风家训", StandardCharsets.UTF_8));
            assertThat(waitForStatus()).isEqualTo("找到 1 篇文章");
            assertThat(titles()).containsExactly("传承好家风");
            browser.get(earlier.url("search/") + "?q=" + URLEncoder.encode("没有的词", StandardCharsets.UTF_8) + "&column="
                    + URLEncoder.encode("家庭教育", StandardCharsets.UTF_8));
            assertThat(waitForStatus()).startsWith("没有找到");
        }
    }

    @Test
    void aChineseQueryFindsTheArticlesContainingItAndHighlightsTheMatch() {
        open("q=%E5%AE%B6%E9%A3%8E%E5%AE%B6%E8%AE%AD"); // 家风家训
        assertThat(status()).isEqualTo("找到 1 篇文章");
        assertThat(titles()).containsExactly("传承好家风");
        assertThat(browser.findElement(By.cssSelector(".search-results mark")).getText()).isEqualTo("家风家训");
        assertThat(browser.findElement(By.cssSelector(".search-results time")).getText()).isEqualTo("2024年5月12日");
        String href = browser.findElement(By.cssSelector(".search-results .item-title a")).getAttribute("href");
        assertThat(href).endsWith("/2024/05/family/");
    }

    @Test
    void everyTermIsHighlightedInTheTitleAndTheExcerpt() {
        open("q=" + URLEncoder.encode("家风 家训", StandardCharsets.UTF_8));
        WebElement other = browser.findElements(By.cssSelector(".search-result")).stream()
                .filter(r -> r.getText().startsWith("家风与家训")).findFirst().orElseThrow();
        assertThat(other.findElements(By.cssSelector(".item-title mark"))).extracting(WebElement::getText).containsExactly("家风", "家训");
        assertThat(other.findElements(By.cssSelector(".excerpt mark"))).extracting(WebElement::getText).containsExactly("家风", "家训");
        open("q=" + URLEncoder.encode("传承", StandardCharsets.UTF_8)); // in the title alone
        assertThat(browser.findElements(By.cssSelector(".item-title mark"))).extracting(WebElement::getText).containsExactly("传承");
        assertThat(browser.findElement(By.cssSelector(".item-title a")).getText()).isEqualTo("传承好家风");
    }

    @Test
    void ideographsNewerThanJava17AreFound() {
        for (String query : List.of("张𱍐明", "𱍐", "李鿾华", "鿾")) {
            open("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(status()).as("status for %s", query).isEqualTo("找到 1 篇文章");
            assertThat(titles()).as("results for %s", query).containsExactly("表彰先进个人");
            assertThat(browser.findElement(By.cssSelector(".search-results mark")).getText()).as("highlight for %s", query).isEqualTo(query);
        }
    }

    @Test
    void bylineKickerSubtitleTagsColumnAndCreditsAreFoundTheBylineAboveAMention() {
        for (String query : List.of("杨超", "邵阳日报", "十六次", "五年工作综述", "妇代会专题", "代表大会", "龙胜", "邵阳日报记者 伍洁")) {
            open("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(status()).as("status for %s", query).isEqualTo("找到 1 篇文章");
            assertThat(titles()).as("results for %s", query).containsExactly("奋进新征程");
        }
        open("q=" + URLEncoder.encode("伍洁", StandardCharsets.UTF_8));
        assertThat(titles()).as("the article by 伍洁 before the one that names her").containsExactly("奋进新征程", "读者来信");
    }

    @Test
    void aMatchInTheLabelsAloneShowsTheOpeningAndTheLabelNamed() {
        Map<String, String> labels = Map.of("妇代会专题", "标签：妇代会专题", "龙胜", "摄影：龙胜",
                "杨超", "作者：邵阳日报记者 伍洁 通讯员 杨超", "十六次", "庆祝第十六次妇代会召开");
        for (var query : labels.entrySet()) {
            open("q=" + URLEncoder.encode(query.getKey(), StandardCharsets.UTF_8));
            assertThat(browser.findElement(By.cssSelector(".search-result .excerpt")).getText())
                    .as("the opening for %s", query.getKey()).isEqualTo("大会胜利闭幕。");
            WebElement label = browser.findElement(By.cssSelector(".search-result .excerpt-label"));
            assertThat(label.getText()).as("the label for %s", query.getKey()).isEqualTo(query.getValue());
            assertThat(label.findElement(By.tagName("mark")).getText()).isEqualTo(query.getKey());
        }
        open("q=" + URLEncoder.encode("胜利闭幕", StandardCharsets.UTF_8));
        assertThat(browser.findElements(By.cssSelector(".excerpt-label"))).as("found in the text: no label line").isEmpty();
    }

    @Test
    void backReturnsToThePreviousQueryAndThePageTitleNamesTheQuery() {
        open("q=" + URLEncoder.encode("家风", StandardCharsets.UTF_8));
        assertThat(browser.getTitle()).startsWith("家风 - 搜索");
        WebElement box = browser.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys("巾帼", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("找到 25 篇文章"));
        assertThat(browser.getTitle()).startsWith("巾帼 - 搜索");
        new Select(browser.findElement(By.id("search-column"))).selectByVisibleText("工作动态"); // a filter: no new entry
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("找到 12 篇文章"));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("找到 2 篇文章"));
        assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("家风");
        assertThat(new Select(browser.findElement(By.id("search-column"))).getFirstSelectedOption().getAttribute("value")).isEmpty();
        assertThat(titles()).containsExactlyInAnyOrder("传承好家风", "家风与家训");
        assertThat(browser.getTitle()).startsWith("家风 - 搜索");
        browser.navigate().forward();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("找到 12 篇文章"));
        assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("巾帼");
    }

    @Test
    void theHeaderBoxOnEveryPageLeadsToShareableResults() {
        browser.get(server.url("index.html").toString());
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("家训", Keys.ENTER);
        waitForStatus();
        assertThat(browser.getCurrentUrl()).contains("/search/?q=");
        assertThat(status()).isEqualTo("找到 2 篇文章");
        assertThat(titles()).containsExactlyInAnyOrder("传承好家风", "家风与家训");
    }

    @Test
    void tenResultsAtATimeThenMoreWithFocusOnTheFirstNewOne() {
        open("q=%E5%B7%BE%E5%B8%BC"); // 巾帼
        assertThat(status()).isEqualTo("找到 25 篇文章");
        assertThat(titles()).hasSize(10);
        WebElement more = browser.findElement(By.cssSelector(".search-more"));
        more.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> titles().size() == 20);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo(titles().get(10));
        more.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> titles().size() == 25);
        assertThat(browser.findElement(By.cssSelector(".search-more")).isDisplayed()).isFalse();
    }

    @Test
    void filtersAndNewestFirstAreInTheUrl() {
        open("q=%E5%B7%BE%E5%B8%BC");
        new Select(browser.findElement(By.id("search-column"))).selectByVisibleText("工作动态");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("找到 12 篇文章"));
        assertThat(browser.getCurrentUrl()).contains("column=%E5%B7%A5%E4%BD%9C%E5%8A%A8%E6%80%81");
        new Select(browser.findElement(By.id("search-year"))).selectByVisibleText("2021");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("找到 4 篇文章"));
        new Select(browser.findElement(By.id("search-sort"))).selectByValue("date");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().contains("sort=date"));
        waitForStatus();
        assertThat(titles()).containsExactly("巾帼建功第22篇", "巾帼建功第16篇", "巾帼建功第10篇", "巾帼建功第4篇");
        browser.navigate().refresh();
        waitForStatus();
        assertThat(titles()).as("the URL alone gives the same results").containsExactly(
                "巾帼建功第22篇", "巾帼建功第16篇", "巾帼建功第10篇", "巾帼建功第4篇");
    }

    @Test
    void noResultsOneCharacterPunctuationAndVeryLongQueries() {
        open("q=%E9%95%BF%E5%9F%8E"); // 长城
        assertThat(status()).isEqualTo("没有找到包含“长城”的文章。");
        open("q=%E8%AE%AD"); // 训
        assertThat(status()).isEqualTo("找到 2 篇文章");
        open("q=%EF%BC%81%EF%BC%9F"); // ！？
        assertThat(status()).isEqualTo("请输入要搜索的文字。");
        open("q=" + "%E5%AE%B6%E9%A3%8E".repeat(500)); // 家风 × 500: 1,000 characters
        assertThat(status()).as("the first 30 characters echoed").isEqualTo("没有找到包含“" + "家风".repeat(15) + "…”的文章。");
    }

    @Test
    void noResultsWithAFilterSaysSoAndOffersToSearchEveryArticleAndNoResultsGivesTips() {
        open("q=" + URLEncoder.encode("巾帼", StandardCharsets.UTF_8) + "&year=2019");
        assertThat(status()).isEqualTo("在所选栏目或年份中没有找到包含“巾帼”的文章。");
        WebElement everywhere = browser.findElement(By.cssSelector(".search-everywhere"));
        assertThat(everywhere.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".search-tips")).getText()).contains("简体字").contains("按日期浏览");
        everywhere.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("找到 25 篇文章"));
        assertThat(browser.getCurrentUrl()).doesNotContain("year=");
        assertThat(new Select(browser.findElement(By.id("search-year"))).getFirstSelectedOption().getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".search-help")).isDisplayed()).as("no help when something is found").isFalse();
        open("q=%E9%95%BF%E5%9F%8E"); // 长城, no filter
        assertThat(status()).isEqualTo("没有找到包含“长城”的文章。");
        assertThat(browser.findElement(By.cssSelector(".search-tips")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".search-everywhere")).isDisplayed()).as("no filter to leave").isFalse();
    }

    @Test
    void markupInTheQueryIsNeverInjected() {
        open("q=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E");
        assertThat(status()).isEqualTo("没有找到包含“<img src=x onerror=\"window.pwn…”的文章。");
        assertThat(browser.findElements(By.cssSelector("#search-app img"))).isEmpty();
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
        open("q=%3C%2Fscript%3E");
        assertThat(titles()).containsExactly("传承好家风");
        assertThat(browser.findElement(By.cssSelector(".excerpt mark")).getText()).isEqualTo("</script>");
    }

    @Test
    void theNewestSearchWinsOverASlowerEarlierOne() throws InterruptedException {
        browser.get(server.url("search/").toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> new Select(b.findElement(By.id("search-column"))).getOptions().size() > 1);
        // search.js fetches through window.fetch: slowed here for the first search only.
        browser.executeScript("window.slow = 2500; const plain = window.fetch;"
                + "window.fetch = (url) => { const wait = window.slow; return new Promise(r => setTimeout(r, wait)).then(() => plain(url)); };");
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys("家风家训", Keys.ENTER); // the only files it needs arrive 2.5 s later
        Thread.sleep(200);
        browser.executeScript("window.slow = 0;");
        box.clear();
        box.sendKeys("巾帼", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("找到 25 篇文章"));
        Thread.sleep(3500); // the first search's files have come
        assertThat(status()).isEqualTo("找到 25 篇文章");
        assertThat(titles()).hasSize(10).allMatch(title -> title.startsWith("巾帼建功"));

        // A change of filter while a search is loading: the newest choice wins too.
        browser.executeScript("window.slow = 2500;");
        new Select(browser.findElement(By.id("search-column"))).selectByVisibleText("基层动态");
        Thread.sleep(200);
        browser.executeScript("window.slow = 0;");
        new Select(browser.findElement(By.id("search-column"))).selectByVisibleText("工作动态");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("找到 12 篇文章"));
        Thread.sleep(3500);
        assertThat(status()).isEqualTo("找到 12 篇文章");
        assertThat(titles()).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void aQueryInNoneOfManyCandidatesStopsAfterAFewAndOffersToGoOn() {
        open("q=" + URLEncoder.encode("社区志愿者", StandardCharsets.UTF_8));
        assertThat(status()).isEqualTo("已查 45 篇中的 30 篇，找到 0 篇。");
        assertThat(titles()).isEmpty();
        WebElement more = browser.findElement(By.cssSelector(".search-more"));
        assertThat(more.isDisplayed()).isTrue();
        assertThat(more.getTagName()).isEqualTo("button");
        assertThat(more.getText()).isEqualTo("继续查找");
        more.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("没有找到包含“社区志愿者”的文章。"));
        assertThat(more.isDisplayed()).isFalse();
        open("q=%E5%B7%BE%E5%B8%BC"); // 巾帼: the button reads 更多结果 again
        assertThat(browser.findElement(By.cssSelector(".search-more")).getText()).isEqualTo("更多结果");
    }

    @Test
    void aNewerSearchStopsTheDownloadsOfTheOneItReplaces() throws InterruptedException {
        // Newest first, the 45 candidates of 社区志愿者 take three rounds of record files, each round files of its own.
        browser.get(server.url("search/") + "?sort=date");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> new Select(b.findElement(By.id("search-column"))).getOptions().size() > 1);
        // Every file asked for is counted; the first search's take 2.5 s each.
        browser.executeScript("window.slow = 2500; window.asked = 0; const plain = window.fetch;"
                + "window.fetch = (url) => { window.asked++; const wait = window.slow; return new Promise(r => setTimeout(r, wait)).then(() => plain(url)); };");
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys("社区志愿者", Keys.ENTER); // its shards, then its records ten at a time, 2.5 s a round
        Thread.sleep(3000); // the first round of records on its way
        browser.executeScript("window.slow = 0;");
        box.clear();
        box.sendKeys("家风", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> status().equals("找到 2 篇文章"));
        long asked = (Long) browser.executeScript("return window.asked");
        Thread.sleep(4000); // the first search's records in flight have come
        assertThat(browser.executeScript("return window.asked")).as("files asked for after the newer search").isEqualTo(asked);
        assertThat(status()).isEqualTo("找到 2 篇文章");
    }

    @Test
    void onAPhoneThePageKeepsItsShapeWhileTheIndexLoadsAndSaysItIsSearching() throws InterruptedException {
        // Every layout shift recorded, and the index files slowed by 1.5 s, from the page's first script on.
        String script = "window.shifts = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) "
                + "if (!e.hadRecentInput) window.shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });"
                + "const plain = window.fetch; window.fetch = (url) => new Promise(r => setTimeout(r, 1500)).then(() => plain(url));";
        Object added = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script)).get("identifier");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.get(server.url("search/") + "?q=%E5%B7%BE%E5%B8%BC"); // 巾帼
            assertThat(browser.findElement(By.id("search-q")).isDisplayed()).as("the form, from the start").isTrue();
            assertThat(status()).as("while the index loads").isEqualTo("正在搜索…");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> status().equals("找到 25 篇文章"));
            Thread.sleep(500);
            assertThat(((Number) browser.executeScript("return window.shifts")).doubleValue())
                    .as("cumulative layout shift").isLessThan(0.01);
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void onAPhoneDatelineItemsAndFilterLabelsAreNeverSplit() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.get(server.url("2023/12/congress/").toString());
            assertThat(browser.executeScript("return [...document.querySelectorAll('.dateline > *')]"
                    + ".filter(e => e.getClientRects().length > 1 || e.getBoundingClientRect().height > 40).map(e => e.textContent)"))
                    .as("dateline items over two lines").asList().isEmpty();
            assertThat(browser.executeScript("return document.documentElement.scrollWidth")).as("no sideways scrolling").isEqualTo(360L);
            open("q=%E5%B7%BE%E5%B8%BC");
            assertThat(browser.executeScript("return [...document.querySelectorAll('.search-filters label')]"
                    + ".filter(l => Math.abs(l.getBoundingClientRect().top - l.control.getBoundingClientRect().top) > 12)"
                    + ".map(l => l.textContent)")).as("labels on another line than their menu").asList().isEmpty();
            assertThat(browser.executeScript("return document.documentElement.scrollWidth")).as("no sideways scrolling").isEqualTo(360L);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void aShardThatFailsToLoadGivesAMessage() throws IOException {
        Path copy = Files.createTempDirectory(output.getParent(), "broken");
        TestSites.copy(output, copy);
        try (Stream<Path> shards = Files.walk(copy.resolve("search"))) {
            for (Path shard : shards.filter(p -> p.getParent().getFileName().toString().equals("t")).toList()) {
                Files.delete(shard);
            }
        }
        try (SiteServer broken = SiteServer.start(copy)) {
            browser.get(broken.url("search/") + "?q=%E5%AE%B6%E9%A3%8E");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> status().equals("搜索索引加载失败，请刷新页面重试。"));
            assertThat(titles()).isEmpty();
        }
    }

    @Test
    void aManifestThatFailsToLoadShowsTheMessageAndTheForm() throws IOException {
        Path copy = Files.createTempDirectory(output.getParent(), "nomanifest");
        TestSites.copy(output, copy);
        Files.delete(copy.resolve("search/manifest.json"));
        try (SiteServer broken = SiteServer.start(copy)) {
            browser.get(broken.url("search/") + "?q=%E5%AE%B6%E9%A3%8E");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> status().equals("搜索索引加载失败，请刷新页面重试。"));
            assertThat(browser.findElement(By.cssSelector("#search-app [role=status]")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("search-q")).isDisplayed()).isTrue();
        }
    }

    @Test
    void withoutJavaScriptThePageLinksToTheArchive() {
        var page = TestSites.page(output, "search/index.html");
        assertThat(page.selectFirst("noscript").html()).contains("archives/");
        assertThat(page.selectFirst("#search-app").hasAttr("hidden")).as("the form is shown from the start").isFalse();
    }
}
