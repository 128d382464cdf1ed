package org.sightline.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code scripts/install-deps}) driving the map: page loads that wait for the map's progress
 * attributes, script calls, screenshots under {@code target/screenshots/}, the console's errors and
 * Content-Security-Policy reports, and axe-core's accessibility check (axe-core from {@code
 * web/node_modules}, installed by {@code npm ci}). One instance per test class; not thread-safe.
 */
public final class ChromiumBrowser implements AutoCloseable {
  private static final Path AXE = Path.of("..", "web", "node_modules", "axe-core", "axe.min.js");
  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String origin;

  /**
   * @param origin the server's origin, e.g. {@code http://127.0.0.1:8080}
   * @param width window width in CSS pixels
   * @param height window height in CSS pixels
   */
  public ChromiumBrowser(String origin, int width, int height) {
    File chromium = new File("/usr/bin/chromium");
    File chromedriver = new File("/usr/bin/chromedriver");
    assertThat(chromium.canExecute())
        .as("Debian package chromium (installed by scripts/install-deps) at %s", chromium)
        .isTrue();
    assertThat(chromedriver.canExecute())
        .as(
            "Debian package chromium-driver (installed by scripts/install-deps) at %s",
            chromedriver)
        .isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=" + width + "," + height,
        "--lang=en-US");
    // Browser console messages, to catch script errors and Content-Security-Policy violations.
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.origin = origin;
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait await() {
    return wait;
  }

  public String origin() {
    return origin;
  }

  /** Runs a script in the page; returns what it returns. */
  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** A data attribute of {@code <body>} (the map's progress), or "" when absent. */
  public String bodyData(String key) {
    return String.valueOf(js("return document.body.dataset[arguments[0]] || ''", key));
  }

  /** Opens the map with a query ("?lang=en…") and waits until the facilities are drawn. */
  public void open(String query) {
    driver.get(origin + "/" + query);
    wait.until(d -> !bodyData("facilitiesLoaded").isEmpty());
  }

  /**
   * Makes the page's viewport this size in CSS pixels. Headless Chromium will not make a window
   * narrower than 500 px, so the viewport is emulated (DevTools {@code
   * Emulation.setDeviceMetricsOverride}, as the device toolbar does); {@link #resetSize} ends it.
   */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(Math.max(width, 500), height));
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Ends {@link #resize}'s emulation and sets the window's size. */
  public void resetSize(int width, int height) {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** The viewport's width in CSS pixels, as the page sees it. */
  public long viewportWidth() {
    return ((Number) js("return window.innerWidth")).longValue();
  }

  /** Saves a screenshot under target/screenshots (or -Dsightline.test.screenshotDir). */
  public Path screenshot(String fileName) throws IOException {
    Path dir = Path.of(System.getProperty("sightline.test.screenshotDir", "target/screenshots"));
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = dir.resolve(fileName);
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** Drops what the console holds so far. */
  public void clearConsole() {
    driver.manage().logs().get(LogType.BROWSER);
  }

  /** Console errors and Content-Security-Policy reports since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(
            entry ->
                entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    || entry.getMessage().contains("Content Security Policy"))
        .map(LogEntry::toString)
        .toList();
  }

  /**
   * Runs axe-core over the page (WCAG 2.0/2.1 A and AA rules) and returns the violations whose
   * impact is serious or critical, as "rule: target, target…" lines. axe is injected through
   * WebDriver (not a script tag), so the page's Content-Security-Policy stays as served.
   */
  @SuppressWarnings("unchecked")
  public List<String> seriousAccessibilityViolations() throws IOException {
    assertThat(AXE)
        .as("axe-core in web/node_modules (scripts/install-deps test runs npm ci)")
        .exists();
    js(Files.readString(AXE, StandardCharsets.UTF_8));
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => ({id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))"
                    + ".catch(e => done([{id: 'axe-error', help: String(e), targets: []}]));");
    return ((List<Map<String, Object>>) result)
        .stream().map(v -> v.get("id") + " (" + v.get("help") + "): " + v.get("targets")).toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
