package org.sightline.server.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.validation.MinDataSize;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The {@code http} section: cross-origin access and request size limits. */
public class HttpConfiguration {
  /**
   * Origins (scheme://host[:port]) whose pages may call the API from a browser. Empty (the
   * default): none; the map is served from the same origin and needs no CORS.
   */
  @NotNull @JsonProperty private List<String> allowedOrigins = List.of();

  /** Largest request body except evidence uploads (which have evidence.maxUploadSize). */
  @NotNull
  @MinDataSize(1024)
  @JsonProperty
  private DataSize maxRequestSize = DataSize.mebibytes(1);

  public List<String> allowedOrigins() {
    return allowedOrigins;
  }

  public long maxRequestBytes() {
    return maxRequestSize.toBytes();
  }
}
