package org.sightline.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.ChromiumBrowser;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The public map and the printable page end to end: an analyst submits a sample corroborated event,
 * an advocate publishes it; an anonymous visitor then sees it (and no unpublished event) on the
 * map's public layer with a popup that says how coarse its place is and which policy redacted it;
 * the printable page draws it under the strict Content-Security-Policy and prints to one A4
 * landscape PDF page (read back with PDFBox) holding the title, the legend's layer names and the
 * policy version; {@code scripts/print-map} writes the same PDF and a 1754 x 1240 PNG. Screenshots
 * go to {@code server/target/screenshots/}.
 */
@Tag("browser")
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrintMapBrowserTest {
  private static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String TITLE = "Published events near the camps";
  private static final Path SCRIPT = Path.of("..", "scripts", "print-map");

  private static ChromiumBrowser browser;
  private static String view; // at= of the published event: LAT,LON,ZOOM
  private static String publicId; // the published event's public id (event-<review>)

  @BeforeAll
  static void publishAnEvent() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    ApiClient anonymous = ApiClient.anonymous(APP.getLocalPort());
    ApiClient analyst = anonymous.as(users.tokenFor("print-analyst", Role.ANALYST));
    ApiClient advocate = anonymous.as(users.tokenFor("print-advocate", Role.ADVOCATE));
    String key =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT event_key FROM corroborated_event
                             WHERE superseded_at IS NULL AND level <> 'single-source'
                             ORDER BY event_key LIMIT 1""")
                        .mapTo(String.class)
                        .one());
    ApiClient.Answer submitted =
        analyst.postJson(
            "/publication/reviews",
            object("kind", "event", "recordId", key, "publishableText", List.of(), "note", "map"));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    long review = submitted.json().get("id").asLong();
    String etag = advocate.get("/publication/reviews/" + review).header("ETag");
    ApiClient.Answer published =
        advocate.postJson(
            "/publication/reviews/" + review + "/publish", object("note", "ok"), "If-Match", etag);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    JsonNode events = anonymous.get("/public/features?layers=events").json();
    assertThat(events.get("features")).hasSize(1);
    JsonNode feature = events.get("features").get(0);
    publicId = feature.get("id").asText();
    JsonNode at = feature.get("geometry").get("coordinates");
    view = String.format(Locale.ROOT, "%.5f,%.5f,10", at.get(1).asDouble(), at.get(0).asDouble());
    // Other corroborated events exist and stay unpublished.
    int others =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT count(*) FROM corroborated_event WHERE superseded_at IS NULL"
                                + " AND event_key <> :key")
                        .bind("key", key)
                        .mapTo(Integer.class)
                        .one());
    assertThat(others).isPositive();
    browser = new ChromiumBrowser("http://127.0.0.1:" + APP.getLocalPort(), 1280, 900);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static WebElement one(String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  @Test
  @Order(1)
  void anAnonymousVisitorSeesThePublishedEventAndNoOther() throws IOException {
    browser.clearConsole();
    browser.open("?lang=en&layers=boundaries,public-events,public-claims&at=" + view);
    browser.await().until(d -> "1".equals(browser.bodyData("publicEventsDrawn")));
    assertThat(browser.bodyData("publicClaimsDrawn")).isEqualTo("0");
    assertThat(browser.bodyData("eventsDrawn")).isEmpty();
    assertThat(one("#layer-list input[value='publicEvents']").isEnabled()).isTrue();
    assertThat(one("#layer-list li[data-layer='publicEvents']").getText())
        .contains("Published events");
    assertThat(one("#legend-body").getText())
        .contains("Published events")
        .contains("Shown within a cell of about 2 km")
        .contains("Redacted under policy v1");
    @SuppressWarnings("unchecked")
    List<String> requested =
        (List<String>)
            browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(requested)
        .anyMatch(url -> url.contains("/api/public/features?bbox="))
        .noneMatch(url -> url.contains("/api/map/events") || url.contains("/api/claims"));

    // The event is drawn at the centre of the view: a click there opens its popup.
    new Actions(browser.driver()).moveToElement(one("#map")).click().perform();
    // The popup is read in one script: a redraw of the layer may replace it.
    browser.await().until(d -> !String.valueOf(popupField("innerText")).isBlank());
    assertThat(popupField("dataset.publicId")).isEqualTo(publicId);
    assertThat(String.valueOf(popupField("innerText")))
        .contains("Published")
        .contains("Shown within a cell of about 2 km; the exact place is withheld.")
        .contains("Published by Sightline, redacted under policy v1.")
        .contains("EDTF")
        .containsPattern("(?i)corroborated");
    browser.screenshot("publication-map.png");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /** A field of the open public event popup, or "" when none is open. */
  private static Object popupField(String path) {
    return browser.js(
        "const p = document.querySelector('.public-event-popup'); return p ? String(p."
            + path
            + " ?? '') : ''");
  }

  @Test
  @Order(2)
  void thePrintablePagePrintsToOneA4PageWithTitleLegendAndPolicy() throws IOException {
    browser.clearConsole();
    browser
        .driver()
        .get(
            browser.origin()
                + "/print.html?lang=en&layers=boundaries,public-events,facilities,events&at="
                + view
                + "&title="
                + TITLE.replace(" ", "%20"));
    browser.await().until(d -> !browser.bodyData("ready").isEmpty());
    assertThat(browser.bodyData("ready")).as(browser.bodyData("error")).isEqualTo("true");
    assertThat(one("#print-title").getText()).isEqualTo(TITLE);
    assertThat(one("#print-legend").getText()).contains("Published events").contains("Facilities");
    assertThat(one("#print-left-out").getText()).contains("Corroborated events");
    assertThat(one("#print-policy-rules").getText())
        .contains("grid cells of about 2 km")
        .contains("500 m")
        .contains("to the month");
    assertThat(one("#print-published-by").getText())
        .isEqualTo("Published by Sightline, redacted under policy v1");
    assertThat(browser.driver().findElements(By.cssSelector(".leaflet-control-zoom"))).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    PrintOptions options = new PrintOptions();
    options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
    options.setPageSize(new PageSize(21.0, 29.7));
    options.setPageMargin(new PageMargin(0, 0, 0, 0));
    options.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(browser.driver().print(options).getContent());
    Path dir = Path.of(System.getProperty("sightline.test.screenshotDir", "target/screenshots"));
    Files.createDirectories(dir);
    Files.write(dir.resolve("publication-print.pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(TITLE)
          .contains("Published events")
          .contains("Facilities")
          .contains("Policy version 1")
          .contains("redacted under policy v1");
    }
  }

  @Test
  @Order(3)
  void thePrintablePageSpeaksKorean() {
    browser.driver().get(browser.origin() + "/print.html?lang=ko&layers=public-events&at=" + view);
    browser.await().until(d -> "true".equals(browser.bodyData("ready")));
    assertThat(one("#print-title").getText()).isEqualTo("Sightline 지도");
    assertThat(one("#print-policy-heading").getText()).isEqualTo("공개 정책");
    assertThat(one("#print-legend").getText()).contains("공개된 사건");
    assertThat(one("#print-published-by").getText()).contains("공개 정책 v1");
    assertThat(one("#print-period").getText()).isEqualTo("전체 기간");
  }

  @Test
  @Order(4)
  void thePrintScriptWritesAPdfAndAPngAndFailsInOneLine() throws Exception {
    Path out = Path.of("target", "print-map");
    Run run =
        run(
            Map.of(),
            "--url",
            browser.origin(),
            "--out",
            out.toString(),
            "--title",
            TITLE,
            "--query",
            "lang=en&layers=boundaries,public-events,facilities&at=" + view);
    assertThat(run.status()).as(run.output()).isZero();
    List<String> lines = run.output().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("print-map: wrote ").contains("sightline-map.pdf");
    assertThat(lines.get(1)).startsWith("print-map: wrote ").contains("sightline-map.png");

    try (PDDocument document = Loader.loadPDF(out.resolve("sightline-map.pdf").toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      // A4 landscape: 842 x 595 points.
      assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(840f, 844f);
      assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(593f, 597f);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(TITLE).contains("Published events").contains("Policy version 1");
    }
    BufferedImage png = ImageIO.read(out.resolve("sightline-map.png").toFile());
    assertThat(png.getWidth()).isEqualTo(1754);
    assertThat(png.getHeight()).isEqualTo(1240);
    Path dir = Path.of(System.getProperty("sightline.test.screenshotDir", "target/screenshots"));
    Files.createDirectories(dir);
    Files.copy(
        out.resolve("sightline-map.png"),
        dir.resolve("publication-print.png"),
        StandardCopyOption.REPLACE_EXISTING);

    // No server there: one line, status 1.
    Run failed =
        run(
            Map.of("PRINT_MAP_BUDGET_MS", "3000"),
            "--url",
            "http://127.0.0.1:9",
            "--out",
            out.resolve("failed").toString());
    assertThat(failed.status()).as(failed.output()).isEqualTo(1);
    assertThat(failed.output().lines().toList())
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("print-map: "));
    Run usage = run(Map.of(), "--out", out.toString());
    assertThat(usage.status()).isEqualTo(1);
    assertThat(usage.output().strip())
        .isEqualTo("print-map: --url is required, e.g. --url http://127.0.0.1:8080");
  }

  private record Run(int status, String output) {}

  private static Run run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(SCRIPT.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), output);
  }
}
