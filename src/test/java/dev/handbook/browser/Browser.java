package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for a test class, driven without Selenium Manager (offline, no downloads).
 *
 * <p>Typical use, together with {@link HandbookSite} and {@link SiteServer}:
 *
 * <pre>{@code
 * class MyBrowserTest {
 *   static SiteServer server;
 *   static Browser browser;
 *
 *   @BeforeAll static void start() {
 *     server = SiteServer.start(HandbookSite.real());     // the real handbook under /handbook/
 *     browser = Browser.start();
 *   }
 *   @AfterAll static void stop() { browser.close(); server.close(); }
 *
 *   @Test void works() {
 *     browser.open(server.url("en/search/index.html?q=orm"));
 *     assertEquals(List.of(), browser.consoleErrors());
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #consoleErrors()} drains Chromium's console (legacy browser log: SEVERE entries are uncaught
 * exceptions, console.error, CSP refusals and failed loads). {@link #phone()} gives an exact 390x844
 * viewport, {@link #desktop()} a 1280x900 one. {@link #clearStorage()} forgets localStorage between tests.
 * When Chromium or its driver is missing the test fails (never skips): {@code .ci/run} installs them.
 */
public final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final ChromeDriver driver;
  private final Path profile;
  private String mediaType = "";
  private String colorScheme = "";

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static Browser start() {
    for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(Path.of(binary))) {
        fail(binary + " is missing: the browser tests need Debian's chromium and chromium-driver "
            + "(apt-get install -y chromium chromium-driver; .ci/run installs them)");
      }
    }
    Path profile;
    try {
      // java.io.tmpdir is the build folder under Surefire, so profiles never pile up in /tmp.
      profile = Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Browser browser = new Browser(driver, profile);
    browser.desktop();
    return browser;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Loads a page and waits for its scripts to have run (DOMContentLoaded handlers included). */
  public void open(String url) {
    driver.get(url);
    waitUntil(() -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  /** Waits up to ten seconds, polling often, for a condition of the page. */
  public void waitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(20))
        .until(d -> condition.getAsBoolean());
  }

  public void reload() {
    open(driver.getCurrentUrl());
  }

  public Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** A computed style property of the first element matching {@code css}. */
  public String style(String css, String property) {
    return (String) js("return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
        css, property);
  }

  /** Whether the first element matching {@code css} is rendered (not display:none, not in a closed part). */
  public boolean visible(String css) {
    return (Boolean) js("var e = document.querySelector(arguments[0]);"
        + " return !!e && e.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true});", css);
  }

  /** Every URL the page has fetched so far (the document and its resources). */
  @SuppressWarnings("unchecked")
  public List<String> requestedUrls() {
    return (List<String>) js("return [location.href].concat(performance.getEntriesByType('resource')"
        + ".map(function (e) { return e.name; }));");
  }

  /** Console entries at SEVERE since the last call (each call drains the log). */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** An exact 390x844 phone viewport (a window cannot be made that narrow). */
  public void phone() {
    viewport(390, 844, true);
  }

  public void desktop() {
    viewport(1280, 900, false);
  }

  /** A desktop viewport of the given size. */
  public void desktop(int width, int height) {
    viewport(width, height, false);
  }

  private void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Pretends the system prefers {@code dark} or {@code light}; "" restores the default. */
  public void systemColorScheme(String scheme) {
    colorScheme = scheme;
    emulateMedia();
  }

  /** Renders with the print stylesheet ({@code "print"}) or the screen one ({@code ""}). */
  public void media(String type) {
    mediaType = type;
    emulateMedia();
  }

  // One CDP call sets both, and an omitted one is reset, so both are always sent.
  private void emulateMedia() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", mediaType,
        "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
  }

  /** Forgets what pages remembered (theme, known questions) for the current origin. */
  public void clearStorage() {
    js("try { localStorage.clear(); } catch (e) {}");
  }

  /**
   * Whether the page scrolls sideways: its content is wider than the viewport. A phone's viewport widens to fit
   * content that sticks out, so the width is compared with the emulated screen's too.
   */
  public boolean scrollsSideways() {
    return (Boolean) js("var width = Math.min(window.innerWidth, screen.width);"
        + " return document.documentElement.scrollWidth > width || document.body.scrollWidth > width;");
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
