package org.sightline.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.sightline.server.testing.PostgisTest;
import org.sightline.server.testing.TestDatabase;

@PostgisTest
class MigrationsTest {

  @Test
  void everyMigrationIsAppliedAndRecorded(Jdbi jdbi) {
    List<String> versions =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                    .mapTo(String.class)
                    .list());
    assertThat(versions)
        .containsExactly(
            "001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011", "012",
            "013", "014", "015", "016", "017", "018", "019", "020", "021", "022", "023");
  }

  @Test
  void postgisExtensionIsInstalled(Jdbi jdbi) {
    String version =
        jdbi.withHandle(
            h -> h.createQuery("SELECT postgis_lib_version()").mapTo(String.class).one());
    assertThat(version).matches("3\\.\\d+\\.\\d+.*");
  }

  @Test
  void migratingAgainAppliesNothingAndValidates(TestDatabase database) {
    MigrateResult again =
        DatabaseMigrator.migrate(database.jdbcUrl(), database.user(), database.password());
    assertThat(again.migrationsExecuted).isZero();
    assertThat(again.success).isTrue();
  }

  @Test
  void facilityTablesHaveTheirSpatialIndex(Jdbi jdbi) {
    List<String> indexes =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT indexname FROM pg_indexes WHERE tablename = 'facility' ORDER BY indexname")
                    .mapTo(String.class)
                    .list());
    assertThat(indexes).contains("facility_location_gix", "facility_pkey");
  }
}
