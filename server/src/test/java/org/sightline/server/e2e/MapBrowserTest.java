package org.sightline.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.MultiPolygon;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.geodata.geom.Geometries;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.registry.DatedAreaDao;
import org.sightline.server.registry.DatedAreaKind;
import org.sightline.server.registry.FacilityDao;
import org.sightline.server.registry.FacilityFields;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * End to end: the whole application with the sample data on a random port, the map opened in real
 * headless Chromium (Debian's chromium + chromium-driver), markers drawn, a popup opened.
 * Screenshots go to {@code server/target/screenshots/}.
 */
@Tag("browser")
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapBrowserTest {
  private static final String HOSTILE_NAME = "<img src=x onerror=\"window.__xss=1\">Evil camp</b>";
  private static final TestDatabase DATABASE = withHostileFacility(TestPostgis.freshDatabase());
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);

  private static ChromeDriver browser;
  private static WebDriverWait wait;

  /** One facility whose name is HTML: the map must show it as text and never run it. */
  private static TestDatabase withHostileFacility(TestDatabase database) {
    database
        .jdbi()
        .useExtension(
            FacilityDao.class,
            dao ->
                dao.insertIfAbsent(
                    new FacilityFields(
                        "hostile-name",
                        HOSTILE_NAME,
                        null,
                        null,
                        null,
                        List.of("<script>window.__xss=2</script>"),
                        "other",
                        "unconfirmed",
                        null,
                        null,
                        null,
                        null,
                        Geometries.point(125.0, 38.2),
                        true)));
    // A boundary valid only from 2019 to 2020, for the timeline: drawn on days in that interval
    // only.
    MultiPolygon timelineArea =
        (MultiPolygon)
            Geometries.fromWkt(
                "MULTIPOLYGON (((124.99 38.19, 125.01 38.19, 125.01 38.21, 124.99 38.19)))");
    database
        .jdbi()
        .useExtension(
            DatedAreaDao.class,
            dao ->
                dao.insert(
                    DatedAreaKind.BOUNDARY,
                    "hostile-name",
                    null,
                    new AreaFields(
                        timelineArea,
                        List.of(),
                        LocalDate.parse("2019-01-01"),
                        LocalDate.parse("2021-01-01"),
                        "published",
                        "medium",
                        null,
                        List.of(),
                        "timeline test",
                        1.0,
                        4.0),
                    "system:test"));
    return database;
  }

  @BeforeAll
  static void openBrowser() {
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
        "--window-size=1280,900",
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
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static String origin() {
    return "http://127.0.0.1:" + APP.getLocalPort();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static void loadMap(String query) {
    browser.get(origin() + "/" + query);
    wait.until(
        d -> !String.valueOf(js("return document.body.dataset.facilitiesLoaded || ''")).isEmpty());
  }

  @Test
  @Order(1)
  void markersAreDrawnForEveryFacilityAndAPopupShowsItsName() throws IOException {
    loadMap("?lang=en");
    assertThat(js("return document.body.dataset.facilitiesLoaded")).isEqualTo("194");
    List<WebElement> markers =
        browser.findElements(By.cssSelector("path.facility-marker[data-facility-id]"));
    assertThat(markers).hasSize(194);

    WebElement yodok =
        browser.findElement(
            By.cssSelector("path.facility-marker[data-facility-id='kwanliso-15-yodok']"));
    yodok.click();
    WebElement name =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".leaflet-popup-content .facility-name")));
    assertThat(name.getText()).isEqualTo("Kwanliso No. 15 Yodok");
    assertThat(
            browser
                .findElement(By.cssSelector(".leaflet-popup-content .facility-details"))
                .getText())
        .contains("Controlling agency")
        .contains("Ministry of State Security");
    WebElement imagery =
        wait.until(
            d -> {
              WebElement box =
                  d.findElement(By.cssSelector(".leaflet-popup-content .facility-imagery"));
              return "loaded".equals(box.getAttribute("data-state")) ? box : null;
            });
    assertThat(imagery.getText())
        .matches(
            "Usable satellite scenes from \\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}: \\d+\\..*")
        .contains("Longest gap without one:");
    // The revisit timeline: a tick per scene over Yodok in the window (the real Sentinel-2 sample).
    WebElement timeline =
        wait.until(
            d ->
                d.findElements(By.cssSelector(".leaflet-popup-content .revisit-timeline")).stream()
                    .findFirst()
                    .orElse(null));
    int ticks = Integer.parseInt(timeline.getAttribute("data-ticks"));
    assertThat(ticks).isPositive();
    assertThat(timeline.findElements(By.cssSelector(".revisit-tick"))).hasSize(ticks);
    assertThat(timeline.findElements(By.cssSelector(".revisit-tick.is-usable")))
        .hasSize(Integer.parseInt(timeline.getAttribute("data-usable-ticks")));
    assertThat(timeline.findElement(By.cssSelector(".revisit-tick")).getAttribute("title"))
        .matches("Scene of \\d{4}-\\d{2}-\\d{2}, cloud .*");
    screenshot("map-popup.png");
    // Scene footprints drawn on the map from the STAC API, one path per scene.
    browser.findElement(By.cssSelector(".leaflet-popup-content button.show-scenes")).click();
    wait.until(
        d -> !"".equals(String.valueOf(js("return document.body.dataset.scenesShown || ''"))));
    int shown = Integer.parseInt(String.valueOf(js("return document.body.dataset.scenesShown")));
    assertThat(shown).isPositive();
    assertThat(browser.findElements(By.cssSelector("path.scene-footprint[data-scene-id]")))
        .hasSize(shown);
    assertThat(
            browser
                .findElement(By.cssSelector(".leaflet-popup-content button.show-scenes"))
                .getText())
        .isEqualTo(shown + " scene footprints shown");
    screenshot("map-scenes.png");
  }

  @Test
  @Order(2)
  void sourceDisagreementIsShownNotHidden() {
    loadMap("?lang=en");
    browser
        .findElement(
            By.cssSelector("button.facility-list-item[data-facility-id='kwanliso-16-hwasong']"))
        .click();
    WebElement popup =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".leaflet-popup-content .facility-popup")));
    assertThat(popup.findElement(By.cssSelector(".facility-name")).getText())
        .isEqualTo("Kwanliso No. 16 Hwasong");
    assertThat(popup.findElements(By.cssSelector("li.facility-location")))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(popup.findElement(By.cssSelector(".facility-disagreement")).getText())
        .contains("10.");
    assertThat(
            browser.findElements(
                By.cssSelector(
                    "path.facility-alt-location[data-facility-id='kwanliso-16-hwasong']")))
        .isNotEmpty();
  }

  @Test
  @Order(3)
  void htmlInDataIsShownAsTextAndNeverRuns() throws IOException {
    loadMap("?lang=en");
    browser
        .findElement(By.cssSelector("button.facility-list-item[data-facility-id='hostile-name']"))
        .click();
    WebElement popup =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".leaflet-popup-content .facility-popup")));
    assertThat(popup.findElement(By.cssSelector(".facility-name")).getText())
        .isEqualTo(HOSTILE_NAME);
    assertThat(popup.findElements(By.cssSelector("img, script"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#facility-list img, #facility-list script")))
        .isEmpty();
    assertThat(js("return window.__xss === undefined")).isEqualTo(true);
    screenshot("map-hostile-name.png");
  }

  @Test
  @Order(4)
  void koreanInterfaceTranslatesLabels() throws IOException {
    loadMap("?lang=en");
    browser.findElement(By.id("lang-toggle")).click();
    wait.until(d -> "ko".equals(js("return document.documentElement.lang")));
    browser
        .findElement(By.cssSelector("path.facility-marker[data-facility-id='kwanliso-15-yodok']"))
        .click();
    WebElement popup =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".leaflet-popup-content .facility-popup")));
    assertThat(popup.getText()).contains("관리소");
    // The interface's own strings, not the sample data's Korean names: from ko.json, directly
    // and (types, statuses) through GET /api/vocabulary.
    assertThat(browser.findElement(By.id("lang-toggle")).getText()).isEqualTo("English");
    assertThat(browser.findElement(By.id("panel-heading")).getText()).isEqualTo("시설");
    assertThat(browser.findElement(By.id("facility-count")).getText())
        .isEqualTo("시설 192곳 · 중복 가능 2곳은 원래 시설과 함께 셈");
    assertThat(browser.findElement(By.id("legend-heading")).getText()).isEqualTo("시설 유형");
    assertThat(browser.findElement(By.id("timeline-heading")).getText()).isEqualTo("경계 기준일");
    assertThat(browser.findElements(By.cssSelector("#legend-list .legend-label")))
        .extracting(WebElement::getText)
        .startsWith("관리소 (정치범수용소)", "교화소", "집결소", "로동단련대", "구류장", "기타");
    assertThat(browser.findElement(By.cssSelector("#facility-filter")).getAttribute("placeholder"))
        .isEqualTo("이름, 한글 이름, 다른 이름");
    assertThat(popup.findElements(By.cssSelector(".facility-details dt")))
        .extracting(WebElement::getText)
        .startsWith("유형", "상태");
    assertThat(popup.findElement(By.cssSelector(".facility-type-label")).getText())
        .isEqualTo("관리소 (정치범수용소)");
    assertThat(popup.findElement(By.cssSelector(".facility-status")).getText()).isEqualTo("운영 중");
    assertThat(popup.findElements(By.cssSelector(".facility-section-heading")))
        .extracting(WebElement::getText)
        .contains("출처별 위치", "위성영상");
    WebElement imagery =
        wait.until(
            d -> {
              WebElement box =
                  d.findElement(By.cssSelector(".leaflet-popup-content .facility-imagery"));
              return "loaded".equals(box.getAttribute("data-state")) ? box : null;
            });
    assertThat(imagery.getText())
        .matches("\\d{4}-\\d{2}-\\d{2}부터 \\d{4}-\\d{2}-\\d{2}까지 사용 가능한 위성영상: \\d+장\\..*");
    assertThat(browser.getCurrentUrl()).contains("lang=ko");
    screenshot("map-korean.png");
  }

  @Test
  @Order(5)
  void theMapNeedsNothingButThisServer() {
    loadMap("?lang=en");
    @SuppressWarnings("unchecked")
    List<String> resources =
        (List<String>)
            js(
                "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href])");
    assertThat(resources)
        .isNotEmpty()
        .allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
    assertThat(resources).anySatisfy(url -> assertThat(url).contains("/webjars/leaflet/"));
    assertThat(resources).anySatisfy(url -> assertThat(url).contains("/data/basemap-land.geojson"));
  }

  @Test
  @Order(6)
  void theMapRunsUnderTheStrictContentSecurityPolicyWithoutErrors() {
    browser.manage().logs().get(LogType.BROWSER); // drop what earlier tests logged
    loadMap("?lang=en");
    List<String> severe =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(
                entry ->
                    entry.getLevel().intValue() >= Level.SEVERE.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
            .map(LogEntry::toString)
            .toList();
    assertThat(severe).isEmpty();
  }

  @Test
  @Order(10)
  void boundariesValidTodayAreDrawnAndApproximateOnesSaySo() throws IOException {
    loadMap("?lang=en");
    wait.until(
        d -> !String.valueOf(js("return document.body.dataset.boundariesLoaded || ''")).isEmpty());
    assertThat(js("return document.body.dataset.boundariesLoaded")).isEqualTo("6");
    List<WebElement> approximate =
        browser.findElements(
            By.cssSelector("path.boundary-approximate[data-boundary-basis='approximate']"));
    assertThat(approximate).hasSize(6);
    assertThat(approximate.get(0).getAttribute("stroke-dasharray")).isEqualTo("6 5");
    assertThat(browser.findElement(By.cssSelector(".legend-item-approximate")).getText())
        .isEqualTo("Approximate area (not surveyed)");
    // Focus Camp 15 from the list, close its popup, then click its search area near the edge.
    browser
        .findElement(
            By.cssSelector("button.facility-list-item[data-facility-id='kwanliso-15-yodok']"))
        .click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector(".leaflet-popup-content .facility-popup")));
    browser.findElement(By.cssSelector(".leaflet-popup-close-button")).click();
    WebElement area =
        browser.findElement(
            By.cssSelector("path.facility-boundary[data-facility-id='kwanliso-15-yodok']"));
    js(
        "const r = arguments[0].getBoundingClientRect();"
            + "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: r.left + r.width * 0.15,"
            + " clientY: r.top + r.height / 2}))",
        area);
    WebElement popup =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".boundary-popup")));
    String text = String.valueOf(js("return arguments[0].textContent", popup));
    assertThat(text).contains("Approximate · low confidence").contains("Not a surveyed outline");
    wait.until(
        d ->
            d.findElements(By.cssSelector(".leaflet-popup")).size()
                == 1); // the old popup has faded out
    screenshot("map-boundaries.png");
  }

  private static void screenshot(String fileName) throws IOException {
    Path dir = Path.of(System.getProperty("sightline.test.screenshotDir", "target/screenshots"));
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  @Order(11)
  void theTimelineDrawsTheBoundaryVersionsValidOnTheChosenDay() throws IOException {
    loadMap("?lang=en");
    wait.until(
        d -> !String.valueOf(js("return document.body.dataset.boundariesDay || ''")).isEmpty());
    assertThat(js("return document.body.dataset.boundariesLoaded")).isEqualTo("6");
    assertThat(
            browser.findElements(
                By.cssSelector("path.facility-boundary[data-facility-id='hostile-name']")))
        .isEmpty();

    // A day inside the 2019-2020 version: typed into the date field.
    WebElement date = browser.findElement(By.id("timeline-date"));
    js("arguments[0].value = '2020-06-15'; arguments[0].dispatchEvent(new Event('change'))", date);
    wait.until(d -> "2020-06-15".equals(js("return document.body.dataset.boundariesDay")));
    assertThat(js("return document.body.dataset.boundariesLoaded")).isEqualTo("7");
    assertThat(
            browser.findElements(
                By.cssSelector("path.facility-boundary[data-facility-id='hostile-name']")))
        .hasSize(1);
    assertThat(browser.getCurrentUrl()).contains("date=2020-06-15");
    assertThat(browser.findElement(By.id("timeline-range")).getAttribute("aria-valuetext"))
        .isEqualTo("2020-06-15");
    screenshot("map-timeline.png");
    // A facility's imagery is looked up in the three years up to the chosen day.
    browser
        .findElement(
            By.cssSelector("button.facility-list-item[data-facility-id='kwanliso-15-yodok']"))
        .click();
    WebElement imagery =
        wait.until(
            d -> {
              WebElement box =
                  d.findElement(By.cssSelector(".leaflet-popup-content .facility-imagery"));
              return "loaded".equals(box.getAttribute("data-state")) ? box : null;
            });
    assertThat(imagery.getText())
        .startsWith("Usable satellite scenes from 2017-06-15 to 2020-06-15: ");

    // The end of a validity interval is exclusive: on 2021-01-01 the version is gone.
    js("arguments[0].value = '2021-01-01'; arguments[0].dispatchEvent(new Event('change'))", date);
    wait.until(d -> "2021-01-01".equals(js("return document.body.dataset.boundariesDay")));
    assertThat(js("return document.body.dataset.boundariesLoaded")).isEqualTo("6");

    // The slider moves the day too, and a reload keeps it (from the URL); Today goes back.
    WebElement range = browser.findElement(By.id("timeline-range"));
    js(
        "arguments[0].value = String(Number(arguments[0].value) - 365); arguments[0].dispatchEvent(new Event('input'))",
        range);
    wait.until(d -> "2020-01-02".equals(js("return document.body.dataset.boundariesDay")));
    assertThat(js("return document.body.dataset.boundariesLoaded")).isEqualTo("7");
    loadMap("?lang=ko&date=2019-03-01");
    wait.until(d -> "2019-03-01".equals(js("return document.body.dataset.boundariesDay")));
    assertThat(js("return document.body.dataset.boundariesLoaded")).isEqualTo("7");
    assertThat(browser.findElement(By.id("timeline-heading")).getText()).isEqualTo("경계 기준일");
    browser.findElement(By.id("timeline-today")).click();
    wait.until(
        d ->
            String.valueOf(js("return document.body.dataset.boundariesDay"))
                .equals(LocalDate.now(ZoneOffset.UTC).toString()));
    assertThat(js("return document.body.dataset.boundariesLoaded")).isEqualTo("6");
    assertThat(browser.getCurrentUrl()).doesNotContain("date=");
  }

  @Test
  @Order(12)
  void theListFilterAddsFacilitiesWhoseNamesTheServerFindsSimilar() {
    loadMap("?lang=en");
    WebElement filter = browser.findElement(By.id("facility-filter"));
    filter.sendKeys("yodock"); // no name contains it; the server's name search finds Yodok
    wait.until(
        d ->
            "yodock"
                .equals(d.findElement(By.id("facility-list")).getAttribute("data-similar-for")));
    assertThat(browser.findElement(By.cssSelector(".facility-list-similar")).getText())
        .isEqualToIgnoringCase("Similar names");
    List<WebElement> found =
        browser.findElements(By.cssSelector("#facility-list button.facility-list-item"));
    assertThat(found)
        .as("only the ranked match, not every name that shares letters with it")
        .extracting(b -> b.getAttribute("data-facility-id"))
        .containsExactly("kwanliso-15-yodok");
    assertThat(browser.findElements(By.cssSelector(".facility-list-empty"))).isEmpty();
    found.stream()
        .filter(b -> "kwanliso-15-yodok".equals(b.getAttribute("data-facility-id")))
        .findFirst()
        .orElseThrow()
        .click();
    assertThat(
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".leaflet-popup-content .facility-name")))
                .getText())
        .isEqualTo("Kwanliso No. 15 Yodok");
    // A name matched in the browser is listed at once, without a "Similar names" part for it.
    filter.clear();
    filter.sendKeys("Evil camp");
    assertThat(
            browser.findElements(
                By.cssSelector(
                    "#facility-list button.facility-list-item[data-facility-id='hostile-name']")))
        .hasSize(1);
  }
}
