package org.gazette.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver, for tests that
 * need a real browser. Without them those tests are skipped, unless GAZETTE_REQUIRE_BROWSER=1
 * (set by .ci/run, which installs both) makes that a failure.
 *
 * <pre>{@code
 * ChromeDriver browser = Chromium.start(profileFolder);
 * }</pre>
 */
public final class Chromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Selenium warns about CDP versions it does not bundle; nothing here uses CDP. */
    static final Logger CDP_LOGGER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private Chromium() {
    }

    /** A new headless browser with its profile in {@code profile}; quit it when done. */
    public static ChromeDriver start(Path profile) {
        require();
        CDP_LOGGER.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The background-networking flags keep Chromium from stalling on this closed network.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()) // so that Selenium Manager is never asked
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Skips the calling test when the browser is missing, or fails it under GAZETTE_REQUIRE_BROWSER=1. */
    public static void require() {
        List<String> absent = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            absent.add(CHROMIUM.toString());
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            absent.add(CHROMEDRIVER.toString());
        }
        if (absent.isEmpty()) {
            return;
        }
        String message = "this test needs headless Chromium and its driver, but " + String.join(" and ", absent)
                + " cannot be run: install them with apt-get install chromium chromium-driver (.ci/run does)";
        if ("1".equals(System.getenv("GAZETTE_REQUIRE_BROWSER"))) {
            fail(message + " (GAZETTE_REQUIRE_BROWSER=1)");
        }
        assumeTrue(false, message + "; skipped");
    }
}
