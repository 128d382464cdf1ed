package org.sightline.server.resources.publication;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.time.InvalidTimeException;
import org.sightline.geodata.time.TimeInterval;
import org.sightline.geodata.time.TimeParser;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.publication.PublicFeature;
import org.sightline.server.publication.PublicFeatures;

/**
 * {@code GET /api/public/features}: the published claims, events and structures, redacted by the
 * active policy, for everyone (anonymous callers included). Filters never change where a place is
 * shown: positions are chosen over everything public first.
 */
@Path("/public/features")
@Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
public class PublicFeatureResource {
  static final Set<String> LAYERS = Set.of("claims", "events", "structures");

  private final PublicFeatures features;

  public PublicFeatureResource(PublicFeatures features) {
    this.features = features;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Published claims, events and structures, redacted by the active policy",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "a GeoJSON FeatureCollection with the policy it was redacted under",
              content = @Content(schema = @Schema(type = "object"))))
  public ObjectNode features(
      @Parameter(description = "comma-separated: claims, events, structures (default: all)")
          @QueryParam("layers")
          String layers,
      @Parameter(description = "minLon,minLat,maxLon,maxLat (CRS84)") @QueryParam("bbox")
          String bbox,
      @Parameter(description = "RFC 3339 instant or interval; features whose time meets it")
          @QueryParam("datetime")
          String datetime) {
    Set<String> wanted = parseLayers(layers);
    BoundingBox box = parseBbox(bbox);
    LocalDate[] span = parseDatetime(datetime);
    PublicFeatures.PublicLayers all = features.current();
    List<PublicFeature> selected = new ArrayList<>();
    for (PublicFeature feature : all.features()) {
      if (wanted.contains(feature.layer())
          && (box == null || intersects(box, feature))
          && meets(span, feature)) {
        selected.add(feature);
      }
    }
    return PublicFeatureJson.collection(selected, all.policy());
  }

  static Set<String> parseLayers(String text) {
    if (text == null || text.isBlank()) {
      return LAYERS;
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String layer : text.split(",", -1)) {
      String name = layer.strip();
      if (!LAYERS.contains(name)) {
        throw new InvalidInputException(
            "layers: unknown layer '" + name + "'; the layers are claims, events, structures");
      }
      wanted.add(name);
    }
    return wanted;
  }

  private static BoundingBox parseBbox(String text) {
    if (text == null) {
      return null;
    }
    try {
      return BoundingBox.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  private static LocalDate[] parseDatetime(String text) {
    if (text == null) {
      return new LocalDate[] {null, null};
    }
    try {
      TimeInterval interval = TimeParser.interval("datetime", text);
      return new LocalDate[] {interval.startDay(), interval.endDay()};
    } catch (InvalidTimeException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  private static boolean intersects(BoundingBox box, PublicFeature feature) {
    Envelope envelope = feature.geometry().getEnvelopeInternal();
    return box.toPolygons().stream()
        .anyMatch(
            p -> p.getEnvelopeInternal().intersects(envelope) && p.intersects(feature.geometry()));
  }

  /** Whether [earliest, latest] (null ends open) meets the asked span (null ends open). */
  private static boolean meets(LocalDate[] span, PublicFeature feature) {
    return (span[1] == null || feature.earliest() == null || !feature.earliest().isAfter(span[1]))
        && (span[0] == null || feature.latest() == null || !feature.latest().isBefore(span[0]));
  }
}
