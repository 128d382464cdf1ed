package org.sightline.server.resources.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sightline.geodata.corroboration.CorroborationLevel;
import org.sightline.geodata.corroboration.EventType;
import org.sightline.geodata.corroboration.EvidenceKind;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.structure.ChangeKind;
import org.sightline.geodata.vocabulary.Coded;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.errors.ForbiddenException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.UnauthenticatedException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.map.EventFilter;
import org.sightline.server.map.MapLayerDocument;
import org.sightline.server.map.MapLayers;
import org.sightline.server.map.MapQuery;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/map/...}: the map workspace's dense layers for a view ({@code bbox}, EPSG:4326,
 * minLon,minLat,maxLon,maxLat), a period ({@code from}, {@code to}: UTC days, inclusive, either
 * open) and a zoom: individual features when at most {@value MapLayers#MAX_FEATURES}, otherwise
 * counts on a grid ({@link MapLayers}); the time span of the data and histograms for the time
 * slider. Footprints and the time span are public (the imagery catalogue is); change events and
 * corroborated events are staff only, as their OGC collections are, and advocates read events only
 * redacted (docs/PUBLICATION.md). See docs/MAP-API.md.
 */
@Path("/map")
public class MapLayersResource {
  private static final String STAFF_ROLES =
      "admin, analyst, investigator, advocate (as /api/collections/events/items)";
  private static final Set<String> LEVELS = codes(CorroborationLevel.values());
  private static final Set<String> TYPES = codes(EventType.values());
  private static final Set<String> SOURCE_KINDS = codes(EvidenceKind.values());
  private static final Set<String> KINDS = codes(ChangeKind.values());
  private static final Set<String> LAYERS =
      Set.of(MapLayers.FOOTPRINTS, MapLayers.CHANGE_EVENTS, MapLayers.EVENTS);
  private static final Pattern FACILITY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

  /** Default and most bins of a histogram. */
  public static final int DEFAULT_BINS = 100;

  public static final int MAX_BINS = 400;

  private final MapLayers layers;

  public MapLayersResource(MapLayers layers) {
    this.layers = layers;
  }

  @GET
  @Path("footprints")
  @Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
  @PermitAll
  @Operation(
      summary = "Imagery footprints for a map view",
      description =
          "Scenes whose footprint meets bbox and whose acquisition day (UTC) is in from..to;"
              + " identical footprints are one feature with a count and the newest 50 scenes."
              + " Beyond 2000 features: counts on a grid (mode 'cells').")
  public MapLayerDocument footprints(
      @Parameter(description = "minLon,minLat,maxLon,maxLat, EPSG:4326 degrees", required = true)
          @QueryParam("bbox")
          String bbox,
      @Parameter(description = "first day YYYY-MM-DD (UTC), inclusive; absent: open")
          @QueryParam("from")
          String from,
      @Parameter(description = "last day YYYY-MM-DD (UTC), inclusive; absent: open")
          @QueryParam("to")
          String to,
      @Parameter(
              description = "the map's zoom level",
              required = true,
              schema = @Schema(type = "integer", minimum = "0", maximum = "22"))
          @QueryParam("zoom")
          String zoom,
      @Parameter(
              description = "the most cloud cover in percent (scenes of unknown cover left out)",
              schema = @Schema(type = "number", minimum = "0", maximum = "100"))
          @QueryParam("maxCloudPct")
          String maxCloudPct,
      @Parameter(description = "comma-separated collection ids") @QueryParam("collection")
          String collection) {
    MapQuery query = MapQuery.parse(bbox, from, to, zoom);
    Double cloud = cloud(maxCloudPct);
    String[] collections = null;
    if (collection != null) {
      collections = split("collection", collection, layers.collections());
    }
    return layers.footprints(query, cloud, collections);
  }

  @GET
  @Path("change-events")
  @Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ANALYST,
    Role.Names.INVESTIGATOR,
    Role.Names.ADVOCATE
  })
  @Operation(
      summary = "Change events for a map view",
      description =
          "Live change events meeting bbox whose bracket [earliest, latest] meets from..to;"
              + " beyond 2000: counts on a grid, per kind.")
  public MapLayerDocument changeEvents(
      @Parameter(description = "minLon,minLat,maxLon,maxLat, EPSG:4326 degrees", required = true)
          @QueryParam("bbox")
          String bbox,
      @Parameter(description = "first day YYYY-MM-DD, inclusive; absent: open") @QueryParam("from")
          String from,
      @Parameter(description = "last day YYYY-MM-DD, inclusive; absent: open") @QueryParam("to")
          String to,
      @Parameter(
              description = "the map's zoom level",
              required = true,
              schema = @Schema(type = "integer", minimum = "0", maximum = "22"))
          @QueryParam("zoom")
          String zoom,
      @Parameter(description = "comma-separated kinds (appeared, disappeared, ...)")
          @QueryParam("kind")
          String kind,
      @Context SecurityContext security) {
    MapQuery query = MapQuery.parse(bbox, from, to, zoom);
    String[] kinds = kind == null ? null : split("kind", kind, KINDS);
    return layers.changeEvents(query, Visibility.of(security), kinds);
  }

  @GET
  @Path("events")
  @Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.INVESTIGATOR})
  @Operation(
      summary = "Corroborated events for a map view",
      description =
          "Live corroborated events meeting bbox whose span (either end open) meets from..to,"
              + " 'partial' when it reaches beyond; beyond 2000: counts on a grid, per level.")
  public MapLayerDocument events(
      @Parameter(description = "minLon,minLat,maxLon,maxLat, EPSG:4326 degrees", required = true)
          @QueryParam("bbox")
          String bbox,
      @Parameter(description = "first day YYYY-MM-DD, inclusive; absent: open") @QueryParam("from")
          String from,
      @Parameter(description = "last day YYYY-MM-DD, inclusive; absent: open") @QueryParam("to")
          String to,
      @Parameter(
              description = "the map's zoom level",
              required = true,
              schema = @Schema(type = "integer", minimum = "0", maximum = "22"))
          @QueryParam("zoom")
          String zoom,
      @Parameter(description = "comma-separated levels (single-source, corroborated, ...)")
          @QueryParam("level")
          String level,
      @Parameter(description = "comma-separated claim types (public-execution, ...)")
          @QueryParam("type")
          String type,
      @Parameter(description = "comma-separated source kinds (testimony, document, imagery)")
          @QueryParam("source")
          String source,
      @Parameter(description = "a facility id the event is linked to") @QueryParam("facility")
          String facility) {
    MapQuery query = MapQuery.parse(bbox, from, to, zoom);
    String[] levels = level == null ? null : split("level", level, LEVELS);
    String[] types = type == null ? null : split("type", type, TYPES);
    String[] sources = source == null ? null : split("source", source, SOURCE_KINDS);
    if (facility != null && !FACILITY_ID.matcher(facility).matches()) {
      throw new InvalidInputException(
          "facility '" + facility + "' is not a facility id (lower-case letters, digits, '-')");
    }
    return layers.events(
        query,
        new EventFilter(
            levels == null ? null : List.of(levels),
            types == null ? null : List.of(types),
            sources == null ? null : List.of(sources),
            facility));
  }

  /** The span of the data for the time slider: {@code start}, {@code end} and per layer. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record TimeSpan(LocalDate start, LocalDate end, Layers layers) {}

  /** Per layer; the staff layers only for staff. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Layers(
      @JsonInclude(JsonInclude.Include.ALWAYS) MapLayers.Span boundaries,
      @JsonInclude(JsonInclude.Include.ALWAYS) MapLayers.Span footprints,
      MapLayers.Span changeEvents,
      MapLayers.Span events) {}

  @GET
  @Path("time-span")
  @Produces(MediaTypes.JSON)
  @PermitAll
  @Operation(
      summary = "The span of the map's data",
      description =
          "First and last day (UTC) of the data the caller may see, overall and per layer;"
              + " change events and events only for staff; null when a layer is empty.")
  public TimeSpan timeSpan(@Context SecurityContext security) {
    MapLayers.LayerSpans spans = layers.spans(Visibility.of(security));
    MapLayers.Span all = spans.all();
    return new TimeSpan(
        all.start(),
        all.end(),
        new Layers(spans.boundaries(), spans.footprints(), spans.changeEvents(), spans.events()));
  }

  @GET
  @Path("histogram")
  @Produces(MediaTypes.JSON)
  @PermitAll
  @Operation(
      summary = "Counts per time bin for the timeline",
      description =
          "Counts of a layer in equal-width day bins over from..to (default: the layer's span);"
              + " events and change events count in every bin their span meets. The change-events"
              + " and events layers need a staff role (401 anonymous, 403 without a role).")
  public MapLayers.Histogram histogram(
      @Parameter(
              description = "footprints, change-events or events",
              required = true,
              schema =
                  @Schema(
                      type = "string",
                      allowableValues = {"footprints", "change-events", "events"}))
          @QueryParam("layer")
          String layer,
      @Parameter(description = "minLon,minLat,maxLon,maxLat, EPSG:4326 degrees; absent: all")
          @QueryParam("bbox")
          String bbox,
      @Parameter(description = "first day YYYY-MM-DD; absent: the layer's first")
          @QueryParam("from")
          String from,
      @Parameter(description = "last day YYYY-MM-DD; absent: the layer's last") @QueryParam("to")
          String to,
      @Parameter(
              description = "how many bins (fewer when the period has fewer days)",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "400", defaultValue = "100"))
          @QueryParam("bins")
          String bins,
      @Context SecurityContext security) {
    if (layer == null || !LAYERS.contains(layer)) {
      throw new InvalidInputException(
          "layer "
              + (layer == null ? "is required" : "'" + layer + "' is not one of")
              + (layer == null ? ": one of " : " ")
              + new TreeSet<>(LAYERS));
    }
    if (!layer.equals(MapLayers.FOOTPRINTS)) {
      SightlineUser user = RequestSecurityContext.userOf(security);
      if (user == null) {
        throw new UnauthenticatedException(
            "the " + layer + " layer needs a logged-in user with one of the roles: " + STAFF_ROLES);
      }
      if (user.roles().isEmpty()) {
        throw new ForbiddenException(
            "the " + layer + " layer needs one of the roles: " + STAFF_ROLES);
      }
      if (layer.equals(MapLayers.EVENTS) && !Visibility.seesUnredactedEvents(user)) {
        throw new ForbiddenException(
            "advocates see corroborated events as the public will: /api/public/features and"
                + " /api/publication/candidates/events");
      }
    }
    BoundingBox box = bbox == null ? null : MapQuery.parseBbox(bbox);
    LocalDate[] period = MapQuery.parsePeriod(from, to);
    int count = DEFAULT_BINS;
    if (bins != null) {
      if (!WHOLE.matcher(bins.trim()).matches()
          || Integer.parseInt(bins.trim()) < 1
          || Integer.parseInt(bins.trim()) > MAX_BINS) {
        throw new InvalidInputException("bins '" + bins + "' is not a whole number 1.." + MAX_BINS);
      }
      count = Integer.parseInt(bins.trim());
    }
    return layers.histogram(layer, box, period[0], period[1], count, Visibility.of(security));
  }

  private static Double cloud(String text) {
    if (text == null) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.trim());
      if (value >= 0 && value <= 100) {
        return value;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new InvalidInputException("maxCloudPct '" + text + "' is not a number 0..100");
  }

  private static String[] split(String name, String value, Set<String> allowed) {
    String[] codes = value.split(",", -1);
    for (int i = 0; i < codes.length; i++) {
      codes[i] = codes[i].trim();
      if (!allowed.contains(codes[i])) {
        throw new InvalidInputException(
            name
                + "="
                + value
                + ": '"
                + codes[i]
                + "' is not one of "
                + (allowed.isEmpty() ? "(none: the catalogue is empty)" : new TreeSet<>(allowed)));
      }
    }
    return Arrays.stream(codes).distinct().toArray(String[]::new);
  }

  private static Set<String> codes(Coded[] values) {
    return new TreeSet<>(Arrays.stream(values).map(Coded::code).toList());
  }
}
