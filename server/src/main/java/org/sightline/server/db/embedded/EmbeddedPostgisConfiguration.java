package org.sightline.server.db.embedded;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;

/**
 * Settings of the private PostgreSQL + PostGIS cluster used when no external database is set.
 *
 * <p>{@code directory} empty means the default: {@code /var/lib/sightline/postgis} when running as
 * root (the cluster then runs as an unprivileged user, who must be able to reach it), else {@code
 * ~/.local/share/sightline/postgis}.
 */
public class EmbeddedPostgisConfiguration {
  @JsonProperty private String directory = "";

  @JsonProperty
  @Min(1024)
  @Max(65535)
  private int port = 54329;

  /** OS user for the cluster when Sightline runs as root; empty picks postgres, else nobody. */
  @JsonProperty private String osUser = "";

  /** Directory with initdb and pg_ctl; empty searches pg_config, /usr/lib/postgresql and PATH. */
  @JsonProperty private String binDirectory = "";

  public Path resolvedDirectory() {
    if (directory != null && !directory.isBlank()) {
      return Path.of(directory).toAbsolutePath().normalize();
    }
    if (ClusterUser.isRoot()) {
      return Path.of("/var/lib/sightline/postgis");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "sightline", "postgis");
  }

  public int getPort() {
    return port;
  }

  public String getOsUser() {
    return osUser;
  }

  public Path binDirectoryOrNull() {
    return binDirectory == null || binDirectory.isBlank() ? null : Path.of(binDirectory);
  }
}
