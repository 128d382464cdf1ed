package org.sightline.server.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A configuration file for the command-line tools on a test database, as the server role. */
public final class CommandLineConfig {
  private CommandLineConfig() {}

  /**
   * Writes the file: {@code database} as the server role, migrations as the owner, no sample data,
   * a fresh evidence directory, a fresh sealing keyset, warnings only.
   */
  public static Path write(TestDatabase database) throws IOException {
    return write(database.jdbcUrl(), database);
  }

  /** The same, but connecting to {@code jdbcUrl} (for example a port nothing listens on). */
  public static Path write(String jdbcUrl, TestDatabase database) throws IOException {
    Path file = Files.createTempFile("sightline-cli-", ".yml");
    Files.writeString(
        file,
        """
        database:
          driverClass: org.postgresql.Driver
          url: %s
          user: %s
          password: %s
        schemaOwner:
          user: %s
          password: %s
        loadSampleData: false
        evidence:
          directory: %s
        sealing:
          keysetFile: %s
        logging:
          level: WARN
        """
            .formatted(
                jdbcUrl,
                database.appUser(),
                database.appPassword(),
                database.user(),
                database.password(),
                Files.createTempDirectory("sightline-cli-evidence-"),
                TestKeysets.fresh()));
    return file;
  }

  /**
   * A copy of {@code config} with the server's connectors on loopback and free ports, for running
   * the {@code server} command beside other tests.
   */
  public static Path withServerOnFreePorts(Path config) throws IOException {
    Path file = Files.createTempFile("sightline-server-", ".yml");
    Files.writeString(
        file,
        Files.readString(config, StandardCharsets.UTF_8)
            + """
            server:
              applicationConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]
              adminConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]
            """);
    return file;
  }
}
