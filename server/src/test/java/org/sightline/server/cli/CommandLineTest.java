package org.sightline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.server.SightlineApplication;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.PasswordHasher;
import org.sightline.server.auth.StoredUser;
import org.sightline.server.auth.TokenAuthenticator;
import org.sightline.server.testing.CommandLineConfig;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The user, token and audit commands, run through Dropwizard's command line against a test
 * database.
 */
class CommandLineTest {
  private static TestDatabase database;
  private static Path config;

  @BeforeAll
  static void configFile() throws Exception {
    database = TestPostgis.freshDatabase();
    config = CommandLineConfig.write(database);
  }

  /** What one command printed, and what it failed with (a failure makes the application exit 1). */
  record Run(String out, String err, Optional<Throwable> failure) {}

  static synchronized Run run(String stdin, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    InputStream originalIn = System.in;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(
          new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
      SightlineApplication app = new SightlineApplication();
      Bootstrap<SightlineConfiguration> bootstrap = new Bootstrap<>(app);
      app.initialize(bootstrap);
      Cli cli =
          new Cli(
              new JarLocation(CommandLineTest.class),
              bootstrap,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      Optional<Throwable> failure = cli.run(args);
      return new Run(
          out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), failure);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
      System.setIn(originalIn);
    }
  }

  private static String group(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("'%s' in:%n%s", regex, text).isTrue();
    return matcher.group(1);
  }

  @Test
  void createAUserGiveThemATokenRevokeItAndResetTheirPassword() throws Exception {
    Run created =
        run(
            null,
            "user",
            "create",
            config.toString(),
            "--username",
            "Operator.One",
            "--role",
            "admin",
            "--role",
            "analyst",
            "--display-name",
            "First operator");
    assertThat(created.failure()).isEmpty();
    String password = group(created.out(), "Password \\(shown only now\\): (\\S+)");
    TestUsers users = new TestUsers(database, Clock.systemUTC());
    StoredUser user = users.accounts().findByUsername("operator.one").orElseThrow();
    assertThat(user.roles())
        .extracting(r -> r.code())
        .containsExactlyInAnyOrder("admin", "analyst");
    assertThat(new PasswordHasher().matches(password, user.passwordHash())).isTrue();
    String actor =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT actor FROM audit_event WHERE entity_type = 'app_user' AND entity_id = :id")
                        .bind("id", Long.toString(user.id()))
                        .mapTo(String.class)
                        .one());
    assertThat(actor).startsWith("cli:");

    Run token =
        run(
            null,
            "token",
            "create",
            config.toString(),
            "--username",
            "operator.one",
            "--label",
            "backup job",
            "--days",
            "7");
    assertThat(token.failure()).isEmpty();
    String secret = group(token.out(), "(slt_[A-Za-z0-9_-]{43})");
    long tokenId = Long.parseLong(group(token.out(), "Token (\\d+) for"));
    TokenAuthenticator authenticator =
        new TokenAuthenticator(database.appJdbi(), Clock.systemUTC());
    assertThat(authenticator.authenticate(secret)).isPresent();

    Run listed = run(null, "token", "list", config.toString(), "--username", "operator.one");
    assertThat(listed.out())
        .contains("backup job")
        .contains(secret.substring(0, 10))
        .doesNotContain(secret);

    assertThat(
            run(
                    null,
                    "token",
                    "revoke",
                    config.toString(),
                    "--id",
                    Long.toString(tokenId),
                    "--reason",
                    "rotated")
                .failure())
        .isEmpty();
    assertThat(authenticator.authenticate(secret)).isEmpty();

    Run reset =
        run(
            "a replacement passphrase 7\n",
            "user",
            "reset-password",
            config.toString(),
            "--username",
            "operator.one",
            "--password-stdin");
    assertThat(reset.failure()).isEmpty();
    assertThat(reset.out()).doesNotContain("a replacement passphrase 7");
    StoredUser after = users.accounts().findByUsername("operator.one").orElseThrow();
    assertThat(new PasswordHasher().matches("a replacement passphrase 7", after.passwordHash()))
        .isTrue();

