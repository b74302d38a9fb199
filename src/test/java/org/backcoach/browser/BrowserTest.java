package org.backcoach.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a random port and a phone-sized Chromium page. Without Chromium the tests are skipped on a
 * developer's machine, but fail under CI ({@code CI=true}), so that a green build always means they ran.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 812;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM + " under CI");
            }
            Assumptions.abort("Chromium not installed at " + CHROMIUM + "; browser tests skipped outside CI");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPhone() {
        context = newPhone();
        page = context.newPage();
    }

    @AfterEach
    void closePhone() {
        if (context != null) {
            context.close();
        }
    }

    /** A fresh, separate browser profile: another person on another phone. */
    BrowserContext newPhone() {
        var phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setBaseURL("http://localhost:" + port));
        phone.setDefaultTimeout(10_000);
        return phone;
    }

    void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** Signs a new person up through the page and returns their email. */
    String signUp(Page on, String name) {
        var email = name.toLowerCase() + "-" + System.nanoTime() + "@example.org";
        on.navigate("/sign-up");
        on.getByLabel("Email").fill(email);
        on.getByLabel("What should we call you?").fill(name);
        on.getByLabel("Password").fill(PASSWORD);
        on.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Create account"))
                .click();
        return email;
    }

    static final String PASSWORD = "a steady strong back";
}
