package org.sightline.server.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded cluster's life: first start, reuse of its data after a stop, adoption of a cluster
 * left running by a killed process, and the errors a newcomer may meet.
 */
@Tag("postgis")
class PostgisClusterTest {
  @TempDir Path tempDir;

  /**
   * JUnit makes the directory 0700; open it so the unprivileged cluster user can enter when we run
   * as root.
   */
  @BeforeEach
  void openTempDir() throws IOException {
    Files.setPosixFilePermissions(tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private PostgisCluster cluster(Path base, int port) {
    return new PostgisCluster(
        base, port, false, PostgresBinaries.locate(null), ClusterUser.forCurrentProcess(null));
  }

  private static void execute(PostgisCluster cluster, String sql) throws SQLException {
    try (Connection c = cluster.connect("sightline_reuse");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long count(PostgisCluster cluster) throws SQLException {
    try (Connection c = cluster.connect("sightline_reuse");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM kept")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void dataSurvivesARestartAndARunningClusterIsAdopted() throws Exception {
    Path base = tempDir.resolve("cluster");
    int port = PostgisCluster.freePort();
    PostgisCluster first = cluster(base, port);
    first.start();
    first.createDatabase("sightline_reuse", null);
    execute(first, "CREATE TABLE kept (id int PRIMARY KEY)");
    execute(first, "INSERT INTO kept VALUES (1), (2)");
    String password = first.password();
    first.stop();

    PostgisCluster second = cluster(base, port);
    second.start();
    assertThat(second.password()).isEqualTo(password);
    assertThat(count(second)).isEqualTo(2);

    // A server killed with SIGKILL leaves its cluster running; the next start adopts it.
    PostgisCluster third = cluster(base, port);
    third.start();
    assertThat(count(third)).isEqualTo(2);
    third.stop();
    assertThatThrownBy(() -> count(second)).isInstanceOf(SQLException.class);
  }

  /**
   * A durable cluster, as the server runs it: loopback only, never as root, fsync on, and the WAL
   * sized for bulk ingest (docs/OPERATIONS.md, "Sizing").
   */
  @Test
  void clusterListensOnLoopbackOnlyAndNeverRunsAsRoot() throws Exception {
    PostgisCluster cluster =
        new PostgisCluster(
            tempDir.resolve("loopback"),
            PostgisCluster.freePort(),
            true,
            PostgresBinaries.locate(null),
            ClusterUser.forCurrentProcess(null));
    cluster.start();
    try (Connection c = cluster.connect("postgres");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                """
                SELECT current_setting('listen_addresses'), current_setting('data_directory'),
                       current_setting('fsync') || ' ' || current_setting('synchronous_commit')
                       || ' ' || current_setting('full_page_writes') || ' '
                       || current_setting('max_wal_size') || ' '
                       || current_setting('checkpoint_timeout') || ' '
                       || current_setting('wal_compression')""")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
      assertThat(rs.getString(3)).isEqualTo("on on on 4GB 15min lz4");
      String owner = Files.getOwner(Path.of(rs.getString(2))).getName();
      if (ClusterUser.isRoot()) {
        assertThat(owner)
            .isNotEqualTo("root")
            .isEqualTo(ClusterUser.forCurrentProcess(null).name());
      } else {
        assertThat(owner).isEqualTo(System.getProperty("user.name"));
      }
    } finally {
      cluster.stop();
    }
  }

  @Test
  void missingBinariesSayWhatToInstall() {
    assertThatThrownBy(() -> PostgresBinaries.locate(tempDir))
        .isInstanceOf(EmbeddedPostgisException.class)
        .hasMessageContaining("initdb, pg_ctl")
        .hasMessageContaining("apt-get install postgresql postgresql-15-postgis-3");
  }

  @Test
  void busyPortIsReportedClearly() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      PostgisCluster cluster = cluster(tempDir.resolve("busy"), taken.getLocalPort());
      assertThatThrownBy(cluster::start)
          .isInstanceOf(EmbeddedPostgisException.class)
          .hasMessageContaining("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
    }
  }

  @Test
  void directoryTheClusterUserCannotReachIsReportedClearly() throws IOException {
    Path closed = tempDir.resolve("closed");
    Files.createDirectories(closed);
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    PostgisCluster cluster = cluster(closed.resolve("inner"), PostgisCluster.freePort());
    if (ClusterUser.isRoot()) {
      // As root the cluster runs as an unprivileged user, who cannot enter a root-only directory.
      assertThatThrownBy(cluster::start)
          .isInstanceOf(EmbeddedPostgisException.class)
          .hasMessageContaining("PostgreSQL refuses to run as root")
          .hasMessageContaining("cannot reach " + closed.resolve("inner"));
    } else {
      // As a normal user the cluster runs as that user, who owns the directory: it starts.
      cluster.start();
      cluster.stop();
      assertThat(closed.resolve("inner/pgdata/PG_VERSION")).exists();
    }
  }
}
