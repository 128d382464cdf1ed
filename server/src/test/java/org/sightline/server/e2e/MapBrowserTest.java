package org.sightline.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.net.URI;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.geodata.geom.Geometries;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.publication.PublicationKind;
import org.sightline.server.registry.DatedAreaDao;
import org.sightline.server.registry.DatedAreaKind;
import org.sightline.server.registry.FacilityDao;
import org.sightline.server.registry.FacilityFields;
import org.sightline.server.testing.ChromiumBrowser;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestPublishing;

/**
 * End to end for everyone, signed in or not: the whole application with the sample data on a random
 * port, the map opened in real headless Chromium. The facilities, the list that follows the map and
 * the map that follows the list's filter, boundaries as of the period's end, permalinks, the Korean
 * interface, hostile names, what an anonymous visitor is not shown, and axe-core's accessibility
 * check at 1280 and 420 px. Staff scenarios: {@link WorkspaceBrowserTest}. Screenshots go to {@code
 * server/target/screenshots/}.
 */
@Tag("browser")
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapBrowserTest {
  private static final String HOSTILE_NAME = "<img src=x onerror=\"window.__xss=1\">Evil camp</b>";
  private static final TestDatabase DATABASE = withHostileFacility(TestPostgis.freshDatabase());
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String YODOK = "kwanliso-15-yodok";

  private static ChromiumBrowser browser;

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
    // A boundary valid only from 2019 to 2020: drawn when the period ends in that interval only.
    MultiPolygon timelineArea =
        (MultiPolygon)
            Geometries.fromWkt(
                "MULTIPOLYGON (((124.99 38.19, 125.01 38.19, 125.01 38.21, 124.99 38.19)))");
    long boundary =
        database
            .jdbi()
            .withExtension(
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
    // Public once reviewed and published, as any record.
    TestPublishing.publish(database.jdbi(), PublicationKind.FACILITY, "hostile-name");
    TestPublishing.publish(database.jdbi(), PublicationKind.BOUNDARY, String.valueOf(boundary));
    return database;
  }

  @BeforeAll
  static void openBrowser() {
    browser = new ChromiumBrowser("http://127.0.0.1:" + APP.getLocalPort(), 1280, 900);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static Object js(String script, Object... args) {
    return browser.js(script, args);
  }

  private static List<WebElement> all(String css) {
    return browser.driver().findElements(By.cssSelector(css));
  }

  private static WebElement one(String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  private static WebElement visible(String css) {
    return browser
        .await()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** The facility ids the list shows, read in one script (the list re-renders as the map moves). */
  @SuppressWarnings("unchecked")
  private static List<String> listedFacilityIds() {
    return (List<String>)
        js(
            "return [...document.querySelectorAll('#facility-list button.facility-list-item')]"
                + ".map(b => b.dataset.facilityId)");
  }

  @Test
  @Order(1)
  void everyFacilityIsDrawnAndClickingOneOpensItsPanel() throws IOException {
    browser.open("?lang=en");
    assertThat(browser.bodyData("facilitiesLoaded")).isEqualTo("194");
    assertThat(all("path.facility-marker[data-facility-id]")).hasSize(194);
    // Unconfirmed facilities are hollow, and the legend says what hollow means.
    assertThat(all("path.facility-marker.facility-status-unconfirmed")).isNotEmpty();
    assertThat(one("#legend-body").getText()).contains("Hollow: status unconfirmed");
    browser.screenshot("map-overview.png");

    one("path.facility-marker[data-facility-id='" + YODOK + "']").click();
    browser
        .await()
        .until(d -> YODOK.equals(one("#facility-panel").getAttribute("data-facility-id")));
    assertThat(one("#facility-panel").isDisplayed()).isTrue();
    assertThat(one("#facility-panel").getText()).contains("Kwanliso No. 15 Yodok");
    assertThat(browser.driver().getCurrentUrl()).contains("facility=" + YODOK);
    browser.screenshot("map-facility-panel-anonymous.png");
  }

  /** Clicks a facility's entry in the list, found afresh (the list re-renders as the map moves). */
  private static void clickListed(String facilityId) {
    browser
        .await()
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "const b = document.querySelector(`#facility-list button.facility-list-item[data-facility-id='${arguments[0]}']`);"
                            + " if (b) b.click(); return Boolean(b);",
                        facilityId)));
  }

  @Test
  @Order(2)
  void htmlInDataIsShownAsTextAndNeverRuns() throws IOException {
    browser.open("?lang=en&at=38.20000,125.00000,9");
    clickListed("hostile-name");
    browser
        .await()
        .until(d -> "hostile-name".equals(one("#facility-panel").getAttribute("data-facility-id")));
    assertThat(one("#facility-panel").getText()).contains(HOSTILE_NAME);
    assertThat(all("#facility-panel img, #facility-panel script")).isEmpty();
    assertThat(all("#facility-list img, #facility-list script")).isEmpty();
    assertThat(js("return window.__xss === undefined")).isEqualTo(true);
    browser.screenshot("map-hostile-name.png");
  }

  @Test
  @Order(3)
  void theKoreanInterfaceShowsKoreanLabels() throws IOException {
    browser.open("?lang=en");
    one("#lang-toggle").click();
    browser.await().until(d -> "ko".equals(js("return document.documentElement.lang")));
    browser.await().until(d -> one("#layers summary").getText().equals("레이어"));
    assertThat(one("#lang-toggle").getText()).isEqualTo("English");
    assertThat(one("#visible-heading").getText()).isEqualTo("지금 지도에 보이는 항목");
    assertThat(one("#facility-count").getText()).matches("화면 안 \\d+곳 · 필터에 맞는 \\d+곳 · 전체 192곳");
    assertThat(one("#facility-filter").getAttribute("placeholder")).isEqualTo("이름, 한글 이름, 다른 이름");
    assertThat(all("#layer-list .layer-name"))
        .extracting(WebElement::getText)
        .contains("시설", "시설 경계", "교차 확인된 사건", "위성 영상 촬영 범위");
    assertThat(all("#legend-body .legend-section-title"))
        .extracting(WebElement::getText)
        .contains("시설");
    assertThat(all("#legend-body .legend-label"))
        .extracting(WebElement::getText)
        .startsWith("관리소 (정치범수용소)", "교화소", "집결소", "로동단련대", "구류장", "기타");
    assertThat(all("#visible-sort option"))
        .extracting(WebElement::getText)
        .containsExactly("이름", "유형", "상태", "화면 안 사건 수");
    // The list's entries: the Korean name first, type and status in Korean.
    WebElement yodok = one("button.facility-list-item[data-facility-id='" + YODOK + "']");
    assertThat(yodok.getText()).contains("관리소 (정치범수용소)").contains("운영 중");
    assertThat(browser.driver().getCurrentUrl()).contains("lang=ko");
    // The choice is remembered: a reload of the URL stays in Korean.
    browser.open("?" + URI.create(browser.driver().getCurrentUrl()).getRawQuery());
    browser.await().until(d -> one("#layers summary").getText().equals("레이어"));
    browser.screenshot("map-korean.png");
  }

  @Test
  @Order(4)
  void theMapNeedsNothingButThisServer() {
    browser.open("?lang=en");
    browser.await().until(d -> !browser.bodyData("boundariesDay").isEmpty());
    @SuppressWarnings("unchecked")
    List<String> resources =
        (List<String>)
            js(
                "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href])");
    assertThat(resources)
        .isNotEmpty()
        .allSatisfy(url -> assertThat(url).startsWith(browser.origin() + "/"));
    assertThat(resources).anySatisfy(url -> assertThat(url).contains("/webjars/leaflet/"));
    assertThat(resources).anySatisfy(url -> assertThat(url).contains("/data/basemap-land.geojson"));
  }

  @Test
  @Order(5)
  void theMapRunsUnderTheStrictContentSecurityPolicyWithoutErrors() {
    browser.clearConsole();
    browser.open("?lang=en");
    browser.await().until(d -> !browser.bodyData("boundariesDay").isEmpty());
    clickListed(YODOK);
    browser
        .await()
        .until(d -> YODOK.equals(one("#facility-panel").getAttribute("data-facility-id")));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  @Order(10)
  void boundariesAreThoseValidOnThePeriodsEnd() throws IOException {
    browser.open("?lang=en");
    browser.await().until(d -> !browser.bodyData("boundariesDay").isEmpty());
    assertThat(browser.bodyData("boundariesLoaded")).isEqualTo("6");
    List<WebElement> approximate =
        all("path.boundary-approximate[data-boundary-basis='approximate']");
    assertThat(approximate).hasSize(6);
    assertThat(approximate.get(0).getAttribute("stroke-dasharray")).isEqualTo("6 5");
    assertThat(all("path.facility-boundary[data-facility-id='hostile-name']")).isEmpty();

    // A period ending inside the 2019-2020 version draws it.
    browser.open("?lang=en&to=2020-06-15");
    browser.await().until(d -> "2020-06-15".equals(browser.bodyData("boundariesDay")));
    assertThat(browser.bodyData("boundariesLoaded")).isEqualTo("7");
    assertThat(all("path.facility-boundary[data-facility-id='hostile-name']")).hasSize(1);
    browser.screenshot("map-boundaries-2020.png");

    // The end of a validity interval is exclusive: on 2021-01-01 the version is gone.
    browser.open("?lang=en&to=2021-01-01");
    browser.await().until(d -> "2021-01-01".equals(browser.bodyData("boundariesDay")));
    assertThat(browser.bodyData("boundariesLoaded")).isEqualTo("6");
    // Older links (?date=) still open on their day.
    browser.open("?lang=en&date=2019-03-01");
    browser.await().until(d -> "2019-03-01".equals(browser.bodyData("boundariesDay")));
    assertThat(browser.bodyData("boundariesLoaded")).isEqualTo("7");
  }

  @Test
  @Order(11)
  void theListFollowsTheMapViewAndTheMapFollowsTheListsFilter() throws IOException {
    browser.open("?lang=en");
    int everywhere = listedFacilityIds().size();
    assertThat(everywhere).isGreaterThan(100);
    // Zoomed to Yodok, the list holds only what is in view.
    browser.open("?lang=en&at=39.67427,126.85104,12");
    browser.await().until(d -> listedFacilityIds().contains(YODOK));
    assertThat(listedFacilityIds()).hasSizeLessThan(5).contains(YODOK);
    assertThat(one("#facility-count").getText())
        .startsWith(listedFacilityIds().size() + " in view");
    browser.screenshot("map-list-follows-view.png");

    // The list's text filter is the map's: only the matching facility stays drawn.
    browser.open("?lang=en");
    one("#facility-filter").sendKeys("Yodok");
    browser.await().until(d -> all("path.facility-marker[data-facility-id]").size() == 1);
    assertThat(one("path.facility-marker[data-facility-id]").getAttribute("data-facility-id"))
        .isEqualTo(YODOK);
    assertThat(listedFacilityIds()).containsExactly(YODOK);
    assertThat(browser.driver().getCurrentUrl()).contains("q=Yodok");
    // A type filter too: only the 13 kwanliso are drawn, and those in view listed.
    one("#facility-filter").clear();
    js(
        "const f = document.getElementById('facility-filter'); f.value = '';"
            + " f.dispatchEvent(new Event('input'))");
    one("#filters summary").click();
    one("#filter-groups fieldset[data-filter='facilityTypes'] input[value='kwanliso']").click();
    browser.await().until(d -> all("path.facility-marker[data-facility-id]").size() == 13);
    assertThat(listedFacilityIds()).isNotEmpty().allMatch(id -> id.startsWith("kwanliso-"));
    // Camp 14 is listed twice by two sources (a possible duplicate): counted once.
    assertThat(one("#facility-count").getText()).contains("12 match the filters");
    assertThat(one("#filters summary").getText()).isEqualTo("Filters (1 on)");
    browser.screenshot("map-filtered-kwanliso.png");
  }

  @Test
  @Order(12)
  void theListFilterAddsFacilitiesWhoseNamesTheServerFindsSimilar() {
    browser.open("?lang=en");
    WebElement filter = one("#facility-filter");
    filter.sendKeys("yodock"); // no name contains it; the server's name search finds Yodok
    browser
        .await()
        .until(d -> "yodock".equals(one("#facility-list").getAttribute("data-similar-for")));
    assertThat(one(".facility-list-similar").getText()).isEqualToIgnoringCase("Similar names");
    assertThat(listedFacilityIds())
        .as("only the ranked match, not every name that shares letters with it")
        .containsExactly(YODOK);
    // The similar name is drawn on the map too (the map follows the list).
    assertThat(all("path.facility-marker[data-facility-id='" + YODOK + "']")).hasSize(1);
  }

  @Test
  @Order(13)
  void aPermalinkRestoresViewTimeLayersFiltersAndSelection() throws IOException {
    browser.open(
        "?lang=en&at=39.60000,126.90000,9&from=2018-01-01&to=2020-06-15"
            + "&layers=boundaries,footprints,facilities&type=kwanliso,kyohwaso&q=Yo&sort=type&facility="
            + YODOK);
    browser.await().until(d -> "2020-06-15".equals(browser.bodyData("boundariesDay")));
    assertThat(one("#facility-filter").getAttribute("value")).isEqualTo("Yo");
    assertThat(one("#visible-sort").getAttribute("value")).isEqualTo("type");
    assertThat(checkedLayers()).containsExactlyInAnyOrder("boundaries", "footprints", "facilities");
    one("#filters summary").click();
    assertThat(
            all("#filter-groups fieldset[data-filter='facilityTypes'] input:checked").stream()
                .map(b -> b.getAttribute("value"))
                .toList())
        .containsExactlyInAnyOrder("kwanliso", "kyohwaso");
    browser
        .await()
        .until(d -> YODOK.equals(one("#facility-panel").getAttribute("data-facility-id")));
    String url = browser.driver().getCurrentUrl();
    assertThat(viewInUrl())
        .as("the view (Leaflet may shift the centre by a pixel)")
        .satisfies(v -> assertThat(v[0]).isCloseTo(39.6, within(0.01)))
        .satisfies(v -> assertThat(v[1]).isCloseTo(126.9, within(0.01)))
        .satisfies(v -> assertThat(v[2]).isEqualTo(9.0));
    assertThat(url)
        .contains("from=2018-01-01")
        .contains("to=2020-06-15")
        .contains("facility=" + YODOK);
    // The period reaches the layers that follow it.
    browser
        .await()
        .until(d -> "2018-01-01/2020-06-15".equals(browser.bodyData("footprintsPeriod")));
    browser.screenshot("map-permalink.png");
    // Changing the view writes it back into the URL.
    js("document.querySelector('.leaflet-control-zoom-in').click()");
    browser.await().until(d -> viewInUrl()[2] == 10.0);
  }

  /** The at= parameter of the page's URL: lat, lon, zoom. */
  private static double[] viewInUrl() {
    String query = URI.create(browser.driver().getCurrentUrl()).getQuery();
    for (String part : query.split("&")) {
      if (part.startsWith("at=")) {
        String[] v = part.substring(3).split(",");
        return new double[] {
          Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2])
        };
      }
    }
    return new double[] {Double.NaN, Double.NaN, Double.NaN};
  }

  private static List<String> checkedLayers() {
    return all("#layer-list input[type=checkbox]:checked").stream()
        .map(b -> b.getAttribute("value"))
        .toList();
  }

  @Test
  @Order(14)
  void anAnonymousVisitorIsShownNoRestrictedLayer() throws IOException {
    // Even when a link asks for them, the staff layers are neither requested nor drawn.
    browser.open("?lang=en&layers=events,changeEvents,facilities");
    browser.await().until(d -> !browser.bodyData("boundariesDay").isEmpty());
    assertThat(one("#layer-list input[value='events']").isEnabled()).isFalse();
    assertThat(one("#layer-list input[value='changeEvents']").isEnabled()).isFalse();
    assertThat(one("#layer-list li[data-layer='events']").getText()).contains("staff only");
    assertThat(browser.bodyData("eventsDrawn")).isEmpty();
    assertThat(browser.bodyData("changeEventsDrawn")).isEmpty();
    @SuppressWarnings("unchecked")
    List<String> requested =
        (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(requested)
        .noneMatch(url -> url.contains("/api/map/events") || url.contains("/api/map/change-events"))
        .noneMatch(url -> url.contains("/api/collections/events") || url.contains("/api/claims"));
    assertThat(one("#event-list").isDisplayed()).isFalse();
    // The facility panel of an anonymous visitor holds no staff section's data.
    clickListed(YODOK);
    browser
        .await()
        .until(d -> YODOK.equals(one("#facility-panel").getAttribute("data-facility-id")));
    assertThat(one("#facility-panel").getText()).doesNotContain("corroborated");
    browser.screenshot("map-anonymous-layers.png");
  }

  @Test
  @Order(20)
  void axeFindsNoSeriousViolationAtDesktopOrPhoneWidth() throws IOException {
    browser.open("?lang=en");
    browser.await().until(d -> !browser.bodyData("boundariesDay").isEmpty());
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.open("?lang=ko");
    browser.await().until(d -> !browser.bodyData("boundariesDay").isEmpty());
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    browser.resize(420, 860);
    try {
      browser.open("?lang=en");
      browser.await().until(d -> !browser.bodyData("boundariesDay").isEmpty());
      assertThat(browser.viewportWidth()).isEqualTo(420);
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();
      // At 420 px the legend does not cover the time bar, and the list opens from the header.
      assertThat(
              js(
                  "const a = document.getElementById('legend').getBoundingClientRect();"
                      + " const b = document.getElementById('timebar').getBoundingClientRect();"
                      + " return a.bottom <= b.top || a.top >= b.bottom || a.right <= b.left || a.left >= b.right"))
          .isEqualTo(true);
      browser.screenshot("map-420px.png");
      one("#sidebar-toggle").click();
      visible("#facility-filter");
      assertThat(one("#sidebar-toggle").getAttribute("aria-expanded")).isEqualTo("true");
      browser.screenshot("map-420px-list.png");
    } finally {
      browser.resetSize(1280, 900);
    }
  }
}
