package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.gazette.TestSites;
import org.gazette.browser.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In headless Chromium: a page open on {@code gazette serve} changes when its article file is
 * saved, and a file that breaks the build shows the error over the page until it is fixed.
 */
class LiveReloadBrowserTest {

    @TempDir
    static Path folder;
    static Path root;
    static Preview preview;
    static ChromeDriver browser;
    static final StringWriter log = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        root = PreviewSites.example(folder.resolve("site"));
        preview = PreviewSites.start(root, log);
        browser = Chromium.start(Files.createDirectories(folder.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    static Object script(String js) {
        return browser.executeScript(js);
    }

    static void awaitPage(String what, String js) {
        PreviewSites.await(Duration.ofSeconds(20), what, () -> {
            try {
                return Boolean.TRUE.equals(script(js));
            } catch (RuntimeException e) {
                return false; // the page is between two loads
            }
        });
    }

    static void openArticle() {
        browser.get(preview.url().resolve(PreviewSites.ARTICLE_PAGE).toString());
        awaitPage("the page is connected for live reload", "return document.querySelector('h1') !== null");
        PreviewSites.await(Duration.ofSeconds(10), "the page is connected", () -> preview.connectedPages() > 0);
    }

    @Test
    void theOpenPageChangesWhenItsArticleIsSaved() throws Exception {
        openArticle();
        assertThat(script("return document.querySelector('h1').textContent")).asString().contains("跟党奋进新征程 巾帼建功新时代");
        script("window.gazetteTestMarker = 'before the save';");

        Path article = root.resolve(PreviewSites.ARTICLE);
        String original = TestSites.read(article);
        try {
            Files.writeString(article, original.replace("title: 跟党奋进新征程 巾帼建功新时代", "title: 跟党奋进新征程 实时预览"));
            awaitPage("the page shows the new title", "return document.querySelector('h1').textContent.includes('实时预览')");
            assertThat(script("return window.gazetteTestMarker === undefined")).as("the page was reloaded").isEqualTo(true);
        } finally {
            Files.writeString(article, original);
            awaitPage("the page shows the old title again", "return document.querySelector('h1').textContent.includes('巾帼建功新时代')");
        }
    }

    @Test
    void theOpenPageFollowsItsArticleToANewAddress() throws Exception {
        openArticle();
        Path article = root.resolve(PreviewSites.ARTICLE);
        String original = TestSites.read(article);
        try {
            Files.writeString(article, original.replace("slug: five-year-review", "slug: five-year-report"));
            awaitPage("the page is at the article's new address", "return location.pathname === '/2023/12/five-year-report/'"
                    + " && document.querySelector('h1') !== null");
            assertThat(script("return document.querySelector('h1').textContent")).asString().contains("巾帼建功新时代");
            assertThat(log.toString()).contains("/2023/12/five-year-review/ is now at " + preview.url() + "2023/12/five-year-report/");
        } finally {
            Files.writeString(article, original);
            awaitPage("the page follows it back", "return location.pathname === '/2023/12/five-year-review/'");
        }

        Path gathering = root.resolve("content/2024/2024-03-08-march-8-gathering.md");
        Path renamed = root.resolve("content/2024/2024-03-08-womens-day-gathering.md");
        browser.get(preview.url().resolve("2024/03/march-8-gathering/").toString());
        awaitPage("the gathering is open", "return document.querySelector('h1') !== null");
        PreviewSites.await(Duration.ofSeconds(10), "the page is connected", () -> preview.connectedPages() > 0);
        try {
            Files.move(gathering, renamed);
            awaitPage("the page follows the renamed file", "return location.pathname === '/2024/03/womens-day-gathering/'"
                    + " && document.querySelector('h1') !== null");
        } finally {
            Files.move(renamed, gathering);
        }
    }

    @Test
    void aBrokenFileShowsItsErrorOverThePageAndFixingItClearsIt() throws Exception {
        openArticle();
        Path article = root.resolve(PreviewSites.ARTICLE);
        String original = TestSites.read(article);
        Files.writeString(article, original.replace("date: 2023-12-26 08:00", "date: 26 Dec"));
        awaitPage("the error overlay shows", "return document.getElementById('gazette-problems') !== null");
        String overlay = Objects.toString(script("return document.getElementById('gazette-problems').innerText"));
        assertThat(overlay).contains("The site could not be rebuilt: 1 problem")
                .contains("content/2023/five-year-review/index.md:5")
                .contains("date \"26 Dec\" is not a date");
        assertThat(script("const r = document.getElementById('gazette-problems').getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && r.top === 0")).as("the overlay is visible at the top").isEqualTo(true);
        assertThat(script("return document.querySelector('h1').textContent")).asString()
                .as("the last version that built stays below").contains("跟党奋进新征程");

        Files.writeString(article, original);
        awaitPage("the overlay is gone", "return document.getElementById('gazette-problems') === null");
        assertThat(preview.snapshot().problems()).isEmpty();
    }

    @Test
    void theErrorOverlayShowsOnPagesOpenedWhileTheBuildFails() throws Exception {
        Path article = root.resolve(PreviewSites.ARTICLE);
        String original = TestSites.read(article);
        try {
            Files.writeString(article, original.replace("title: 跟党奋进新征程 巾帼建功新时代\n", ""));
            PreviewSites.await(Duration.ofSeconds(20), "the build fails", () -> !preview.snapshot().problems().isEmpty());
            browser.get(preview.url().resolve("archives/").toString());
            awaitPage("the error overlay shows on another page", "return document.getElementById('gazette-problems') !== null"
                    + " && document.getElementById('gazette-problems').innerText.includes('title is missing')");
        } finally {
            Files.writeString(article, original);
        }
        awaitPage("the overlay is gone", "return document.getElementById('gazette-problems') === null");
    }
}
