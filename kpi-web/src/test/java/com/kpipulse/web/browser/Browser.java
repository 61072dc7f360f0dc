package com.kpipulse.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real headless Chromium (Debian's {@code chromium} + {@code chromedriver}) for journeys through the real login.
 * Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("kpi.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("kpi.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final List<String> console = new ArrayList<>();

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser open() {
        return open(1280, 900);
    }

    /** A phone-sized window (390 × 844, an ordinary smartphone). */
    public static Browser openPhone() {
        return open(390, 844);
    }

    private static Browser open(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("kpi-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=ru-RU",
                    "--user-data-dir=" + profile);
            // the console, so a journey can tell whether the page broke its Content-Security-Policy
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void go(String url) {
        driver.get(url);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String text(By by) {
        return waitFor(by).getText();
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public void type(By by, String text) {
        WebElement field = waitFor(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Whether the page is wider than the window (a phone user would have to scroll sideways to read it). */
    public boolean overflowsSideways() {
        Object wider = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(wider);
    }

    /** Whether the element is on the page and visible now (no waiting). */
    public boolean shown(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Runs a script in the page (e.g. an htmx request the page offers no button for). */
    public void runScript(String script) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }

    /** Runs a script in the page and returns what it returns (a list comes back as a list). */
    public Object evaluate(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }

    /** Scrolls the element to the top of the window (for screenshots of what is below the fold). */
    public void scrollTo(By by) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", waitFor(by));
    }

    /** Chooses an option of a select by its value. */
    public void select(By by, String value) {
        new org.openqa.selenium.support.ui.Select(waitFor(by)).selectByValue(value);
    }

    /**
     * Sets a field's value as if typed and fires its change event (date inputs take typed text in the browser's own
     * locale format, which a test should not depend on).
     */
    public void setValue(By by, String value) {
        WebElement field = waitFor(by);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field, value);
    }

    /** Waits until the element's text contains every fragment, as htmx may update it a moment later. */
    public String waitForText(By by, String... fragments) {
        wait.until(driver -> {
            try {
                String text = driver.findElement(by).getText();
                return java.util.Arrays.stream(fragments).allMatch(text::contains);
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        return text(by);
    }

    /** Logs in on the Keycloak page the app redirected to. */
    public void logInOnKeycloak(String user, String password) {
        wait.until(ExpectedConditions.urlContains("/realms/kpi/"));
        type(By.id("username"), user);
        type(By.id("password"), password);
        click(By.id("kc-login"));
    }

    /**
     * What the browser's console reported about the Content-Security-Policy since the window opened: every script,
     * style or handler it refused. Empty when the pages kept to the policy.
     */
    public List<String> securityPolicyViolations() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getMessage());
        }
        return console.stream().filter(message -> message.contains("Content Security Policy")).toList();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public void screenshot(String name) {
        saveScreenshot(Path.of("target", "screenshots", name + ".png"));
    }

    /** The window as it is now, written to {@code file} (its folder is made when missing). */
    public void saveScreenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
