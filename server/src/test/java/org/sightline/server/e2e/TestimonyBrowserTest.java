package org.sightline.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.time.Clock;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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
 * An investigator takes testimony in the work panel, in real headless Chromium on the sample data:
 * records a witness, seals identifying details in their own form (never shown back), unseals them
 * with a reason (shown in a marked box, audited without the details, removed by Hide), records a
 * testimony and two claims, one placed by a circle drawn on the map with the time "winter 1997"
 * from the picker, one inside a facility with a month; refused values show at their fields; the
 * claim's linked facility and event show; a witness merge proposal and a likely duplicate are
 * decided with a reason. An analyst is offered no testimony tab and is refused by the server. No
 * script error or CSP violation in any of it.
 */
@Tag("browser")
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestimonyBrowserTest {
  private static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String YODOK = "kwanliso-15-yodok";
  private static final double YODOK_LON = 126.8510413;
  private static final double YODOK_LAT = 39.6742705;
  private static final String FULL_NAME = "Kim Sealed-Testperson <i>x</i>";
  private static final String CONTACT = "sealed.contact@example.invalid";

  private static ChromiumBrowser browser;
  private static WorkSession work;
  private static ApiClient investigatorApi;
  private static ApiClient analystApi;
  private static ApiClient adminApi;
  private static String witnessCode;
  private static long witnessId;
  private static long claimId;

  @BeforeAll
  static void openBrowser() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    users.create("ivy", Role.INVESTIGATOR);
    users.create("ana", Role.ANALYST);
    String base = "http://127.0.0.1:" + APP.getLocalPort() + "/api";
    investigatorApi = new ApiClient(base, users.tokenFor("ivy-script", Role.INVESTIGATOR));
    analystApi = new ApiClient(base, users.tokenFor("ana-script", Role.ANALYST));
    adminApi = new ApiClient(base, users.tokenFor("root-script", Role.ADMIN));
    browser = new ChromiumBrowser("http://127.0.0.1:" + APP.getLocalPort(), 1400, 900);
    work = new WorkSession(browser);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static WebElement task() {
    return work.openTask("testimony");
  }

  private static WebElement form(WebElement container, String css) {
    return browser
        .await()
        .until(d -> container.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
  }

  private static void setValue(WebElement control, String value) {
    browser.js(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        control,
        value);
  }

  private static void select(WebElement container, String name, String value) {
    new Select(work.field(container, name)).selectByValue(value);
  }

  private static void click(WebElement container, String css) {
    container.findElement(By.cssSelector(css)).click();
  }

  @Test
  @Order(1)
  void anInvestigatorRecordsAWitnessSealsAndUnsealsTheIdentity() throws IOException {
    browser.open("?lang=en&at=" + YODOK_LAT + "," + YODOK_LON + ",13");
    work.signIn("ivy");
    assertThat(work.offeredTasks()).contains("testimony");
    WebElement task = task();
    click(task, ".work-testimony-find-form button[type='button']");
    WebElement witness = form(task, "form.work-testimony-witness");
    browser
        .await()
        .until(
            d -> work.field(witness, "organisation").findElements(By.tagName("option")).size() > 1);
    select(witness, "organisation", "sample-centre-a");
    select(witness, "gender", "female");
    select(witness, "birthDecade", "1970");
    select(witness, "provinceOfOrigin", "south-hamgyong");
    witness.findElement(By.cssSelector("input[name='relations'][value='former-prisoner']")).click();
    witness.submit();
    assertThat(work.awaitSummary(task, "done")).contains("Recorded as witness W-");
    WebElement title = form(task, "form.work-testimony-witness .work-record-title");
    witnessCode = title.getDomAttribute("data-witness-code");
    assertThat(witnessCode).matches("W-[0-9A-Z]{6}");
    JsonNode listed = investigatorApi.get("/witnesses?limit=500").json().get("items");
    JsonNode recorded = null;
    for (JsonNode item : listed) {
      if (item.get("code").asText().equals(witnessCode)) {
        recorded = item;
      }
    }
    assertThat(recorded).isNotNull();
    witnessId = recorded.get("id").asLong();
    assertThat(recorded.get("relations").toString()).contains("former-prisoner");
    assertThat(recorded.get("identitySealed").asBoolean()).isFalse();

    // The sealed details go in their own form; once sealed, the form is emptied.
    WebElement sealed = form(task, "form.work-testimony-sealed");
    assertThat(sealed.getText()).contains("SEALED");
    work.type(work.field(sealed, "fullName"), FULL_NAME);
    work.type(work.field(sealed, "contacts"), CONTACT);
    setValue(work.field(sealed, "exactBirthDate"), "1971-03-02");
    sealed.submit();
    assertThat(work.awaitSummary(sealed, "done")).contains("Sealed");
    assertThat(work.field(sealed, "fullName").getDomProperty("value")).isEmpty();
    assertThat(work.field(sealed, "contacts").getDomProperty("value")).isEmpty();
    JsonNode afterSeal = investigatorApi.get("/witnesses/" + witnessId).json();
    assertThat(afterSeal.get("identitySealed").asBoolean()).isTrue();
    assertThat(afterSeal.toString()).doesNotContain("Sealed-Testperson").doesNotContain(CONTACT);
    assertThat(browser.driver().getPageSource()).doesNotContain("Sealed-Testperson");

    // Unsealing needs a reason; the details show in a marked box, which Hide removes.
    WebElement unseal = form(task, "form.work-testimony-unseal");
    work.type(work.field(unseal, "reason"), "Checking the spelling of the name for the record");
    unseal.submit();
    WebElement box =
        browser
            .await()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".work-testimony-unsealed")));
    assertThat(box.getText())
        .contains("UNSEALED")
        .contains(witnessCode)
        .contains(FULL_NAME)
        .contains(CONTACT)
        .contains("1971-03-02")
        .contains("Recorded in the audit trail as an unseal by ivy");
    assertThat(box.findElements(By.tagName("i"))).isEmpty();
    browser.screenshot("work-testimony-unsealed.png");
    box.findElement(By.cssSelector("button")).click();
    browser
        .await()
        .until(d -> d.findElements(By.cssSelector(".work-testimony-unsealed")).isEmpty());
    assertThat(browser.driver().getPageSource())
        .doesNotContain("Sealed-Testperson")
        .doesNotContain(CONTACT);
    assertThat(browser.driver().getCurrentUrl()).doesNotContain("Sealed");

    JsonNode audit =
        adminApi
            .get("/audit/events?entityType=witness&entityId=" + witnessId + "&limit=100")
            .json();
    assertThat(audit.findValuesAsText("action")).contains("unseal");
    assertThat(audit.toString())
        .contains("Checking the spelling")
        .doesNotContain("Sealed-Testperson")
        .doesNotContain(CONTACT);
    assertThat(work.unexpectedConsoleErrors()).isEmpty();

    // Unsealed details do not outlive the session, not even an expired one (typed input does).
    work.type(work.field(unseal, "reason"), "Checking the contact once more");
    unseal.submit();
    browser
        .await()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".work-testimony-unsealed")));
    DATABASE
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE auth_token SET revoked_at = now(), revoked_by = 'system:test'"
                        + " WHERE kind = 'session' AND revoked_at IS NULL"));
    work.type(work.field(unseal, "reason"), "Checking it a third time");
    unseal.submit(); // answered 401: the session has ended
    browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-dialog")));
    assertThat(work.all(".work-testimony-unsealed")).isEmpty();
    assertThat(browser.driver().getPageSource()).doesNotContain(CONTACT);
    work.one("#sign-in-password").sendKeys(TestUsers.PASSWORD);
    work.one("#sign-in-submit").click();
    browser.await().until(d -> work.one("#sign-out").isDisplayed());
    assertThat(work.unexpectedConsoleErrors(401)).isEmpty();
  }

  @Test
  @Order(2)
  void aTestimonyAndAClaimDrawnOnTheMapInWinter1997() throws IOException {
    WebElement task = task();
    click(task, ".work-testimony-testimonies > .work-actions button");
    WebElement testimony = form(task, "form.work-testimony-testimony");
    setValue(work.field(testimony, "interviewedOn"), "2019-05-14");
    work.type(work.field(testimony, "interviewer"), "Interviewer Test");
    select(testimony, "consent", "anonymised");
    select(testimony, "sourceGrade", "B");
    testimony.submit();
    assertThat(
            work.awaitSummary(
                task.findElement(By.cssSelector(".work-testimony-testimony-area")), "done"))
        .contains("Recorded as testimony");
    JsonNode testimonies =
        investigatorApi.get("/testimonies?witness=" + witnessCode).json().get("items");
    assertThat(testimonies).hasSize(1);
    assertThat(testimonies.get(0).get("sourceGrade").asText()).isEqualTo("B");
    long testimonyId = testimonies.get(0).get("id").asLong();

    click(task, ".work-testimony-claims > .work-actions button");
    WebElement claim = form(task, "form.work-testimony-claim");
    select(claim, "type", "public-execution");
    work.type(
        work.field(claim, "description"),
        "In the winter of 1997 two prisoners were executed in public by the river, in front of"
            + " the assembled prisoners.");
    select(claim, "informationGrade", "2");
    select(claim, "witnessRelation", "eyewitness");
    work.type(work.field(claim, "victimsMin"), "5");
    work.type(work.field(claim, "victimsMax"), "2");

    // The time from the picker: winter 1997 is EDTF 1997-24, shown live with its span.
    select(claim, "timePrecision", "season");
    work.type(work.field(claim, "timeYear"), "1997");
    select(claim, "timeSeason", "24");
    assertThat(work.field(claim, "time").getDomProperty("value")).isEqualTo("1997-24");
    assertThat(claim.findElement(By.cssSelector(".work-testimony-edtf")).getText())
        .contains("1997-24")
        .contains("1997-12-01")
        .contains("1998-02-28");

    // The place: a circle drawn by clicking on the map at Yodok's location (the view's centre).
    click(claim, ".work-testimony-draw-circle");
    browser.await().until(d -> "Circle".equals(browser.bodyData("drawing")));
    WebElement map = work.one("#map");
    new Actions(browser.driver()).moveToElement(map, 0, 0).click().perform();
    new Actions(browser.driver()).moveToElement(map, 40, 0).click().perform();
    browser.await().until(d -> !work.field(claim, "radiusM").getDomProperty("value").isEmpty());
    double lon = Double.parseDouble(work.field(claim, "pointLon").getDomProperty("value"));
    double lat = Double.parseDouble(work.field(claim, "pointLat").getDomProperty("value"));
    double radius = Double.parseDouble(work.field(claim, "radiusM").getDomProperty("value"));
    assertThat(lon).isCloseTo(YODOK_LON, within(0.02));
    assertThat(lat).isCloseTo(YODOK_LAT, within(0.02));
    assertThat(radius).isBetween(100.0, 2000.0);

    // A refused value shows at its field, and nothing is recorded.
    claim.submit();
    assertThat(work.awaitFieldError(work.field(claim, "victimsMin"))).contains("victimsMax");
    assertThat(investigatorApi.get("/claims?testimony=" + testimonyId).json().get("items"))
        .isEmpty();

    work.type(work.field(claim, "victimsMax"), "6");
    claim.submit();
    assertThat(work.awaitSummary(claim, "done")).contains("saved as version 1");
    claimId = Long.parseLong(claim.getDomAttribute("data-claim-id"));
    JsonNode saved = investigatorApi.get("/claims/" + claimId).json();
    assertThat(saved.get("time").get("edtf").asText()).isEqualTo("1997-24");
    assertThat(saved.get("places").get(0).get("point").get(0).asDouble())
        .isCloseTo(lon, within(1e-6));
    assertThat(saved.get("victimsMin").asInt()).isEqualTo(5);
    assertThat(saved.get("links").findValuesAsText("facility")).contains(YODOK);

    // The linked facility and the corroborated event show.
    WebElement result = form(task, ".work-testimony-result[data-claim-id='" + claimId + "']");
    WebElement link = form(result, ".work-testimony-link[data-facility='" + YODOK + "']");
    assertThat(link.getText()).contains("Kwanliso No. 15 Yodok").contains("% of the place inside");
    browser
        .await()
        .until(
            d ->
                !result
                    .findElement(By.cssSelector(".work-testimony-event"))
                    .getText()
                    .contains("Loading"));
    WebElement event = result.findElement(By.cssSelector(".work-testimony-event"));
    assertThat(event.getText()).contains("independent sources");
    assertThat(event.getDomAttribute("data-level")).isNotBlank();
    browser.js("arguments[0].scrollIntoView()", result);
    browser.screenshot("work-testimony-claim.png");
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(3)
  void aSecondClaimInsideAFacilityInAMonth() throws IOException {
    WebElement task = task();
    click(task, ".work-testimony-claims > .work-actions button");
    WebElement claim = form(task, "form.work-testimony-claim[data-claim-id='']");
    select(claim, "type", "forced-labour");
    work.type(work.field(claim, "description"), "Sent to the mine every day in March 1998.");
    select(claim, "informationGrade", "3");
    select(claim, "witnessRelation", "victim");
    select(claim, "placeKind", "facility");
    select(claim, "facility", YODOK);
    // A time the server refuses shows at the time field.
    work.type(work.field(claim, "time"), "1997-13");
    claim.submit();
    assertThat(work.awaitFieldError(work.field(claim, "time"))).contains("month 13");
    // The picker with a month precision writes it right.
    select(claim, "timePrecision", "month");
    work.type(work.field(claim, "timeYear"), "1998");
    select(claim, "timeMonth", "3");
    work.field(claim, "timeApproximate").click();
    assertThat(work.field(claim, "time").getDomProperty("value")).isEqualTo("1998-03~");
    claim.submit();
    assertThat(work.awaitSummary(claim, "done")).contains("saved as version 1");
    long second = Long.parseLong(claim.getDomAttribute("data-claim-id"));
    JsonNode saved = investigatorApi.get("/claims/" + second).json();
    assertThat(saved.get("time").get("edtf").asText()).isEqualTo("1998-03~");
    assertThat(saved.get("time").get("precision").asText()).isEqualTo("month");
    assertThat(saved.get("places").get(0).get("facility").asText()).isEqualTo(YODOK);
    WebElement result = form(task, ".work-testimony-result[data-claim-id='" + second + "']");
    assertThat(form(result, ".work-testimony-link[data-facility='" + YODOK + "']").getText())
        .contains("100% of the place inside");
    browser.js("arguments[0].scrollIntoView()", result);
    browser.screenshot("work-testimony-facility-claim.png");

    // Deleting needs a reason; the claim is kept, marked, and leaves the testimony's list.
    WebElement deletion = form(task, ".work-testimony-deletion");
    deletion.findElement(By.tagName("summary")).click();
    work.type(work.field(deletion, "reason"), "Recorded twice by mistake");
    deletion.findElement(By.cssSelector("form")).submit();
    WebElement claimArea = task.findElement(By.cssSelector(".work-testimony-claim-area"));
    browser
        .await()
        .ignoring(StaleElementReferenceException.class) // the summary is redrawn as it settles
        .until(
            d ->
                claimArea.findElements(By.cssSelector(".work-form-summary.done")).stream()
                    .anyMatch(n -> n.getText().contains("Claim " + second + " deleted")));
    assertThat(claimArea.findElements(By.cssSelector("form.work-testimony-claim"))).isEmpty();
    long testimonyId = saved.get("testimony").asLong();
    assertThat(
            investigatorApi
                .get("/claims?testimony=" + testimonyId)
                .json()
                .get("items")
                .findValuesAsText("id"))
        .contains(Long.toString(claimId))
        .doesNotContain(Long.toString(second));
    JsonNode deletedAudit =
        adminApi.get("/audit/events?entityType=claim&entityId=" + second + "&limit=100").json();
    assertThat(deletedAudit.findValuesAsText("action")).contains("soft-delete");
    assertThat(deletedAudit.findValuesAsText("actor")).contains("user:ivy");
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(4)
  void mergeProposalsAndDuplicatesAreDecidedWithAReason() throws IOException {
    // A second record of the same person, by the other organisation: a merge proposal.
    ApiClient.Answer other =
        investigatorApi.postJson(
            "/witnesses",
            Map.of(
                "organisation",
                "sample-centre-b",
                "gender",
                "female",
                "identity",
                Map.of("fullName", FULL_NAME, "exactBirthDate", "1971-03-02")));
    assertThat(other.status()).isEqualTo(201);
    String otherCode = other.json().get("code").asText();
    JsonNode proposals = investigatorApi.get("/witness-merges?status=proposed").json();
    assertThat(proposals.toString()).contains(witnessCode).contains(otherCode);
    JsonNode duplicates = investigatorApi.get("/claim-duplicates?status=proposed").json();

    WebElement task = task();
    click(task, ".work-testimony-review > .work-actions button");
    WebElement merges = form(task, ".work-testimony-merges");
    browser.await().until(d -> merges.getText().contains(otherCode));
    WebElement proposal =
        merges.findElements(By.cssSelector(".work-testimony-proposal")).stream()
            .filter(p -> p.getText().contains(otherCode))
            .findFirst()
            .orElseThrow();
    assertThat(proposal.getText()).contains(witnessCode).contains("Matched:").contains("name");
    assertThat(proposal.getText()).doesNotContain("Sealed-Testperson");
    work.type(work.field(proposal, "reason"), "Different people: checked with both centres");
    browser.screenshot("work-testimony-review.png");
    click(proposal, "button[value='dismiss']");
    browser.await().until(d -> proposal.getText().contains("Dismissed by"));
    JsonNode dismissed = investigatorApi.get("/witness-merges?status=dismissed").json();
    assertThat(dismissed.toString())
        .contains(otherCode)
        .contains("Different people: checked with both centres");

    // The first claim tells the sample's winter-1997 execution again, from another witness: it
    // is proposed as a likely duplicate, listed with what matched, and confirmed with a reason.
    assertThat(duplicates.findValuesAsText("claimB")).contains(Long.toString(claimId));
    WebElement duplicateList = task.findElement(By.cssSelector(".work-testimony-duplicates"));
    assertThat(duplicateList.findElements(By.cssSelector(".work-testimony-proposal")))
        .hasSize(duplicates.size());
    WebElement duplicate =
        duplicateList.findElements(By.cssSelector(".work-testimony-proposal")).stream()
            .filter(p -> p.getText().contains(" and " + claimId + ":"))
            .findFirst()
            .orElseThrow();
    assertThat(duplicate.getText())
        .contains("similar")
        .contains("public-execution ~ public-execution")
        .contains(witnessCode);
    work.type(work.field(duplicate, "reason"), "The same account told twice");
    click(duplicate, "button[value='confirm']");
    browser.await().until(d -> duplicate.getText().contains("Confirmed by"));
    JsonNode confirmed = investigatorApi.get("/claim-duplicates?status=confirmed").json();
    assertThat(confirmed.findValuesAsText("claimB")).contains(Long.toString(claimId));
    assertThat(confirmed.toString()).contains("The same account told twice");
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(5)
  void anAnalystIsOfferedNoTestimonyAndIsRefused() throws IOException {
    work.signOut();
    assertThat(work.all("#work-task-testimony")).isEmpty();
    work.signIn("ana");
    assertThat(work.offeredTasks()).doesNotContain("testimony");
    assertThat(analystApi.get("/witnesses").status()).isEqualTo(403);
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }

  @Test
  @Order(6)
  void theTaskSpeaksKoreanAndIsAccessible() throws IOException {
    work.signOut();
    browser.open("?lang=ko&at=" + YODOK_LAT + "," + YODOK_LON + ",13");
    work.signIn("ivy");
    WebElement task = task();
    work.type(work.field(task, "code"), witnessCode);
    task.findElement(By.cssSelector(".work-testimony-find-form")).submit();
    form(task, "form.work-testimony-sealed");
    assertThat(task.getText()).contains("증인").contains("봉인");
    click(task, ".work-testimony-testimonies .work-link-button");
    form(task, "form.work-testimony-testimony[data-testimony-id]");
    form(task, ".work-testimony-claims .work-link-button");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    click(form(task, ".work-testimony-claims"), ".work-link-button");
    WebElement claim = form(task, "form.work-testimony-claim[data-claim-id='" + claimId + "']");
    assertThat(work.field(claim, "time").getDomProperty("value")).isEqualTo("1997-24");
    assertThat(
            new Select(work.field(claim, "timePrecision"))
                .getFirstSelectedOption()
                .getDomProperty("value"))
        .isEqualTo("season");
    browser.js("arguments[0].scrollIntoView()", claim);
    browser.screenshot("work-testimony-ko.png");
    // Again with the claim's circle editable on the map: its handles are named (map-draw.js).
    browser.await().until(d -> !work.all("#map .leaflet-marker-icon.marker-icon").isEmpty());
    assertThat(work.all("#map .leaflet-marker-icon.marker-icon"))
        .allSatisfy(h -> assertThat(h.getDomAttribute("aria-label")).isNotBlank());
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }
}
