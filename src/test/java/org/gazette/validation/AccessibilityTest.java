package org.gazette.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.gazette.validation.BuiltSites.BuiltSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.gazette.browser.Chromium;
import org.gazette.browser.SiteServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pages pass axe-core's default run (every rule it enables by default: the wcag2a, wcag2aa,
 * wcag21a, wcag21aa and best-practice rules) with no violations, one page of each page type.
 *
 * <p>A page's type is its {@code <body data-page="TYPE">}; the first page of each type, in the
 * order of their paths, is checked. Every type in {@link #REQUIRED_TYPES} must have a page.
 * The site is served over HTTP on 127.0.0.1 by {@link SiteServer} and loaded into headless
 * Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium; axe-core
 * ({@code axe.min.js} from {@code com.deque.html.axe-core:selenium}) is injected into the page.
 * Without the browser the browser tests are skipped, or fail when GAZETTE_REQUIRE_BROWSER=1
 * (as in CI).
 *
 * <p>Each site is checked in the light and in the dark colour scheme (the theme's
 * {@code prefers-color-scheme: dark} colours), emulated through ChromeDriver's DevTools command
 * {@code Emulation.setEmulatedMedia}. Besides one page of each type, the search page is checked
 * with results for {@value #SEARCH_QUERY}, where its "more results" button shows on the corpus site.
 */
class AccessibilityTest {

    static final List<String> REQUIRED_TYPES = List.of("home", "article", "column", "tag", "author", "year", "month", "404");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String AXE_RESOURCE = "axe.min.js";
    /** Where the 404 page is loaded from: a page that does not exist, so that the server answers with 404.html. */
    static final String MISSING_PAGE = "no-such-section/no-such-page/";
    /** A word in most articles of both sites: the corpus site finds more than a page of results for it. */
    static final String SEARCH_QUERY = "发展";
    /** The search page's type, and the label of its check with results. */
    static final String SEARCH_TYPE = "search";
    static final String SEARCH_RESULTS = "search results";

    @TempDir
    static Path folder;
    static BuiltSite example;
    static BuiltSite corpus;
    static ChromeDriver driver;
    static final List<SiteServer> servers = new ArrayList<>();

    @BeforeAll
    static void buildSites() {
        example = BuiltSites.example(folder.resolve("example"));
        corpus = BuiltSites.corpus(folder.resolve("corpus"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        servers.forEach(SiteServer::close);
    }

    @Test
    void theExampleSiteHasAPageOfEveryType() {
        assertEveryTypeHasAPage(example);
    }

    @Test
    void theCorpusSiteHasAPageOfEveryType() {
        assertEveryTypeHasAPage(corpus);
    }

    @Test
    void onePageOfEachTypeOfTheExampleSiteHasNoAxeViolations() {
        assertNoViolations(example, ColorScheme.LIGHT);
    }

    @Test
    void onePageOfEachTypeOfTheCorpusSiteHasNoAxeViolations() {
        assertNoViolations(corpus, ColorScheme.LIGHT);
    }

    @Test
    void onePageOfEachTypeOfTheExampleSiteHasNoAxeViolationsInTheDarkScheme() {
        assertNoViolations(example, ColorScheme.DARK);
    }

    @Test
    void onePageOfEachTypeOfTheCorpusSiteHasNoAxeViolationsInTheDarkScheme() {
        assertNoViolations(corpus, ColorScheme.DARK);
    }

    /** The value of the {@code prefers-color-scheme} media feature the browser reports to the page. */
    enum ColorScheme {
        LIGHT, DARK;

        String feature() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The first page of each type, by type in the order first found. */
    static Map<String, String> pagesByType(BuiltSite site) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String page : site.htmlPages()) {
            try {
                Element body = Jsoup.parse(site.output().resolve(page).toFile(), "UTF-8").body();
                String type = body == null ? "" : body.attr("data-page").strip();
                if (!type.isEmpty()) {
                    pages.putIfAbsent(type, page);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    static void assertEveryTypeHasAPage(BuiltSite site) {
        Map<String, String> pages = pagesByType(site);
        List<String> missing = REQUIRED_TYPES.stream().filter(type -> !pages.containsKey(type)).toList();
        System.out.printf("page types: %s: %s%n", site, pages);
        if (!missing.isEmpty()) {
            fail("the %s has no page of type %s (no <body data-page=\"TYPE\"> among its %d pages); pages found by type: %s",
                    site, missing, site.htmlPages().size(), pages);
        }
    }

    static void assertNoViolations(BuiltSite site, ColorScheme scheme) {
        Chromium.require();
        Map<String, String> pages = pagesByType(site);
        assertThat(pages).as("pages of the %s with <body data-page=\"TYPE\">: none, so nothing to check", site).isNotEmpty();
        assertThat(pages).as("the %s's search page", site).containsKey(SEARCH_TYPE);
        pages.put(SEARCH_RESULTS, "search/");
        ChromeDriver browser = browser();
        emulate(browser, scheme);
        SiteServer server = SiteServer.start(site.output());
        servers.add(server);

        List<String> violations = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, String> entry : pages.entrySet()) {
            String type = entry.getKey();
            String page = entry.getValue();
            String url = server.url(page).toString();
            if (type.equals("404") && page.equals("404.html")) {
                // as a visitor meets it: the server's answer to a missing page, deep in the site
                url = server.url(MISSING_PAGE).toString();
                page = MISSING_PAGE + " (404.html)";
            }
            if (type.equals(SEARCH_RESULTS)) {
                url += "?q=" + URLEncoder.encode(SEARCH_QUERY, StandardCharsets.UTF_8);
                page += "?q=" + SEARCH_QUERY;
            }
            browser.get(url);
            Object loaded = browser.executeScript("return document.body ? document.body.getAttribute('data-page') : null;");
            assertThat(loaded).as("data-page of %s as loaded from %s", page, url).isEqualTo(type.equals(SEARCH_RESULTS) ? SEARCH_TYPE : type);
            Object dark = browser.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;");
            assertThat(dark).as("the page %s sees the dark scheme", page).isEqualTo(scheme == ColorScheme.DARK);
            if (type.equals(SEARCH_RESULTS)) {
                awaitResults(browser, site);
            }
            for (Map<String, Object> violation : axe(browser)) {
                violations.add(describe(type, page, violation));
                kinds.add(violation.get("id") + " (" + violation.get("impact") + ") on " + type);
            }
        }
        System.out.printf("axe: %s, %s scheme: %d pages (%s), %d violations%n",
                site, scheme.feature(), pages.size(), String.join(", ", pages.keySet()), violations.size());
        if (!violations.isEmpty()) {
            fail("axe-core found %d violations on the %s in the %s colour scheme.%nBy rule:%n%s%nEach violation:%n%s",
                    violations.size(), site, scheme.feature(), BuiltSites.tally(kinds), String.join("\n", violations));
        }
    }

    /** Makes the pages the browser loads from now on see {@code prefers-color-scheme: SCHEME}. */
    static void emulate(ChromeDriver browser, ColorScheme scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme.feature()))));
    }

    /** Waits until the search page shows its results; on the corpus site they run past one page, so "more" shows too. */
    static void awaitResults(ChromeDriver browser, BuiltSite site) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.findElements(By.cssSelector(".search-result")).isEmpty());
        if (site == corpus) {
            assertThat(browser.findElement(By.cssSelector(".search-more")).isDisplayed())
                    .as("the \"more results\" button after searching %s on the %s", SEARCH_QUERY, site).isTrue();
        }
    }

    /** Runs axe-core's default run on the loaded page and returns its violations. */
    static List<Map<String, Object>> axe(ChromeDriver browser) {
        JavascriptExecutor js = browser;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document)
                    .then(results => done(JSON.stringify(results.violations)))
                    .catch(error => done('axe failed: ' + error));
                """);
        String json = String.valueOf(result);
        if (!json.startsWith("[")) {
            fail("axe-core did not run on %s: %s", browser.getCurrentUrl(), json);
        }
        return new Json().toType(json, Json.LIST_OF_MAPS_TYPE);
    }

    /** {@code [article] 2023/12/a/index.html: color-contrast (serious): help (url)}, then each node's target and HTML. */
    @SuppressWarnings("unchecked")
    static String describe(String type, String page, Map<String, Object> violation) {
        StringBuilder text = new StringBuilder();
        text.append("[").append(type).append("] ").append(page).append(": ")
                .append(violation.get("id")).append(" (").append(violation.get("impact")).append("): ")
                .append(violation.get("help")).append(" <").append(violation.get("helpUrl")).append(">");
        for (Map<String, Object> node : (List<Map<String, Object>>) violation.getOrDefault("nodes", List.of())) {
            text.append("\n    target ").append(node.get("target"))
                    .append("  ").append(String.valueOf(node.get("html")).replace("\n", " "));
            Object summary = node.get("failureSummary");
            if (summary != null) {
                text.append("\n      ").append(summary.toString().replace("\n", "\n      "));
            }
        }
        return text.toString();
    }

    static String axeSource() {
        try (InputStream in = AccessibilityTest.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
            assertThat(in).as("%s on the test classpath (from com.deque.html.axe-core:selenium)", AXE_RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headless Chromium shared by the tests of this class, started on first use. */
    static ChromeDriver browser() {
        if (driver == null) {
            driver = Chromium.start(Path.of(newFolder("chromium-profile")));
        }
        return driver;
    }

    static String newFolder(String name) {
        try {
            return Files.createTempDirectory(folder, name).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
