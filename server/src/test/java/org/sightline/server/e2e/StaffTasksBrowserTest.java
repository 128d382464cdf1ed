package org.sightline.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
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
 * The staff tasks in real headless Chromium on the sample data: an investigator uploads evidence
 * (progress to 100%, the browser's SHA-256 equal to the server's, the custody log and the audit
 * trail holding the upload, a transfer, a download and a withdrawal with a reason); the review
 * workflow (an analyst submits a facility from the editor; advocate A submits an event and may not
 * publish it; advocate B previews it on the map, publishes it, the anonymous API shows it, B
 * withdraws it with a reason); an advocate exports what the map's filters let through; an
 * administrator creates a user, changes roles (a concurrent change opens the comparison), creates
 * and revokes a token and verifies the audit chain, and adopts a redaction policy (a stale form
 * gets 412). Each role is offered only its own tabs and refused (403) by another's endpoint. No
 * script error or CSP violation in any of it.
 */
@Tag("browser")
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffTasksBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String YODOK = "kwanliso-15-yodok";

  private static ChromiumBrowser browser;
  private static WorkSession work;
  private static ApiClient anonymous;
  private static ApiClient investigatorApi;
  private static ApiClient advocateApi;
  private static ApiClient adminApi;
  private static Path evidenceFile;
  private static long evidenceId;

  @BeforeAll
  static void openBrowser() throws IOException {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    users.create("ivy", Role.INVESTIGATOR);
    users.create("ada", Role.ADVOCATE);
    users.create("bea", Role.ADVOCATE);
    users.create("ana", Role.ANALYST);
    users.create("root", Role.ADMIN);
    String base = "http://127.0.0.1:" + APP.getLocalPort() + "/api";
    anonymous = new ApiClient(base, null);
    investigatorApi = new ApiClient(base, users.tokenFor("ivy-script", Role.INVESTIGATOR));
    advocateApi = new ApiClient(base, users.tokenFor("ada-script", Role.ADVOCATE));
    adminApi = new ApiClient(base, users.tokenFor("root-script", Role.ADMIN));
    evidenceFile = Files.createTempFile("witness-sketch-", ".txt");
    StringBuilder content = new StringBuilder("Sketch of the guard posts, 증언 <b>not markup</b>\n");
    for (int i = 0; i < 20_000; i++) {
      content.append(i).append(' ');
    }
    Files.writeString(evidenceFile, content, StandardCharsets.UTF_8);
    browser = new ChromiumBrowser("http://127.0.0.1:" + APP.getLocalPort(), 1400, 900);
    work = new WorkSession(browser);
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
    Files.deleteIfExists(evidenceFile);
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String text(WebElement container, String css) {
    return container.findElement(By.cssSelector(css)).getText();
  }

  private static void awaitText(WebElement container, String css, String expected) {
    browser
        .await()
        .until(
            d ->
                container.findElements(By.cssSelector(css)).stream()
                    .anyMatch(node -> node.getText().contains(expected)));
  }

  private static Set<String> ids(JsonNode featureCollection) {
    Set<String> ids = new HashSet<>();
    featureCollection.get("features").forEach(feature -> ids.add(feature.get("id").asText()));
    return ids;
  }

  private static Set<String> publicIds(String layer) {
    return ids(anonymous.get("/public/features?layers=" + layer).json());
  }

  private static void awaitState(WebElement publicationForm, String state) {
    browser
        .await()
        .until(
            d ->
                state.equals(
                    publicationForm
                        .findElement(By.cssSelector(".work-publication-state"))
                        .getDomAttribute("data-state")));
  }

  private static WebElement awaitReview(WebElement task, String state, long reviewId) {
    return browser
        .await()
        .until(
            d ->
                task
                    .findElements(
                        By.cssSelector(
                            "ol[data-state='" + state + "'] li[data-review-id='" + reviewId + "']"))
                    .stream()
                    .findFirst()
                    .orElse(null));
  }

  /** A live corroborated event among the first candidates shown that the public would see. */
  private static String candidateEvent() {
    JsonNode candidates = advocateApi.get("/publication/candidates/events").json();
    for (int i = 0; i < Math.min(25, candidates.size()); i++) {
      JsonNode candidate = candidates.get(i);
      if (!candidate.get("preview").isNull()) {
        return candidate.get("eventKey").asText();
      }
    }
    throw new AssertionError("no public event candidate: " + candidates);
  }

  @Test
  @Order(1)
  void anInvestigatorUploadsEvidenceAndKeepsItsCustody() throws Exception {
    browser.open("?lang=en");
    work.signIn("ivy");
    assertThat(work.offeredTasks()).containsExactly("testimony", "evidence");
    WebElement task = work.openTask("evidence");
    WebElement upload = task.findElement(By.cssSelector("form[data-form='evidence-upload']"));
    work.field(upload, "file").sendKeys(evidenceFile.toAbsolutePath().toString());
    work.type(work.field(upload, "description"), "Guard posts, drawn by a witness <i>x</i>");
    upload.submit();
    String summary = work.awaitSummary(upload, "done");
    Matcher stored = Pattern.compile("Stored as evidence item (\\d+)").matcher(summary);
    assertThat(stored.find()).as(summary).isTrue();
    evidenceId = Long.parseLong(stored.group(1));

    // The progress reached 100%, and both hashes are the file's.
    WebElement progress = task.findElement(By.cssSelector(".work-staff-progress"));
    assertThat(progress.getDomAttribute("data-percent")).isEqualTo("100");
    assertThat(progress.findElement(By.tagName("progress")).getDomProperty("value"))
        .isEqualTo("100");
    String expected = sha256(Files.readAllBytes(evidenceFile));
    WebElement result = task.findElement(By.cssSelector(".work-staff-upload-result"));
    assertThat(result.getDomAttribute("data-match")).isEqualTo("true");
    assertThat(text(result, ".work-staff-local-hash")).isEqualTo(expected);
    assertThat(text(result, ".work-staff-server-hash")).isEqualTo(expected);
    assertThat(text(result, ".work-staff-verdict")).contains("The hashes match");
    JsonNode item = investigatorApi.get("/evidence/" + evidenceId).json();
    assertThat(item.get("sha256").asText()).isEqualTo(expected);
    assertThat(item.get("description").asText())
        .isEqualTo("Guard posts, drawn by a witness <i>x</i>");
    assertThat(item.get("uploadedBy").asText()).isEqualTo("user:ivy");

    // The item opened by itself: its custody log starts with the upload.
    WebElement detail =
        browser
            .await()
            .until(
                d ->
                    task.findElements(By.cssSelector(".work-staff-detail")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    assertThat(detail.getDomAttribute("data-evidence-id")).isEqualTo(Long.toString(evidenceId));
    browser
        .await()
        .until(
            d ->
                !detail
                    .findElements(By.cssSelector(".work-staff-custody li[data-action='insert']"))
                    .isEmpty());
    assertThat(text(detail, ".work-staff-custody li[data-action='insert']")).contains("user:ivy");
    JsonNode audit =
        adminApi
            .get("/audit/events?entityType=evidence_item&entityId=" + evidenceId + "&limit=100")
            .json();
    assertThat(audit.findValuesAsText("action")).contains("insert");
    assertThat(audit.findValuesAsText("actor")).contains("user:ivy");
    browser.screenshot("work-staff-evidence.png");

    // A transfer is recorded in the custody log.
    WebElement transfer = detail.findElement(By.cssSelector("form[data-form='evidence-transfer']"));
    work.type(work.field(transfer, "recipient"), "UN Commission of Inquiry");
    work.type(work.field(transfer, "purpose"), "Report annex");
    work.type(work.field(transfer, "method"), "encrypted drive");
    transfer.submit();
    assertThat(work.awaitSummary(transfer, "done")).contains("transfer is recorded");
    awaitText(detail, ".work-staff-custody li[data-action='transfer']", "UN Commission of Inquiry");

    // A download with the token saves the original, and is itself in the custody log.
    WebElement download = detail.findElement(By.cssSelector("form[data-form='evidence-download']"));
    work.type(work.field(download, "purpose"), "Checking the sketch");
    download.submit();
    WebElement saved = download.findElement(By.cssSelector(".work-staff-saved"));
    browser.await().until(d -> saved.getDomAttribute("data-size") != null);
    assertThat(saved.getDomAttribute("data-size"))
        .isEqualTo(Long.toString(Files.size(evidenceFile)));
    assertThat(saved.getDomAttribute("data-filename"))
        .isEqualTo(evidenceFile.getFileName().toString());
    awaitText(detail, ".work-staff-custody li[data-action='download']", "Checking the sketch");

    // Withdrawal needs a reason: the server's refusal is shown at the field.
    WebElement withdraw = detail.findElement(By.cssSelector("form[data-form='evidence-withdraw']"));
    withdraw.submit();
    assertThat(work.awaitFieldError(work.field(withdraw, "reason"))).containsIgnoringCase("reason");
    work.type(work.field(withdraw, "reason"), "Duplicate of a better scan");
    withdraw.submit();
    awaitText(task, ".work-form-summary.done", "Withdrawn");
    JsonNode withdrawn = investigatorApi.get("/evidence/" + evidenceId).json();
    assertThat(withdrawn.get("withdrawalReason").asText()).isEqualTo("Duplicate of a better scan");
    assertThat(withdrawn.get("withdrawnBy").asText()).isEqualTo("user:ivy");
    // Soft: the bytes are still there.
    HttpResponse<byte[]> bytes = investigatorApi.getBytes("/evidence/" + evidenceId + "/content");
    assertThat(sha256(bytes.body())).isEqualTo(expected);
    // Markup typed or uploaded stays text.
    assertThat(task.findElements(By.cssSelector("i, b"))).isEmpty();

    // An investigator is refused the administration's endpoints.
    assertThat(investigatorApi.get("/users").status()).isEqualTo(403);
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(2)
  void theReviewWorkflowGoesFromSubmissionToPublicationAndWithdrawal() throws IOException {
    // An analyst submits a facility from the editor and sees it ready for review.
    work.signOut();
    browser.open("?lang=en&facility=" + YODOK);
    work.signIn("ana");
    WebElement editor = work.openTask("facility");
    WebElement facilityForm =
        browser
            .await()
            .until(
                ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    editor, By.cssSelector("form[data-form='publication-submit']")))
            .get(0);
    assertThat(facilityForm.getDomAttribute("data-record-id")).isEqualTo(YODOK);
    // The sample data is published (by system:public-sources); the form shows the server's state.
    JsonNode before = advocateApi.get("/publication/records/facility/" + YODOK).json();
    assertThat(before.get("publishedVersion").isNull()).as(before.toString()).isFalse();
    awaitState(
        facilityForm,
        before.get("changedSincePublished").asBoolean() ? "changed" : before.get("state").asText());
    // An edit makes a new version while the published one stays public.
    WebElement edit = editor.findElement(By.cssSelector("form[data-facility-id='" + YODOK + "']"));
    work.type(work.field(edit, "description"), "Political prison camp; checked in review");
    edit.submit();
    assertThat(work.awaitSummary(edit, "done")).contains("Saved");
    awaitState(facilityForm, "changed");
    assertThat(text(facilityForm, ".work-publication-state"))
        .containsPattern("published version \\d+; changed since");
    facilityForm.findElement(By.cssSelector("input[name='publishableText']")).click();
    work.type(work.field(facilityForm, "note"), "Checked against the 2019 imagery");
    facilityForm.findElement(By.cssSelector("button[data-action='submit-review']")).click();
    assertThat(work.awaitSummary(facilityForm, "done")).contains("Submitted for review");
    awaitState(facilityForm, "ready-changed");
    assertThat(text(facilityForm, ".work-publication-state")).contains("ready for review");
    assertThat(
            facilityForm
                .findElement(By.cssSelector("button[data-action='submit-review']"))
                .isEnabled())
        .isFalse();
    JsonNode facilityStatus = advocateApi.get("/publication/records/facility/" + YODOK).json();
    assertThat(facilityStatus.get("state").asText()).isEqualTo("ready");
    JsonNode facilityReview = facilityStatus.get("reviews").get(0);
    assertThat(facilityReview.get("submittedBy").asText()).isEqualTo("user:ana");
    assertThat(facilityReview.get("publishableText").toString()).isEqualTo("[\"description\"]");
    long facilityReviewId = facilityReview.get("id").asLong();

    // Advocate A, who reads events only as the public would, submits one from the candidates...
    String eventKey = candidateEvent();
    work.signOut();
    browser.open("?lang=en");
    work.signIn("ada");
    assertThat(work.offeredTasks()).containsExactly("review", "public-exports");
    WebElement task = work.openTask("review");
    task.findElement(By.cssSelector("button.work-review-candidates-load")).click();
    WebElement candidate =
        browser
            .await()
            .until(
                d ->
                    task
                        .findElements(
                            By.cssSelector(
                                "li.work-review-candidate[data-event-key='" + eventKey + "']"))
                        .stream()
                        .findFirst()
                        .orElse(null));
    assertThat(candidate.getText()).contains("Public time");
    WebElement details =
        candidate.findElement(By.cssSelector("details.work-review-candidate-publication"));
    details.findElement(By.tagName("summary")).click();
    WebElement eventForm =
        browser
            .await()
            .until(
                d -> details.findElements(By.cssSelector("form[data-form='publication-submit']")))
            .get(0);
    awaitState(eventForm, "draft");
    eventForm.findElement(By.cssSelector("button[data-action='submit-review']")).click();
    awaitState(eventForm, "ready");
    JsonNode eventStatus = advocateApi.get("/publication/records/event/" + eventKey).json();
    long eventReviewId = eventStatus.get("reviews").get(0).get("id").asLong();
    assertThat(eventStatus.get("reviews").get(0).get("submittedBy").asText()).isEqualTo("user:ada");

    // ...and may not publish it: the server's refusal is shown at the form.
    WebElement own = awaitReview(task, "ready", eventReviewId);
    assertThat(own.getText()).contains("Corroborated event").contains("user:ada");
    WebElement ownDecision = own.findElement(By.cssSelector("form[data-form='review-decision']"));
    ownDecision.findElement(By.cssSelector("button[data-action='publish']")).click();
    assertThat(work.awaitSummary(ownDecision, "error"))
        .contains("Refused")
        .contains("you submitted");
    assertThat(
            advocateApi.get("/publication/reviews/" + eventReviewId).json().get("state").asText())
        .isEqualTo("ready");
    assertThat(work.unexpectedConsoleErrors(403)).isEmpty();

    // Advocate B looks at the preview on the map, then publishes it.
    work.signOut();
    browser.open("?lang=en");
    work.signIn("bea");
    WebElement queue = work.openTask("review");
    WebElement review = awaitReview(queue, "ready", eventReviewId);
    assertThat(review.getText()).contains(eventKey).contains("user:ada");
    review.findElement(By.cssSelector("button[data-action='preview']")).click();
    browser.await().until(d -> review.getDomAttribute("data-previewed") != null);
    assertThat(Integer.parseInt(review.getDomAttribute("data-previewed"))).isPositive();
    browser
        .await()
        .until(d -> !d.findElements(By.cssSelector("#map .work-review-preview")).isEmpty());
    assertThat(text(review, ".work-review-properties")).contains("layer").contains("events");
    assertThat(text(review, ".work-review-preview-count")).contains("policy version 1");
    browser.js("arguments[0].scrollIntoView({block: 'start'});", review);
    browser.screenshot("work-review.png");
    assertThat(publicIds("events")).doesNotContain("event-" + eventReviewId);
    WebElement decision = review.findElement(By.cssSelector("form[data-form='review-decision']"));
    work.type(work.field(decision, "note"), "Preview checked: no witness detail");
    decision.findElement(By.cssSelector("button[data-action='publish']")).click();
    awaitText(queue, ".work-review-status", "is published");
    assertThat(publicIds("events")).contains("event-" + eventReviewId);
    JsonNode published = advocateApi.get("/publication/reviews/" + eventReviewId).json();
    assertThat(published.get("state").asText()).isEqualTo("published");
    assertThat(published.get("decidedBy").asText()).isEqualTo("user:bea");
    assertThat(published.get("decisionNote").asText())
        .isEqualTo("Preview checked: no witness detail");

    // Rejecting needs a note, shown at the field.
    WebElement facilityItem = awaitReview(queue, "ready", facilityReviewId);
    WebElement reject =
        facilityItem.findElement(By.cssSelector("form[data-form='review-decision']"));
    reject.findElement(By.cssSelector("button[data-action='reject']")).click();
    assertThat(work.awaitFieldError(work.field(reject, "note"))).contains("note");
    assertThat(
            advocateApi
                .get("/publication/reviews/" + facilityReviewId)
                .json()
                .get("state")
                .asText())
        .isEqualTo("ready");

    // B withdraws the event with a reason (required): the public no longer sees it. The published
    // list holds the public sources' records too: B picks the events.
    new Select(queue.findElement(By.cssSelector("select[data-list='published']")))
        .selectByValue("event");
    WebElement publishedItem = awaitReview(queue, "published", eventReviewId);
    WebElement withdraw =
        publishedItem.findElement(By.cssSelector("form[data-form='review-withdraw']"));
    withdraw.findElement(By.cssSelector("button[data-action='withdraw']")).click();
    assertThat(work.awaitFieldError(work.field(withdraw, "reason"))).containsIgnoringCase("reason");
    work.type(work.field(withdraw, "reason"), "The place could point to a witness's village");
    withdraw.findElement(By.cssSelector("button[data-action='withdraw']")).click();
    awaitText(queue, ".work-review-status", "withdrawn from the public");
    assertThat(publicIds("events")).doesNotContain("event-" + eventReviewId);
    JsonNode withdrawn = advocateApi.get("/publication/reviews/" + eventReviewId).json();
    assertThat(withdrawn.get("state").asText()).isEqualTo("withdrawn");
    assertThat(withdrawn.get("withdrawalReason").asText())
        .isEqualTo("The place could point to a witness's village");
    assertThat(withdrawn.get("withdrawnBy").asText()).isEqualTo("user:bea");
    // The old direct publication is refused; withdrawal of a facility still works by reason.
    assertThat(
            advocateApi
                .putJson("/facilities/" + YODOK + "/publication", Map.of("published", true))
                .status())
        .isEqualTo(409);
    // An advocate is refused the evidence.
    assertThat(advocateApi.get("/evidence").status()).isEqualTo(403);
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(3)
  void anAdvocateExportsWhatTheFiltersLetThrough() throws Exception {
    work.signOut();
    browser.open("?lang=en&type=kwanliso&q=yodok");
    work.signIn("ada");
    WebElement task = work.openTask("review");
    WebElement form = task.findElement(By.cssSelector("form[data-form='review-export']"));
    WebElement geojson = form.findElement(By.cssSelector("button[data-format='geojson']"));
    browser.await().until(d -> geojson.getDomAttribute("data-url") != null);
    assertThat(text(form, ".work-staff-filters")).contains("Kwanliso").contains("yodok");
    String url = geojson.getDomAttribute("data-url");
    Map<String, List<String>> query = queryOf(url);
    assertThat(query.get("type")).containsExactly("kwanliso");
    assertThat(query.get("facility")).containsExactly(YODOK);

    geojson.click();
    WebElement saved = form.findElement(By.cssSelector(".work-staff-saved"));
    browser.await().until(d -> saved.getDomAttribute("data-filename") != null);
    assertThat(saved.getDomAttribute("data-filename")).endsWith(".geojson");
    assertThat(saved.getDomAttribute("data-url")).isEqualTo(url);
    assertThat(Long.parseLong(saved.getDomAttribute("data-size"))).isPositive();

    // The same URL holds only the matching facility; the server's type filter alone keeps only
    // that type, as many as the unfiltered export holds.
    JsonNode exported = JSON.readTree(advocateApi.getBytes(url.substring(4)).body());
    assertThat(ids(exported)).containsExactly(YODOK);
    JsonNode all = JSON.readTree(advocateApi.getBytes("/exports/facilities.geojson").body());
    List<String> kwanliso = new ArrayList<>();
    all.get("features")
        .forEach(
            feature -> {
              if ("kwanliso".equals(feature.at("/properties/type").asText())) {
                kwanliso.add(feature.get("id").asText());
              }
            });
    assertThat(kwanliso).hasSizeGreaterThan(1).hasSizeLessThan(all.get("features").size());
    JsonNode byType =
        JSON.readTree(advocateApi.getBytes("/exports/facilities.geojson?type=kwanliso").body());
    assertThat(ids(byType)).containsExactlyInAnyOrderElementsOf(kwanliso);
    HttpResponse<byte[]> pair =
        advocateApi.getBytes(
            "/exports/facilities.geojson?facility=" + YODOK + "&facility=kwanliso-16-hwasong");
    assertThat(ids(JSON.readTree(pair.body())))
        .containsExactlyInAnyOrder(YODOK, "kwanliso-16-hwasong");
    assertThat(pair.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("sightline-facilities-");
    HttpResponse<byte[]> none =
        advocateApi.getBytes("/exports/facilities.geojson?type=kwanliso&status=no-such-status");
    assertThat(JSON.readTree(none.body()).get("features")).isEmpty();
    // The browser's export is in the audit trail, with the filters it used.
    JsonNode exports =
        adminApi.get("/audit/events?latest=true&entityType=facility&limit=50").json();
    boolean recorded = false;
    for (JsonNode event : exports) {
      recorded |=
          "export".equals(event.get("action").asText())
              && "user:ada".equals(event.get("actor").asText())
              && event.get("detailJson").asText().contains("kwanliso");
    }
    assertThat(recorded).as(exports.toString()).isTrue();
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }

  @Test
  @Order(4)
  void anAdministratorManagesUsersTokensAndTheAuditChain() throws IOException {
    work.signOut();
    browser.open("?lang=en");
    // A map read still in flight when the token was revoked at sign-out may be answered 401.
    browser.clearConsole();
    work.signIn("root");
    assertThat(work.offeredTasks()).contains("evidence", "review", "admin");
    WebElement task = work.openTask("admin");

    // A new user, with a generated password shown once.
    WebElement create = task.findElement(By.cssSelector("form[data-form='user-create']"));
    work.type(work.field(create, "username"), "nia");
    work.type(work.field(create, "displayName"), "Nia <b>Field</b>");
    create.findElement(By.cssSelector("input[name='roles'][value='investigator']")).click();
    create.submit();
    assertThat(work.awaitSummary(create, "done")).contains("User nia created");
    String generated = text(create, ".work-staff-secret-value");
    assertThat(generated).hasSizeGreaterThan(11);
    JsonNode nia = findUser("nia");
    assertThat(nia.get("roles").toString()).isEqualTo("[\"investigator\"]");
    assertThat(
            anonymous
                .postJson("/auth/login", Map.of("username", "nia", "password", generated))
                .status())
        .isEqualTo(200);

    // Roles change with the version loaded.
    String userRow = "tr[data-username='nia'] button";
    browser.await().until(d -> !task.findElements(By.cssSelector(userRow)).isEmpty());
    task.findElement(By.cssSelector(userRow)).click();
    WebElement roles =
        browser
            .await()
            .until(
                ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    task, By.cssSelector("form[data-form='user-roles']")))
            .get(0);
    roles.findElement(By.cssSelector("input[value='analyst']")).click();
    roles.submit();
    assertThat(work.awaitSummary(roles, "done")).contains("Roles saved as version");
    assertThat(findUser("nia").get("roles").toString()).isEqualTo("[\"analyst\",\"investigator\"]");

    // Someone else changes them first: the comparison opens and nothing is overwritten.
    long id = nia.get("id").asLong();
    ApiClient.Answer current = adminApi.get("/users/" + id);
    assertThat(
            adminApi
                .putJson(
                    "/users/" + id + "/roles",
                    Map.of("roles", List.of("advocate")),
                    "If-Match",
                    current.header("ETag"))
                .status())
        .isEqualTo(200);
    roles.findElement(By.cssSelector("input[value='analyst']")).click();
    roles.submit();
    WebElement dialog =
        browser
            .await()
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".conflict-dialog")));
    assertThat(dialog.getText()).contains("Someone else saved this first").contains("advocate");
    browser.screenshot("work-staff-admin-conflict.png");
    assertThat(findUser("nia").get("roles").toString()).isEqualTo("[\"advocate\"]");
    dialog.findElement(By.cssSelector("button[value='rebase']")).click();
    assertThat(work.awaitSummary(roles, "info")).contains("Save again");
    roles.submit();
    assertThat(work.awaitSummary(roles, "done")).contains("Roles saved as version");
    assertThat(findUser("nia").get("roles").toString()).isEqualTo("[\"investigator\"]");

    // A token: shown once, working, then revoked and refused.
    WebElement tokenForm = task.findElement(By.cssSelector("form[data-form='token-create']"));
    work.type(work.field(tokenForm, "label"), "nightly export");
    tokenForm.submit();
    Matcher created =
        Pattern.compile("Token (\\d+) created").matcher(work.awaitSummary(tokenForm, "done"));
    assertThat(created.find()).isTrue();
    String tokenId = created.group(1);
    String token = text(tokenForm, ".work-staff-secret-value");
    assertThat(text(tokenForm, ".work-staff-warning")).contains("shown only once");
    ApiClient scripted = anonymous.as(token);
    assertThat(scripted.get("/audit/verify").status()).isEqualTo(200);
    String tokenRow = "tr[data-token-id='" + tokenId + "']";
    browser.await().until(d -> !task.findElements(By.cssSelector(tokenRow)).isEmpty());
    WebElement list = task.findElement(By.cssSelector("form[data-form='token-list']"));
    work.type(work.field(list, "reason"), "rotated");
    task.findElement(By.cssSelector(tokenRow + " button")).click();
    browser
        .await()
        .until(
            d -> !task.findElements(By.cssSelector(tokenRow + "[data-revoked='true']")).isEmpty());
    assertThat(scripted.get("/audit/verify").status()).isEqualTo(401);

    // The audit chain is verified: intact, with the count of events checked.
    task.findElement(By.cssSelector("[data-i18n='work.staff.admin.verify']")).click();
    WebElement verdict =
        browser
            .await()
            .until(
                ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    task, By.cssSelector(".work-staff-verification .work-staff-verdict")))
            .get(0);
    assertThat(verdict.getDomAttribute("data-intact")).isEqualTo("true");
    Matcher count = Pattern.compile("intact: ([\\d,]+) events checked").matcher(verdict.getText());
    assertThat(count.find()).as(verdict.getText()).isTrue();
    long checked = Long.parseLong(count.group(1).replace(",", ""));
    JsonNode verification = adminApi.get("/audit/verify").json();
    assertThat(verification.get("intact").asBoolean()).isTrue();
    assertThat(checked)
        .isPositive()
        .isLessThanOrEqualTo(verification.get("eventsChecked").asLong());

    // The latest events of one type, newest first.
    WebElement events = task.findElement(By.cssSelector("form[data-form='audit-events']"));
    work.type(work.field(events, "entityType"), "auth_token");
    events.submit();
    browser
        .await()
        .until(d -> !events.findElements(By.cssSelector(".work-staff-audit li")).isEmpty());
    List<WebElement> items = events.findElements(By.cssSelector(".work-staff-audit li"));
    List<Long> seqs =
        items.stream().map(li -> Long.parseLong(li.getDomAttribute("data-seq"))).toList();
    assertThat(seqs).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(items.get(0).getText()).contains("auth_token").contains("user:root");
    browser.screenshot("work-staff-admin.png");

    // Deactivation (never deletion) with a reason.
    task.findElement(By.cssSelector(userRow)).click();
    WebElement deactivate =
        browser
            .await()
            .until(
                ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    task, By.cssSelector("form[data-form='user-deactivation']")))
            .get(0);
    work.type(work.field(deactivate, "reason"), "left the project");
    deactivate.submit();
    browser.await().until(d -> !findUser("nia").get("active").asBoolean());
    assertThat(findUser("nia").get("deactivationReason").asText()).isEqualTo("left the project");
    assertThat(task.findElements(By.cssSelector("b"))).isEmpty();
    assertThat(work.unexpectedConsoleErrors(412)).isEmpty();
  }

  @Test
  @Order(5)
  void theLatestAuditEventsComeNewestFirst() {
    long head = adminApi.get("/audit/verify").json().get("headSeq").asLong();
    JsonNode latest = adminApi.get("/audit/events?latest=true&limit=5").json();
    assertThat(latest).hasSize(5);
    // The verification itself was recorded after the head it reported.
    assertThat(latest.get(0).get("seq").asLong()).isGreaterThan(head);
    for (int i = 1; i < latest.size(); i++) {
      assertThat(latest.get(i).get("seq").asLong())
          .isEqualTo(latest.get(i - 1).get("seq").asLong() - 1);
    }
    JsonNode evidence = adminApi.get("/audit/events?latest=true&entityType=evidence_item").json();
    assertThat(evidence.findValuesAsText("entityType")).isNotEmpty().containsOnly("evidence_item");
    assertThat(adminApi.get("/audit/events?latest=true&after=3").status()).isEqualTo(400);
    assertThat(advocateApi.get("/audit/events?latest=true").status()).isEqualTo(403);
  }

  @Test
  @Order(6)
  void theStaffTasksSpeakKorean() throws IOException {
    work.signOut();
    browser.open("?lang=ko");
    work.signIn("root");
    WebElement admin = work.openTask("admin");
    browser
        .await()
        .until(
            d ->
                !admin
                    .findElements(By.cssSelector("form[data-form='redaction-policy']"))
                    .isEmpty());
    assertThat(admin.getText()).contains("사용자 만들기").contains("감사 체인 검증").contains("API 토큰");
    WebElement evidence = work.openTask("evidence");
    assertThat(evidence.getText()).contains("증거 파일 올리기");
    WebElement review = work.openTask("review");
    assertThat(review.getText()).contains("검토 대기열").contains("공개된 항목").contains("필터된 시설 내보내기");
    assertThat(work.openTask("admin").getText()).contains("비식별 정책").contains("이 버전 채택");
    browser.screenshot("work-staff-ko.png");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }

  @Test
  @Order(7)
  void anAdministratorAdoptsARedactionPolicyAndAStaleFormIsRefused() {
    work.signOut();
    browser.open("?lang=en");
    // A map read still in flight when the token was revoked at sign-out may be answered 401.
    browser.clearConsole();
    work.signIn("root");
    WebElement task = work.openTask("admin");
    int before = anonymous.get("/redaction-policy").json().get("version").asInt();
    WebElement form = policyForm(task, before);
    assertThat(text(task, ".work-policy-in-force")).contains("Version " + before + " is in force");

    // A grid too fine is refused at its field; then year precision is adopted.
    work.type(work.field(form, "gridSizeM"), "50");
    work.type(work.field(form, "reason"), "Dates by year only");
    form.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitFieldError(work.field(form, "gridSizeM"))).contains("gridSizeM");
    work.type(work.field(form, "gridSizeM"), "2000");
    new Select(work.field(form, "datePrecision")).selectByValue("year");
    form.findElement(By.cssSelector("button[type='submit']")).click();
    WebElement adopted = policyForm(task, before + 1);
    assertThat(work.awaitSummary(adopted, "done"))
        .contains("Version " + (before + 1) + " is now in force");
    JsonNode policy = anonymous.get("/redaction-policy").json();
    assertThat(policy.get("version").asInt()).isEqualTo(before + 1);
    assertThat(policy.at("/rules/datePrecision").asText()).isEqualTo("year");
    assertThat(policy.at("/rules/gridSizeM").asInt()).isEqualTo(2000);
    assertThat(policy.get("reason").asText()).isEqualTo("Dates by year only");
    assertThat(policy.get("createdBy").asText()).isEqualTo("user:root");
    browser
        .await()
        .until(
            d ->
                !task.findElements(
                        By.cssSelector(
                            ".work-policy-versions tr[data-version='"
                                + (before + 1)
                                + "'][data-active='true']"))
                    .isEmpty());
    assertThat(text(task, "dd[data-rule='datePrecision']")).isEqualTo("year");

    // Another administrator adopts a version meanwhile: this form is stale, and nothing changes.
    String etag = adminApi.get("/redaction-policy").header("ETag");
    assertThat(
            adminApi
                .postJson(
                    "/redaction-policy",
                    Map.of(
                        "rules",
                        Map.of("datePrecision", "year", "minimumDistanceM", 600),
                        "reason",
                        "another administrator"),
                    "If-Match",
                    etag)
                .status())
        .isEqualTo(201);
    work.type(work.field(adopted, "gridSizeM"), "4000");
    work.type(work.field(adopted, "reason"), "Coarser grid");
    adopted.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(work.awaitSummary(adopted, "error"))
        .contains("Someone changed the redaction policy");
    JsonNode after = anonymous.get("/redaction-policy").json();
    assertThat(after.get("version").asInt()).isEqualTo(before + 2);
    assertThat(after.at("/rules/gridSizeM").asInt()).isEqualTo(2000);
    assertThat(after.get("reason").asText()).isEqualTo("another administrator");
    assertThat(work.unexpectedConsoleErrors(400, 412)).isEmpty();
  }

  private static WebElement policyForm(WebElement task, int version) {
    return browser
        .await()
        .until(
            d ->
                task
                    .findElements(
                        By.cssSelector(
                            "form[data-form='redaction-policy'][data-loaded-version='"
                                + version
                                + "']"))
                    .stream()
                    .findFirst()
                    .orElse(null));
  }

  @Test
  @Order(8)
  void twoAdvocatesPublishAnExportOfWhatTheMapShows() throws Exception {
    new TestUsers(DATABASE, Clock.systemUTC()).create("bo", Role.ADVOCATE);
    // The map shows facilities (not the events layer, which advocates may not read on the map).
    browser.open("?lang=en&at=39.5,127,7&layers=boundaries,facilities");
    if (work.one("#sign-out").isDisplayed()) {
      work.signOut();
    }
    work.signIn("ada");
    WebElement task = work.openTask("public-exports");
    WebElement form = task.findElement(By.cssSelector("form[data-form='public-export-request']"));
    // The layers on the map are preselected; claims and structures are not on it.
    List<String> preselected =
        form.findElements(By.cssSelector("input[name='layers']")).stream()
            .filter(WebElement::isSelected)
            .map(box -> box.getDomAttribute("value"))
            .toList();
    assertThat(preselected).containsExactly("facilities");
    form.findElement(By.cssSelector("input[name='layers'][value='events']")).click();
    String shownBox = text(form, "dd[data-filter='bbox']");
    assertThat(shownBox).matches("-?[\\d.]+, -?[\\d.]+, -?[\\d.]+, -?[\\d.]+");
    form.findElement(By.cssSelector("input[name='formats'][value='geojson']")).click();
    form.findElement(By.cssSelector("input[name='formats'][value='csv']")).click();
    work.type(work.field(form, "title"), "Camps <b>2024</b>");
    form.submit();
    Matcher asked =
        Pattern.compile("Export (\\d+) .* is waiting for a second advocate")
            .matcher(work.awaitSummary(form, "done"));
    assertThat(asked.find()).isTrue();
    long id = Long.parseLong(asked.group(1));
    String item = "article[data-export-id='" + id + "']";
    awaitText(task, item + " .work-exports-state", "Waiting for a second advocate");
    JsonNode requested = advocateApi.get("/public-exports/" + id).json();
    assertThat(requested.get("state").asText()).isEqualTo("requested");
    assertThat(requested.get("title").asText()).isEqualTo("Camps <b>2024</b>");
    assertThat(requested.get("formats").toString()).isEqualTo("[\"geojson\",\"csv\"]");
    assertThat(requested.at("/filters/layers").toString()).isEqualTo("[\"facilities\",\"events\"]");
    JsonNode bbox = requested.at("/filters/bbox");
    assertThat(bbox.get(0).asDouble()).isLessThan(127).isGreaterThan(120);
    assertThat(bbox.get(2).asDouble()).isGreaterThan(127).isLessThan(134);
    assertThat(bbox.get(1).asDouble()).isLessThan(39.5);
    assertThat(bbox.get(3).asDouble()).isGreaterThan(39.5);

    // The one who asked cannot approve: the refusal is at the form.
    WebElement mine = task.findElement(By.cssSelector(item));
    mine.findElement(By.cssSelector("button[data-action='approve']")).click();
    assertThat(
            work.awaitSummary(
                mine.findElement(By.cssSelector("form[data-form='public-export-decision']")),
                "error"))
        .contains("You asked for it")
        .contains("second person");
    assertThat(advocateApi.get("/public-exports/" + id).json().get("state").asText())
        .isEqualTo("requested");
    assertThat(work.unexpectedConsoleErrors(403)).isEmpty();

    // A second advocate approves: the manifest shows, with public download links.
    work.signOut();
    work.signIn("bo");
    WebElement other = work.openTask("public-exports");
    browser.await().until(d -> !other.findElements(By.cssSelector(item)).isEmpty());
    other.findElement(By.cssSelector(item + " button[data-action='approve']")).click();
    String policyVersion = item + "[data-state='approved'] dd[data-manifest='policyVersion']";
    browser.await().until(d -> !other.findElements(By.cssSelector(policyVersion)).isEmpty());
    JsonNode manifest =
        JSON.readTree(anonymous.getBytes("/public-exports/" + id + "/files/manifest.json").body());
    assertThat(text(other, policyVersion)).isEqualTo(manifest.at("/policy/version").asText());
    assertThat(manifest.at("/policy/version").asInt()).isPositive();
    assertThat(text(other, item + " dd[data-manifest='dataAsOf']"))
        .isEqualTo(manifest.get("dataAsOf").asText());
    for (String layer : List.of("facilities", "events")) {
      assertThat(
              other
                  .findElement(By.cssSelector(item + " tr[data-layer='" + layer + "']"))
                  .getDomAttribute("data-count"))
          .isEqualTo(manifest.at("/counts/" + layer).asText());
    }
    assertThat(manifest.at("/counts/facilities").asInt()).isPositive();
    assertThat(manifest.get("counts").size()).isEqualTo(2);

    // The anonymous API serves the bytes the manifest describes, and the page shows their hash.
    String eventsSha = null;
    for (JsonNode file : manifest.get("files")) {
      if ("events.geojson".equals(file.get("name").asText())) {
        eventsSha = file.get("sha256").asText();
      }
    }
    assertThat(eventsSha).isNotNull();
    HttpResponse<byte[]> events =
        anonymous.getBytes("/public-exports/" + id + "/files/events.geojson");
    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(sha256(events.body())).isEqualTo(eventsSha);
    String eventsRow = item + " tr[data-file='events.geojson']";
    assertThat(text(other, eventsRow + " code.work-exports-sha256")).isEqualTo(eventsSha);
    WebElement link = other.findElement(By.cssSelector(eventsRow + " a[download]"));
    assertThat(link.getDomAttribute("href"))
        .isEqualTo("/api/public-exports/" + id + "/files/events.geojson");
    assertThat(
            other.findElement(By.cssSelector(item + " a.work-exports-zip")).getDomAttribute("href"))
        .isEqualTo("/api/public-exports/" + id + "/files/public-export.zip");
    // Markup in the title stays text.
    assertThat(text(other, item + " .work-exports-title")).isEqualTo("Camps <b>2024</b>");
    assertThat(other.findElements(By.cssSelector("b"))).isEmpty();
    browser.js(
        "arguments[0].scrollIntoView({block: 'center'})",
        other.findElement(By.cssSelector(item + " .work-exports-files")));
    browser.screenshot("work-public-exports.png");
    assertThat(work.unexpectedConsoleErrors()).isEmpty();

    // In Korean.
    work.signOut();
    browser.open("?lang=ko&layers=boundaries,facilities");
    work.signIn("bo");
    WebElement korean = work.openTask("public-exports");
    awaitText(korean, item + " .work-exports-state", "승인됨");
    assertThat(korean.getText()).contains("지도에 보이는 내용의 내보내기 요청").contains("내보내기 요청 목록");
    browser.screenshot("work-public-exports-ko.png");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    // Withdrawing needs a reason (shown at its field); then the files are no longer served.
    WebElement withdraw =
        korean.findElement(By.cssSelector(item + " form[data-form='public-export-withdraw']"));
    withdraw.submit();
    assertThat(work.awaitFieldError(work.field(withdraw, "reason"))).contains("reason");
    work.type(work.field(withdraw, "reason"), "A boundary is disputed");
    withdraw.submit();
    awaitText(korean, item + "[data-state='withdrawn'] .work-exports-state", "철회됨");
    assertThat(anonymous.get("/public-exports/" + id + "/files/manifest.json").status())
        .isEqualTo(404);
    assertThat(advocateApi.get("/public-exports/" + id).json().get("withdrawalReason").asText())
        .isEqualTo("A boundary is disputed");
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  private static JsonNode findUser(String username) {
    for (JsonNode user : adminApi.get("/users").json()) {
      if (username.equals(user.get("username").asText())) {
        return user;
      }
    }
    throw new AssertionError("no user " + username);
  }

  private static Map<String, List<String>> queryOf(String url) {
    Map<String, List<String>> query = new TreeMap<>();
    String raw = URI.create("http://x" + url).getRawQuery();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      query
          .computeIfAbsent(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              k -> new ArrayList<>())
          .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }
}
