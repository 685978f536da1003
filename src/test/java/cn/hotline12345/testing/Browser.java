package cn.hotline12345.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromedriver) driven by Selenium. Never downloads
 * a browser: the machine has none to fetch from. Missing browser → the test fails saying what to install.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("hotline.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("hotline.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver fonts-noto-cjk (./hotline test does this as root)");
        }
        this.baseUrl = baseUrl.replaceAll("/$", "");
        try {
            profile = Files.createTempDirectory("hotline-chromium");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser logIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waitFor(By.id("logout"));
        return this;
    }

    public Browser logOut() {
        driver.findElement(By.id("logout")).click();
        waitFor(By.id("login-form"));
        return this;
    }

    public String text(By by) {
        return waitFor(by).getText();
    }

    /**
     * Waits until the element shows exactly {@code expected}: after a form is sent, the old page's
     * element may still be there for a moment, so reading it at once could read the old page.
     */
    public Browser expectText(By by, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBe(by, expected));
        return this;
    }

    public org.openqa.selenium.WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Keeps a screenshot under target/screenshots for a person to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
