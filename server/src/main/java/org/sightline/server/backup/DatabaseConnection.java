package org.sightline.server.backup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.db.SightlineJdbi;

/**
 * How the backup tools reach the database: as the schema owner (the embedded cluster's superuser,
 * or {@code schemaOwner} of an external database, else its {@code database} user), both over JDBC
 * and for {@code pg_dump}/{@code pg_restore} through libpq's environment variables (the password
 * never appears on a command line).
 *
 * @param jdbcUrl {@code jdbc:postgresql://host[:port]/database[?parameters]}
 * @param host the host of the URL
 * @param port its port (5432 when the URL names none)
 * @param database the database name
 * @param user the owner role
 * @param password its password (may be empty)
 * @param sslMode the URL's SSL mode parameter, or null
 */
public record DatabaseConnection(
    String jdbcUrl,
    String host,
    int port,
    String database,
    String user,
    String password,
    String sslMode) {

  /** Reads the host, port, database and {@code sslmode} from a PostgreSQL JDBC URL. */
  public static DatabaseConnection of(String jdbcUrl, String user, String password) {
    String prefix = "jdbc:postgresql://";
    if (jdbcUrl == null || !jdbcUrl.startsWith(prefix)) {
      throw new BackupException(
          "the database URL "
              + jdbcUrl
              + " is not of the form jdbc:postgresql://host[:port]/database, which pg_dump needs");
    }
    URI uri;
    try {
      uri = new URI("postgresql://" + jdbcUrl.substring(prefix.length()));
    } catch (URISyntaxException e) {
      throw new BackupException("cannot read the database URL " + jdbcUrl + ": " + e.getMessage());
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String database = path.startsWith("/") ? path.substring(1) : path;
    if (uri.getHost() == null || database.isEmpty() || database.contains("/")) {
      throw new BackupException(
          "the database URL "
              + jdbcUrl
              + " must name one host and a database (jdbc:postgresql://host[:port]/database)");
    }
    String sslMode = null;
    if (uri.getQuery() != null) {
      for (String parameter : uri.getQuery().split("&")) {
        if (parameter.startsWith("sslmode=")) {
          sslMode = parameter.substring("sslmode=".length());
        }
      }
    }
    return new DatabaseConnection(
        jdbcUrl,
        uri.getHost(),
        uri.getPort() < 0 ? 5432 : uri.getPort(),
        database,
        user,
        password == null ? "" : password,
        sslMode);
  }

  /** A Jdbi as the owner. */
  public Jdbi jdbi() {
    return SightlineJdbi.installPlugins(Jdbi.create(jdbcUrl, user, password));
  }

  /** libpq's environment for the client programs. */
  Map<String, String> libpqEnvironment() {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PGHOST", host);
    environment.put("PGPORT", Integer.toString(port));
    environment.put("PGDATABASE", database);
    environment.put("PGUSER", user);
    environment.put("PGPASSWORD", password);
    environment.put("PGCONNECT_TIMEOUT", "30");
    if (sslMode != null) {
      environment.put("PGSSLMODE", sslMode);
    }
    return environment;
  }

  /** {@code database at host:port}, for messages. */
  public String describe() {
    return database + " at " + host + ":" + port;
  }

  /** The password withheld. */
  @Override
  public String toString() {
    return "DatabaseConnection[" + describe() + " as " + user + "]";
  }
}
