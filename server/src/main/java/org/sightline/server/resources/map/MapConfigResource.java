package org.sightline.server.resources.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/map-config}: the web map's runtime settings (tile layer, initial view, thumbnail
 * origins).
 */
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
                configuration.getInitialZoom()),
            configuration.getThumbnailHosts());
  }

  @GET
  @Operation(
      summary = "Web map settings",
      description =
          "Tile layer (null when the map runs offline), initial view, and the https origins scene"
              + " thumbnails may be shown from.")
  public MapConfig get() {
    return config;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The JSON shape the web map reads. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record MapConfig(
      String tileUrl,
      String tileAttribution,
      InitialView initialView,
      List<String> thumbnailHosts) {
    public MapConfig {
      thumbnailHosts = List.copyOf(thumbnailHosts);
    }
  }

  /** Centre (degrees) and zoom level. */
  public record InitialView(double lat, double lon, int zoom) {}
}
