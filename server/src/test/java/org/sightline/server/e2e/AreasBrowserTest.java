package org.sightline.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.ChromiumBrowser;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestPublishing;
import org.sightline.server.testing.TestUsers;

/**
 * An analyst draws a facility's boundary in the work panel, in real headless Chromium: a polygon
 * that crosses itself is refused with the server's message at the coordinates and a mark on the map
 * where it crosses; a valid one is saved and shows in the list, on the map and in the audit trail;
 * a new shape from a date replaces it in one step (typed as coordinates); a version is ended at a
 * date. An advocate is offered no such tab and is refused by the server. No script error or CSP
 * violation in any of it.
 */
@Tag("browser")
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AreasBrowserTest {
  private static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String CAMP = "areas-test-camp";
  private static final double LON = 127.9;
  private static final double LAT = 40.9;
  private static final double D = 0.004; // half the drawn square's side, degrees

  private static ChromiumBrowser browser;
  private static WorkSession work;
  private static ApiClient analystApi;
  private static ApiClient advocateApi;
  private static ApiClient adminApi;

  @BeforeAll
  static void openBrowser() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    users.create("ana", Role.ANALYST);
    users.create("ada", Role.ADVOCATE);
    String base = "http://127.0.0.1:" + APP.getLocalPort() + "/api";
    analystApi = new ApiClient(base, users.tokenFor("ana-script", Role.ANALYST));
    advocateApi = new ApiClient(base, users.tokenFor("ada-script", Role.ADVOCATE));
    adminApi = new ApiClient(base, users.tokenFor("root-script", Role.ADMIN));
    ApiClient.Answer made =
        analystApi.postJson(
            "/facilities",
            Map.of(
                "id", CAMP,
                "name", "Areas test camp",
                "type", "kyohwaso",
                "status", "unconfirmed",
                "location", Map.of("type", "Point", "coordinates", List.of(LON, LAT))));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    TestPublishing.publishFacility(analystApi, advocateApi, CAMP);
    browser = new ChromiumBrowser("http://127.0.0.1:" + APP.getLocalPort(), 2000, 1000);
    work = new WorkSession(browser);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /**
   * Clicks the map at a longitude and latitude: the offset from the map's centre is computed with
   * Leaflet's own projection from the view the permalink holds (the URL follows every move).
   */
  private static void clickMap(double lon, double lat) {
    @SuppressWarnings("unchecked")
    List<Number> offset =
        (List<Number>)
            browser.js(
                "const [clat, clon, zoom] = new URL(location.href).searchParams.get('at')"
                    + ".split(',').map(Number);"
                    + "const crs = L.CRS.EPSG3857;"
                    + "const c = crs.latLngToPoint(L.latLng(clat, clon), zoom);"
                    + "const p = crs.latLngToPoint(L.latLng(arguments[1], arguments[0]), zoom);"
                    + "const map = document.getElementById('map');"
                    + "const dx = Math.round(map.clientWidth / 2) - map.clientWidth / 2;"
                    + "const dy = Math.round(map.clientHeight / 2) - map.clientHeight / 2;"
                    + "return [Math.round(p.x - c.x + dx), Math.round(p.y - c.y + dy)];",
                lon,
                lat);
    new Actions(browser.driver())
        .moveToElement(work.one("#map"), offset.get(0).intValue(), offset.get(1).intValue())
        .click()
        .perform();
  }

  private static WebElement openAreas() {
    WebElement task = work.openTask("areas");
    browser.await().until(d -> !task.findElements(By.cssSelector(".work-area-list li")).isEmpty());
    return task;
  }

  private static WebElement form(WebElement task) {
    return task.findElement(By.cssSelector("form.work-area-form"));
  }

  private static List<WebElement> items(WebElement task) {
    return task.findElements(
        By.cssSelector(".work-area-list[data-kind='boundary'] .work-area-item"));
  }

  @Test
  @Order(1)
  void aSelfIntersectingOutlineIsShownAtTheCoordinatesAndOnTheMapWhereItCrosses()
      throws IOException {
    browser.open("?lang=en&at=" + LAT + "," + LON + ",14&facility=" + CAMP);
    work.signIn("ana");
    assertThat(work.offeredTasks()).contains("areas");
    WebElement task = openAreas();
    assertThat(task.getText()).contains("Areas test camp").contains("No boundary version yet.");
    task.findElement(By.cssSelector(".work-area-add[data-kind='boundary']")).click();
    WebElement form = form(task);
    form.findElement(By.cssSelector(".work-area-draw[data-shape='Polygon']")).click();
    browser.await().until(d -> "Polygon".equals(browser.bodyData("drawing")));
    // A bow-tie: its two diagonals cross at the facility's location.
    clickMap(LON - D, LAT - D);
    clickMap(LON + D, LAT + D);
    clickMap(LON + D, LAT - D);
    clickMap(LON - D, LAT + D);
    clickMap(LON - D, LAT - D);
    browser.await().until(d -> browser.bodyData("drawing").isEmpty());
    WebElement coordinates = work.field(form, "geometry");
    assertThat(coordinates.getDomProperty("value").split("\n")).hasSize(4);

    new Select(work.field(form, "basis")).selectByValue("approximate");
    new Select(work.field(form, "confidence")).selectByValue("low");
    form.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitFieldError(coordinates)).contains("self-intersection at");
    browser.await().until(d -> "1".equals(browser.bodyData("drawProblems")));
    WebElement tip = work.one(".draw-problem-tip");
    assertThat(tip.getText()).contains("self-intersection at");
    // The mark is where the diagonals cross, and the server's point is that point.
    String at = tip.getText().replaceAll(".*self-intersection at ([0-9.]+ [0-9.]+).*", "$1");
    String[] lonLat = at.split(" ");
    assertThat(Double.parseDouble(lonLat[0])).isCloseTo(LON, offset(1e-4));
    assertThat(Double.parseDouble(lonLat[1])).isCloseTo(LAT, offset(1e-4));
    // Repairing is offered as a second, explicit choice.
    assertThat(form.findElement(By.cssSelector(".work-area-repair")).isDisplayed()).isTrue();
    assertThat(analystApi.get("/facilities/" + CAMP + "/boundaries").json()).isEmpty();
    browser.screenshot("work-areas-self-intersection.png");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(2)
  void aValidOutlineIsSavedAndShownInTheListOnTheMapAndInTheAuditTrail() throws IOException {
    WebElement task = work.openTask("areas");
    WebElement form = form(task);
    form.findElement(By.cssSelector(".work-area-draw[data-shape='Polygon']")).click();
    browser.await().until(d -> "Polygon".equals(browser.bodyData("drawing")));
    assertThat(browser.bodyData("drawProblems")).as("a new drawing clears the marks").isEmpty();
    clickMap(LON - D, LAT - D);
    clickMap(LON + D, LAT - D);
    clickMap(LON + D, LAT + D);
    clickMap(LON - D, LAT + D);
    clickMap(LON - D, LAT - D);
    browser.await().until(d -> browser.bodyData("drawing").isEmpty());
    form.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitSummary(task, "done")).contains("Boundary version #").contains("saved");

    JsonNode saved = analystApi.get("/facilities/" + CAMP + "/boundaries").json();
    assertThat(saved).hasSize(1);
    JsonNode boundary = saved.get(0);
    assertThat(boundary.get("basis").asText()).isEqualTo("approximate");
    assertThat(boundary.get("createdBy").asText()).isEqualTo("user:ana");
    assertThat(boundary.get("areaSqKm").asDouble()).isBetween(0.4, 0.9);
    long id = boundary.get("id").asLong();
    browser
        .await()
        .until(
            d ->
                items(task).size() == 1
                    && items(task)
                        .get(0)
                        .getDomAttribute("data-area-id")
                        .equals(String.valueOf(id)));
    assertThat(items(task).get(0).getText()).contains("Valid from an unknown start until now");
    browser
        .await()
        .until(d -> !work.all("path.facility-boundary[data-facility-id='" + CAMP + "']").isEmpty());
    JsonNode audit =
        adminApi
            .get("/audit/events?entityType=facility_boundary&entityId=" + id + "&limit=100")
            .json();
    assertThat(audit.findValuesAsText("actor")).contains("user:ana");
    browser.screenshot("work-areas-saved.png");
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(3)
  void aNewShapeFromADateEndsTheVersionAndAddsTheNewOneTypedAsCoordinates() throws IOException {
    WebElement task = work.openTask("areas");
    items(task).get(0).findElement(By.cssSelector(".work-area-reshape")).click();
    WebElement form = form(task);
    assertThat(form.getDomAttribute("data-mode")).isEqualTo("supersede");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(work.field(form, "validFrom").getDomProperty("value")).isEqualTo(today);
    WebElement coordinates = work.field(form, "geometry");
    // The keyboard's way: the corners typed, longitude first; the drawing follows on leaving.
    double wide = 2 * D;
    work.type(
        coordinates,
        String.join(
            "\n",
            (LON - wide) + " " + (LAT - D),
            (LON + wide) + " " + (LAT - D),
            (LON + wide) + " " + (LAT + D),
            (LON - wide) + " " + (LAT + D)));
    coordinates.sendKeys(Keys.TAB);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitSummary(task, "done")).contains("New boundary shape #");

    JsonNode versions = analystApi.get("/facilities/" + CAMP + "/boundaries").json();
    assertThat(versions).hasSize(2);
    assertThat(versions.findValuesAsText("validTo")).contains(today);
    JsonNode current = analystApi.get("/facilities/" + CAMP + "/boundaries?asOf=" + today).json();
    assertThat(current.get("validFrom").asText()).isEqualTo(today);
    assertThat(current.get("areaSqKm").asDouble()).isBetween(0.9, 1.7);
    browser.await().until(d -> items(task).size() == 2);
    browser.screenshot("work-areas-reshaped.png");
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(4)
  void aVersionIsEndedAtADate() throws IOException {
    WebElement task = work.openTask("areas");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    JsonNode current = analystApi.get("/facilities/" + CAMP + "/boundaries?asOf=" + today).json();
    String id = current.get("id").asText();
    String endButton = ".work-area-item[data-area-id='" + id + "'] .work-area-end";
    task.findElement(By.cssSelector(endButton)).click();
    WebElement form = form(task);
    // Someone else ends it first: the form's version is stale, and nothing is overwritten.
    String theirs = LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();
    ApiClient.Answer read = analystApi.get("/facilities/" + CAMP + "/boundaries/" + id);
    assertThat(
            analystApi
                .postJson(
                    "/facilities/" + CAMP + "/boundaries/" + id + "/end",
                    Map.of("validTo", theirs),
                    "If-Match",
                    read.header("ETag"))
                .status())
        .isEqualTo(200);
    String end = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    browser.js("arguments[0].value = arguments[1]", work.field(form, "validTo"), end);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitSummary(task, "error")).contains("Someone changed this version meanwhile");
    assertThat(
            analystApi
                .get("/facilities/" + CAMP + "/boundaries/" + id)
                .json()
                .get("validTo")
                .asText())
        .isEqualTo(theirs);
    browser
        .await()
        .until(
            d ->
                task.findElement(By.cssSelector(".work-area-item[data-area-id='" + id + "']"))
                    .getText()
                    .contains("until " + theirs));
    // Ended again from the list as it now is.
    task.findElement(By.cssSelector(endButton)).click();
    form = form(task);
    browser.js("arguments[0].value = arguments[1]", work.field(form, "validTo"), end);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitSummary(task, "done")).contains("now ends on " + end);
    assertThat(
            analystApi
                .get("/facilities/" + CAMP + "/boundaries/" + id)
                .json()
                .get("validTo")
                .asText())
        .isEqualTo(end);
    browser
        .await()
        .until(
            d ->
                task.findElement(By.cssSelector(".work-area-item[data-area-id='" + id + "']"))
                    .getText()
                    .contains("until " + end));
    browser.screenshot("work-areas-ended.png");
    assertThat(work.unexpectedConsoleErrors(400, 412)).isEmpty();
  }

  @Test
  @Order(5)
  void aCrossedZoneTypedAsCoordinatesIsSavedOnlyWhenTheRepairIsAskedFor() throws IOException {
    WebElement task = work.openTask("areas");
    task.findElement(By.cssSelector(".work-area-add[data-kind='zone']")).click();
    WebElement form = form(task);
    work.type(work.field(form, "zoneKey"), "housing-east");
    work.type(work.field(form, "name"), "East housing <i>block</i>");
    new Select(work.field(form, "kind")).selectByValue("housing");
    WebElement coordinates = work.field(form, "geometry");
    work.type(
        coordinates,
        String.join(
            "\n",
            LON + " " + LAT,
            (LON + D) + " " + (LAT + D),
            (LON + D) + " " + LAT,
            LON + " " + (LAT + D)));
    coordinates.sendKeys(Keys.TAB);
    new Select(work.field(form, "basis")).selectByValue("published");
    new Select(work.field(form, "confidence")).selectByValue("medium");
    work.type(work.field(form, "sourceIds"), "hrnk");
    form.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitFieldError(coordinates)).contains("self-intersection at");
    assertThat(analystApi.get("/facilities/" + CAMP + "/zones").json()).isEmpty();
    WebElement repair = form.findElement(By.cssSelector(".work-area-repair"));
    assertThat(repair.isDisplayed()).isTrue();
    repair.click();
    assertThat(work.awaitSummary(task, "done"))
        .contains("Zone version #")
        .contains("The server repaired the shape:");
    JsonNode zones = analystApi.get("/facilities/" + CAMP + "/zones").json();
    assertThat(zones).hasSize(1);
    assertThat(zones.get(0).get("zoneKey").asText()).isEqualTo("housing-east");
    assertThat(zones.get(0).get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
    assertThat(zones.get(0).get("sourceIds").get(0).asText()).isEqualTo("hrnk");
    WebElement item =
        browser
            .await()
            .until(
                d ->
                    task
                        .findElements(
                            By.cssSelector(".work-area-list[data-kind='zone'] .work-area-item"))
                        .stream()
                        .findFirst()
                        .orElse(null));
    assertThat(item.getText()).contains("East housing <i>block</i>").contains("housing-east");
    assertThat(task.findElements(By.cssSelector("i"))).isEmpty();
    browser.screenshot("work-areas-zone-repaired.png");

    // Deleted with a reason, never without one; the row stays, hidden, with the reason.
    item.findElement(By.cssSelector(".work-area-delete")).click();
    WebElement deletion = form(task);
    WebElement reason = work.field(deletion, "reason");
    deletion.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitFieldError(reason)).contains("reason is required");
    work.type(reason, "drawn on the wrong facility");
    deletion.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitSummary(task, "done")).contains("deleted");
    assertThat(analystApi.get("/facilities/" + CAMP + "/zones").json()).isEmpty();
    browser
        .await()
        .until(
            d ->
                task.findElements(
                        By.cssSelector(".work-area-list[data-kind='zone'] .work-area-item"))
                    .isEmpty());
    String kept =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT deletion_reason FROM zone WHERE zone_key = 'housing-east'")
                        .mapTo(String.class)
                        .one());
    assertThat(kept).isEqualTo("drawn on the wrong facility");
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(6)
  void theTaskSpeaksKorean() throws IOException {
    work.signOut();
    browser.open("?lang=ko&at=" + LAT + "," + LON + ",14&facility=" + CAMP);
    work.signIn("ana");
    WebElement task = openAreas();
    browser.await().until(d -> items(task).size() == 2);
    assertThat(work.one("#work-tab-areas").getText()).isEqualTo("경계와 구역");
    assertThat(task.getText()).contains("경계 버전").contains("지도에서 보기").contains("날짜에 종료");
    task.findElement(By.cssSelector(".work-area-add[data-kind='zone']")).click();
    assertThat(form(task).getText()).contains("구역 키").contains("좌표").contains("다각형 그리기");
    browser.screenshot("work-areas-ko.png");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }

  @Test
  @Order(7)
  void anAdvocateIsOfferedNoSuchTabAndIsRefused() {
    work.signOut();
    work.signIn("ada");
    assertThat(work.offeredTasks()).doesNotContain("areas");
    ApiClient.Answer refused =
        advocateApi.postJson(
            "/facilities/" + CAMP + "/boundaries",
            Map.of(
                "geometry",
                Map.of(
                    "type",
                    "Polygon",
                    "coordinates",
                    List.of(
                        List.of(
                            List.of(LON, LAT),
                            List.of(LON + D, LAT),
                            List.of(LON + D, LAT + D),
                            List.of(LON, LAT)))),
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }
}
