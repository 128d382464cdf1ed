package org.sightline.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sightline.server.testing.ChromiumBrowser;
import org.sightline.server.testing.TestUsers;

/**
 * What the work-panel browser tests do alike: sign in and out through the header, open a task's
 * tab, find a form's controls by the server field they are named after, wait for a form's summary,
 * and read the console with the refusals a scenario expects taken out (Chromium logs every 4xx
 * answer as an error; Content-Security-Policy violations and script errors still count).
 */
final class WorkSession {
  private final ChromiumBrowser browser;

  WorkSession(ChromiumBrowser browser) {
    this.browser = browser;
  }

  WebElement one(String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return browser.driver().findElements(By.cssSelector(css));
  }

  /** Signs in through the header's dialog (password {@link TestUsers#PASSWORD}). */
  void signIn(String username) {
    one("#sign-in").click();
    WebElement name =
        browser
            .await()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-username")));
    name.clear();
    name.sendKeys(username);
    one("#sign-in-password").sendKeys(TestUsers.PASSWORD);
    one("#sign-in-submit").click();
    browser.await().until(d -> one("#sign-out").isDisplayed());
    assertThat(one("#user-name").getText()).contains(username);
  }

  void signOut() {
    one("#sign-out").click();
    browser.await().until(d -> one("#sign-in").isDisplayed());
  }

  /** Opens the work panel on a task's tab; the tab must be offered. */
  WebElement openTask(String taskId) {
    if (!one("#work-panel").isDisplayed()) {
      one("#work-toggle").click();
    }
    one("#work-tab-" + taskId).click();
    return browser
        .await()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("work-task-" + taskId)));
  }

  /** The tabs offered to the signed-in user, by task id. */
  List<String> offeredTasks() {
    return all("#work-panel .work-tab").stream()
        .map(tab -> tab.getDomAttribute("data-task"))
        .toList();
  }

  /** A control of a form inside a container, by its name (the server's field name). */
  WebElement field(WebElement container, String name) {
    return container.findElement(By.cssSelector("[name='" + name + "']"));
  }

  /** Replaces a text control's value as a user typing would. */
  void type(WebElement control, String text) {
    control.clear();
    control.sendKeys(text);
  }

  /** Waits for the form's summary to show, and returns its text. */
  String awaitSummary(WebElement container, String kind) {
    return browser
        .await()
        .until(
            d -> {
              List<WebElement> shown =
                  container.findElements(By.cssSelector(".work-form-summary." + kind));
              return shown.isEmpty() || !shown.get(0).isDisplayed() ? null : shown.get(0).getText();
            });
  }

  /** The message shown under a control, once there is one. */
  String awaitFieldError(WebElement control) {
    browser.await().until(d -> "true".equals(control.getDomAttribute("aria-invalid")));
    String describedBy = control.getDomAttribute("aria-describedby");
    String id = describedBy.substring(describedBy.lastIndexOf(' ') + 1);
    return one("#" + id).getText();
  }

  /**
   * Console errors and CSP reports, without the 4xx answers a scenario provoked on purpose: pass
   * the statuses expected (e.g. 400, 412).
   */
  List<String> unexpectedConsoleErrors(int... expectedStatuses) {
    return browser.consoleErrors().stream()
        .filter(
            line -> {
              for (int status : expectedStatuses) {
                if (line.contains("the server responded with a status of " + status)) {
                  return false;
                }
              }
              return true;
            })
        .toList();
  }
}
