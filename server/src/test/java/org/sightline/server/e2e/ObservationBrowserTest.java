package org.sightline.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
import org.sightline.server.testing.TestUsers;

/**
 * An analyst records a structure observation at Camp 14 in the work panel, in real headless
 * Chromium on the sample data (its scenes and illustrative observations): picks a scene, draws two
 * structures by clicking on the map, saves, and sees which tracked structure each became and the
 * change events; a geometry the server refuses is marked at its field and on the map; an
 * observation is opened and deleted with a reason; a digitized layer is checked (dry run, nothing
 * written) then imported once; imagery metadata is ingested with the upload's progress and the
 * report. An investigator is offered none of it and is refused by the server. No script error or
 * CSP violation in any of it.
 */
@Tag("browser")
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservationBrowserTest {
  private static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String CAMP_14 = "kwanliso-14-kaechon";
  private static final String OBSERVED_SCENE = "S2B_52SBJ_20250728_0_L2A";
  private static final String LAYER_SCENE = "S2C_52SBJ_20250921_0_L2A";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path files;

  private static ChromiumBrowser browser;
  private static WorkSession work;
  private static ApiClient analystApi;
  private static ApiClient investigatorApi;

  @BeforeAll
  static void openBrowser() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    users.create("ana", Role.ANALYST);
    users.create("ivy", Role.INVESTIGATOR);
    String base = "http://127.0.0.1:" + APP.getLocalPort() + "/api";
    analystApi = new ApiClient(base, users.tokenFor("ana-script", Role.ANALYST));
    investigatorApi = new ApiClient(base, users.tokenFor("ivy-script", Role.INVESTIGATOR));
    browser = new ChromiumBrowser("http://127.0.0.1:" + APP.getLocalPort(), 1900, 1100);
    work = new WorkSession(browser);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static JsonNode observations() {
    return analystApi.get("/facilities/" + CAMP_14 + "/observations").json();
  }

  private static WebElement openTask(String id) {
    WebElement task = work.openTask(id);
    browser
        .await()
        .until(
            d ->
                !task.findElements(By.cssSelector("select[name='sceneId'][data-loaded]"))
                    .isEmpty());
    return task;
  }

  /** The map's view (lat, lon, zoom) as the permalink holds it. */
  private static double[] view() {
    String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
    for (String pair : query.split("&")) {
      if (pair.startsWith("at=")) {
        String[] parts = URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8).split(",");
        return new double[] {
          Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
        };
      }
    }
    return null;
  }

  private static String layersInUrl() {
    String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
    for (String pair : query.split("&")) {
      if (pair.startsWith("layers=")) {
        return URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static double worldX(double lon, double zoom) {
    return (lon + 180) / 360 * 256 * Math.pow(2, zoom);
  }

  private static double worldY(double lat, double zoom) {
    double sin = Math.sin(Math.toRadians(lat));
    return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256 * Math.pow(2, zoom);
  }

  /**
   * The map's view once it has stopped moving: the permalink's view and the map's place on the page
   * unchanged over 300 ms, with no zoom or pan animation running (a late pan or resize would
   * otherwise put the clicks somewhere else than computed).
   */
  private static double[] settledView() {
    String[] last = {""};
    browser
        .await()
        .until(
            d -> {
              String now =
                  browser.driver().getCurrentUrl()
                      + " "
                      + browser.js(
                          "const m = document.getElementById('map');"
                              + " const r = m.getBoundingClientRect();"
                              + " const busy = m.querySelector('.leaflet-zoom-anim,"
                              + " .leaflet-pan-anim') !== null;"
                              + " return busy ? 'busy' : [r.left, r.top, r.width, r.height].join(',');");
              boolean same = now.equals(last[0]) && !now.endsWith("busy");
              last[0] = now;
              if (!same) {
                new Actions(browser.driver()).pause(300).perform();
              }
              return same;
            });
    return view();
  }

  /**
   * Clicks the map at a longitude and latitude: Web Mercator pixels from the view's centre, which
   * is the centre of the map's box on the page, clicked in viewport coordinates.
   */
  private static void clickMap(double lon, double lat) {
    double[] view = settledView();
    @SuppressWarnings("unchecked")
    List<Number> box =
        (List<Number>)
            browser.js(
                "const r = document.getElementById('map').getBoundingClientRect();"
                    + " return [r.left + r.width / 2, r.top + r.height / 2];");
    int x =
        (int)
            Math.round(box.get(0).doubleValue() + worldX(lon, view[2]) - worldX(view[1], view[2]));
    int y =
        (int)
            Math.round(box.get(1).doubleValue() + worldY(lat, view[2]) - worldY(view[0], view[2]));
    new Actions(browser.driver()).moveToLocation(x, y).pause(100).click().perform();
  }

  /** Draws a rectangle from its south-west to its north-east corner and waits for its row. */
  private static void drawRectangle(WebElement task, double[] box, int rows) {
    task.findElement(By.cssSelector("button[data-draw='structure-Rectangle']")).click();
    browser.await().until(d -> "Rectangle".equals(browser.bodyData("drawing")));
    clickMap(box[0], box[1]);
    clickMap(box[2], box[3]);
    browser
        .await()
        .until(
            d ->
                task.findElements(By.cssSelector(".observe-shapes[data-kind='structure'] > li"))
                        .size()
                    == rows);
  }

  @Test
  @Order(1)
  void anAnalystDrawsTwoStructuresAndSeesWhatEachBecame() throws IOException {
    browser.open("?lang=en&layers=facilities&facility=" + CAMP_14);
    work.signIn("ana");
    assertThat(work.offeredTasks()).contains("observe", "imports");
    int before = observations().size();
    WebElement task = openTask("observe");

    // The scenes: usable ones first; each names its date, platform and cloud.
    Select scene = new Select(work.field(task, "sceneId"));
    List<String> usable = new ArrayList<>();
    for (WebElement option : scene.getOptions().subList(1, scene.getOptions().size())) {
      usable.add(String.valueOf(option.getDomAttribute("class")).contains("unusable") ? "n" : "y");
    }
    assertThat(String.join("", usable)).matches("y+n*");
    scene.selectByValue(OBSERVED_SCENE);
    assertThat(scene.getFirstSelectedOption().getText()).startsWith("2025-07-28").contains("cloud");
    new Select(work.field(task, "confidence")).selectByValue("likely");

    // The legend (top right of the map) is folded, so it covers none of the places clicked.
    if (work.one("#legend").getDomProperty("open").equals("true")) {
      work.one("#legend-heading").click();
    }
    task.findElement(By.cssSelector("button[data-action='zoom']")).click();
    browser
        .await()
        .until(d -> view() != null && view()[2] == 16 && Math.abs(view()[0] - 39.57) < 0.01);
    // The workshop seen in every illustrative scene, drawn again; and a new shed inside the
    // fence.
    drawRectangle(task, new double[] {126.065652, 39.573057, 126.066584, 39.573417}, 1);
    new Select(work.field(task, "structures[0].class")).selectByValue("light-industry");
    new Select(work.field(task, "structures[0].condition")).selectByValue("intact");
    drawRectangle(task, new double[] {126.0612, 39.5722, 126.0617, 39.5726}, 2);
    new Select(work.field(task, "structures[1].class")).selectByValue("agricultural-support");
    new Select(work.field(task, "structures[1].condition")).selectByValue("under-construction");
    assertThat(work.field(task, "structures[1].geometry").getText()).contains("Polygon, 4 corners");

    task.findElement(By.cssSelector(".observe-form button[type='submit']")).click();
    assertThat(work.awaitSummary(task, "done")).contains("saved with 2 drawings");
    browser
        .await()
        .until(d -> task.findElements(By.cssSelector(".observe-matches > li")).size() == 2);

    JsonNode list = observations();
    assertThat(list).hasSize(before + 1);
    long id = list.get(list.size() - 1).get("id").asLong();
    JsonNode saved = analystApi.get("/observations/" + id).json();
    assertThat(saved.get("sceneId").asText()).isEqualTo(OBSERVED_SCENE);
    assertThat(saved.get("createdBy").asText()).isEqualTo("user:ana");
    assertThat(saved.at("/structures/0/class").asText()).isEqualTo("light-industry");
    assertThat(saved.at("/structures/1/condition").asText()).isEqualTo("under-construction");

    // Each drawing is shown with the identity the server's tracker gave it.
    JsonNode structures = analystApi.get("/facilities/" + CAMP_14 + "/structures").json();
    List<WebElement> matches = task.findElements(By.cssSelector(".observe-matches > li"));
    for (int i = 0; i < 2; i++) {
      long drawing = saved.at("/structures/" + i + "/id").asLong();
      long identity = -1;
      int seenElsewhere = 0;
      for (JsonNode row : structures) {
        boolean holds = false;
        int others = 0;
        for (JsonNode state : row.get("states")) {
          if (state.get("observedStructureId").asLong(-1) == drawing) {
            holds = true;
          } else if (!state.get("observedStructureId").isNull()) {
            others++;
          }
        }
        if (holds) {
          identity = row.get("identityId").asLong();
          seenElsewhere = others;
        }
      }
      assertThat(identity).isPositive();
      assertThat(matches.get(i).getDomAttribute("data-identity"))
          .isEqualTo(Long.toString(identity));
      assertThat(matches.get(i).getDomAttribute("data-matched"))
          .isEqualTo(Boolean.toString(seenElsewhere > 0));
    }
    assertThat(matches.get(0).getText())
        .as("the workshop as drawn: %s", saved.at("/structures/0/geometry"))
        .contains("light industry")
        .contains("also seen on");
    assertThat(matches.get(1).getText()).contains("a new structure");

    // The change events of the observation, as the server derived them.
    JsonNode events = analystApi.get("/facilities/" + CAMP_14 + "/change-events").json();
    List<String> kinds = new ArrayList<>();
    for (JsonNode event : events) {
      if (event.get("latestObservationId").asLong() == id
          || event.get("earliestObservationId").asLong() == id) {
        kinds.add(event.get("kind").asText());
      }
    }
    assertThat(kinds).contains("appeared");
    List<String> shown =
        task.findElements(By.cssSelector(".observe-events > li.observe-event")).stream()
            .map(e -> e.getDomAttribute("data-kind"))
            .toList();
    assertThat(shown).containsExactlyInAnyOrderElementsOf(kinds);
    // The structure and change layers are switched on (and so loaded again).
    assertThat(layersInUrl()).contains("structures").contains("change-events");
    // The new observation is listed.
    browser
        .await()
        .until(
            d ->
                !task.findElements(By.cssSelector("tr[data-observation-id='" + id + "']"))
                    .isEmpty());
    browser.js(
        "arguments[0].scrollIntoView()", task.findElement(By.cssSelector(".observe-result")));
    browser.screenshot("work-observe-saved.png");
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }

  @Test
  @Order(2)
  void typedCornersThatCrossAreRefusedAtTheFieldAndOnTheMap() {
    WebElement task = openTask("observe");
    new Select(work.field(task, "sceneId")).selectByValue(LAYER_SCENE);
    new Select(work.field(task, "confidence")).selectByValue("likely");
    task.findElement(By.cssSelector(".observe-typed > summary")).click();
    work.type(
        work.field(task, "coordinates"),
        "126.0610 39.5720\n126.0620 39.5730\n126.0620 39.5720\n126.0610 39.5730");
    task.findElement(By.xpath(".//button[normalize-space()='Add as a structure']")).click();
    new Select(work.field(task, "structures[0].class")).selectByValue("administration");
    new Select(work.field(task, "structures[0].condition")).selectByValue("intact");
    int before = observations().size();
    task.findElement(By.cssSelector(".observe-form button[type='submit']")).click();
    assertThat(work.awaitFieldError(work.field(task, "structures[0].geometry")))
        .contains("self-intersection");
    assertThat(browser.bodyData("drawProblems")).isEqualTo("1");
    assertThat(observations()).hasSize(before);
    task.findElement(By.cssSelector(".observe-shapes[data-kind='structure'] button")).click();
    assertThat(task.findElements(By.cssSelector(".observe-shapes[data-kind='structure'] > li")))
        .isEmpty();
    assertThat(browser.bodyData("drawProblems")).isEmpty();
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(3)
  void aLayerIsCheckedFirstThenImportedOnce() throws IOException {
    Path layer = files.resolve("camp-14-september.geojson");
    Files.writeString(
        layer,
        """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": "block-1",
           "properties": {"name": "Block 1", "class": "housing", "condition": "intact"},
           "geometry": {"type": "Polygon", "coordinates": [[[126.059359, 39.569904],
             [126.059825, 39.569904], [126.059825, 39.570012], [126.059359, 39.570012],
             [126.059359, 39.569904]]]}},
          {"type": "Feature", "id": "gate",
           "properties": {"name": "Gate", "class": "guard post"},
           "geometry": {"type": "Polygon", "coordinates": [[[126.062121, 39.568075],
             [126.062191, 39.568075], [126.062191, 39.568129], [126.062121, 39.568129],
             [126.062121, 39.568075]]]}}
        ]}
        """,
        StandardCharsets.UTF_8);
    int before = observations().size();
    WebElement task = openTask("imports");
    WebElement form = task.findElement(By.cssSelector(".observe-layer-form"));
    new Select(work.field(form, "sceneId")).selectByValue(LAYER_SCENE);
    new Select(work.field(form, "confidence")).selectByValue("very-likely");
    work.field(form, "file").sendKeys(layer.toString());
    WebElement run = form.findElement(By.cssSelector("button[data-action='import']"));
    assertThat(run.isEnabled()).isFalse();

    form.findElement(By.cssSelector("button[data-action='dry-run']")).click();
    WebElement report = task.findElement(By.cssSelector(".observe-report"));
    browser.await().until(d -> "created".equals(report.getDomAttribute("data-outcome")));
    assertThat(report.getDomAttribute("data-dry-run")).isEqualTo("true");
    assertThat(report.findElements(By.cssSelector("tr.observe-feature"))).hasSize(2);
    assertThat(report.getText()).contains("Block 1").contains("condition not given");
    assertThat(observations()).as("a dry run writes nothing").hasSize(before);
    browser.js("arguments[0].scrollIntoView()", report);
    browser.screenshot("work-observe-import-dry-run.png");

    browser.await().until(d -> run.isEnabled());
    run.click();
    assertThat(work.awaitSummary(task, "done")).contains("Imported as observation");
    assertThat(report.getDomAttribute("data-dry-run")).isEqualTo("false");
    JsonNode list = observations();
    assertThat(list).hasSize(before + 1);
    assertThat(list.get(list.size() - 1).get("sceneId").asText()).isEqualTo(LAYER_SCENE);

    // Checking the same layer again: the server recognises it, nothing would be duplicated.
    form.findElement(By.cssSelector("button[data-action='dry-run']")).click();
    browser.await().until(d -> "unchanged".equals(report.getDomAttribute("data-outcome")));
    assertThat(work.awaitSummary(form, "info")).contains("imported before");
    assertThat(observations()).hasSize(before + 1);
    browser.screenshot("work-observe-import.png");
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }

  @Test
  @Order(4)
  void anObservationIsOpenedAndDeletedWithAReason() {
    JsonNode before = observations();
    long id = before.get(before.size() - 1).get("id").asLong();
    WebElement task = openTask("observe");
    String row = "tr[data-observation-id='" + id + "']";
    browser.await().until(d -> !task.findElements(By.cssSelector(row)).isEmpty());
    task.findElement(By.cssSelector(row + " button")).click();
    WebElement detail = task.findElement(By.cssSelector(".observe-detail"));
    browser
        .await()
        .until(
            d ->
                Long.toString(id).equals(detail.getDomAttribute("data-observation-id"))
                    && !detail.findElements(By.cssSelector(".observe-drawings > li")).isEmpty());
    assertThat(detail.findElements(By.cssSelector(".observe-drawings > li"))).hasSize(2);
    work.type(work.field(detail, "reason"), "Digitized on the wrong scene");
    detail.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitSummary(detail, "done")).contains("Observation " + id + " deleted");
    assertThat(observations()).hasSize(before.size() - 1);
    browser.await().until(d -> task.findElements(By.cssSelector(row)).isEmpty());
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }

  @Test
  @Order(5)
  void imageryMetadataIsIngestedWithItsProgressAndReport() throws IOException {
    JsonNode item;
    try (InputStream in =
        getClass().getResourceAsStream("/stac-examples/pystac/example-sentinel2.json")) {
      item = JSON.readTree(in);
    }
    ObjectNode refused = item.deepCopy();
    refused.put("id", "refused-cloud-item");
    ((ObjectNode) refused.get("properties")).put("eo:cloud_cover", 140);
    ObjectNode collection = JSON.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    features.add(item);
    features.add(refused);
    Path file = files.resolve("two-items.json");
    Files.writeString(file, JSON.writeValueAsString(collection), StandardCharsets.UTF_8);

    WebElement task = openTask("imports");
    WebElement form = task.findElement(By.cssSelector(".observe-ingest-form"));
    work.field(form, "file").sendKeys(file.toString());
    work.type(work.field(form, "collection"), "pystac-examples");
    form.findElement(By.cssSelector("button[type='submit']")).click();
    WebElement progress = form.findElement(By.cssSelector("progress"));
    browser.await().until(d -> "100".equals(progress.getDomAttribute("data-percent")));
    WebElement report = task.findElement(By.cssSelector(".observe-ingest-report"));
    browser
        .await()
        .until(d -> !report.findElements(By.cssSelector("dd[data-count='inserted']")).isEmpty());
    assertThat(report.findElement(By.cssSelector("dd[data-count='read']")).getText())
        .isEqualTo("2");
    assertThat(report.findElement(By.cssSelector("dd[data-count='inserted']")).getText())
        .isEqualTo("1");
    assertThat(report.findElement(By.cssSelector("dd[data-count='rejected']")).getText())
        .isEqualTo("1");
    assertThat(report.findElement(By.cssSelector(".observe-reasons")).getText())
        .contains("eo:cloud_cover");
    assertThat(work.awaitSummary(form, "error")).contains("1 of 2 Items were rejected");
    assertThat(
            analystApi
                .get("/stac/collections/pystac-examples/items/" + item.get("id").asText())
                .status())
        .isEqualTo(200);
    assertThat(
            analystApi.get("/stac/collections/pystac-examples/items/refused-cloud-item").status())
        .isEqualTo(404);
    browser.js("arguments[0].scrollIntoView()", report);
    browser.screenshot("work-observe-ingest.png");
    assertThat(work.unexpectedConsoleErrors(422)).isEmpty();
  }

  @Test
  @Order(6)
  void theTasksSpeakKoreanAndPassAnAccessibilityCheck() throws IOException {
    work.signOut();
    browser.open("?lang=ko&layers=facilities&facility=" + CAMP_14);
    work.signIn("ana");
    WebElement task = openTask("observe");
    assertThat(task.getText())
        .contains("개천 14호 관리소")
        .contains("영상")
        .contains("보이는 구조물")
        .contains("기록된 관측");
    browser.screenshot("work-observe-ko.png");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    WebElement imports = openTask("imports");
    assertThat(imports.getText()).contains("디지털화한 레이어 가져오기").contains("영상 메타데이터 수집");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }

  @Test
  @Order(7)
  void anInvestigatorIsOfferedNeitherTaskAndIsRefused() {
    work.signOut();
    work.signIn("ivy");
    assertThat(work.offeredTasks()).doesNotContain("observe", "imports");
    ApiClient.Answer observation =
        investigatorApi.postJson(
            "/facilities/" + CAMP_14 + "/observations",
            Map.of("sceneId", LAYER_SCENE, "confidence", "likely", "structures", List.of()));
    assertThat(observation.status()).isEqualTo(403);
    ApiClient.Answer layer =
        investigatorApi.post(
            "/facilities/" + CAMP_14 + "/observations/import?dryRun=true&confidence=likely",
            HttpRequest.BodyPublishers.ofString("{\"type\":\"FeatureCollection\",\"features\":[]}"),
            "Content-Type",
            "application/geo+json");
    assertThat(layer.status()).isEqualTo(403);
    ApiClient.Answer ingest =
        investigatorApi.post(
            "/imagery/ingest",
            HttpRequest.BodyPublishers.ofString("[]"),
            "Content-Type",
            "application/json");
    assertThat(ingest.status()).isEqualTo(403);
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }
}