    Run list = run(null, "user", "list", config.toString());
    assertThat(list.out()).contains("operator.one").contains("admin,analyst");
  }

  @Test
  void ingestLoadsScenesReportsRejectionsAndIsIdempotent() throws Exception {
    String good =
        """
        {"type": "Feature", "stac_version": "1.0.0", "id": "cli-%d", "collection": "cli-test",
         "geometry": {"type": "Polygon", "coordinates": [[[126, 39], [127, 39], [127, 40], [126, 40], [126, 39]]]},
         "properties": {"datetime": "2021-05-0%dT02:00:00Z", "eo:cloud_cover": 3}, "links": [], "assets": {}}""";
    Path dir = Files.createTempDirectory("sightline-ingest-");
    Files.writeString(
        dir.resolve("items.ndjson"),
        good.formatted(1, 1).replace("\n", " ")
            + "\n"
            + good.formatted(2, 2).replace("\n", " ")
            + "\n"
            + good.formatted(3, 3)
                .replace("\n", " ")
                .replace("\"eo:cloud_cover\": 3", "\"eo:cloud_cover\": 300")
            + "\n");
    Run strict = run(null, "ingest", "scenes", config.toString(), dir.toString());
    assertThat(strict.failure()).isPresent();
    assertThat(strict.out())
        .contains("read 3  inserted 2  updated 0  unchanged 0  duplicates 0  rejected 1")
        .contains("  rejected 1: eo:cloud_cover 300 is outside 0..100\n")
        .contains("items.ndjson #3 cli-3")
        .doesNotContain("N..N");
    assertThat(strict.err())
        .contains(
            "sightline ingest: 1 item(s) rejected (see above); the 2 valid Items were ingested"
                + " (inserted, updated or unchanged as counted above).")
        .doesNotContain("nothing else was affected")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    // Off a terminal the progress bar prints lines; the last one is complete.
    assertThat(strict.err())
        .containsPattern("ingest 100% \\[=+\\] \\d+/\\d+ B .* 3 items [\\d,]+/s");
    Run again =
        run(null, "ingest", "scenes", config.toString(), dir.toString(), "--allow-rejected");
    assertThat(again.failure()).isEmpty();
    assertThat(again.out()).contains("inserted 0  updated 0  unchanged 2");
    // A file that stops being JSON: reported with where, and a failure even with --allow-rejected.
    Files.writeString(
        dir.resolve("z-broken.ndjson"),
        good.formatted(4, 4).replace("\n", " ") + "\n{\"type\": oops\n");
    Run broken =
        run(null, "ingest", "scenes", config.toString(), dir.toString(), "--allow-rejected");
    assertThat(broken.failure()).isPresent();
    assertThat(broken.out())
        .contains("inserted 1  updated 0  unchanged 2")
        .contains("unreadable: z-broken.ndjson: not valid JSON at line 2");
    assertThat(broken.err()).contains("1 input(s) could not be read to the end");
    // The same for an order sheet with an unterminated quote.
    Files.writeString(dir.resolve("z-broken.ndjson"), "");
    Files.writeString(
        dir.resolve("orders.csv"),
        """
                                                 id,datetime,bbox,platform
                                                 csv-1,2021-05-01T00:00:00Z,"126,39,127,40",x
                                                 csv-2,2021-05-02T00:00:00Z,"126,39,127,40,x
                                                 """);
    Run badCsv =
        run(null, "ingest", "scenes", config.toString(), dir.toString(), "--allow-rejected");
    assertThat(badCsv.failure()).isPresent();
    assertThat(badCsv.out()).contains("unreadable: orders.csv: not valid CSV:");
  }

  @Test
  void ingestGroupsLikeRejectionsUnderARealReasonAndReadsFlatFootprintsWithTheFormat()
      throws Exception {
    Path dir = Files.createTempDirectory("sightline-ingest-flat-");
    String feature =
        """
        {"type": "Feature", "properties": {"datetime": "2024-05-02T16:27:28Z", "platform": "WV02",
          "gsd": 0.48, "catalog_id": "CLI%d", "quadkey": "0331", "tile:clouds_percent": %d},
         "geometry": {"type": "Polygon", "coordinates": [[[126, 39], [127, 39], [127, 40], [126, 40], [126, 39]]]}}"""
            .replace("\n", " ");
    Path footprints = dir.resolve("footprints.geojson");
    Files.writeString(
        footprints,
        "{\"type\": \"FeatureCollection\", \"features\": ["
            + feature.formatted(1, 5)
            + ","
            + feature.formatted(2, 150)
            + ","
            + feature.formatted(3, 170)
            + "]}");
    Run asStac =
        run(
            null,
            "ingest",
            "scenes",
            config.toString(),
            footprints.toString(),
            "--collection",
            "cli-flat");
    assertThat(asStac.failure()).isPresent();
    assertThat(asStac.out())
        .contains("rejected 3: stac_version is missing: this is a GeoJSON Feature")
        .contains("--format flat")
        .contains("(and 2 more like it)");
    assertThat(asStac.err()).contains("3 item(s) rejected (see above); nothing was ingested.");

    Run flat =
        run(
            null,
            "ingest",
            "scenes",
            config.toString(),
            footprints.toString(),
            "--collection",
            "cli-flat",
            "--format",
            "flat");
    assertThat(flat.failure()).isPresent();
    assertThat(flat.out())
        .contains("read 3  inserted 1  updated 0  unchanged 0  duplicates 0  rejected 2")
        .contains("  rejected 2: eo:cloud_cover 150 is outside 0..100 (and 1 more like it)\n")
        .contains("footprints.geojson #3 CLI3_0331: eo:cloud_cover 170 is outside 0..100");
    assertThat(flat.err()).contains("2 item(s) rejected (see above); the 1 valid Items were");

    Run badCollection =
        run(
            null,
            "ingest",
            "scenes",
            config.toString(),
            footprints.toString(),
            "--collection",
            "../x");
    assertThat(badCollection.failure()).isPresent();
    assertThat(badCollection.err().strip())
        .isEqualTo(
            "sightline ingest: --collection '../x' contains '/' at position 3, which would"
                + " split the Item's URL path; use another separator such as '_'");

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\":");
    Run unreadable =
        run(null, "ingest", "scenes", config.toString(), broken.toString(), "--format", "flat");
    assertThat(unreadable.failure()).isPresent();
    assertThat(unreadable.out()).contains("unreadable: broken.json: not valid JSON at line 1");
    assertThat(unreadable.err().strip().lines().filter(l -> l.startsWith("sightline")).toList())
        .containsExactly(
            "sightline ingest: 1 input(s) could not be read to the end (see above); nothing was"
                + " ingested. Fix the input and run again: stored Items are skipped");
    assertThat(unreadable.err()).doesNotContain("Exception");
  }

  @Test
  void badInputFailsWithAReason() throws Exception {
    Run badRole =
        run(
            null,
            "user",
            "create",
            config.toString(),
            "--username",
            "someone",
            "--role",
            "overlord");
    assertThat(badRole.failure()).isPresent();
    assertThat(badRole.err()).contains("unknown role 'overlord'");
    Run noUser = run(null, "token", "create", config.toString(), "--username", "ghost");
    assertThat(noUser.failure()).isPresent();
    assertThat(noUser.err()).contains("no user named 'ghost'");
  }

  @Test
  void auditVerifyReportsTheHeadAndFailsOnATamperedChain() throws Exception {
    run(null, "user", "create", config.toString(), "--username", "audited", "--role", "analyst");
    Run intact = run(null, "audit", "verify", config.toString());
    assertThat(intact.failure()).isEmpty();
    assertThat(intact.out()).contains("Audit chain intact");
    String headSeq = group(intact.out(), "Head: seq (\\d+)");
    String headHash = group(intact.out(), "hash ([0-9a-f]{64})");
    assertThat(
            run(
                    null,
                    "audit",
                    "verify",
                    config.toString(),
                    "--anchor-seq",
                    headSeq,
                    "--anchor-hash",
                    headHash)
                .failure())
        .isEmpty();

    database
        .jdbi()
        .useHandle(
            h -> {
              h.execute("SET session_replication_role = replica");
              h.execute("UPDATE audit_event SET entity_id = 'forged' WHERE seq = 1");
              h.execute("SET session_replication_role = origin");
            });
    Run broken = run(null, "audit", "verify", config.toString());
    assertThat(broken.failure()).isPresent();
    assertThat(broken.err()).contains("AUDIT CHAIN BROKEN at seq 1");
  }
}
