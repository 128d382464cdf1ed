package org.sightline.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.audit.AuditChainVerifier;
import org.sightline.server.audit.AuditVerification;
import org.sightline.server.db.embedded.PostgisCluster;
import org.sightline.server.publication.SnapshotDao;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * An installation of the first release, upgraded: the fixture (a plain dump of schema V001-V009
 * with that era's data, built by {@code scripts/build-upgrade-fixture}) is restored into an empty
 * database with {@code psql}, what it holds is read, today's {@link DatabaseMigrator} runs, and the
 * application starts on the result. The old data must keep its meaning (rows, names, geometries,
 * sources, history, the audit chain, passwords and tokens) and today's features must work on it
 * (the facilities API, publication as V019 decides it). See docs/UPGRADES.md.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class UpgradeFromFirstReleaseTest {
  static final String FIXTURE = "upgrade/first-release-v009.sql";
  private static final String ADMIN_PASSWORD = "first release admin passphrase";
  private static final String ANALYST_PASSWORD = "first release analyst passphrase";
  private static final String API_TOKEN = "slt_FirstReleaseApiToken0123456789abcdefghijklm";
  private static final String REVOKED_TOKEN = "slt_RevokedFirstReleaseToken000000000000000000";

  /** The tables of the first release, each with what identifies and means its rows. */
  private static final Map<String, String> OLD_ROWS = oldRows();

  /** Tables that grow while this class runs: their old rows must come first, unchanged. */
  private static final Set<String> APPENDED =
      Set.of("audit_event", "record_version", "auth_token", "login_attempt");

  private static final TestDatabase DATABASE = TestPostgis.emptyDatabase();
  private static final Map<String, List<String>> BEFORE;
  private static final List<String> OLD_TABLES;
  private static final MigrateResult MIGRATED;
  private static final Map<String, ApiClient> SESSIONS = new LinkedHashMap<>();

  static {
    restore(DATABASE, Path.of(ResourceHelpers.resourceFilePath(FIXTURE)));
    BEFORE = read(DATABASE.jdbi());
    OLD_TABLES =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT table_name FROM information_schema.tables
                             WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                               AND table_name NOT IN ('flyway_schema_history', 'spatial_ref_sys')
                             ORDER BY 1
                            """)
                        .mapTo(String.class)
                        .list());
    MIGRATED = DatabaseMigrator.migrate(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password());
  }

  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE, ConfigOverride.config("loadSampleData", "false"));

  private static Map<String, String> oldRows() {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(
        "source",
        "SELECT concat_ws('|', id, publisher, title, url, licence, via, retrieved_on) FROM source ORDER BY id");
    rows.put(
        "facility",
        """
        SELECT concat_ws('|', id, name, name_ko, name_mr, name_rr, aliases::text, facility_type, status, province,
                         controlling_agency, description, status_since, version, published, deleted_at,
                         deletion_reason, ST_AsEWKT(location))
          FROM facility ORDER BY id
        """);
    rows.put(
        "facility_sourced_location",
        """
        SELECT concat_ws('|', facility_id, source_id, record_id, name_as_published, url, is_primary, note,
                         ST_AsEWKT(location))
          FROM facility_sourced_location ORDER BY facility_id, source_id, record_id
        """);
    rows.put(
        "facility_boundary",
        """
        SELECT concat_ws('|', id, facility_id, validity, basis, confidence, scene_id, source_ids::text, note,
                         area_sq_km, perimeter_km, created_by, md5(ST_AsEWKB(geometry)))
          FROM facility_boundary ORDER BY id
        """);
    rows.put(
        "zone",
        """
        SELECT concat_ws('|', id, facility_id, zone_key, name, name_ko, kind, validity, basis, confidence, scene_id,
                         note, md5(ST_AsEWKB(geometry)))
          FROM zone ORDER BY id
        """);
    rows.put(
        "scene",
        """
        SELECT concat_ws('|', collection, id, acquired_at, version, content_sha256, md5(item::text),
                         md5(ST_AsEWKB(footprint)))
          FROM scene ORDER BY collection, id
        """);
    rows.put(
        "scene_previous",
        "SELECT concat_ws('|', collection, id, version, content_sha256, md5(item::text)) FROM scene_previous ORDER BY 1");
    rows.put(
        "app_user",
        """
        SELECT concat_ws('|', id, username, display_name, password_hash, roles::text, deactivated_at)
          FROM app_user ORDER BY id
        """);
    rows.put(
        "auth_token",
        "SELECT concat_ws('|', id, user_id, kind, token_hash, expires_at, revoked_at) FROM auth_token ORDER BY id");
    rows.put(
        "login_attempt",
        "SELECT concat_ws('|', id, username, attempted_at, succeeded) FROM login_attempt ORDER BY id");
    rows.put(
        "evidence_item",
        "SELECT concat_ws('|', id, sha256, size_bytes, original_filename, uploaded_by) FROM evidence_item ORDER BY id");
    rows.put(
        "audit_event",
        "SELECT concat_ws('|', seq, actor, action, entity_type, entity_id, row_hash) FROM audit_event ORDER BY seq");
    rows.put(
        "record_version",
        "SELECT concat_ws('|', id, table_name, record_id, audit_seq, md5(state::text)) FROM record_version ORDER BY id");
    return rows;
  }

  private static Map<String, List<String>> read(Jdbi jdbi) {
    Map<String, List<String>> facts = new LinkedHashMap<>();
    jdbi.useHandle(
        h ->
            OLD_ROWS.forEach(
                (table, sql) -> facts.put(table, h.createQuery(sql).mapTo(String.class).list())));
    return facts;
  }

  @Test
  void theFixtureHoldsEveryTableOfTheFirstReleaseWithRowsInIt() {
    assertThat(BEFORE.keySet())
        .as("every table of the first release is compared")
        .containsExactlyInAnyOrderElementsOf(OLD_TABLES)
        .hasSize(13);
    BEFORE.forEach((table, rows) -> assertThat(rows).as("rows of %s", table).isNotEmpty());
    assertThat(BEFORE.get("facility")).hasSize(7);
    assertThat(BEFORE.get("facility_sourced_location")).hasSize(14);
    assertThat(BEFORE.get("app_user")).hasSize(4);
    List<String> history =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT version FROM flyway_schema_history WHERE installed_rank <= 9 ORDER BY installed_rank")
                        .mapTo(String.class)
                        .list());
    assertThat(history)
        .containsExactly("001", "002", "003", "004", "005", "006", "007", "008", "009");
  }

  @Test
  void everyLaterMigrationRanAndTheSchemaIsWhereAFreshInstallIs() {
    assertThat(MIGRATED.success).isTrue();
    List<String> fresh = versions(TestPostgis.freshDatabase().jdbi());
    assertThat(versions(DATABASE.jdbi())).isEqualTo(fresh);
    assertThat(MIGRATED.migrationsExecuted).isEqualTo(fresh.size() - 9);
    assertThat(MIGRATED.targetSchemaVersion).isEqualTo(fresh.get(fresh.size() - 1));
  }

  @Test
  void theOldRowsKeepTheirMeaning() {
    Map<String, List<String>> after = read(DATABASE.jdbi());
    for (String table : OLD_ROWS.keySet()) {
      if (APPENDED.contains(table)) {
        // The upgrade and this test's sign-ins append (V019 publishes the public-source records,
        // audited; each login writes an attempt and a session); nothing old is rewritten.
        assertThat(after.get(table))
            .as("%s: the old rows are the first rows, unchanged", table)
            .startsWith(BEFORE.get(table).toArray(String[]::new));
      } else {
        assertThat(after.get(table)).as("rows of %s", table).isEqualTo(BEFORE.get(table));
      }
    }
  }

  @Test
  void theScenesTheMigrationsRewroteAreVacuumedForIndexOnlyScans() {
    // V016 and V023 rewrite scene (stored generated columns), which empties its visibility map;
    // the migrator vacuums it, else every index-only scan would read the heap too. (Whether the
    // VACUUM can mark the pages all-visible depends on the other sessions' snapshots, so the test
    // asks whether it ran.)
    Boolean vacuumed =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT last_vacuum IS NOT NULL AND last_analyze IS NOT NULL"
                                + " FROM pg_stat_user_tables WHERE relid = 'scene'::regclass")
                        .mapTo(Boolean.class)
                        .one());
    assertThat(vacuumed).isTrue();
  }

  @Test
  void theAuditChainStillVerifiesAcrossTheUpgrade() {
    AuditVerification verified = new AuditChainVerifier(DATABASE.jdbi()).verify();
    assertThat(verified.intact()).as(verified.problem()).isTrue();
    assertThat(verified.eventsChecked()).isGreaterThan(BEFORE.get("audit_event").size());
  }

  @Test
  void theFirstReleasesSearchIndexIsThereAndFindsFacilitiesByAnySpelling() {
    List<String> invalid =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT (indisvalid AND indisready)")
                        .mapTo(String.class)
                        .list());
    assertThat(invalid).isEmpty();
    ApiClient staff = signedIn("analyst-kim", ANALYST_PASSWORD);
    for (String spelling : List.of("Yodeok", "요덕", "Yodŏk", "yodok")) {
      ApiClient.Answer found = staff.get("/facilities?q=" + encode(spelling));
      assertThat(found.status()).as(found.toString()).isEqualTo(200);
      assertThat(found.body()).as("search %s", spelling).contains("kwanliso-15-yodok");
    }
  }

  @Test
  void theFirstReleasesUsersSignInWithTheirPasswordsAndTokens() {
    ApiClient anonymous = ApiClient.anonymous(APP.getLocalPort());
    JsonNode admin = signedIn("admin", ADMIN_PASSWORD).get("/auth/me").json();
    assertThat(admin.toString()).contains("\"admin\"");
    JsonNode analyst = signedIn("analyst-kim", ANALYST_PASSWORD).get("/auth/me").json();
    assertThat(analyst.toString()).contains("analyst-kim").contains("analyst");

    ApiClient.Answer wrong =
        anonymous.postJson(
            "/auth/login", ApiClient.object("username", "admin", "password", ANALYST_PASSWORD));
    assertThat(wrong.status()).isEqualTo(401);

    ApiClient.Answer byToken = anonymous.as(API_TOKEN).get("/auth/me");
    assertThat(byToken.status()).as(byToken.toString()).isEqualTo(200);
    assertThat(byToken.body()).contains("investigator-lee");
    assertThat(anonymous.as(REVOKED_TOKEN).get("/auth/me").status()).isEqualTo(401);
  }

  @Test
  void thePublicSeesThePublishedFacilitiesAsV019Decided() {
    ApiClient anonymous = ApiClient.anonymous(APP.getLocalPort());
    ApiClient.Answer items = anonymous.get("/collections/facilities/items?limit=100");
    assertThat(items.status()).as(items.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    items.json().get("features").forEach(f -> ids.add(f.get("id").asText()));
    assertThat(ids)
        .as("the first release's published, undeleted facilities, and nothing staff-only")
        .containsExactlyInAnyOrder(
            "kwanliso-14-kaechon",
            "kwanliso-15-yodok",
            "kwanliso-16-hwasong",
            "kyohwaso-12-jongori",
            "jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132");
    JsonNode yodok =
        anonymous.get("/collections/facilities/items/kwanliso-15-yodok").json().get("properties");
    assertThat(yodok.get("status").asText())
        .as("the record as it was published")
        .isEqualTo("reduced");
    assertThat(yodok.toString()).doesNotContain("analyst-kim");

    List<String> publications =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT kind || ' ' || record_id || ' ' || state || ' ' || decided_by FROM publication ORDER BY 1")
                        .mapTo(String.class)
                        .list());
    assertThat(publications)
        .contains(
            "facility kwanliso-15-yodok published system:public-sources",
            "facility kyohwaso-12-jongori published system:public-sources")
        .noneMatch(p -> p.contains("kuryujang-hoeryong-reported"))
        .noneMatch(p -> p.contains("other-yodok-duplicate"));

    ApiClient staff = signedIn("analyst-kim", ANALYST_PASSWORD);
    ApiClient.Answer staffItems = staff.get("/collections/facilities/items?limit=100");
    assertThat(staffItems.body())
        .as("staff still see the staff-only facility")
        .contains("kuryujang-hoeryong-reported");
  }

  /**
   * Boundaries and zones had no version before V013, so their first-release history names no
   * version: V020 counts each such row as a version, so the placeholders from public sources are
   * published as V019 meant, and staff who drew an area are its authors (no approving their own).
   */
  @Test
  void areasFromBeforeV013HaveTheirAuthorsAndThePublicSourcePlaceholdersArePublic() {
    ApiClient anonymous = ApiClient.anonymous(APP.getLocalPort());
    ApiClient.Answer boundaries = anonymous.get("/collections/facility-boundaries/items?limit=100");
    assertThat(boundaries.status()).as(boundaries.toString()).isEqualTo(200);
    assertThat(boundaries.json().get("features")).hasSize(2);
    assertThat(boundaries.body())
        .contains("kwanliso-14-kaechon", "kwanliso-16-hwasong")
        .as("Yodok's placeholder was ended by staff, its new boundary drawn by staff: in review")
        .doesNotContain("kwanliso-15-yodok");
    ApiClient.Answer zones = anonymous.get("/collections/zones/items?limit=100");
    assertThat(zones.json().get("features")).as("zones drawn by staff").isEmpty();

    Map<String, List<String>> authors =
        DATABASE
            .jdbi()
            .withHandle(
                h -> {
                  SnapshotDao snapshots = h.attach(SnapshotDao.class);
                  Map<String, List<String>> found = new LinkedHashMap<>();
                  for (long id = 1; id <= 4; id++) {
                    found.put("boundary " + id, snapshots.boundary(id).orElseThrow().authors());
                  }
                  found.put("zone 1", snapshots.zone(1).orElseThrow().authors());
                  found.put(
                      "function boundary 2",
                      List.of(
                          h.createQuery(
                                  "SELECT sightline_record_authors('facility_boundary', '2')::text")
                              .mapTo(String.class)
                              .one()));
                  return found;
                });
    assertThat(authors)
        .containsEntry("boundary 1", List.of("system:sample-data"))
        .containsEntry("boundary 3", List.of("system:sample-data"))
        .containsEntry("boundary 2", List.of("system:sample-data", "user:analyst-kim"))
        .containsEntry("boundary 4", List.of("user:analyst-kim"))
        .containsEntry("zone 1", List.of("user:analyst-kim"))
        .containsEntry("function boundary 2", List.of("{system:sample-data,user:analyst-kim}"));
  }

  /** A session of {@code username} (one Argon2 check per user and class). */
  private static synchronized ApiClient signedIn(String username, String password) {
    return SESSIONS.computeIfAbsent(username, u -> signIn(u, password));
  }

  private static ApiClient signIn(String username, String password) {
    ApiClient anonymous = ApiClient.anonymous(APP.getLocalPort());
    ApiClient.Answer login =
        anonymous.postJson(
            "/auth/login", ApiClient.object("username", username, "password", password));
    assertThat(login.status()).as("login of %s: %s", username, login).isEqualTo(200);
    return anonymous.as(login.json().get("token").asText());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> versions(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .mapTo(String.class)
                .list());
  }

  /**
   * Restores a plain dump with the cluster's {@code psql}: one transaction, stopping at the first
   * error, as an operator would ({@code psql -1 -v ON_ERROR_STOP=1 -f dump.sql}).
   */
  static void restore(TestDatabase database, Path dump) {
    PostgisCluster cluster = TestPostgis.cluster();
    List<String> command =
        List.of(
            cluster.binaries().binDirectory().resolve("psql").toString(),
            "-X",
            "-q",
            "-1",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            "127.0.0.1",
            "-p",
            Integer.toString(cluster.port()),
            "-U",
            database.user(),
            "-d",
            database.name(),
            "-o",
            "/dev/null",
            "-f",
            dump.toString());
    try {
      Path log = Files.createTempFile("sightline-restore-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("PGPASSWORD", cluster.password());
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("psql did not finish restoring " + dump);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.deleteIfExists(log);
      if (process.exitValue() != 0 || output.contains("ERROR")) {
        throw new IllegalStateException(
            "psql could not restore " + dump + " (exit " + process.exitValue() + "): " + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run psql", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while restoring " + dump, e);
    }
  }
}
