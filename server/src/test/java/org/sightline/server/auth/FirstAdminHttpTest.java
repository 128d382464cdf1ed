package org.sightline.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The first start: with no account at all, the server creates the administrator {@code admin},
 * prints its one-time password on the console (nowhere else) and audits the creation; on every
 * later start, and on a first start where accounts exist, it creates nothing and prints nothing.
 */
@Tag("postgis")
class FirstAdminHttpTest {
  private static final Pattern PASSWORD =
      Pattern.compile("^  password: (\\S+)$", Pattern.MULTILINE);
  private static final String NOTICE = "Sightline created its first administrator";

  /**
   * Starts the application with first-admin creation on, runs {@code whileUp}, stops it; returns
   * the console.
   */
  private static String startOnce(TestDatabase database, AppCheck whileUp) throws Exception {
    return start(database, whileUp).console();
  }

  /** What a start printed, and the port the API listened on. */
  private record Started(String console, int port) {}

  private static Started start(TestDatabase database, AppCheck whileUp) throws Exception {
    DropwizardAppExtension<SightlineConfiguration> app =
        SightlineAppFactory.on(
            database,
            ConfigOverride.config("auth.createFirstAdmin", "true"),
            ConfigOverride.config("loadSampleData", "false"));
    PrintStream console = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(new Tee(console, captured), true, StandardCharsets.UTF_8));
    try {
      app.before();
    } finally {
      System.setOut(console);
    }
    int port = app.getLocalPort();
    try {
      whileUp.check(ApiClient.anonymous(port));
    } finally {
      app.after();
    }
    return new Started(captured.toString(StandardCharsets.UTF_8), port);
  }

  @FunctionalInterface
  private interface AppCheck {
    void check(ApiClient anonymous) throws Exception;
  }

  @Test
  void theFirstStartCreatesOneAdminAndShowsItsPasswordOnceAndNoLaterStartDoesAgain()
      throws Exception {
    TestDatabase database = TestPostgis.freshDatabase();
    Jdbi owner = database.jdbi();
    assertThat(users(owner)).isEmpty();

    Started started = start(database, anonymous -> {});
    String first = started.console();
    assertThat(first).contains(NOTICE, "username: admin");
    assertThat(first)
        .as("the login example names the port the server listens on")
        .contains("curl -s -X POST http://localhost:" + started.port() + "/api/auth/login ");
    Matcher shown = PASSWORD.matcher(first);
    assertThat(shown.find()).as("the password line in:\n%s", first).isTrue();
    String password = shown.group(1);
    assertThat(shown.find()).as("the password is shown once").isFalse();
    assertThat(password).hasSize(UserAccounts.randomPassword().length());
    assertThat(users(owner)).containsExactly("admin [admin]");
    long audited =
        owner.withHandle(
            h ->
                h.createQuery(
                        """
            SELECT count(*) FROM audit_event
             WHERE entity_type = 'app_user' AND action = 'insert' AND actor = 'system:first-start'""")
                    .mapTo(Long.class)
                    .one());
    assertThat(audited).as("the creation is audited, by the first start").isEqualTo(1);
    assertThat(passwordHash(owner)).as("only a hash is stored").doesNotContain(password);

    String hashBefore = passwordHash(owner);
    String second =
        startOnce(
            database,
            anonymous -> {
              ApiClient.Answer login =
                  anonymous.postJson(
                      "/auth/login", object("username", "admin", "password", password));
              assertThat(login.status())
                  .as("the one-time password logs in: %s", login)
                  .isEqualTo(200);
              ApiClient admin = anonymous.as(login.json().get("token").asText());
              assertThat(admin.get("/users").status()).as("as an administrator").isEqualTo(200);
            });
    assertThat(second)
        .as("a restart prints no password")
        .doesNotContain(NOTICE)
        .doesNotContain("password: ");
    assertThat(users(owner)).containsExactly("admin [admin]");
    assertThat(passwordHash(owner))
        .as("a restart leaves the admin's password alone")
        .isEqualTo(hashBefore);
  }

  @Test
  void aFirstStartWithAccountsAlreadyThereCreatesNoAdmin() throws Exception {
    TestDatabase database = TestPostgis.freshDatabase();
    new TestUsers(database, Clock.systemUTC()).create("early-analyst", Role.ANALYST);
    String console = startOnce(database, anonymous -> {});
    assertThat(console).doesNotContain(NOTICE);
    assertThat(users(database.jdbi())).containsExactly("early-analyst [analyst]");
  }

  private static List<String> users(Jdbi owner) {
    return owner.withHandle(
        h ->
            h.createQuery(
                    "SELECT username || ' [' || array_to_string(roles, ',') || ']' FROM app_user ORDER BY username")
                .mapTo(String.class)
                .list());
  }

  private static String passwordHash(Jdbi owner) {
    return owner.withHandle(
        h ->
            h.createQuery("SELECT password_hash FROM app_user WHERE username = 'admin'")
                .mapTo(String.class)
                .one());
  }

  /** Writes to the real console and to a buffer. */
  private static final class Tee extends OutputStream {
    private final OutputStream console;
    private final OutputStream copy;

    Tee(OutputStream console, OutputStream copy) {
      this.console = console;
      this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
      console.write(b);
      copy.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      console.write(bytes, offset, length);
      copy.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      console.flush();
      copy.flush();
    }
  }
}
