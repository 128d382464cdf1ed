package org.sightline.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.geodata.geom.Geometries;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.registry.DatedAreaDao;
import org.sightline.server.registry.DatedAreaKind;
import org.sightline.server.testing.ChromiumBrowser;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The map workspace as staff use it, in real headless Chromium on the sample data (its synthetic
 * corroborated events, illustrative structure observations and real Sentinel-2 footprints): sign
 * in, then the time slider changes which events and boundary versions are drawn, the facility panel
 * shows the change-over-time chart and the imagery timeline, stacked footprints open as one list,
 * the Korean interface labels the staff layers, and axe-core finds nothing serious with the panel
 * open. Screenshots go to {@code server/target/screenshots/}.
 */
@Tag("browser")
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserTest {
  private static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String KAECHON = "kwanliso-14-kaechon";
  private static final String YODOK = "kwanliso-15-yodok";

  private static ChromiumBrowser browser;

  /** A boundary version of Kyohwaso No. 1 (which has none in the sample), valid 2019-2020 only. */
  private static void addDatedBoundary(TestDatabase database) {
    MultiPolygon area =
        (MultiPolygon)
            Geometries.fromWkt(
                "MULTIPOLYGON (((125.90 39.69, 125.94 39.69, 125.94 39.72, 125.90 39.72, 125.90 39.69)))");
    database
        .jdbi()
        .useExtension(
            DatedAreaDao.class,
            dao ->
                dao.insert(
                    DatedAreaKind.BOUNDARY,
                    "kyohwaso-1-kaechon",
                    null,
                    new AreaFields(
                        area,
                        List.of(),
                        LocalDate.parse("2019-01-01"),
                        LocalDate.parse("2021-01-01"),
                        "published",
                        "medium",
                        null,
                        List.of(),
                        "slider test",
                        1.0,
                        4.0),
                    "system:test"));
  }

  @BeforeAll
  static void openBrowser() {
    addDatedBoundary(DATABASE); // after the sample data, which the application loads at start
    new TestUsers(DATABASE, Clock.systemUTC()).create("staff1", Role.ANALYST, Role.INVESTIGATOR);
    browser = new ChromiumBrowser("http://127.0.0.1:" + APP.getLocalPort(), 1280, 900);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static List<WebElement> all(String css) {
    return browser.driver().findElements(By.cssSelector(css));
  }

  private static WebElement one(String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  private static void signIn() {
    one("#sign-in").click();
    browser
        .await()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-username")))
        .sendKeys("staff1");
    one("#sign-in-password").sendKeys(TestUsers.PASSWORD);
    one("#sign-in-submit").click();
    browser.await().until(d -> one("#sign-out").isDisplayed());
    assertThat(one("#user-name").getText()).contains("staff1");
  }

  @SuppressWarnings("unchecked")
  private static List<String> listedEventKeys() {
    return (List<String>)
        browser.js(
            "return [...document.querySelectorAll('#event-list button.event-list-item')]"
                + ".map(b => b.dataset.eventKey).sort()");
  }

  private static void awaitEventsDrawnFor(String from, String to) {
    String period = (from == null ? "" : from) + "/" + (to == null ? "" : to);
    browser.await().until(d -> period.equals(browser.bodyData("eventsPeriod")));
  }

  private static void setPeriod(String from, String to) {
    WebElement fromField = one(".timebar-date[id$='-from']");
    WebElement toField = one(".timebar-date[id$='-to']");
    browser.js(
        "arguments[0].value = arguments[2]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));"
            + "arguments[1].value = arguments[3]; arguments[1].dispatchEvent(new Event('change', {bubbles: true}));",
        fromField,
        toField,
        from,
        to);
  }

  @Test
  @Order(1)
  void theSliderChangesWhichEventsAndBoundaryVersionsAreDrawn() throws IOException {
    browser.open("?lang=en&layers=boundaries,events,facilities&from=1997-01-01&to=1997-12-31");
    assertThat(one("#layer-list input[value='events']").isEnabled()).isFalse();
    signIn();
    assertThat(one("#layer-list input[value='events']").isEnabled()).isTrue();
    assertThat(one("#layer-list input[value='events']").isSelected()).isTrue();
    awaitEventsDrawnFor("1997-01-01", "1997-12-31");
    // December 1997 at Yodok (corroborated), and 'sometime in the 1990s' at Hwasong, which
    // reaches beyond the period and is drawn faded.
    browser.await().until(d -> listedEventKeys().size() == 2);
    assertThat(listedEventKeys()).containsExactly("event:claim:1", "event:claim:8");
    assertThat(browser.bodyData("eventsDrawn")).isEqualTo("2");
    assertThat(one("#event-list").getText()).contains("synthetic").contains("corroborated");
    browser.screenshot("workspace-events-1997.png");

    // The period moved to 2024-2025: the two Kaechon events instead.
    setPeriod("2024-06-01", "2025-12-31");
    awaitEventsDrawnFor("2024-06-01", "2025-12-31");
    browser
        .await()
        .until(
            d ->
                listedEventKeys()
                    .equals(
                        List.of(
                            "event:change:kwanliso-14-kaechon:114:appeared:5",
                            "event:change:kwanliso-14-kaechon:18:changed-condition:3")));
    // An event opens from the list, with its explanation in words.
    one("#event-list button[data-event-key='event:change:kwanliso-14-kaechon:114:appeared:5']")
        .click();
    WebElement popup =
        browser
            .await()
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".event-popup")));
    assertThat(popup.getText())
        .contains("strongly corroborated")
        .contains("Synthetic sample data, not evidence")
        .contains("2024-12-10 – 2025-05-31");
    browser.screenshot("workspace-event-popup.png");

    // The slider's end thumb, moved with the keyboard, changes the boundary versions drawn: the
    // 2019-2020 version of Kyohwaso No. 1 appears when the period ends inside it.
    setPeriod("2015-01-01", "2026-01-01");
    browser.await().until(d -> "2026-01-01".equals(browser.bodyData("boundariesDay")));
    int before = Integer.parseInt(browser.bodyData("boundariesLoaded"));
    WebElement end = one(".timebar-range-end");
    for (int i = 0; i < 5; i++) {
      end.sendKeys(Keys.PAGE_DOWN); // a year back each
    }
    browser.await().until(d -> "2021-01-01".equals(browser.bodyData("boundariesDay")));
    assertThat(browser.bodyData("boundariesLoaded")).isEqualTo(String.valueOf(before));
    end.sendKeys(Keys.PAGE_DOWN);
    browser.await().until(d -> "2020-01-01".equals(browser.bodyData("boundariesDay")));
    assertThat(browser.bodyData("boundariesLoaded")).isEqualTo(String.valueOf(before + 1));
    assertThat(browser.driver().getCurrentUrl()).contains("to=2020-01-01");
    browser.screenshot("workspace-slider-boundaries.png");
  }

  @Test
  @Order(2)
  void theFacilityPanelShowsTheChangeChartAndTheImageryTimeline() throws IOException {
    // The session is held in memory only: this test signs in again after the navigation.
    browser.open("?lang=en&at=39.80000,126.00000,10");
    signIn();
    one("#facility-filter").sendKeys("Kaechon");
    // Clicked in one script: the list re-renders as the map and the filter move.
    browser
        .await()
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.js(
                        "const b = document.querySelector(`#facility-list button[data-facility-id='${arguments[0]}']`);"
                            + " if (b) b.click(); return Boolean(b);",
                        KAECHON)));
    browser
        .await()
        .until(d -> KAECHON.equals(one("#facility-panel").getAttribute("data-facility-id")));
    WebElement series = browser.await().until(d -> loaded(".fp-series"));
    assertThat(series.findElements(By.tagName("canvas"))).hasSize(1);
    assertThat(series.getAttribute("data-chart")).isEqualTo("chart");
    assertThat(series.getText()).contains("Structure counts").contains("Illustrative sample");
    WebElement imagery = browser.await().until(d -> loaded(".fp-imagery"));
    assertThat(Integer.parseInt(imagery.getAttribute("data-ticks"))).isPositive();
    WebElement events = browser.await().until(d -> loaded(".fp-events"));
    assertThat(events.getText()).contains("strongly corroborated");
    WebElement claims = browser.await().until(d -> loaded(".fp-claims"));
    assertThat(claims.getText()).isNotBlank();
    browser.screenshot("workspace-facility-panel.png");
    // The chart switches to built-up area, and Escape closes the panel.
    one("#facility-panel").sendKeys(Keys.ESCAPE);
    browser.await().until(d -> !one("#facility-panel").isDisplayed());
    assertThat(browser.driver().getCurrentUrl()).doesNotContain("facility=");
  }

  private static WebElement loaded(String css) {
    List<WebElement> found = all("#facility-panel " + css);
    if (found.isEmpty()) {
      return null;
    }
    String state = found.get(0).getAttribute("data-state");
    return "loaded".equals(state) ? found.get(0) : null;
  }

  @Test
  @Order(3)
  void stackedFootprintsOpenAsOneList() throws IOException {
    // Zoomed in beside Yodok, inside the Sentinel-2 tile that many scenes share.
    browser.open("?lang=en&at=39.67427,126.60000,12&layers=footprints");
    browser.await().until(d -> "features".equals(browser.bodyData("footprintsMode")));
    assertThat(Integer.parseInt(browser.bodyData("footprintsDrawn"))).isPositive();
    WebElement map = one("#map");
    new Actions(browser.driver()).moveToElement(map, 40, 40).click().perform();
    WebElement popup =
        browser
            .await()
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".footprint-popup")));
    int count = Integer.parseInt(popup.getAttribute("data-footprint-count"));
    assertThat(count).isGreaterThan(1);
    assertThat(popup.findElements(By.cssSelector("li.footprint-scene")))
        .hasSize(Math.min(count, 50));
    assertThat(popup.findElement(By.cssSelector(".layer-popup-title")).getText())
        .isEqualTo(count + " scenes share this footprint");
    browser.screenshot("workspace-footprint-stack.png");
  }

  @Test
  @Order(4)
  void theKoreanInterfaceLabelsTheStaffLayersAndThePanel() throws IOException {
    browser.open("?lang=ko&layers=events,facilities&facility=" + YODOK);
    signIn();
    browser.await().until(d -> !browser.bodyData("eventsDrawn").isEmpty());
    assertThat(one("#layer-list li[data-layer='events']").getText()).contains("교차 확인된 사건");
    // The legend is folded beside the open panel; its labels are there all the same.
    @SuppressWarnings("unchecked")
    List<String> legendLabels =
        (List<String>)
            browser.js(
                "return [...document.querySelectorAll('#legend-body .legend-label')].map(e => e.textContent)");
    assertThat(legendLabels).contains("교차 확인됨", "강하게 교차 확인됨");
    browser
        .await()
        .until(d -> YODOK.equals(one("#facility-panel").getAttribute("data-facility-id")));
    assertThat(one("#facility-panel").getText()).contains("요덕").contains("관리소 (정치범수용소)");
    browser.screenshot("workspace-korean.png");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  @Test
  @Order(5)
  void theWorkspaceRunsWithoutScriptErrorsAndPassesAxeWithEverythingOpen() throws IOException {
    browser.clearConsole();
    browser.open(
        "?lang=en&layers=footprints,zones,boundaries,structures,changeEvents,events,facilities"
            + "&facility="
            + KAECHON
            + "&at=39.50000,126.20000,13");
    signIn();
    browser.await().until(d -> !browser.bodyData("eventsDrawn").isEmpty());
    browser.await().until(d -> loaded(".fp-series") != null);
    one("#filters summary").click();
    assertThat(all("#filter-groups fieldset[data-filter='levels'] input")).hasSize(3);
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
    browser.screenshot("workspace-everything.png");
  }
}
