package org.sightline.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * An analyst edits a facility in the work panel, in real headless Chromium on the sample data: the
 * edit is saved and shows in the history and the audit trail; a field the server refuses shows its
 * message at the field; a concurrent edit opens the comparison and nothing is overwritten; an
 * expired session keeps what was typed; a role without the right is offered no editor and is
 * refused by the server. No script error or CSP violation in any of it.
 */
@Tag("browser")
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FacilityEditBrowserTest {
  private static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String YODOK = "kwanliso-15-yodok";

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
    browser = new ChromiumBrowser("http://127.0.0.1:" + APP.getLocalPort(), 1400, 900);
    work = new WorkSession(browser);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static WebElement openEditor() {
    WebElement task = work.openTask("facility");
    browser
        .await()
        .until(
            d ->
                !task.findElements(By.cssSelector("form[data-facility-id='" + YODOK + "']"))
                    .isEmpty());
    return task;
  }

  @Test
  @Order(1)
  void anAnalystEditsAFacilityAndSeesWhoChangedWhat() throws IOException {
    browser.open("?lang=en&facility=" + YODOK);
    assertThat(work.one("#work-toggle").isDisplayed()).isFalse();
    work.signIn("ana");
    assertThat(work.offeredTasks()).contains("facility");
    // The token lives in the page's memory only: no storage, no cookie.
    assertThat(
            browser.js(
                "return localStorage.length + sessionStorage.length + document.cookie.length"))
        .isEqualTo(0L);
    // The facility panel's Edit opens the editor on that facility.
    browser.await().until(d -> !work.all("#facility-panel .fp-action").isEmpty());
    work.one("#facility-panel .fp-action").click();
    WebElement task =
        browser
            .await()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#work-task-facility form[data-facility-id='" + YODOK + "']")))
            .findElement(By.xpath("ancestor::section[@data-task='facility']"));
    new Select(work.field(task, "status")).selectByValue("reduced");
    work.type(work.field(task, "controllingAgency"), "Ministry of State Security <b>bold</b>");
    work.field(task, "controllingAgency").submit();
    assertThat(work.awaitSummary(task, "done")).contains("Saved as version");

    JsonNode saved = analystApi.get("/facilities/" + YODOK).json();
    assertThat(saved.get("status").asText()).isEqualTo("reduced");
    assertThat(saved.get("controllingAgency").asText())
        .isEqualTo("Ministry of State Security <b>bold</b>");
    assertThat(saved.get("updatedBy").asText()).isEqualTo("user:ana");

    // The history names who changed which fields; the audit trail has the same edit.
    task.findElement(By.cssSelector(".work-history-details > summary")).click();
    browser
        .await()
        .until(
            d -> task.findElement(By.cssSelector(".work-history")).getText().contains("user:ana"));
    String history = task.findElement(By.cssSelector(".work-history")).getText();
    assertThat(history).contains("edited").contains("controlling_agency").contains("status");
    JsonNode audit =
        adminApi.get("/audit/events?entityType=facility&entityId=" + YODOK + "&limit=100").json();
    assertThat(audit.findValuesAsText("actor")).contains("user:ana");
    // Text is shown as text: the markup typed stays letters on the page.
    assertThat(task.findElements(By.cssSelector("b"))).isEmpty();
    browser.screenshot("work-facility-saved.png");
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }

  @Test
  @Order(2)
  void aRefusedFieldShowsTheServersMessageAtTheField() {
    WebElement task = openEditor();
    WebElement name = work.field(task, "name");
    work.type(name, " ");
    name.submit();
    assertThat(work.awaitFieldError(name)).containsIgnoringCase("name");
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(name);
    assertThat(analystApi.get("/facilities/" + YODOK).json().get("name").asText())
        .isEqualTo("Kwanliso No. 15 Yodok");
    work.type(name, "Kwanliso No. 15 Yodok");
    assertThat(work.unexpectedConsoleErrors(400)).isEmpty();
  }

  @Test
  @Order(3)
  void aConcurrentEditIsShownAndNeverOverwrittenSilently() throws IOException {
    WebElement task = openEditor();
    // Someone else saves while the form is open.
    var current = analystApi.get("/facilities/" + YODOK);
    ObjectNode theirs = (ObjectNode) current.json();
    theirs.put("province", "South Hamgyong Province (edited elsewhere)");
    for (String serverField :
        new String[] {"published", "version", "createdAt", "updatedAt", "updatedBy", "sources"}) {
      theirs.remove(serverField);
    }
    assertThat(
            analystApi
                .putJson("/facilities/" + YODOK, theirs, "If-Match", current.header("ETag"))
                .status())
        .isEqualTo(200);

    work.type(work.field(task, "description"), "Seen expanding in 2024 imagery.");
    work.field(task, "description").findElement(By.xpath("ancestor::form")).submit();
    WebElement dialog =
        browser
            .await()
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".conflict-dialog")));
    assertThat(dialog.getText())
        .contains("Someone else saved this first")
        .contains("user:ana-script")
        .contains("South Hamgyong Province (edited elsewhere)")
        .contains("Seen expanding in 2024 imagery.");
    browser.screenshot("work-facility-conflict.png");
    // Nothing was overwritten: the other edit stands.
    assertThat(analystApi.get("/facilities/" + YODOK).json().get("description").isNull()).isTrue();

    dialog.findElement(By.cssSelector("button[value='rebase']")).click();
    assertThat(work.awaitSummary(task, "info")).contains("Save again");
    // The form holds the user's own edit and the other user's change to a field this user left
    // alone; saving now applies the edit on the saved version and keeps the other change.
    assertThat(work.field(task, "description").getDomProperty("value"))
        .isEqualTo("Seen expanding in 2024 imagery.");
    assertThat(work.field(task, "province").getDomProperty("value"))
        .isEqualTo("South Hamgyong Province (edited elsewhere)");
    work.field(task, "description").findElement(By.xpath("ancestor::form")).submit();
    assertThat(work.awaitSummary(task, "done")).contains("Saved as version");
    JsonNode saved = analystApi.get("/facilities/" + YODOK).json();
    assertThat(saved.get("description").asText()).isEqualTo("Seen expanding in 2024 imagery.");
    assertThat(saved.get("province").asText())
        .isEqualTo("South Hamgyong Province (edited elsewhere)");
    assertThat(work.unexpectedConsoleErrors(412)).isEmpty();
  }

  @Test
  @Order(4)
  void anExpiredSessionKeepsWhatWasTyped() {
    WebElement task = openEditor();
    work.type(work.field(task, "nameKo"), "요덕 15호 관리소 (수정)");
    // The server ends the session (as when it expires).
    DATABASE
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE auth_token SET revoked_at = now(), revoked_by = 'system:test'"
                        + " WHERE kind = 'session' AND revoked_at IS NULL"));
    work.field(task, "nameKo").submit();
    WebElement dialog =
        browser
            .await()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-dialog")));
    assertThat(work.one("#sign-in-expired").isDisplayed()).isTrue();
    assertThat(work.one("#sign-in-username").getDomProperty("value")).isEqualTo("ana");
    work.one("#sign-in-password").sendKeys(TestUsers.PASSWORD);
    work.one("#sign-in-submit").click();
    browser.await().until(ExpectedConditions.invisibilityOf(dialog));
    WebElement again = work.openTask("facility");
    assertThat(work.field(again, "nameKo").getDomProperty("value")).isEqualTo("요덕 15호 관리소 (수정)");
    work.field(again, "nameKo").submit();
    assertThat(work.awaitSummary(again, "done")).contains("Saved as version");
    assertThat(analystApi.get("/facilities/" + YODOK).json().get("nameKo").asText())
        .isEqualTo("요덕 15호 관리소 (수정)");
    assertThat(work.unexpectedConsoleErrors(401)).isEmpty();
  }

  @Test
  @Order(5)
  void aRoleWithoutTheRightIsOfferedNoEditorAndIsRefused() {
    work.signOut();
    assertThat(work.one("#work-panel").isDisplayed()).isFalse();
    // Signing out revoked the session on the server: no token of ana's survives it.
    int liveSessions =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT count(*) FROM auth_token t JOIN app_user u ON u.id = t.user_id"
                                + " WHERE u.username = 'ana' AND t.kind = 'session'"
                                + " AND t.revoked_at IS NULL")
                        .mapTo(Integer.class)
                        .one());
    assertThat(liveSessions).isZero();
    // Signing out threw the forms away: nothing typed stays in the page.
    assertThat(work.all("#work-task-facility")).isEmpty();
    work.signIn("ada");
    assertThat(work.offeredTasks()).doesNotContain("facility");
    var current = advocateApi.get("/facilities/" + YODOK);
    ApiClient.Answer refused =
        advocateApi.putJson(
            "/facilities/" + YODOK,
            Map.of("id", YODOK, "name", "x", "type", "kwanliso", "status", "closed"),
            "If-Match",
            current.header("ETag"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }

  @Test
  @Order(6)
  void theEditorSpeaksKorean() throws IOException {
    work.signOut();
    browser.open("?lang=ko&facility=" + YODOK);
    work.signIn("ana");
    WebElement task = openEditor();
    assertThat(work.one("#work-toggle").getText()).isEqualTo("작업");
    assertThat(task.getText()).contains("시설 편집").contains("한글 이름").contains("관할 기관");
    browser.screenshot("work-facility-ko.png");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(work.unexpectedConsoleErrors()).isEmpty();
  }
}
