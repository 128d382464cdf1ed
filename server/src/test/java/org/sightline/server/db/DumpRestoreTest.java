package org.sightline.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditChainVerifier;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.audit.AuditVerification;
import org.sightline.server.catalogue.SceneStore;
import org.sightline.server.db.embedded.PostgisCluster;
import org.sightline.server.db.embedded.PostgresBinaries;
import org.sightline.server.sample.RegistryAdditions;
import org.sightline.server.sample.SampleDataLoader;
import org.sightline.server.sample.SampleFacilities;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * A backup is only as good as its restore: a populated database (the sample data, its scenes and a
 * few audited edits) is dumped with {@code pg_dump -Fc} and restored with {@code pg_restore} into
 * an empty database, with the cluster's own PostgreSQL programs. The restore must succeed (exit 0),
 * recreate every index, constraint and trigger, and carry an intact audit chain. {@code pg_dump}
 * and {@code pg_restore} run with an empty {@code search_path}, as autovacuum does, so any function
 * that names another without its schema breaks here (V004's search function did, until V010).
 */
@Tag("postgis")
class DumpRestoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestDatabase source;

  @BeforeAll
  static void populatedDatabase() {
    source = TestPostgis.freshDatabase();
    Jdbi app = source.appJdbi();
    SampleDataLoader loader = new SampleDataLoader(app);
    loader.load(SampleFacilities.load(JSON));
    loader.apply(RegistryAdditions.load(JSON));
    loader.publishPublicSources();
    loader.loadScenes(new SceneStore(app, Clock.systemUTC()));
    AttributedTransactions writes = new AttributedTransactions(app);
    writes.useTransaction(
        new Actor("user:dump-editor"),
        h -> {
          h.execute(
              "UPDATE facility SET status = 'closed', version = version + 1 WHERE id = 'kwanliso-15-yodok'");
          h.execute(
              "UPDATE facility SET aliases = array_append(aliases, 'Restored alias') WHERE id = 'kwanliso-14-kaechon'");
          AuditLog.record(
              h, "read", "facility", "kwanliso-15-yodok", Map.of("note", "before the dump"));
        });
  }

  @Test
  void analyzeWithAnEmptySearchPathAsAutovacuumDoes() {
    source
        .jdbi()
        .useHandle(
            h -> {
              h.execute("SET search_path = ''");
              h.execute("ANALYZE public.facility");
            });
  }

  @Test
  void aDumpRestoresIntoAnEmptyDatabaseWithEveryIndexConstraintAndAnIntactChain(@TempDir Path work)
      throws IOException, InterruptedException {
    PostgisCluster cluster = TestPostgis.cluster();
    PostgresBinaries binaries = cluster.binaries();
    Path dump = work.resolve("sightline.dump");
    TestDatabase target = TestPostgis.emptyDatabase();

    Run dumped =
        run(
            cluster,
            List.of(
                binaries.pgDump().toString(),
                "-Fc",
                "-f",
                dump.toString(),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(cluster.port()),
                "-U",
                source.user(),
                source.name()),
            work);
    assertThat(dumped.exitCode()).as("pg_dump: %s", dumped.output()).isZero();
    Run restored =
        run(
            cluster,
            List.of(
                binaries.pgRestore().toString(),
                "-d",
                target.name(),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(cluster.port()),
                "-U",
                target.user(),
                dump.toString()),
            work);
    assertThat(restored.exitCode()).as("pg_restore: %s", restored.output()).isZero();
    assertThat(restored.output())
        .as("pg_restore reports no error")
        .doesNotContainIgnoringCase("error");

    Jdbi before = source.jdbi();
    Jdbi after = target.jdbi();
    assertThat(indexes(after))
        .as("indexes after the restore")
        .isNotEmpty()
        .isEqualTo(indexes(before));
    assertThat(invalidIndexes(after)).as("indexes left invalid by the restore").isEmpty();
    assertThat(constraints(after))
        .as("constraints after the restore")
        .isNotEmpty()
        .isEqualTo(constraints(before));
    assertThat(triggers(after))
        .as("triggers after the restore")
        .isNotEmpty()
        .isEqualTo(triggers(before));
    assertThat(indexes(after))
        .anySatisfy(index -> assertThat(index).startsWith("facility facility_search_trgm "));
    for (String table :
        List.of(
            "facility", "facility_sourced_location", "scene", "audit_event", "record_version")) {
      assertThat(count(after, table))
          .as("rows of %s", table)
          .isPositive()
          .isEqualTo(count(before, table));
    }

    AuditVerification original = new AuditChainVerifier(before).verify();
    AuditVerification copy = new AuditChainVerifier(after).verify();
    assertThat(copy.intact()).as(copy.problem()).isTrue();
    assertThat(copy.eventsChecked()).isEqualTo(original.eventsChecked()).isPositive();
    assertThat(copy.headSeq()).isEqualTo(original.headSeq());
    assertThat(copy.headHash()).isEqualTo(original.headHash());

    List<String> found =
        after.withHandle(
            h ->
                h.createQuery(
                        """
            SELECT id FROM facility
             WHERE facility_search_text(name, name_ko, name_mr, name_rr, aliases) LIKE '%' || sightline_fold(:q) || '%'
            """)
                    .bind("q", "Restored alias")
                    .mapTo(String.class)
                    .list());
    assertThat(found)
        .as("the search index's function works in the restored database")
        .containsExactly("kwanliso-14-kaechon");
  }

  /** Every index of the public schema, as "table name definition". */
  private static List<String> indexes(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
            SELECT tablename || ' ' || indexname || ' ' || indexdef FROM pg_indexes
             WHERE schemaname = 'public' ORDER BY tablename, indexname
            """)
                .mapTo(String.class)
                .list());
  }

  private static List<String> invalidIndexes(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT (indisvalid AND indisready AND indislive)")
                .mapTo(String.class)
                .list());
  }

  /**
   * Every constraint of the public schema (checks, keys, exclusions, NOT NULL is in the columns).
   */
  private static List<String> constraints(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || contype::text || ' ' || pg_get_constraintdef(oid)
              FROM pg_constraint WHERE connamespace = 'public'::regnamespace
             ORDER BY 1
            """)
                .mapTo(String.class)
                .list());
  }

  private static List<String> triggers(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
            SELECT tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text || ' ' || pg_get_triggerdef(oid)
              FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1
            """)
                .mapTo(String.class)
                .list());
  }

  private static long count(Jdbi jdbi, String table) {
    // table names are the constants above
    return jdbi.withHandle(
        h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
  }

  private record Run(int exitCode, String output) {}

  /**
   * Runs a PostgreSQL client program as this process's user, over TCP, with the superuser's
   * password.
   */
  private static Run run(PostgisCluster cluster, List<String> command, Path work)
      throws IOException, InterruptedException {
    Path log = work.resolve("client-" + System.nanoTime() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("PGPASSWORD", cluster.password());
    builder.environment().put("PGCONNECT_TIMEOUT", "30");
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new Run(-1, "timed out: " + String.join(" ", command));
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
