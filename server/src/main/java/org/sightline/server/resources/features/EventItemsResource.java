package org.sightline.server.resources.features;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sightline.geodata.corroboration.CorroborationLevel;
import org.sightline.geodata.corroboration.EventType;
import org.sightline.server.api.FeatureCollectionDocument;
import org.sightline.server.api.FeatureDocument;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.auth.Role;
import org.sightline.server.corroboration.CorroboratedEvents;
import org.sightline.server.corroboration.EventPageDao;
import org.sightline.server.corroboration.EventRow;
import org.sightline.server.errors.EntityNotFoundException;

/**
 * {@code /api/collections/events/items}: corroborated events as GeoJSON (the combined place), paged
 * by key, each with its {@code corroboration} object; {@code datetime} selects the events whose
 * span meets it; filters {@code type}, {@code level}, {@code facility}. Staff only until the
 * publication rules say what may be shown: anonymous callers get 401.
 */
@Path("/collections/" + FeatureCollections.EVENTS + "/items")
@Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
// Advocates read events only redacted, as the public will (docs/PUBLICATION.md).
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.INVESTIGATOR})
public class EventItemsResource {
  private static final Set<String> LEVELS = DerivedItemsPage.codes(CorroborationLevel.class);
  private static final Set<String> TYPES = DerivedItemsPage.codes(EventType.class);

  private final CorroboratedEvents events;
  private final Clock clock;

  public EventItemsResource(CorroboratedEvents events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary = "Corroborated events",
      description =
          "GeoJSON FeatureCollection of corroborated events ordered by key, paged by 'next' links;"
              + " each feature's corroboration object explains its level.")
  public FeatureCollectionDocument<EventProperties> items(
      @Context UriInfo uri,
      @Parameter(
              description = "page size (larger values are reduced to 1000)",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "minLon,minLat,maxLon,maxLat in CRS84") @QueryParam("bbox")
          String bbox,
      @Parameter(description = "RFC 3339 instant, date or interval") @QueryParam("datetime")
          String datetime,
      @Parameter(description = "comma-separated types (public-execution, forced-labour, ...)")
          @QueryParam("type")
          String type,
      @Parameter(description = "comma-separated levels (single-source, corroborated, ...)")
          @QueryParam("level")
          String level,
      @Parameter(description = "a facility id") @QueryParam("facility") String facility,
      @Parameter(description = "opaque; from a 'next' link") @QueryParam("cursor") String cursor) {
    ItemsQuery query =
        ItemsQuery.parse(uri.getQueryParameters(), Set.of("type", "level", "facility"));
    LocalDate[] span = query.dateSpan();
    CorroboratedEvents.Page page =
        events.page(
            new EventPageDao.Query(
                listOrNull(query.codes("level", LEVELS)),
                listOrNull(query.codes("type", TYPES)),
                query.filters().get("facility"),
                span[0],
                span[1],
                DerivedItemsPage.bbox(query)),
            query.afterId(),
            query.limit());
    List<FeatureDocument<EventProperties>> features =
        page.items().stream().map(EventItemsResource::feature).toList();
    String last =
        page.items().isEmpty() ? null : page.items().get(page.items().size() - 1).eventKey();
    return DerivedItemsPage.document(
        FeatureCollections.EVENTS,
        uri,
        query,
        features,
        page.hasMore(),
        last,
        page.numberMatched(),
        clock);
  }

  @GET
  @Path("{featureId}")
  @Operation(summary = "One corroborated event, with its explanation")
  public FeatureDocument<EventProperties> item(
      @PathParam("featureId") String featureId, @Context UriInfo uri) {
    EventRow row =
        events
            .event(featureId)
            .orElseThrow(
                () ->
                    new EntityNotFoundException(
                        "there is no corroborated event '" + featureId + "'"));
    return FeatureDocument.of(
        row.eventKey(),
        row.place(),
        EventProperties.of(row),
        DerivedItemsPage.itemLinks(FeatureCollections.EVENTS, uri));
  }

  private static List<String> listOrNull(String[] codes) {
    return codes == null ? null : List.of(codes);
  }

  private static FeatureDocument<EventProperties> feature(EventRow row) {
    return FeatureDocument.of(row.eventKey(), row.place(), EventProperties.of(row), null);
  }
}
