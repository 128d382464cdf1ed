package org.sightline.server.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.DataSizeUnit;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;

/** The {@code evidence} section: where evidence files are kept and how large one may be. */
public class EvidenceConfiguration {
  /** Empty: /var/lib/sightline/evidence as root, else ~/.local/share/sightline/evidence. */
  @JsonProperty private String directory = "";

  @NotNull
  @MinDataSize(1)
  @MaxDataSize(value = 64, unit = DataSizeUnit.GIBIBYTES)
  @JsonProperty
  private DataSize maxUploadSize = DataSize.mebibytes(512);

  public Path resolvedDirectory() {
    if (directory != null && !directory.isBlank()) {
      return Path.of(directory);
    }
    if ("root".equals(System.getProperty("user.name"))) {
      return Path.of("/var/lib/sightline/evidence");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "sightline", "evidence");
  }

  public long maxUploadBytes() {
    return maxUploadSize.toBytes();
  }
}
