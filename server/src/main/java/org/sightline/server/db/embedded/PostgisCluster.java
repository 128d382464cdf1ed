package org.sightline.server.db.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private PostgreSQL + PostGIS cluster started from this machine's PostgreSQL programs.
 *
 * <p>Layout under {@code baseDirectory}: {@code pgdata/} (the cluster), {@code superuser.password}
 * (generated at first start, mode 0600) and {@code postgres.log}. The cluster listens on 127.0.0.1
 * only, has no Unix socket, and requires the password (SCRAM-SHA-256). A second start on the same
 * directory reuses the data; a cluster left running by a killed process is adopted.
 *
 * <p>Not thread-safe: start and stop it from one thread.
 */
public final class PostgisCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PostgisCluster.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  /** The cluster's superuser: it owns the schema and runs the migrations. */
  public static final String SUPERUSER = "sightline";

  private final Path baseDirectory;
  private final int port;
  private final boolean durable;
  private final PostgresBinaries binaries;
  private final ClusterUser user;
  private String password;
  private boolean running;
  private boolean adopted;

  /**
   * @param baseDirectory where the cluster lives; created if missing
   * @param port TCP port on 127.0.0.1
   * @param durable false turns off fsync and synchronous commit (for throwaway test clusters only)
   * @param binaries the PostgreSQL programs
   * @param user the OS user that runs the cluster
   */
  public PostgisCluster(
      Path baseDirectory, int port, boolean durable, PostgresBinaries binaries, ClusterUser user) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    this.port = port;
    this.durable = durable;
    this.binaries = binaries;
    this.user = user;
  }

  public Path dataDirectory() {
    return baseDirectory.resolve("pgdata");
  }

  public Path logFile() {
    return baseDirectory.resolve("postgres.log");
  }

  public int port() {
    return port;
  }

  /** The PostgreSQL programs this cluster runs with. */
  public PostgresBinaries binaries() {
    return binaries;
  }

  public String password() {
    return password;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** A free TCP port on the loopback interface, for throwaway clusters. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new EmbeddedPostgisException("no free TCP port on 127.0.0.1", e);
    }
  }

  /**
   * Initialises the cluster if needed, starts it (or adopts one already running on this directory)
   * and checks that PostGIS is installed.
   *
   * @throws EmbeddedPostgisException saying what went wrong and how to fix it
   */
  public synchronized void start() {
    prepareBaseDirectory();
    if (!Files.exists(dataDirectory().resolve("PG_VERSION"))) {
      initialise();
    }
    password = readPassword();
    awaitKilledServerGone();
    if (isRunning()) {
      LOG.info("Adopting the PostgreSQL cluster already running in {}", dataDirectory());
      adopted = true;
    } else {
      refuseBusyPort();
      List<String> command =
          List.of(
              binaries.pgCtl().toString(),
              "start",
              "-w",
              "-t",
              Long.toString(START_TIMEOUT.toSeconds()),
              "-D",
              dataDirectory().toString(),
              "-l",
              logFile().toString(),
              "-o",
              "-p " + port);
      ClusterUser.Result result = user.run(command, START_TIMEOUT.plusSeconds(10));
      // A server killed uncleanly may leave backends behind for a moment, still attached to its
      // shared memory: PostgreSQL refuses to start until they have exited. They exit on their own.
      for (int attempt = 1;
          result.exitCode() != 0 && attempt <= 5 && tailOfLog().contains("is still in use");
          attempt++) {
        LOG.info(
            "The last PostgreSQL's processes are still exiting; starting again ({}/5)", attempt);
        sleepQuietly(Duration.ofSeconds(2));
        result = user.run(command, START_TIMEOUT.plusSeconds(10));
      }
      if (result.exitCode() != 0) {
        throw new EmbeddedPostgisException(
            "PostgreSQL did not start in "
                + dataDirectory()
                + ": "
                + result.output()
                + "\n--- last lines of "
                + logFile()
                + " ---\n"
                + tailOfLog());
      }
      LOG.info("Started PostgreSQL in {} on 127.0.0.1:{}", dataDirectory(), port);
    }
    running = true;
    requirePostgisAvailable();
  }

  /** Creates {@code database} (optionally from a template) unless it exists. */
  public void createDatabase(String database, String template) {
    if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException(
          "database name '" + database + "' must be a lowercase SQL identifier");
    }
    if (template != null && !template.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException(
          "template name '" + template + "' must be a lowercase SQL identifier");
    }
    try (Connection connection = connect("postgres");
        Statement statement = connection.createStatement()) {
      try (ResultSet rs =
          statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
        if (rs.next()) {
          return;
        }
      }
      // Identifiers were checked against a strict pattern above; CREATE DATABASE takes no binds.
      statement.execute(
          "CREATE DATABASE " + database + (template == null ? "" : " TEMPLATE " + template));
    } catch (SQLException e) {
      throw new EmbeddedPostgisException(
          "could not create database " + database + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes sure LOGIN role {@code role} exists as a member of group role {@code memberOf} in this
   * cluster, with the password kept in {@code <base>/<role>.password} (0600, generated once), and
   * returns that password. The group role comes from the migrations, so call this after them.
   */
  public String ensureLoginRole(String role, String memberOf) {
    if (!role.matches("[a-z_][a-z0-9_]{0,62}") || !memberOf.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException(
          "role names must be lowercase SQL identifiers: " + role + ", " + memberOf);
    }
    Path passwordFile = baseDirectory.resolve(role + ".password");
    String rolePassword;
    try {
      if (!Files.exists(passwordFile)) {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        Files.writeString(
            passwordFile, HexFormat.of().formatHex(secret), StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
      }
      rolePassword = Files.readString(passwordFile, StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new EmbeddedPostgisException(
          "cannot keep the password of role "
              + role
              + " in "
              + passwordFile
              + ": "
              + e.getMessage(),
          e);
    }
    if (!rolePassword.matches("[0-9a-f]{48}")) {
      throw new EmbeddedPostgisException(
          passwordFile
              + " does not hold a password Sightline wrote; remove it to"
              + " have a new one generated");
    }
    try (Connection connection = connect("postgres");
        Statement statement = connection.createStatement()) {
      boolean exists;
      try (ResultSet rs =
          statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
        exists = rs.next();
      }
      // Names match a strict pattern and the password is hex: nothing here needs quoting beyond
      // '...'.
      if (exists) {
        statement.execute(
            "ALTER ROLE "
                + role
                + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
                + rolePassword
                + "'");
      } else {
        statement.execute(
            "CREATE ROLE "
                + role
                + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
                + rolePassword
                + "'");
      }
      statement.execute("GRANT " + memberOf + " TO " + role);
    } catch (SQLException e) {
      throw new EmbeddedPostgisException(
          "could not set up database role " + role + ": " + e.getMessage(), e);
    }
    return rolePassword;
  }

  /** Opens a connection as the superuser. */
  public Connection connect(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", SUPERUSER);
    props.setProperty("password", password);
    return DriverManager.getConnection(jdbcUrl(database), props);
  }

  /** Stops the cluster (fast shutdown: open transactions roll back, data is kept). */
  public synchronized void stop() {
    if (!running) {
      return;
    }
    ClusterUser.Result result =
        user.run(
            List.of(
                binaries.pgCtl().toString(),
                "stop",
                "-w",
                "-m",
                "fast",
                "-D",
                dataDirectory().toString()),
            Duration.ofSeconds(60));
    running = false;
    if (result.exitCode() != 0 && isRunning()) {
      LOG.warn("PostgreSQL in {} did not stop cleanly: {}", dataDirectory(), result.output());
    } else {
      LOG.info("Stopped PostgreSQL in {}", dataDirectory());
    }
  }

  /**
   * Stops the cluster unless {@link #start()} found it already running (a server is using it): for
   * short-lived tools such as the command line.
   */
  public synchronized void stopIfStartedHere() {
    if (!adopted) {
      stop();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * After a server was killed uncleanly (kill -9, the OOM killer), its process may linger a moment
   * as a zombie, until its parent (often PID 1) reaps it: pg_ctl would then take the dead server
   * for a live one and the new one would refuse the lock file. Waits (at most 15 s) until the
   * process named in {@code postmaster.pid} is gone or alive for real. A live server is adopted as
   * before; a dead one's lock file is then recognised as stale by PostgreSQL itself, which recovers
   * the cluster from its write-ahead log.
   */
  private void awaitKilledServerGone() {
    Path lockFile = dataDirectory().resolve("postmaster.pid");
    long pid;
    try {
      if (!Files.isReadable(lockFile)) {
        return;
      }
      List<String> lines = Files.readAllLines(lockFile);
      if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,10}")) {
        return;
      }
      pid = Long.parseLong(lines.get(0).strip());
    } catch (IOException e) {
      return; // pg_ctl reads it again and says what is wrong
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (isZombie(pid)
        && System.nanoTime() < deadline
        && !Thread.currentThread().isInterrupted()) {
      sleepQuietly(Duration.ofMillis(100));
    }
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** True while a process has exited but not been reaped (state Z in /proc; Linux only). */
  private static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // pid (comm) state ...: the command may hold spaces and parentheses, so read after the last
      // ')'.
      int end = stat.lastIndexOf(')');
      return end > 0 && stat.length() > end + 2 && stat.charAt(end + 2) == 'Z';
    } catch (IOException | RuntimeException e) {
      return false; // gone (or not Linux): nothing to wait for
    }
  }

  private boolean isRunning() {
    return user.run(
                List.of(binaries.pgCtl().toString(), "status", "-D", dataDirectory().toString()),
                Duration.ofSeconds(30))
            .exitCode()
        == 0;
  }

  private void prepareBaseDirectory() {
    try {
      Files.createDirectories(baseDirectory);
    } catch (IOException e) {
      throw new EmbeddedPostgisException(
          "cannot create the embedded PostGIS directory "
              + baseDirectory
              + ": "
              + e.getMessage()
              + ". Set embeddedPostgis.directory (SIGHTLINE_DATA_DIR) to a writable place.",
          e);
    }
    if (!user.isCurrentUser()) {
      user.takeOwnership(baseDirectory);
      if (!user.canWrite(baseDirectory)) {
        throw new EmbeddedPostgisException(
            "PostgreSQL refuses to run as root, so the embedded cluster runs as OS user '"
                + user.name()
                + "', but that user cannot reach "
                + baseDirectory
                + " (a parent directory is closed to it). Choose a directory it can reach, e.g."
                + " SIGHTLINE_DATA_DIR=/var/lib/sightline/postgis, or run Sightline as a normal user.");
      }
    }
  }

  private void initialise() {
    Path passwordFile = baseDirectory.resolve("superuser.password");
    try {
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      Files.writeString(passwordFile, HexFormat.of().formatHex(secret), StandardCharsets.US_ASCII);
      Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
      user.takeOwnership(baseDirectory);
    } catch (IOException e) {
      throw new EmbeddedPostgisException("cannot write " + passwordFile + ": " + e.getMessage(), e);
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                binaries.initdb().toString(),
                "-D",
                dataDirectory().toString(),
                "-U",
                SUPERUSER,
                "--pwfile=" + passwordFile,
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8"));
    if (!durable) {
      command.add("--no-sync");
    }
    ClusterUser.Result result = user.run(command, Duration.ofMinutes(3));
    if (result.exitCode() != 0) {
      throw new EmbeddedPostgisException(
          "initdb failed for " + dataDirectory() + ": " + result.output());
    }
    StringBuilder conf =
        new StringBuilder("\n# Added by Sightline's embedded PostGIS\n")
            .append("listen_addresses = '127.0.0.1'\n")
            .append("unix_socket_directories = ''\n")
            .append("max_connections = 100\n")
            .append("shared_buffers = 256MB\n")
            .append("log_min_messages = warning\n");
    if (!durable) {
      conf.append("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
    } else {
      // Bulk ingest writes about 4 KB of WAL per scene: with the default 1 GB max_wal_size a
      // million scenes force a checkpoint every quarter million, after each of which the first
      // change to every index page is logged as a full page again. Checkpoints at most every 4 GB
      // or 15 minutes, and those full pages compressed (docs/OPERATIONS.md, "Sizing";
      // docs/SCALING.md). Costs up to about 4 GB of WAL on disk and a longer crash recovery.
      conf.append("max_wal_size = 4GB\ncheckpoint_timeout = 15min\nwal_compression = lz4\n");
    }
    ClusterUser.Result append =
        user.run(
            List.of(
                "sh",
                "-c",
                "cat >> \"$0\" <<'SIGHTLINE_EOF'\n" + conf + "SIGHTLINE_EOF",
                dataDirectory().resolve("postgresql.conf").toString()),
            Duration.ofSeconds(30));
    if (append.exitCode() != 0) {
      throw new EmbeddedPostgisException(
          "could not configure " + dataDirectory() + ": " + append.output());
    }
    LOG.info("Initialised a new PostgreSQL cluster in {}", dataDirectory());
  }

  private String readPassword() {
    Path passwordFile = baseDirectory.resolve("superuser.password");
    try {
      return Files.readString(passwordFile, StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new EmbeddedPostgisException(
          "the cluster in "
              + dataDirectory()
              + " has no readable "
              + passwordFile
              + " ("
              + e.getMessage()
              + "); it was not created by Sightline or the file was removed",
          e);
    }
  }

  private void refuseBusyPort() {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new EmbeddedPostgisException(
          "port "
              + port
              + " on 127.0.0.1 is already in use by another program;"
              + " set embeddedPostgis.port (SIGHTLINE_DB_PORT) to a free port",
          e);
    }
  }

  private void requirePostgisAvailable() {
    try (Connection connection = connect("postgres");
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT default_version FROM pg_available_extensions WHERE name = 'postgis'")) {
      if (!rs.next()) {
        String major = connection.getMetaData().getDatabaseMajorVersion() + "";
        throw new EmbeddedPostgisException(
            "PostgreSQL "
                + major
                + " is running, but the PostGIS extension is not"
                + " installed for it. Install it (Debian/Ubuntu: sudo apt-get install postgresql-"
                + major
                + "-postgis-3) and start again.");
      }
    } catch (SQLException e) {
      throw new EmbeddedPostgisException(
          "cannot connect to the embedded PostgreSQL on 127.0.0.1:" + port + ": " + e.getMessage(),
          e);
    }
  }

  private String tailOfLog() {
    try {
      List<String> lines = Files.readAllLines(logFile());
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
