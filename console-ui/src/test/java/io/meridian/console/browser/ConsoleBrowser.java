package io.meridian.console.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium driving the console of the shared {@link Platform}, with the steps the
 * journeys share: sign in, wait for Vaadin, pick a language, save a screenshot, run axe-core.
 */
public final class ConsoleBrowser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Platform platform;
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;

    public ConsoleBrowser(Platform platform) {
        this.platform = platform;
        try {
            this.profile = Files.createTempDirectory("meridian-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String program : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: the browser journeys need Debian's Chromium"
                        + " (apt-get install -y chromium chromium-driver)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        this.driver = new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a console path ({@code login}, {@code datasets}) and waits until Vaadin has rendered it. */
    public ConsoleBrowser open(String path) {
        driver.get(platform.consoleUrl().resolve(path).toString());
        awaitVaadin();
        return this;
    }

    public ConsoleBrowser signIn(String email) {
        open("login");
        type("login-tenant", Platform.DEMO_TENANT);
        type("login-email", email);
        type("login-password", Platform.DEMO_PASSWORD);
        click("login-submit");
        await(ExpectedConditions.presenceOfElementLocated(By.id("side-nav")));
        awaitVaadin();
        return this;
    }

    /** Types into the native input of a Vaadin field (Vaadin's fields keep it in their light DOM). */
    public void type(String fieldId, String text) {
        WebElement input = await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")));
        input.clear();
        input.sendKeys(text);
        // Vaadin sends the value on change
        ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
    }

    public void click(String id) {
        await(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        awaitVaadin();
    }

    /** Picks an item of a Vaadin select or combo box by its visible text. */
    public void choose(String id, String itemText) {
        click(id);
        WebElement item = await(driver -> driver.findElements(By.cssSelector("vaadin-select-item, vaadin-combo-box-item")).stream()
                .filter(candidate -> candidate.isDisplayed() && candidate.getText().trim().equals(itemText))
                .findFirst().orElse(null));
        item.click();
        awaitVaadin();
    }

    /** Hands a file to a vaadin-upload, as choosing it in the file dialog would; the upload starts by itself. */
    public void upload(String uploadId, Path file) {
        WebElement upload = element(uploadId);
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const upload = arguments[0];"
                        + "return upload.querySelector('input[type=file]') || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Navigates with the side navigation, as a user would. */
    public void navigate(String navId, String viewId) {
        click(navId);
        element(viewId);
        awaitVaadin();
    }

    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public WebElement element(String id) {
        return await(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public String text(String id) {
        return element(id).getText();
    }

    public <T> T await(Function<org.openqa.selenium.WebDriver, T> condition) {
        return await(condition, WAIT);
    }

    public <T> T await(Function<org.openqa.selenium.WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(condition::apply);
    }

    /** Waits until Vaadin's client has no request to the server in flight. */
    public void awaitVaadin() {
        await(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())"));
    }

    /** A property of an element (a Vaadin component's {@code value}, {@code errorMessage}, …) as text. */
    public String property(String id, String name) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0][arguments[1]]", element(id), name));
    }

    public String documentAttribute(String name) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.getAttribute(arguments[0])", name);
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png}, the test run's artifact. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core (WCAG 2 A and AA rules) on the page: no serious or critical violation may be there. */
    public void assertAccessible(String view) {
        // a notification fading in or out is half transparent: its colours are not the ones a reader sees
        await(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('vaadin-notification-card[opening], vaadin-notification-card[closing]').length === 0"));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(results.getPasses()).as("axe-core checked %s", view).isNotEmpty();
        assertThat(severe).as("serious or critical accessibility violations on %s: %s", view, describe(severe)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getDescription() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
