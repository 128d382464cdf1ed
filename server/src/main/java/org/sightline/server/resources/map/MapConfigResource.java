package org.sightline.server.resources.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/map-config}: the web map's runtime settings (tile layer and initial view). */
@Path("/map-config")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class MapConfigResource {
  private final MapConfig config;

  public MapConfigResource(MapConfiguration configuration) {
    this.config =
        new MapConfig(
            blankToNull(configuration.getTileUrl()),
            blankToNull(configuration.getTileAttribution()),
            new InitialView(
                configuration.getInitialLatDeg(),
                configuration.getInitialLonDeg(),
                configuration.getInitialZoom()));
  }

  @GET
  @Operation(
      summary = "Web map settings",
      description = "Tile layer (null when the map runs offline) and initial view.")
  public MapConfig get() {
    return config;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The JSON shape the web map reads. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record MapConfig(String tileUrl, String tileAttribution, InitialView initialView) {}

  /** Centre (degrees) and zoom level. */
  public record InitialView(double lat, double lon, int zoom) {}
}
